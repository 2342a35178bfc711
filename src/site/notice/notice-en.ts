/**
 * The English summary of 辽政办发〔2005〕39号 on /en/notice/: written by hand from the Chinese
 * text, not a translation of it. Each point names the part or item of the Chinese text it
 * summarises (#part-N, #item-N-M on /notice/); noticeSummaryEn checks those anchors against the
 * published text, so a summary point never links a clause that is not there.
 */
import { formatNumberEn, listEn } from '../../format/en';
import { GROUP_NAMES_EN, INSURANCE_NAMES_EN } from '../../i18n/en';
import type { GroupKey, Insurance } from '../../data/types';
import { noticeAnchors, type Notice } from './notice';

/** A link from a summary point: an English page, or a Chinese-only one (`zh`). */
export interface SummaryLink {
  text: string;
  href: string;
  zh?: true;
}

/** One point of the summary, with the clauses of the Chinese text it summarises. */
export interface SummaryPoint {
  text: string;
  /** Anchors on /notice/, e.g. item-3-1. */
  clauses: string[];
  /** Where the site follows the measure. */
  links?: SummaryLink[];
}

/** A section of the summary page. */
export interface SummarySection {
  id: string;
  heading: string;
  intro?: string;
  points: SummaryPoint[];
}

/** "1(1)" for #item-1-1, "part 2" for #part-2: how the English page names a clause of the Chinese text. */
export function clauseLabelEn(anchor: string): string {
  const item = /^item-(\d+)-(\d+)$/.exec(anchor);
  if (item) return `${item[1]}(${item[2]})`;
  const part = /^part-(\d+)$/.exec(anchor);
  if (part) return `part ${part[1]}`;
  throw new Error(`notice: "${anchor}" is not an anchor of the form part-N or item-N-M`);
}

/** The annual targets of 一（一）, by insurance: the enrolment target in persons and what else the item asks. */
const TARGETS: { insurance: Insurance; atLeast: boolean; enrolled: number; also: string }[] = [
  { insurance: 'pension', atLeast: true, enrolled: 7_500_000, also: 'Every private enterprise that qualifies is to join.' },
  { insurance: 'unemployment', atLeast: true, enrolled: 6_000_000, also: 'Public institutions are to be insured almost without exception.' },
  { insurance: 'medical', atLeast: false, enrolled: 8_200_000, also: 'All central and provincial units in Liaoning are to join, and retirees of enterprises in difficulty are to be insured almost without exception.' },
  { insurance: 'work_injury', atLeast: false, enrolled: 4_800_000, also: 'Mining, construction and other high-risk enterprises are to be insured almost without exception.' },
];

/** The priority groups of 一（二）, by insurance, in the site's words for the groups of groups.csv. */
export const PRIORITY_GROUPS: Record<Insurance, GroupKey[]> = {
  pension: ['non_public', 'flexible', 'private_enterprise'],
  unemployment: ['public_institution', 'foreign_invested', 'restructured', 'urban_private', 'individual_business'],
  medical: ['central_provincial', 'struggling_retirees'],
  work_injury: ['high_risk', 'migrant'],
};

/** "a, b and c"; the pension item puts private enterprises above the other groups. */
function groupsText(insurance: Insurance): string {
  const names = PRIORITY_GROUPS[insurance].map((g) => GROUP_NAMES_EN[g].toLowerCase());
  return insurance === 'pension' ? `${listEn(names.slice(0, -1))}, above all ${names.at(-1)}` : listEn(names);
}

const REPORTS: SummaryLink = { text: 'Coverage expansion reports', href: '/en/reports/' };
const ASSESSMENT: SummaryLink = { text: 'Annual assessment', href: '/en/assessment/' };

