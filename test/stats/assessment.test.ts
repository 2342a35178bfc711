import { describe, expect, it } from 'vitest';
import { assessYear, checkEnrolment, checkRate, combine, overallOf } from '../../src/stats/assessment';
import { Model } from '../../src/stats/model';
import { monthRange } from '../../src/stats/months';
import { dataset, everyMonth, report, target } from './helpers';

describe('checkEnrolment(enrolled, target)', () => {
  it('is met at or above the target', () => {
    expect(checkEnrolment(100, 100).verdict).toBe('met');
    expect(checkEnrolment(101, 100).verdict).toBe('met');
  });
  it('is not met below it, with the shortfall in persons', () => expect(checkEnrolment(97, 100)).toMatchObject({ verdict: 'not_met', shortfall: 3 }));
  it('is "no target" — not "not met" — without a target', () => expect(checkEnrolment(50, null).verdict).toBe('no_target'));
  it('cannot be assessed without a figure', () => expect(checkEnrolment(null, 100).verdict).toBe('no_data'));
});

describe('checkRate(rate, target)', () => {
  it('is met only above the target (高于90%)', () => {
    expect(checkRate(0.9001, 0.9).verdict).toBe('met');
    expect(checkRate(0.9, 0.9).verdict).toBe('not_met');
    expect(checkRate(900 / 1000, 90 / 100).verdict).toBe('not_met');
  });
  it('gives the shortfall as a ratio', () => expect(checkRate(0.882, 0.9).shortfall).toBeCloseTo(0.018));
  it('is "no target" without one and cannot be assessed without a rate', () => {
    expect(checkRate(0.8, null).verdict).toBe('no_target');
    expect(checkRate(null, 0.9).verdict).toBe('no_data');
  });
});

describe('combine(verdicts) and overallOf(verdicts)', () => {
  it('is not met when any check is not met', () => expect(combine(['met', 'no_data', 'not_met'])).toBe('not_met'));
  it('cannot be assessed when a check lacks its figure and none failed', () => expect(combine(['met', 'no_data'])).toBe('no_data'));
  it('is met when every target set was met, ignoring insurances without a target', () => expect(combine(['met', 'no_target'])).toBe('met'));
  it('is no target when nothing was set', () => expect(combine(['no_target', 'no_target'])).toBe('no_target'));
  it('names the overall result of a region', () => {
    expect(overallOf(['met', 'no_target'])).toBe('met_all');
    expect(overallOf(['met', 'not_met'])).toBe('not_met');
    expect(overallOf(['met', 'no_data'])).toBe('incomplete');
    expect(overallOf(['no_target'])).toBe('no_targets');
  });
});

describe('assessYear(model, year)', () => {
  const months = monthRange('2004-12', '2005-12');
  const rate = { due: 100 };
  const rows = [
    // a: reaches 1120 ≥ 1100 with rate 95% > 90%: met all.
    ...everyMonth(months, { a: (i) => 1000 + 10 * i }, { ...rate, paid: 95 }),
    // b: 560 < 600, rate exactly 90%: misses both.
    ...everyMonth(months, { b: (i) => 500 + 5 * i }, { ...rate, paid: 90 }),
    // prov: no target at all.
    ...everyMonth(months, { prov: () => 100 }, { ...rate, paid: 99 }),
  ];
  const targets = [target('a', 1100, 90), target('b', 600, 90), target('province', 1750, 90)];
  const m = new Model(dataset(rows, targets));
  const y = assessYear(m, 2005);

  it('is final once December is reported', () => {
    expect(y.final).toBe(true);
    expect(y.month).toBe('2005-12');
  });
  it('finds a region that met every target', () => {
    const a = y.regions.find((r) => r.area === 'a')!;
    expect(a.overall).toBe('met_all');
    expect(a.items[0]).toMatchObject({ month: '2005-12', yearEnd: true, enrolled: 1120, verdict: 'met' });
  });
  it('lists what a region fell short by', () => {
    const b = y.regions.find((r) => r.area === 'b')!;
    expect(b.overall).toBe('not_met');
    expect(b.missed).toHaveLength(1);
    expect(b.missed[0]!.enrolment).toMatchObject({ verdict: 'not_met', shortfall: 40 });
    expect(b.missed[0]!.rate).toMatchObject({ verdict: 'not_met', actual: 0.9 });
  });
  it('does not call a region without targets failed', () => {
    const prov = y.regions.find((r) => r.area === 'prov')!;
    expect(prov.overall).toBe('no_targets');
    expect(prov.items[0]!.verdict).toBe('no_target');
    expect(prov.missed).toEqual([]);
  });
  it('assesses the province against its own target', () => {
    expect(y.province.items[0]).toMatchObject({ enrolled: 1120 + 560 + 100, verdict: 'met' });
  });
  it('cannot assess a region that sent no year-end report, and says which month it last reported', () => {
    const gap = new Model(dataset(rows.filter((r) => !(r.region === 'a' && r.month === '2005-12')), targets));
    const g = assessYear(gap, 2005);
    const a = g.regions.find((r) => r.area === 'a')!;
    expect(a.items[0]).toMatchObject({ verdict: 'no_data', month: '2005-11', yearEnd: false, enrolled: 1110 });
    expect(a.overall).toBe('incomplete');
    expect(a.unassessed).toHaveLength(1);
    // The province total for December is a gap, so the province cannot be assessed either.
    expect(g.province.items[0]!.verdict).toBe('no_data');
  });
  it('is provisional before December, judged on the latest month', () => {
    const early = new Model(dataset(rows.filter((r) => r.month <= '2005-06'), targets));
    const p = assessYear(early, 2005);
    expect(p.final).toBe(false);
    expect(p.month).toBe('2005-06');
    expect(p.regions.find((r) => r.area === 'a')!.items[0]).toMatchObject({ month: '2005-06', verdict: 'not_met' });
  });
  it('keeps rates apart from enrolment: a met enrolment with no rate figure cannot be fully assessed', () => {
    const noRate = new Model(dataset([...everyMonth(months, { a: (i) => 1000 + 10 * i }), report('2005-12', 'b', 600)], [target('a', 1100, 90)]));
    const a = assessYear(noRate, 2005).regions.find((r) => r.area === 'a')!.items[0]!;
    expect(a.enrolment.verdict).toBe('met');
    expect(a.rate.verdict).toBe('no_data');
    expect(a.verdict).toBe('no_data');
  });
});
