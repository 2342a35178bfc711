/** View models specific to a region's page: its full monthly table (named employers: employers-view.ts). */
import type { Insurance, Region } from '../data/types';
import { INSURANCE_NAMES } from '../i18n/glossary';
import { formatMonth } from '../format/date';
import { formatCount } from '../format/number';
import type { Model } from '../stats/model';
import type { TableSpec } from './figures';

/** Every monthly figure of a region for the year's months, one table per insurance. */
export function monthlyTables(model: Model, region: Region, year: number): { insurance: Insurance; table: TableSpec }[] {
  const months = model.chartMonths(year);
  return model.insurances
    .filter((i) => months.some((m) => model.report(region.id, i, m)))
    .map((insurance) => ({
      insurance,
      table: {
        caption: `${region.name}${INSURANCE_NAMES[insurance].short}月报数据（人）`,
        columns: ['参保人数', '应缴费人数', '实际缴费人数', '新增参保', '新增参保缴费'].map((label) => ({ label, numeric: true })),
        rows: months.map((m) => {
          const r = model.report(region.id, insurance, m);
          const c = (n: number | undefined) => (n == null ? '—' : formatCount(n));
          return { header: formatMonth(m), cells: r ? [c(r.enrolled), c(r.due), c(r.paid), c(r.newEnrolled), c(r.newPaid)] : ['未报送', '—', '—', '—', '—'] };
        }),
      },
    }));
}
