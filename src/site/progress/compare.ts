/**
 * Where a region stands: for each insurance, its completion and rank among the regions with a
 * target, the province's completion, and the regions just above and below it in the ranking.
 */
import type { Insurance, Region } from '../../data/types';
import { formatPercent } from '../../format/number';
import { INSURANCE_NAMES } from '../../i18n/glossary';
import { INSURANCE_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import { PROVINCE, type Model } from '../../stats/model';
import { insuranceStatus, statusName } from '../../stats/status';
import { progressHref, regionOrderHref } from './progress-view';

/** A region next to this one in a ranking. */
export interface Neighbour {
  name: string;
  href: string;
  completion: string;
  rank: number;
}

/** One insurance of the comparison. */
export interface CompareRow {
  insurance: Insurance;
  name: string;
  completion: string;
  /** 第3位/15, or 未排名 without a target. */
  rank: string;
  status: string;
  province: string;
  above: Neighbour | null;
  below: Neighbour | null;
  /** The full ranking of this insurance (a page of its own, for the latest year). */
  rankingHref: string | null;
}

/** The comparison of a region with the province and its ranking neighbours, one row per insurance. */
export function regionCompare(model: Model, region: Region, year: number, lang: Lang = 'zh'): CompareRow[] {
  const en = lang === 'en';
  return model.insurances.map((insurance): CompareRow => {
    const rows = model.regionProgress(insurance, year);
    const ranked = rows.filter((r) => r.rank != null).sort((a, b) => a.rank! - b.rank! || a.region.name.localeCompare(b.region.name, 'zh-CN'));
    const at = ranked.findIndex((r) => r.region.id === region.id);
    const mine = rows.find((r) => r.region.id === region.id);
    const neighbour = (i: number): Neighbour | null => {
      const r = ranked[i];
      if (!r || i === at) return null;
      return { name: en ? r.region.nameEn || r.region.name : r.region.name, href: progressHref(model, r.region.id, year, lang), completion: formatPercent(r.progress.completion!), rank: r.rank! };
    };
    const province = model.progress(PROVINCE, insurance, year);
    const status = insuranceStatus(model, region.id, insurance, year);
    return {
      insurance,
      name: (en ? INSURANCE_NAMES_EN : INSURANCE_NAMES)[insurance].short,
      completion: mine?.progress.completion != null ? formatPercent(mine.progress.completion) : '—',
      rank: mine?.rank != null ? (en ? `${mine.rank} of ${ranked.length}` : `第${mine.rank}位/${ranked.length}`) : en ? 'Not ranked' : '未排名',
      status: en ? statusName(status.key, status.period, 'en') : status.label,
      province: province.completion != null ? formatPercent(province.completion) : '—',
      above: at >= 0 ? neighbour(at - 1) : null,
      below: at >= 0 ? neighbour(at + 1) : null,
      // The English edition has no pre-sorted ranking pages (its regions table sorts in place).
      rankingHref: year === model.latestYear && !en ? regionOrderHref(`completion-${insurance}`) : null,
    };
  });
}
