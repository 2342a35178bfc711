import { describe, expect, it } from 'vitest';
import { pace, yearShareElapsed } from '../../src/stats/pace';

describe('yearShareElapsed(month)', () => {
  it('is the month over twelve', () => {
    expect(['2005-03', '2005-06', '2005-12'].map(yearShareElapsed)).toEqual([0.25, 0.5, 1]);
  });
});

describe('pace({ month, enrolled, baseline, target })', () => {
  // Baseline 1000, target 1200: 200 planned; half a year in, 1100 is exactly on pace.
  it('is on pace when growth keeps up with the share of the year elapsed', () => {
    expect(pace({ month: '2005-06', enrolled: 1100, baseline: 1000, target: 1200 })).toMatchObject({ status: 'on_pace', growthCompletion: 0.5, expected: 1100, shortfall: null });
  });
  it('is behind when growth lags, with the persons short of the pace (rounded up)', () => {
    const p = pace({ month: '2005-06', enrolled: 1080, baseline: 1000, target: 1200 });
    expect(p.status).toBe('behind');
    expect(p.growthCompletion).toBeCloseTo(0.4);
    expect(p.shortfall).toBe(20);
    expect(pace({ month: '2005-01', enrolled: 1016, baseline: 1000, target: 1200 }).shortfall).toBe(1);
  });
  it('counts a fall below the baseline as behind, with negative growth', () => {
    const p = pace({ month: '2005-03', enrolled: 990, baseline: 1000, target: 1200 });
    expect(p.status).toBe('behind');
    expect(p.gained).toBe(-10);
    expect(p.growthCompletion).toBeCloseTo(-0.05);
  });
  it('is met once the annual target is reached, whatever the month', () => {
    expect(pace({ month: '2005-02', enrolled: 1200, baseline: 1000, target: 1200 }).status).toBe('met');
  });
  it('with a target below the baseline asks for no growth: behind only while below the target', () => {
    expect(pace({ month: '2005-06', enrolled: 880, baseline: 1000, target: 900 })).toMatchObject({ status: 'behind', expected: 900, shortfall: 20, growthCompletion: null });
    expect(pace({ month: '2005-06', enrolled: 950, baseline: 1000, target: 900 }).status).toBe('met');
  });
  it('cannot be judged without a target, a figure or a baseline', () => {
    expect(pace({ month: '2005-06', enrolled: 1100, baseline: 1000, target: null }).status).toBe('no_target');
    expect(pace({ month: null, enrolled: null, baseline: 1000, target: 1200 }).status).toBe('no_data');
    const nb = pace({ month: '2005-06', enrolled: 1100, baseline: null, target: 1200 });
    expect(nb.status).toBe('no_baseline');
    expect(nb.growthCompletion).toBeNull();
  });
});
