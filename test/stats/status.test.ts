import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { assessYear } from '../../src/stats/assessment';
import { Model, PROVINCE, progressYears } from '../../src/stats/model';
import { areaStatus, insuranceStatus, overallLabelEn, pacedKey, statusDetailEn, statusName, statusText, statusTextEn } from '../../src/stats/status';
import { progressView } from '../../src/site/progress/progress-view';
import { AT_2005_12_31 } from '../data/helpers';
import { twoYears } from '../site/helpers';
import { dataset, everyMonth, report, target } from './helpers';

const SAMPLE_DIR = fileURLToPath(new URL('../../data', import.meta.url));
const sample = new Model(loadDataset(SAMPLE_DIR, AT_2005_12_31).dataset);

/** 2005 ended: region a grew past its target but missed its rate target (88% paid of 90%), b fell short of its target. */
const endedYear = () =>
  new Model(
    dataset(
      [report('2004-12', 'a', 90), report('2005-12', 'a', 101, { due: 100, paid: 88 }), report('2004-12', 'b', 90), report('2005-12', 'b', 95)],
      [target('a', 100, 90), target('b', 100)],
    ),
  );

describe('areaStatus / insuranceStatus', () => {
  it('an ended year: met or missed exactly as the assessment rules, the rate target counting', () => {
    const m = endedYear();
    const a = insuranceStatus(m, 'a', 'pension', 2005);
    expect(a).toMatchObject({ period: 'ended', key: 'missed', label: '未完成', tone: 'bad', persons: null });
    expect(statusText(a)).toBe('未完成（缴费率88.0%，未高于90%）');
    const b = insuranceStatus(m, 'b', 'pension', 2005);
    expect(b).toMatchObject({ key: 'missed', persons: -5 });
    expect(statusText(b)).toBe('未完成（参保人数差5人）');
    expect(insuranceStatus(m, 'prov', 'pension', 2005)).toMatchObject({ key: 'no_target', label: '未设目标', tone: 'neutral' });
  });

  it('a year in progress: ahead of, on or behind the time pace by so many persons', () => {
    // Baseline 100, target 220: planned growth 120, 10 a month. At June the pace line is 160.
    const months = ['2004-12', '2005-01', '2005-02', '2005-03', '2005-04', '2005-05', '2005-06'];
    const m = new Model(dataset(everyMonth(months, { a: (i) => 100 + i * 12, b: (i) => 100 + i * 10, prov: (i) => 100 + i * 5 }), [target('a', 220), target('b', 220), target('prov', 220)]));
    expect(insuranceStatus(m, 'a', 'pension', 2005)).toMatchObject({ period: 'in_progress', key: 'ahead', persons: 12 });
    expect(statusText(insuranceStatus(m, 'a', 'pension', 2005))).toBe('快于时间进度12人');
    expect(insuranceStatus(m, 'b', 'pension', 2005)).toMatchObject({ key: 'on_pace', label: '符合时间进度', persons: 0 });
    expect(insuranceStatus(m, 'prov', 'pension', 2005)).toMatchObject({ key: 'behind', tone: 'bad', persons: -30 });
    expect(statusText(insuranceStatus(m, 'prov', 'pension', 2005))).toBe('落后于时间进度30人');
    expect(areaStatus(m, 'prov', 2005).overallLabel).toBe('1项落后于时间进度');
  });

  it('a target reached mid-year reads 已达年度目标, not 已完成 (the year has not ended)', () => {
    expect(pacedKey({ status: 'met' } as never)).toEqual({ key: 'reached', persons: null });
    const m = new Model(dataset([report('2004-12', 'a', 90), report('2005-03', 'a', 120)], [target('a', 100)]));
    expect(insuranceStatus(m, 'a', 'pension', 2005)).toMatchObject({ key: 'reached', label: '已达年度目标' });
  });
});

