/**
 * The English edition of the reports and the assessment: the same view models given lang 'en'
 * write every sentence from an English template, use the English status and verdict words
 * (src/i18n/en.ts), English number formats, and English links; a region without an English
 * name is shown in Chinese marked lang="zh-CN".
 */
import { describe, expect, it } from 'vitest';
import { annualReportView } from '../../../src/site/reports/annual-report';
import { assessmentIndex, assessmentView } from '../../../src/site/reports/assessment-view';
import { monthlyReportView } from '../../../src/site/reports/monthly-report';
import { quarterlyReportView } from '../../../src/site/reports/quarterly-report';
import { annualSentence, assessmentSentences, monthlySentence, namedRegions, quarterlySentence } from '../../../src/site/reports/report-citation';
import { nameList, periodsOf, regionName } from '../../../src/site/reports/report-common';
import { latestReports, reportsIndex } from '../../../src/site/reports/reports-index';
import { richTableHtml } from '../../../src/site/figures/table-html';
import { Model } from '../../../src/stats/model';
import { pace } from '../../../src/stats/pace';
import type { InsuranceAssessment } from '../../../src/stats/assessment';
import type { MonthFigures, QuarterFigures } from '../../../src/stats/reports';
import { twoYears } from '../helpers';

const PENSION = 'Basic Pension Insurance for Enterprise Employees';
const HAN = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/u;
const period = (model: Model, slug: string) => periodsOf(model).find((p) => p.slug === slug)!;
/** A view's texts as JSON, without the region records it carries (their Chinese names are data, not page text). */
const textsOf = (view: object) => JSON.stringify(view, (k, v) => (k === 'region' || k === 'metAll' || k === 'noTargets' ? undefined : v));
const cellsOf = (rows: { header: string; cells: { text: string }[] }[], header: string) => rows.find((r) => r.header === header)!.cells.map((c) => c.text);

const point = { month: '2005-06', enrolled: 7_605_000, due: 7_000_000, paid: 6_328_000, newEnrolled: 24_000, newPaid: 23_000, contributionRate: 6_328_000 / 7_000_000, newContributionRate: 23_000 / 24_000 };
const month = (over: Partial<MonthFigures> = {}): MonthFigures => ({ month: '2005-06', point, change: 21_000, reported: true, target: 7_824_000, completion: 7_605_000 / 7_824_000, rateTarget: 0.9, ...over });

