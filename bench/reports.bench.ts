/**
 * Report, assessment and priority-group view models at national size: 330 regions
 * over 10 years. Each task is the work one page does. Run:
 *   npx vitest bench --run bench/reports.bench.ts
 * Budget: every page well under 100 ms (see README "Performance").
 */
import { bench, describe } from 'vitest';
import { annualReportView } from '../src/site/reports/annual-report';
import { assessmentIndex, assessmentView } from '../src/site/reports/assessment-view';
import { groupsView } from '../src/site/progress/groups-view';
import { monthlyReportView } from '../src/site/reports/monthly-report';
import { quarterlyReportView } from '../src/site/reports/quarterly-report';
import { periodsOf } from '../src/site/reports/report-common';
import { reportsIndex } from '../src/site/reports/reports-index';
import { Model, PROVINCE } from '../src/stats/model';
import { assessYear } from '../src/stats/assessment';
import { nationalDataset } from './national';

const model = new Model(nationalDataset(330, 10));
const periods = periodsOf(model);
const month = periods.find((p) => p.kind === 'month' && p.slug === '2010-06')!;
const quarter = periods.find((p) => p.slug === '2010-q2')!;
const year = periods.find((p) => p.slug === '2010')!;
// Warm the model's province cache as the first page of a build would.
monthlyReportView(model, month);

describe(`one page, ${model.regions.length} regions × ${model.years.length} years (${model.dataset.monthly.length} monthly reports)`, () => {
  bench('/reports/<YYYY-MM>/ monthly report', () => void monthlyReportView(model, periods[periods.length - 10]!));
  bench('/reports/<YYYY>-q<N>/ quarterly report', () => void quarterlyReportView(model, quarter));
  bench('/reports/<YYYY>/ annual summary', () => void annualReportView(model, year));
  bench('assessYear (the verdicts, uncached)', () => void assessYear(model, 2011));
  bench('/assessment/<YYYY>/ (verdicts cached by the annual summary)', () => void assessmentView(model, 2010));
  bench('/assessment/ index (10 years, cached)', () => void assessmentIndex(model));
  bench('/reports/ index', () => void reportsIndex(model));
  bench('priority groups, province', () => void groupsView(model, { area: PROVINCE, name: '全省' }, 2010));
  bench('priority groups, one region', () => void groupsView(model, { area: 'r17', name: '示例17市' }, 2010));
});