/** The summary, section by section; throws when a clause it cites is not in the published notice. */
export function noticeSummaryEn(n: Notice): SummarySection[] {
  const sections: SummarySection[] = [
    {
      id: 'targets',
      heading: 'Annual targets for 2005',
      intro: 'The notice sets targets for the whole province for 2005. It does not set targets for each city: the cities carry out the coverage plan that the province issues separately.',
      points: [
        ...TARGETS.map((t) => ({
          text: `${INSURANCE_NAMES_EN[t.insurance].full}: ${t.atLeast ? 'at least ' : ''}${formatNumberEn(t.enrolled)} insured persons. ${t.also}`,
          clauses: ['item-1-1'],
        })),
        { text: 'Contribution rates: above 90% for both pension and unemployment insurance.', clauses: ['item-1-1'], links: [{ text: 'How the site computes the contribution rate', href: '/en/methodology/#contribution-rate' }] },
        {
          text: 'Collection: the average contribution rate of all insured persons in the province is to be no lower than 90%, and the newly insured of the year are to pay at 100% in the period they join (an aim: “strive to”).',
          clauses: ['item-3-5'],
          links: [{ text: 'Contribution rate of the newly insured', href: '/en/methodology/#new-contribution-rate' }],
        },
        { text: 'In later years the number insured in every insurance is to rise each year, and so are contribution rates.', clauses: ['item-1-1'] },
      ],
    },
    {
      id: 'priority-groups',
      heading: 'Priority groups',
      intro: 'For each insurance the notice names the workers and employers that coverage should reach first.',
      points: TARGETS.map((t) => ({
        text: `${INSURANCE_NAMES_EN[t.insurance].full}: ${groupsText(t.insurance)}.`,
        clauses: ['item-1-2'],
      })),
    },
    {
      id: 'measures',
      heading: 'The measures',
      intro: 'City governments are responsible for meeting the targets. The notice tells them and the provincial departments what to do.',
      points: [
        {
          text: 'Targets split among cities: each city government is responsible for its share of the provincial plan, splits it further level by level, and answers for meeting it on time.',
          clauses: ['part-2'],
          links: [{ text: 'Regions and their targets', href: '/en/cities/' }],
        },
        {
          text: 'Labour and social security departments survey which employers and workers should be insured but are not, and choose the units and groups to reach first. Social insurance agencies register employers, individual businesses and flexibly employed workers, transfer insurance records between jobs and run the annual inspection.',
          clauses: ['item-3-1'],
        },
        {
          text: 'Penalties and media exposure: labour inspectors penalise employers that have not joined as the rules require, and expose them in the media.',
          clauses: ['item-3-1'],
          links: [{ text: 'Named employers (in Chinese)', href: '/employers/', zh: true }],
        },
        {
          text: 'Publicity: social insurance agencies and the press run regular campaigns so that employers and workers join willingly.',
          clauses: ['item-3-1'],
          links: [{ text: 'Explainers (in Chinese)', href: '/articles/', zh: true }],
        },
        {
          text: 'Other departments help: business registration offices pass on lists of registered employers every six months and ask for a written commitment to insure at the annual inspection; local tax offices check insurance when they collect tax; and other departments restrict approvals of non-productive building projects and trips abroad, refuse car purchases and postpone vehicle inspections for employers that have not joined; construction authorities penalise uninsured building firms.',
          clauses: ['item-3-2', 'item-3-3', 'item-3-4'],
        },
        {
          text: 'Trade unions watch whether employers insure their staff and explain the rules to workers.',
          clauses: ['item-3-6'],
          links: [{ text: 'Explainers for trade unions (in Chinese)', href: '/articles/', zh: true }],
        },
        {
          text: 'Monthly reports: each city reports its progress to the province every month in a standard table; the provincial social insurance agency compiles them.',
          clauses: ['item-4-1'],
          links: [REPORTS],
        },
        {
          text: 'Quarterly stage reports and a year-end summary: each city reports its progress at the end of every quarter and sums up the year at its end; major problems are reported at once.',
          clauses: ['item-4-1'],
          links: [REPORTS],
        },
        {
          text: 'Annual assessment: before the end of the year the labour and social security departments inspect and evaluate the work and report to the provincial government.',
          clauses: ['item-4-2'],
          links: [ASSESSMENT],
        },
      ],
    },
    {
      id: 'consequences',
      heading: 'What the assessment decides',
      points: [
        {
          text: 'Whether a city met its targets counts as an important measure of its social security work, and is linked to the province’s subsidies for gaps in social insurance funds and to the provincial adjustment fund.',
          clauses: ['item-4-2'],
        },
        {
          text: 'A city that misses its targets loses the right to be commended for its social security work that year, and is named and criticised in a circular.',
          clauses: ['item-4-2'],
          links: [ASSESSMENT],
        },
      ],
    },
  ];
  const anchors = new Set(noticeAnchors(n));
  for (const s of sections) {
    for (const p of s.points) {
      for (const c of p.clauses) if (!anchors.has(c)) throw new Error(`notice: the English summary cites #${c}, which the notice does not have`);
    }
  }
  return sections;
}