describe('the English sentences written from figures', () => {
  it('names regions as English lists, and beyond ten says how many more', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `City ${i + 1}`);
    expect(namedRegions(['Shenyang', 'Dalian', 'Anshan'], false, 'en')).toBe('Shenyang, Dalian and Anshan');
    expect(namedRegions(twelve, false, 'en')).toBe(`${twelve.slice(0, 10).join(', ')} and 2 other regions`);
    expect(namedRegions(twelve, true, 'en')).toBe(`${twelve.slice(0, 10).join(', ')} and 2 more`);
  });
  it('monthly: enrolment, the change, the newly insured, the share of target and the rate', () => {
    expect(monthlySentence(PENSION, month(), [], 'en')).toBe(
      `In June 2005, 7.605 million people in Liaoning were insured in ${PENSION}, up 21,000 on the previous month; 24,000 people were newly insured in the month; the province had reached 97.2% of its annual target and the contribution rate was 90.4%.`,
    );
    expect(monthlySentence(PENSION, month({ change: -8_100 }), [], 'en')).toContain('down 8,100 on the previous month');
    expect(monthlySentence(PENSION, month({ change: 0 }), [], 'en')).toContain('unchanged on the previous month');
    expect(monthlySentence(PENSION, month({ reported: false }), ['Dalian'], 'en')).toBe(`Dalian did not report ${PENSION} for June 2005, so the province total is left empty, not estimated.`);
    expect(monthlySentence(PENSION, month({ reported: false }), [], 'en')).toBeNull();
  });
  it('quarterly: the quarter end, growth, and the regions behind the share of the year elapsed', () => {
    const q: QuarterFigures = {
      year: 2005, quarter: 2, point, stale: false, startMonth: '2005-03', startEnrolled: 7_482_000, growth: 123_000, newEnrolled: 150_000, target: 7_824_000, rateTarget: 0.9,
      completion: 7_605_000 / 7_824_000, pace: pace({ month: '2005-06', enrolled: 7_605_000, baseline: 7_323_000, target: 7_824_000 }),
    };
    const input = { period: 'Second quarter 2005', complete: true, pace: 0.5, insurance: PENSION, q, behind: 3, withTargets: 15 };
    expect(quarterlySentence(input, 'en')).toBe(
      `At the end of the second quarter of 2005, 7.605 million people in Liaoning were insured in ${PENSION}, 97.2% of the annual target; the number grew by 123,000 over the quarter. 50.0% of the year had elapsed; 3 of the 15 regions with a target were behind that pace.`,
    );
    expect(quarterlySentence({ ...input, behind: 0 }, 'en')).toContain('none of the 15 regions with a target were behind that pace.');
    expect(quarterlySentence({ ...input, behind: 1, withTargets: 1 }, 'en')).toContain('the 1 region with a target was behind that pace.');
    expect(quarterlySentence({ ...input, complete: false, q: { ...q, point: { ...point, month: '2005-05' } } }, 'en')).toMatch(/^In May 2005 \(the second quarter of 2005 is not yet over\), /);
  });
  const assessed: InsuranceAssessment = {
    area: 'province', insurance: 'pension', month: '2005-12', yearEnd: true, enrolled: 7_724_000, completion: 7_724_000 / 7_600_000,
    enrolment: { verdict: 'met', target: 7_600_000, actual: 7_724_000, shortfall: null }, contributionRate: 0.912,
    rate: { verdict: 'met', target: 0.9, actual: 0.912, shortfall: null }, newContributionRate: 0.95, verdict: 'met',
  };
  it('annual: the year end, the change since the end of the previous year, the share of target and the rate', () => {
    const yc = { year: 2005, month: '2005-12', enrolled: 7_724_000, previousMonth: '2004-12', previous: 7_323_000, change: 401_000, changeRatio: 401_000 / 7_323_000, fell: false };
    expect(annualSentence({ year: 2005, complete: true, insurance: PENSION, yc, a: assessed }, 'en')).toBe(
      `At the end of 2005, 7.724 million people in Liaoning were insured in ${PENSION}, up 401,000 on the end of the previous year (+5.5%); the province had reached 101.6% of its annual target and the contribution rate was 91.2%.`,
    );
  });
  it('assessment: the regions in the English status words, then the province against each target; provisional never says missed', () => {
    const input = { year: 2005, final: true, month: '2005-12', withTargets: 15, metAll: 12, notMet: ['Dalian', 'Anshan', 'Jinzhou'], incomplete: 0, province: [assessed] };
    expect(assessmentSentences(input, 'en')).toEqual([
      'Assessment of the 2005 coverage targets: of the 15 regions with targets, 12 met every target and 3 missed a target (Dalian, Anshan and Jinzhou).',
      `At the end of 2005, 7.724 million people in Liaoning were insured in ${PENSION} against an annual target of 7.6 million (101.6%), with a contribution rate of 91.2% (target: above 90%). Assessment: met.`,
    ]);
    expect(assessmentSentences({ ...input, metAll: 15, notMet: [] }, 'en')[0]).toBe('Assessment of the 2005 coverage targets: all 15 regions with targets met every target.');
    const early = assessmentSentences({ ...input, final: false, month: '2005-06', province: [{ ...assessed, month: '2005-06', yearEnd: false, verdict: 'not_met' }] }, 'en');
    expect(early[0]).toBe('Provisional assessment of the 2005 coverage targets (data to June 2005): of the 15 regions with targets, 12 met every target and 3 not all met yet (Dalian, Anshan and Jinzhou).');
    expect(early[1]).toMatch(/^In June 2005, .*\. Provisional result: not yet met\.$/);
    expect(early.join(' ')).not.toMatch(/missed/i);
  });
});

