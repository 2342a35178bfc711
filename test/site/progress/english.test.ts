/**
 * The English progress pages' words (docs/decisions/0010-english-edition.md): the same facts as
 * the Chinese summary, figures, tile map and comparison, in English templates, with the status
 * words of src/stats/status.ts only.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load';
import { Model, PROVINCE } from '../../../src/stats/model';
import { progressSummary } from '../../../src/site/progress/summary';
import { permanentProgressHref, progressHref, progressTitle, progressView, regionProseEn, regionsTable, regionTitleEn } from '../../../src/site/progress/progress-view';
import { regionCompare } from '../../../src/site/progress/compare';
import { tileMapView } from '../../../src/site/progress/tile-view';
import { groupsView } from '../../../src/site/progress/groups-view';
import { monthlyTables } from '../../../src/site/progress/region-view';
import { STATUS_NAMES_EN } from '../../../src/i18n/en';
import { AT_2005_12_31 } from '../../data/helpers';
import { twoYears } from '../helpers';

const sample = new Model(loadDataset(fileURLToPath(new URL('../../../data', import.meta.url)), AT_2005_12_31).dataset);
const fixture = new Model(loadDataset(fileURLToPath(new URL('../../fixtures/data/valid', import.meta.url)), AT_2005_12_31).dataset);
const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;
const STATUS_WORDS = new Set([STATUS_NAMES_EN.met, STATUS_NAMES_EN.missed, STATUS_NAMES_EN.reached, STATUS_NAMES_EN.ahead, STATUS_NAMES_EN.on_pace, STATUS_NAMES_EN.behind, STATUS_NAMES_EN.no_target, STATUS_NAMES_EN.no_data, STATUS_NAMES_EN.no_data_yet, STATUS_NAMES_EN.no_baseline]);

describe('the English summary', () => {
  it('an ended year: every target missed, the largest gap, and the rank', () => {
    const s = progressSummary(sample, { area: 'fuxin', name: 'Fuxin' }, 2005, 'en');
    expect(s.periodLabel).toBe('Ended');
    expect(s.sentences).toEqual([
      'As of December 2005, Fuxin missed all four of its coverage targets.',
      'The largest gap in insured persons is in medical insurance: 13,609 people short of the target, with 95.0% of it reached.',
      'On the share of its pension insurance target reached, Fuxin ranks 15th of the 15 regions with a target.',
    ]);
    expect(s.tiles.map((t) => t.status)).toEqual(['Missed', 'Missed', 'Missed', 'Missed']);
    expect(s.tiles[0]).toMatchObject({ name: 'Pension', figure: '247,653', title: '247,653 people', completion: '97.1% of annual target' });
    expect(s.tiles[0]!.detail).toBe('7,347 people short of the enrolment target; contribution rate 86.6%, not above 90%');
  });

  it('says which targets were met and missed, and a target missed on the contribution rate alone', () => {
    const s = progressSummary(sample, { area: 'fushun', name: 'Fushun' }, 2005, 'en');
    expect(s.sentences[0]).toBe('As of December 2005, Fushun met the target for work injury insurance and missed the targets for pension, unemployment and medical insurance.');
    expect(s.sentences[2]).toBe(
      'Pension insurance reached its enrolment target but not its contribution-rate target (contribution rate 88.1%, not above 90%), so under the assessment rules it counts as missed.',
    );
    expect(s.sentences).toHaveLength(4);
  });

  it('the province: the same facts as the Chinese summary, and the regions meeting every target', () => {
    const en = progressSummary(sample, { area: PROVINCE, name: 'Liaoning' }, 2005, 'en');
    const zh = progressSummary(sample, { area: PROVINCE, name: '全省' }, 2005);
    expect(en.sentences).toHaveLength(zh.sentences.length);
    expect(en.tiles.map((t) => t.key)).toEqual(zh.tiles.map((t) => t.key));
    expect(en.sentences.at(-1)).toMatch(/^Of the 15 regions with targets, \d+ met every target and \d+ did not\.$/);
    const [, met, missed] = /(\d+) met every target and (\d+)/.exec(en.sentences.at(-1)!)!;
    expect(zh.sentences.at(-1)).toBe(`15个有目标的地区中，${met}个完成全部目标，${missed}个没有全部完成。`);
  });

  it('says "both" and "none" rather than counting two or zero', () => {
    expect(progressSummary(fixture, { area: PROVINCE, name: 'Liaoning' }, 2005, 'en').sentences).toEqual([
      'As of December 2005, Liaoning missed both of its coverage targets.',
      'The largest gap in insured persons is in pension insurance: 3.261 million people short of the target, with 56.5% of it reached.',
      'None of the 3 regions with targets met all of them.',
    ]);
  });

  it('a year in progress: the share of the year elapsed, who is behind pace and by how many, and that the year is not over', () => {
    const s = progressSummary(twoYears('2006-06'), { area: 'dalian', name: 'Dalian' }, 2006, 'en');
    expect(s.periodLabel).toBe('In progress');
    expect(s.sentences[0]).toBe("As of June 2006, with 50.0% of the year elapsed, both of Dalian's insurances with a target are behind pace; unemployment insurance is furthest behind, by 7,000 people.");
    expect(s.sentences[1]).toBe('2006 is not over yet: whether the annual targets are met depends on the December figures.');
    const p = progressSummary(twoYears('2006-06'), { area: PROVINCE, name: 'Liaoning' }, 2006, 'en');
    expect(p.sentences.at(-1)).toBe('Of the 3 regions with targets, 1 is behind pace on at least one insurance.');
  });

  it('writes no Chinese and uses only the status words of status.ts in its tiles', () => {
    for (const area of [PROVINCE, ...sample.regions.map((r) => r.id)]) {
      const s = progressSummary(sample, { area, name: 'X' }, 2005, 'en');
      expect(s.sentences.join(' ')).not.toMatch(HAN);
      for (const t of s.tiles) expect(STATUS_WORDS.has(t.status), t.status).toBe(true);
    }
  });
});

describe('the English figures', () => {
  const view = progressView(sample, { area: 'shenyang', name: 'Shenyang' }, 2005, 'en');
  const [enrolled, added, rate] = view.sections[0]!.figures;

  it('titles, descriptions and tables in English, with English months', () => {
    expect(enrolled!.title).toBe('Insured persons, pension insurance, Shenyang, 2005');
    expect(enrolled!.description).toBe(
      'Insured persons in pension insurance in Shenyang went from 1.409 million in December 2004 to 1.548 million in December 2005. The 2005 target is 1.532 million, so 101.0% of it has been reached.',
    );
    expect(enrolled!.table.columns.map((c) => c.label)).toEqual(['Insured persons', 'Share of target']);
    expect(enrolled!.table.rows[0]!.header).toBe('December 2004');
    expect(added!.description).toBe('From January 2005 to December 2005, 177,015 people in all were newly insured in pension insurance in Shenyang.');
    expect(rate!.description).toBe(
      'In December 2005, the contribution rate of pension insurance in Shenyang was 93.4%; the target is above 90%. The contribution rate of the newly insured was 94.8% (target 100%).',
    );
  });

  it('draws English axis ticks, month ticks, legend and target line, and no Chinese', () => {
    expect(enrolled!.svg).toContain('>Annual target 1.532 million<');
    expect(enrolled!.svg).toMatch(/>1\.5m</);
    expect(enrolled!.svgNarrow).toMatch(/>Dec</);
    expect(rate!.svg).toContain('>Target 90%<');
    for (const f of view.sections.flatMap((s) => s.figures)) {
      for (const text of [f.title, f.description, f.svg, f.svgNarrow!, f.table.caption, ...f.notes, ...f.table.rows.map((r) => r.header), ...f.table.columns.map((c) => c.label)]) {
        expect(text, f.id).not.toMatch(HAN);
      }
    }
  });

  it('keeps the figures’ ids (downloads are shared) and links the English pages', () => {
    const zh = progressView(sample, { area: 'shenyang', name: '沈阳市' }, 2005);
    expect(view.sections.flatMap((s) => s.figures.map((f) => f.id))).toEqual(zh.sections.flatMap((s) => s.figures.map((f) => f.id)));
    expect(view.permalink).toBe('/en/cities/shenyang/2005/');
    expect(view.sections[0]!.position).toMatch(/^Ranked \d+(st|nd|rd|th) of the 15 regions with a target by share of target reached$/);
    expect(progressHref(sample, PROVINCE, 2005, 'en')).toBe('/en/');
    expect(progressHref(sample, 'dalian', 2004, 'en')).toBe('/en/cities/dalian/2004/');
    expect(permanentProgressHref(PROVINCE, 2005, 'en')).toBe('/en/years/2005/');
  });

  it('notes the months a region did not report, in English', () => {
    const t = twoYears('2006-06');
    const notes = progressView(t, { area: PROVINCE, name: 'Liaoning' }, 2006, 'en').sections.flatMap((s) => s.figures.flatMap((f) => f.notes));
    for (const n of notes) expect(n).not.toMatch(HAN);
  });
});

describe('the English tables, tile map, comparison and groups', () => {
  it('the regions table: English names, the status words, links to English pages', () => {
    const t = regionsTable(sample, 2005, 'en');
    expect(t.caption).toBe('Share of 2005 coverage targets reached, by region (as of December 2005)');
    expect(t.rows[0]!.header).toBe('Shenyang');
    expect(t.links[0]).toBe('/en/cities/shenyang/');
    for (const r of t.rows2) for (const c of r.cells) expect(STATUS_WORDS.has(c.status), c.status).toBe(true);
  });

  it('the tile map: English names in the tiles and the key, the overall words of status.ts', () => {
    const v = tileMapView(sample, 2005, 'tiles-2005', 'en');
    expect(v.groups.map((g) => g.label)).toEqual([STATUS_NAMES_EN.overall.met_all, STATUS_NAMES_EN.overall.not_met]);
    expect(v.groups[0]!.names).toContain('Provincial level');
    for (const s of [v.title, v.description, v.svg, v.svgNarrow]) expect(s).not.toMatch(HAN);
    expect(v.svg).toContain('href="/en/cities/shenyang/"');
  });

  it('the comparison: rank in words, neighbours by their English names', () => {
    const rows = regionCompare(sample, sample.regionById.get('shenyang')!, 2005, 'en');
    expect(rows[0]!.rank).toMatch(/^\d+ of 15$/);
    expect(rows[0]!.above?.href ?? '/en/').toMatch(/^\/en\//);
    expect(rows.every((r) => r.rankingHref === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(HAN);
  });

  it('priority groups and monthly tables in English', () => {
    const g = groupsView(sample, { area: PROVINCE, name: 'Liaoning' }, 2005, 'en');
    expect(g.sections[0]!.figure.title).toBe('Insured persons in priority groups, pension insurance, Liaoning, 2005');
    expect(g.sections[0]!.shares.rows[0]!.header).toBe('Private enterprises');
    expect(JSON.stringify([g.sections.map((s) => [s.name, s.figure.title, s.figure.description, s.figure.svg, s.figure.table, s.shares])])).not.toMatch(HAN);
    const m = monthlyTables(sample, sample.regionById.get('shenyang')!, 2005, 'en');
    expect(m[0]!.table.caption).toBe('Monthly reports, pension insurance, Shenyang (people)');
    expect(JSON.stringify(m)).not.toMatch(HAN);
  });

  it('names the provincial level as prose does', () => {
    const provincial = sample.regionById.get('provincial')!;
    expect(regionProseEn(provincial)).toBe('the provincial level');
    expect(regionTitleEn(provincial, 2005)).toBe('Coverage expansion at the provincial level, 2005');
    expect(regionTitleEn(sample.regionById.get('dalian')!, 2005)).toBe('Coverage expansion in Dalian, 2005');
  });

  it('titles a progress page (and its latest year stub) in the edition asked for', () => {
    const dalian = sample.regionById.get('dalian')!;
    expect(progressTitle(dalian, 2005, 'en')).toBe(regionTitleEn(dalian, 2005));
    expect(progressTitle(dalian, 2005)).toBe('大连市2005年扩面进展');
    expect(progressTitle(null, 2005, 'en')).toBe('Coverage expansion in Liaoning, 2005');
    expect(progressTitle(null, 2005)).toBe('2005年全省扩面进展');
  });
});
