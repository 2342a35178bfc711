/**
 * The English edition's words, key for key with glossary.ts (the types make a missing or extra
 * word a compile error). Written by hand for the English pages; nothing is machine-translated.
 * Insurance names follow the official English text of the PRC Social Insurance Law.
 */
import type { GroupKey, Insurance } from '../data/types';
import type {
  GROUP_TERMS,
  MEASURE_NAMES,
  PACE_NAMES,
  PERIOD_NAMES,
  PROVISIONAL_OVERALL_NAMES,
  PROVISIONAL_VERDICT_NAMES,
  REPORT_MEASURES,
  REPORT_NAMES,
  STATUS_NAMES,
  TOOL_TERMS,
  VERDICT_NAMES,
} from './glossary';

/** The same keys as T, every word a string. */
type Words<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

export const INSURANCE_NAMES_EN: Record<Insurance, { full: string; short: string }> = {
  pension: { full: 'Basic Pension Insurance for Enterprise Employees', short: 'Pension' },
  unemployment: { full: 'Unemployment Insurance', short: 'Unemployment' },
  medical: { full: 'Basic Medical Insurance', short: 'Medical' },
  work_injury: { full: 'Work-Related Injury Insurance', short: 'Work injury' },
};

export const GROUP_NAMES_EN: Record<GroupKey, string> = {
  private_enterprise: 'Private enterprises',
  non_public: 'Workers of non-public enterprises',
  flexible: 'Flexibly employed workers',
  public_institution: 'Public institutions',
  foreign_invested: 'Foreign-invested enterprises',
  restructured: 'Restructured enterprises',
  urban_private: 'Urban private enterprises',
  individual_business: 'Individual businesses with employees',
  central_provincial: 'Employees of central and provincial enterprises',
  struggling_retirees: 'Retirees of enterprises in difficulty',
  high_risk: 'Mining, construction and other high-risk enterprises',
  migrant: 'Migrant workers',
};

/** Shorter group names for chart legends, where the full name would not fit a phone's chart (tables and text use GROUP_NAMES_EN). */
export const GROUP_LEGEND_NAMES_EN: Partial<Record<GroupKey, string>> = {
  non_public: 'Non-public enterprises',
  individual_business: 'Individual businesses',
  central_provincial: 'Central and provincial enterprises',
  struggling_retirees: 'Retirees, struggling enterprises',
  high_risk: 'Mining, construction, high-risk',
};

export const MEASURE_NAMES_EN: Words<typeof MEASURE_NAMES> = {
  enrolled: 'Insured persons',
  due: 'Persons due to contribute',
  paid: 'Persons who contributed',
  newEnrolled: 'Newly insured persons',
  newPaid: 'Newly insured persons who contributed',
  contributionRate: 'Contribution rate',
  newContributionRate: 'Contribution rate of the newly insured',
  target: 'Target',
  completion: 'Share of target',
};

export const REGION_KIND_NAMES_EN = { city: 'City', provincial: 'Provincial level' } as const;

/** The province as a place in sentences and tables. */
export const PROVINCE_NAME_EN = 'Liaoning';

export const TOOL_TERMS_EN: Words<typeof TOOL_TERMS> = {
  tools: 'Embed and download',
  cite: 'Cite this page',
  citeFigure: 'Cite this chart',
  embedCode: 'Embed code',
  definitions: 'Definitions',
  version: 'Data version',
  methodology: 'Methodology',
  releases: 'Release notes',
  provincial: 'Provincial level',
  priorityGroups: 'Priority groups',
};

export const REPORT_NAMES_EN: Words<typeof REPORT_NAMES> = {
  month: 'Monthly report',
  quarter: 'Quarterly stage report',
  year: 'Annual summary',
  assessment: 'Annual assessment',
  reports: 'Coverage expansion reports',
  inProgress: 'In progress',
  complete: 'Ended',
  provisional: 'Provisional',
  final: 'Year-end result',
  keyFigures: 'Key figures',
  method: 'Definitions',
};

export const QUARTER_NAMES_EN = ['First quarter', 'Second quarter', 'Third quarter', 'Fourth quarter'] as const;

export const REPORT_MEASURES_EN: Words<typeof REPORT_MEASURES> = {
  changeFromPreviousMonth: 'Change on previous month',
  changeFromPreviousYear: 'Change since end of previous year',
  growthRate: 'Growth rate',
  growthInQuarter: 'Net growth in quarter',
  newInQuarter: 'Newly insured in quarter',
  newInYear: 'Newly insured in year',
  pace: 'Share of year elapsed',
  growthCompletion: 'Share of planned growth achieved',
  expected: 'Expected at this pace',
  shortfall: 'Gap',
  yearEnd: 'Insured at year end',
  baseline: 'Insured at end of previous year',
  rateTarget: 'Contribution rate target',
  newRateAim: 'Target for the newly insured: 100%',
  verdict: 'Assessment',
  overall: 'Overall',
  notReported: 'Not reported',
  provinceTotal: 'Province total',
};

/** The status vocabulary (src/stats/status.ts) in English: one English phrase per status, everywhere. */
export const STATUS_NAMES_EN: Words<typeof STATUS_NAMES> = {
  met: 'Met',
  missed: 'Missed',
  reached: 'Annual target reached',
  ahead: 'Ahead of pace',
  on_pace: 'On pace',
  behind: 'Behind pace',
  no_target: 'No target',
  no_data: 'Cannot be assessed',
  no_data_yet: 'No data yet',
  no_baseline: 'Pace unknown',
  noneBehind: 'None behind pace',
  overall: {
    met_all: 'Met every target',
    not_met: 'Missed a target',
    incomplete: 'Partly cannot be assessed',
    no_targets: 'No targets',
  },
};

export const PERIOD_NAMES_EN: Words<typeof PERIOD_NAMES> = {
  in_progress: 'In progress',
  ended: 'Ended',
};

export const VERDICT_NAMES_EN: Words<typeof VERDICT_NAMES> = {
  met: STATUS_NAMES_EN.met,
  not_met: STATUS_NAMES_EN.missed,
  no_target: STATUS_NAMES_EN.no_target,
  no_data: STATUS_NAMES_EN.no_data,
};

export const PROVISIONAL_VERDICT_NAMES_EN: Words<typeof PROVISIONAL_VERDICT_NAMES> = {
  met: 'Met',
  not_met: 'Not yet met',
  no_target: 'No target',
  no_data: 'No data',
};

export const PROVISIONAL_OVERALL_NAMES_EN: Words<typeof PROVISIONAL_OVERALL_NAMES> = {
  met_all: 'Met every target',
  not_met: 'Not all met yet',
  incomplete: 'Partly without data',
  no_targets: 'No targets',
};

export const PACE_NAMES_EN: Words<typeof PACE_NAMES> = {
  met: STATUS_NAMES_EN.reached,
  on_pace: 'Not behind pace',
  behind: STATUS_NAMES_EN.behind,
  no_target: 'No target',
  no_data: 'No data',
  no_baseline: 'No figure for end of previous year',
};

export const GROUP_TERMS_EN: Words<typeof GROUP_TERMS> = {
  groups: 'Priority groups',
  share: 'Share',
  changeFromBaseline: 'Change since end of previous year',
};