describe('the English report pages (two-year fixture)', () => {
  const model = twoYears();
  it('monthly: English headings, columns, flags, notes, links and sentences', () => {
    const view = monthlyReportView(model, period(model, '2006-04'), 'en');
    expect(view.header).toMatchObject({ kind: 'Monthly report', title: 'Monthly report: April 2006', coverage: 'Data for April 2006' });
    expect(view.header.previous).toEqual({ href: '/en/reports/2006-03/', label: 'Monthly report: March 2006' });
    expect(view.header.breadcrumbs.map((b) => b.href)).toEqual(['/en/reports/', '/en/reports/#y2006']);
    const pension = view.sections.find((s) => s.insurance === 'pension')!;
    expect(pension.name).toBe(PENSION);
    expect(pension.table.caption).toBe('Pension insurance by region, April 2006 (persons)');
    expect(pension.table.columns.map((c) => c.label)).toEqual(['Insured persons', 'Change on previous month', 'Newly insured persons', 'Contribution rate', 'Contribution rate of the newly insured (target 100%)', 'Share of target (annual target)']);
    expect(cellsOf(pension.table.foot, 'Province total')[0]).toBe('Not reported');
    expect(pension.table.notes).toEqual(['Provincial level did not report this month: the province total is left empty, not estimated.']);
    const unemployment = view.sections.find((s) => s.insurance === 'unemployment')!;
    expect(unemployment.table.rows.find((r) => r.header === 'Dalian')!.cells[1]).toMatchObject({ text: '−500', tone: 'bad', flag: 'fall' });
    expect(unemployment.table.rows.find((r) => r.header === 'Shenyang')!.href).toBe('/en/cities/shenyang/');
    expect(view.missing).toEqual(['Pension: Provincial level']);
    expect(view.sentences[1]).toBe(
      'In April 2006, 1.344 million people in Liaoning were insured in Unemployment Insurance, up 1,600 on the previous month; 5,100 people were newly insured in the month; the province had reached 98.1% of its annual target and the contribution rate was 91.2%.',
    );
    expect(unemployment.figure!.title).toBe('Unemployment insurance: change in insured persons on the previous month by region, April 2006');
    expect(unemployment.figure!.svg).not.toMatch(HAN);
    expect(textsOf(view)).not.toMatch(HAN);
  });
  it('quarterly: the pace in the English status words, with the persons behind or ahead', () => {
    const view = quarterlyReportView(model, period(model, '2006-q2'), 'en');
    const pension = view.sections.find((s) => s.insurance === 'pension')!;
    expect(pension.behind.map((b) => b.text)).toEqual(['Dalian (short by 6,000)']);
    expect(cellsOf(pension.table.rows, 'Shenyang')).toContain('Ahead of pace by 4,000');
    expect(cellsOf(pension.table.rows, 'Dalian')).toContain('Behind pace by 6,000');
    expect(view.method.join(' ')).toContain('is m ÷ 12');
    expect(pension.figure!.svgNarrow).toContain('Year elapsed 50.0%');
    expect(textsOf(view)).not.toMatch(HAN);
  });
  it('annual: every fall in English, targets in words, the verdicts in English', () => {
    const view = annualReportView(model, period(model, '2006'), 'en');
    expect(view.falls.map((f) => f.text)).toEqual(['Dalian, unemployment insurance: 506,000 insured in December 2006, down 6,000 from 512,000 in December 2005 (−1.2%).']);
    expect(view.sections[0]!.targets).toBe('Insured persons: of 3 regions with a target, 2 met it, 1 missed it. Contribution rate: of 2 regions with a target, 2 reached it, 0 did not reach it.');
    expect(cellsOf(view.sections[0]!.table.rows, 'Dalian').at(-1)).toBe('Missed');
    expect(view.assessment).toEqual({ href: '/en/assessment/2006/', label: 'Annual assessment: 2006' });
    expect(textsOf(view)).not.toMatch(HAN);
  });
  it('assessment: regions that missed, with their gap; provisional results before December', () => {
    const view = assessmentView(model, 2006, 'en');
    expect(view.notMet.map((r) => [r.name, r.items])).toEqual([
      ['Shenyang', ['Unemployment: contribution rate 90.0% against a target of above 90%, not above the target.']],
      ['Dalian', ['Pension: 848,000 insured at year end against a target of 860,000, short by 12,000 (98.6%).', 'Unemployment: 506,000 insured at year end against a target of 520,000, short by 14,000 (97.3%).']],
    ]);
    expect(cellsOf(view.overview.rows, 'Provincial level')).toEqual(['Met', 'No target', 'Met every target']);
    expect(cellsOf(view.overview.foot, 'Liaoning')).toEqual(['Missed', 'Missed', 'Missed a target']);
    expect(view.header).toMatchObject({ title: 'Annual assessment: 2006', status: 'Year-end result', previous: { href: '/en/assessment/2005/', label: 'Annual assessment: 2005' } });
    const early = assessmentView(twoYears('2006-09'), 2006, 'en');
    expect(early.header.coverage).toBe('Provisional; data to September 2006');
    expect(cellsOf(early.overview.rows, 'Dalian')).toEqual(['Not yet met', 'Not yet met', 'Not all met yet']);
    expect(JSON.stringify(early.overview)).not.toContain('"Missed"');
    expect(assessmentIndex(model, 'en')[0]).toMatchObject({ href: '/en/assessment/2006/', text: 'Of 3 regions with targets, 1 met every target and 2 missed a target.' });
    expect(textsOf(view)).not.toMatch(HAN);
  });
  it('the index and latest links lead to the English reports', () => {
    const years = reportsIndex(twoYears('2006-05'), 'en');
    expect(years[0]!.annual).toMatchObject({ href: '/en/reports/2006/', title: 'Annual summary: 2006', status: 'In progress; data to May 2006' });
    expect(years[0]!.quarters[0]!.months.map((m) => m.short)).toEqual(['May', 'Apr']);
    expect(latestReports(twoYears('2006-05'), undefined, 'en').map((l) => l.label)).toEqual([
      'Monthly report: May 2006',
      'Quarterly stage report: second quarter 2006 (in progress)',
      'Annual summary: 2006 (in progress)',
      'Annual assessment: 2006',
    ]);
  });
  it('shows a region without an English name in Chinese, marked lang="zh-CN", in tables and lists', () => {
    const unnamed = new Model({ ...model.dataset, regions: model.dataset.regions.map((r) => (r.id === 'dalian' ? { ...r, nameEn: undefined } : r)) });
    const dalian = unnamed.regions.find((r) => r.id === 'dalian')!;
    expect(regionName(dalian, 'en')).toBe('<span lang="zh-CN">大连市</span>');
    // The names go into HTML, so a name carrying markup stays text in both forms.
    expect(regionName({ name: '大连<b onmouseover=x>市', nameEn: undefined }, 'en')).toBe('<span lang="zh-CN">大连&lt;b onmouseover=x&gt;市</span>');
    expect(regionName({ name: '大连市', nameEn: 'Da & <i>lian</i>' }, 'en')).toBe('Da &amp; &lt;i&gt;lian&lt;/i&gt;');
    expect(nameList([unnamed.regions[0]!, dalian], 'en')).toBe('Shenyang and <span lang="zh-CN">大连市</span>');
    const view = assessmentView(unnamed, 2006, 'en');
    const html = richTableHtml(view.overview, 'x', 'en');
    expect(html).toContain('<span lang="zh-CN">大连市</span></a>');
    expect(html).not.toContain('&lt;span');
    const q = quarterlyReportView(unnamed, period(unnamed, '2006-q2'), 'en');
    expect(q.sections[0]!.figure!.svg).toContain('lang="zh-CN"');
  });
});
