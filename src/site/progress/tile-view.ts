/**
 * The tile map (示意图) of a year: every region's overall status, as every page states it
 * (src/stats/status.ts), one equal tile each, drawn for a phone and for a wider column.
 */
import { tileMap, type Tile, type TileTone } from '../../charts/tile-map';
import { STATUS_NAMES } from '../../i18n/glossary';
import { STATUS_NAMES_EN } from '../../i18n/en';
import { englishTwin, type Lang } from '../../i18n/lang';
import { listEn } from '../../format/en';
import type { Model } from '../../stats/model';
import { areaStatus, overallLabelEn } from '../../stats/status';
import { CHART_WIDTH, type TableSpec } from '../figures/figures';
import { progressHref } from './progress-view';

/** What the tile map component shows. */
export interface TileMapView {
  id: string;
  title: string;
  description: string;
  svg: string;
  svgNarrow: string;
  /** Regions by status, in words: the key as text, with every name (in English, names marked lang="zh-CN" where they have no English one: `langs`). */
  groups: { label: string; tone: TileTone; names: string[]; langs?: (string | undefined)[] }[];
  /** Every region and its status, as the map's data table. */
  table: TableSpec;
}

/** The tile map of the regions' overall status in a year; `id` must be unique on the page. */
export function tileMapView(model: Model, year: number, id = `tiles-${year}`, lang: Lang = 'zh'): TileMapView {
  if (lang === 'en') return tileMapViewEn(model, year, id);
  const statuses = model.regions.map((region) => ({ region, status: areaStatus(model, region.id, year) }));
  const ended = model.isYearComplete(year);
  const tiles: Tile[] = statuses.map(({ region, status }) => ({
    key: region.id,
    label: region.kind === 'city' ? region.name.replace(/市$/, '') : region.name,
    status: status.overallLabel,
    tone: status.overallTone,
    href: progressHref(model, region.id, year),
    ...(region.tile ? { row: region.tile.row, col: region.tile.col } : {}),
  }));
  // The key names what each fill means this year; in a year in progress 'bad' is any insurance behind the pace.
  const legend: Partial<Record<TileTone, string>> = ended
    ? { good: STATUS_NAMES.overall.met_all, bad: STATUS_NAMES.overall.not_met, warn: STATUS_NAMES.overall.incomplete, neutral: STATUS_NAMES.overall.no_targets }
    : { good: STATUS_NAMES.noneBehind, bad: `有险种${STATUS_NAMES.behind}`, warn: STATUS_NAMES.overall.incomplete, neutral: STATUS_NAMES.overall.no_targets };
  const order: TileTone[] = ['good', 'bad', 'warn', 'neutral'];
  const groups = order
    .map((tone) => ({ label: legend[tone]!, tone, names: statuses.filter((s) => s.status.overallTone === tone).map((s) => s.region.name) }))
    .filter((g) => g.names.length);
  const title = `各地区${year}年扩面目标${ended ? '完成情况' : '进度'}示意图`;
  const description = `${groups.map((g) => `${g.label}：${g.names.join('、')}`).join('；')}。每个方块代表一个地区，不表示面积和边界。`;
  const draw = (width: number, chartId: string) => tileMap({ id: chartId, title, description, tiles, legend, width });
  const table: TableSpec = {
    caption: title.replace('示意图', ''),
    rowHeader: '地区',
    columns: [{ label: '状态' }],
    rows: statuses.map(({ region, status }) => ({ header: region.name, cells: [status.overallLabel] })),
  };
  return { id, title, description, svg: draw(Math.min(CHART_WIDTH.wide, 400), id), svgNarrow: draw(CHART_WIDTH.narrow, `${id}-narrow`), groups, table };
}

/** The tile map in English: the same statuses in their English words (src/stats/status.ts), English names where regions have them. */
function tileMapViewEn(model: Model, year: number, id: string): TileMapView {
  const statuses = model.regions.map((region) => ({ region, status: areaStatus(model, region.id, year) }));
  const ended = model.isYearComplete(year);
  const name = (r: (typeof statuses)[number]['region']) => r.nameEn ?? r.name;
  const tiles: Tile[] = statuses.map(({ region, status }) => ({
    key: region.id,
    // The provincial level's English name is too long for a tile; the key under the map names it in full.
    label: region.kind === 'provincial' ? 'Prov.' : (region.nameEn ?? region.name.replace(/市$/, '')),
    status: overallLabelEn(status),
    tone: status.overallTone,
    href: englishTwin(progressHref(model, region.id, year)) ?? progressHref(model, region.id, year),
    ...(region.tile ? { row: region.tile.row, col: region.tile.col } : {}),
  }));
  const legend: Partial<Record<TileTone, string>> = ended
    ? { good: STATUS_NAMES_EN.overall.met_all, bad: STATUS_NAMES_EN.overall.not_met, warn: STATUS_NAMES_EN.overall.incomplete, neutral: STATUS_NAMES_EN.overall.no_targets }
    : { good: STATUS_NAMES_EN.noneBehind, bad: `${STATUS_NAMES_EN.behind} in an insurance`, warn: STATUS_NAMES_EN.overall.incomplete, neutral: STATUS_NAMES_EN.overall.no_targets };
  const order: TileTone[] = ['good', 'bad', 'warn', 'neutral'];
  const groups = order
    .map((tone) => {
      const mine = statuses.filter((s) => s.status.overallTone === tone).map((s) => s.region);
      return { label: legend[tone]!, tone, names: mine.map(name), langs: mine.map((r) => (r.nameEn ? undefined : 'zh-CN')) };
    })
    .filter((g) => g.names.length);
  const title = `Regions against their ${year} coverage targets${ended ? '' : ' so far'}: schematic map`;
  const description = `${groups.map((g) => `${g.label}: ${listEn(g.names)}`).join('; ')}. Each square stands for one region; it does not show area or boundaries.`;
  const draw = (width: number, chartId: string) => tileMap({ id: chartId, title, description, tiles, legend, width, separator: ': ' });
  const table: TableSpec = {
    caption: title.replace(': schematic map', ''),
    rowHeader: 'Region',
    columns: [{ label: 'Status' }],
    rows: statuses.map(({ region, status }) => ({ header: name(region), cells: [overallLabelEn(status)] })),
  };
  return { id, title, description, svg: draw(Math.min(CHART_WIDTH.wide, 400), id), svgNarrow: draw(CHART_WIDTH.narrow, `${id}-narrow`), groups, table };
}
