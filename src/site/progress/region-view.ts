/** View models specific to a region's page: its full monthly table (named employers: employers-view.ts). */
import type { Insurance, Region } from '../../data/types';
import { INSURANCE_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN, MEASURE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { formatMonthEn } from '../../format/en';
import { formatMonth } from '../../format/date';
import { formatCount } from '../../format/number';
import type { Model } from '../../stats/model';
import type { TableSpec } from '../figures/figures';
import { markMonthlyTable } from '../revisions/mark-revisions';

/** Every monthly figure of a region for the year's months, one table per insurance. */
export function monthlyTables(model: Model, region: Region, year: number, lang: Lang = 'zh'): { insurance: Insurance; id: string; table: TableSpec }[] {
  const months = model.chartMonths(year);
  const en = lang === 'en';
  const M = MEASURE_NAMES_EN;
  return model.insurances
    .filter((i) => months.some((m) => model.report(region.id, i, m)))
    .map((insurance) => ({
      insurance,
      id: monthlyTableId(region.id, insurance, year),
      table: markMonthlyTable({
        caption: en
          ? `Monthly reports, ${INSURANCE_NAMES_EN[insurance].short.toLowerCase()} insurance, ${region.nameEn || region.name} (people)`
          : `${region.name}${INSURANCE_NAMES[insurance].short}月报数据（人）`,
        columns: (en ? [M.enrolled, M.due, M.paid, M.newEnrolled, M.newPaid] : ['参保人数', '应缴费人数', '实际缴费人数', '新增参保', '新增参保缴费']).map((label) => ({ label, numeric: true, unit: 'persons' as const })),
        rows: months.map((m) => {
          const r = model.report(region.id, insurance, m);
          const c = (n: number | undefined) => (n == null ? '—' : formatCount(n));
          const values = r ? [r.enrolled, r.due ?? null, r.paid ?? null, r.newEnrolled ?? null, r.newPaid ?? null] : [null, null, null, null, null];
          return { header: en ? formatMonthEn(m) : formatMonth(m), key: m, values, cells: r ? [c(r.enrolled), c(r.due), c(r.paid), c(r.newEnrolled), c(r.newPaid)] : [en ? 'Not reported' : '未报送', '—', '—', '—', '—'] };
        }),
      }, model.revisions, region.id, insurance, lang),
    }));
}

/** The id of a region's monthly table (its CSV is /data/figures/<id>.csv). */
export function monthlyTableId(region: string, insurance: Insurance, year: number): string {
  return `monthly-${region}-${insurance}-${year}`;
}
