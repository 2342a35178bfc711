/**
 * The tile map (示意图) of a year: every region's overall status, as every page states it
 * (src/stats/status.ts), one equal tile each, drawn for a phone and for a wider column.
 */
import { tileMap, type Tile, type TileTone } from '../../charts/tile-map';
import { STATUS_NAMES } from '../../i18n/glossary';
import { STATUS_NAMES_EN } from '../../i18n/en';
import type { Lang } from '../../i18n/lang';
import type { Model } from '../../stats/model';
import { areaStatus, overallLabelEn } from '../../stats/status';
import { CHART_WIDTH, type TableSpec } from '../figures/figures';
import { progressHref } from './progress-view';
import { listEn } from '../../format/en';

/** What the tile map component shows. */
export interface TileMapView {
  id: string;
  title: string;
  description: string;
  svg: string;
  svgNarrow: string;
  /** Regions by status, in words: the key as text, with every name. */
  groups: { label: string; tone: TileTone; names: string[] }[];
  /** Every region and its status, as the map's data table. */
  table: TableSpec;
}

/** The tile map of the regions' overall status in a year; `id` must be unique on the page. */
export function tileMapView(model: Model, year: number, id = `tiles-${year}`, lang: Lang = 'zh'): TileMapView {
  const en = lang === 'en';
  const statuses = model.regions.map((region) => ({ region, status: areaStatus(model, region.id, year) }));
  const label = (s: (typeof statuses)[number]['status']) => (en ? overallLabelEn(s) : s.overallLabel);
  const nameOf = (r: (typeof statuses)[number]['region']) => (en ? r.nameEn || r.name : r.name);
  const ended = model.isYearComplete(year);
  const tiles: Tile[] = statuses.map(({ region, status }) => ({
    key: region.id,
    // "Provincial level" does not fit a tile: its tile says "Provincial" (the key and the table name it in full).
    label: en ? (region.kind === 'provincial' && region.nameEn ? region.nameEn.replace(/ level$/i, '') : nameOf(region)) : region.kind === 'city' ? region.name.replace(/市$/, '') : region.name,
    status: label(status),
    tone: status.overallTone,
    href: progressHref(model, region.id, year, lang),
    ...(region.tile ? { row: region.tile.row, col: region.tile.col } : {}),
  }));
  // The key names what each fill means this year; in a year in progress 'bad' is any insurance behind the pace.
  const W = en ? STATUS_NAMES_EN : STATUS_NAMES;
  const legend: Partial<Record<TileTone, string>> = ended
    ? { good: W.overall.met_all, bad: W.overall.not_met, warn: W.overall.incomplete, neutral: W.overall.no_targets }
    : { good: W.noneBehind, bad: en ? `${W.behind} on an insurance` : `有险种${W.behind}`, warn: W.overall.incomplete, neutral: W.overall.no_targets };
  const order: TileTone[] = ['good', 'bad', 'warn', 'neutral'];
  const groups = order
    .map((tone) => ({ label: legend[tone]!, tone, names: statuses.filter((s) => s.status.overallTone === tone).map((s) => nameOf(s.region)) }))
    .filter((g) => g.names.length);
  const title = en ? `Regions' ${year} coverage targets: ${ended ? 'results' : 'progress'}, tile map` : `各地区${year}年扩面目标${ended ? '完成情况' : '进度'}示意图`;
  const description = en
    ? `${groups.map((g) => `${g.label}: ${listEn(g.names)}`).join('. ')}. Each square stands for one region; it shows neither area nor borders.`
    : `${groups.map((g) => `${g.label}：${g.names.join('、')}`).join('；')}。每个方块代表一个地区，不表示面积和边界。`;
  const draw = (width: number, chartId: string) => tileMap({ id: chartId, title, description, tiles, legend, width, lang });
  const table: TableSpec = {
    caption: en ? title.replace(', tile map', '') : title.replace('示意图', ''),
    rowHeader: en ? 'Region' : '地区',
    columns: [{ label: en ? 'Status' : '状态' }],
    rows: statuses.map(({ region, status }) => ({ header: nameOf(region), cells: [label(status)] })),
  };
  return { id, title, description, svg: draw(Math.min(CHART_WIDTH.wide, 400), id), svgNarrow: draw(CHART_WIDTH.narrow, `${id}-narrow`), groups, table };
}