/** Every region × insurance × year: the status the cards show equals the assessment's verdict. */
function walk(model: Model) {
  let checked = 0;
  for (const year of progressYears(model)) {
    const assessment = assessYear(model, year);
    for (const area of [PROVINCE, ...model.regions.map((r) => r.id)]) {
      const assessed = area === PROVINCE ? assessment.province : assessment.regions.find((r) => r.area === area)!;
      const view = progressView(model, { area, name: area }, year);
      const status = areaStatus(model, area, year);
      expect(status.overall).toBe(assessed.overall);
      for (const item of assessed.items) {
        const card = view.sections.find((s) => s.insurance === item.insurance)!.status;
        expect(card.verdict, `${area} ${item.insurance} ${year}`).toBe(item.verdict);
        if (assessment.final) {
          const expected = { met: '已完成', not_met: '未完成', no_target: '未设目标', no_data: '无法评定' }[item.verdict];
          expect(card.label, `${area} ${item.insurance} ${year}`).toBe(expected);
          // A card never says 已完成 beside a missed target, nor 未完成 beside all met.
          if (item.verdict === 'not_met') expect(statusText(card)).toMatch(/^未完成（.+）$/);
        } else {
          // In a year in progress a reached target is the assessment's met enrolment check.
          expect(card.key === 'reached', `${area} ${item.insurance} ${year}`).toBe(item.enrolment.verdict === 'met');
        }
        checked++;
      }
    }
  }
  return checked;
}

describe('cards and assessment never disagree', () => {
  it('over every region, insurance and year of the sample', () => {
    expect(walk(sample)).toBeGreaterThan(60);
  });
  it('over every region, insurance and year of the two-year fixture, ended and mid-year', () => {
    expect(walk(twoYears())).toBeGreaterThan(10);
    for (const until of ['2005-06', '2006-03', '2006-09']) expect(walk(twoYears(until))).toBeGreaterThan(5);
  });
  it('the sample: 阜新 missed every target, 抚顺 pension missed on its contribution rate', () => {
    const fuxin = areaStatus(sample, 'fuxin', 2005);
    expect(fuxin.items.map((i) => i.label)).toEqual(['未完成', '未完成', '未完成', '未完成']);
    const fushun = insuranceStatus(sample, 'fushun', 'pension', 2005);
    expect(fushun.progress.completion).toBeGreaterThan(1);
    expect(fushun.label).toBe('未完成');
    expect(statusText(fushun)).toMatch(/缴费率88\.1%/);
  });
});

describe('the English words of a status', () => {
  it('say the same status and the same reasons as the Chinese ones', () => {
    const m = endedYear();
    const a = insuranceStatus(m, 'a', 'pension', 2005);
    expect(statusTextEn(a)).toBe('Missed (contribution rate 88.0%, not above 90%)');
    const b = insuranceStatus(m, 'b', 'pension', 2005);
    expect(statusTextEn(b)).toBe('Missed (5 people short of the enrolment target)');
    expect(statusDetailEn(b)).toBe('5 people short of the enrolment target');
    expect(statusTextEn(insuranceStatus(m, 'prov', 'pension', 2005))).toBe('No target');
    expect(overallLabelEn(areaStatus(m, 'a', 2005))).toBe('Missed a target');
  });
  it('have one English phrase for every status key, different for different keys', () => {
    const keys = ['met', 'missed', 'reached', 'ahead', 'on_pace', 'behind', 'no_target', 'no_data', 'no_baseline'] as const;
    const words = keys.map((k) => statusName(k, 'in_progress', 'en'));
    expect(new Set(words).size).toBe(keys.length);
    expect(statusName('no_data', 'ended', 'en')).toBe('Cannot be assessed');
    expect(statusName('behind', 'in_progress', 'en')).toBe('Behind pace');
  });
  it('give the pace gap in people for a year in progress', () => {
    for (const region of sample.regions) {
      for (const s of areaStatus(sample, region.id, 2005).items) {
        if (s.period === 'in_progress' && s.key === 'behind') expect(statusTextEn(s)).toMatch(/^Behind pace by [\d,.]+( million)? (people|person)$/);
      }
    }
  });
});
