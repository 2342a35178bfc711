/** The province and region aggregate rows of the downloads: every month of the range, gaps as empty rows. */
import type { Month, Region } from '../../data/types';
import { PROVINCE, type Model, type Point } from '../../stats/model';
import { monthRange } from '../../stats/months';
import type { AggregateRow, Counts, Rates } from './columns';

/** Every month of the dataset's range (first to latest report), for full grids with visible gaps. */
export function dataMonths(model: Model): Month[] {
  const first = model.months[0];
  return first && model.latestMonth ? monthRange(first, model.latestMonth) : [];
}

/** Province totals per month and insurance: the Model's sums, a month any region missed is empty. */
export function provinceRows(model: Model): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const insurance of model.insurances) {
    if (!model.regionsReporting(insurance).length) continue;
    for (const month of dataMonths(model)) {
      const p = model.point(PROVINCE, insurance, month);
      const missing = model.missingReports(insurance, month);
      const status = missing.length ? `空缺：${missing.map((r) => r.name).join('、')}未报送` : p.enrolled == null ? '空缺' : '完整';
      rows.push({ ...pointCounts(p), month, insurance, status });
    }
  }
  return rows;
}

/** A region's months for every insurance it reports, with unreported months as empty rows. */
export function regionRows(model: Model, region: Region): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const insurance of model.insurances) {
    if (!model.regionsReporting(insurance).some((r) => r.id === region.id)) continue;
    for (const month of dataMonths(model)) {
      const reported = model.report(region.id, insurance, month) != null;
      rows.push({ ...pointCounts(model.point(region.id, insurance, month)), month, region: region.id, insurance, status: reported ? '已报送' : '未报送' });
    }
  }
  return rows;
}

function pointCounts(p: Point): Counts & Rates {
  return {
    enrolled: p.enrolled,
    due: p.due,
    paid: p.paid,
    newEnrolled: p.newEnrolled,
    newPaid: p.newPaid,
    contributionRate: p.contributionRate,
    newContributionRate: p.newContributionRate,
  };
}
