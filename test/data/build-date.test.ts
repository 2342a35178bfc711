import { describe, expect, it } from 'vitest';
import { checkBuildDate, dayInShanghai, resolveBuildDate } from '../../src/data/build-date';
import { DataError } from '../../src/data/problems';
import { caught, load } from './helpers';

const NOT_SAMPLE = { sample: false };

describe('resolveBuildDate(meta, env, now)', () => {
  it('is the as_of date of a sample, whatever the clock and SOURCE_DATE_EPOCH say', () => {
    expect(resolveBuildDate({ sample: true, asOf: '2005-12-31' }, { SOURCE_DATE_EPOCH: '1700000000' }, new Date('2024-01-01'))).toBe('2005-12-31');
  });

  it('is the day of SOURCE_DATE_EPOCH when set', () => {
    expect(resolveBuildDate(NOT_SAMPLE, { SOURCE_DATE_EPOCH: '1136016000' }, new Date('2024-01-01'))).toBe('2005-12-31');
  });

  it('ignores as_of when the dataset is not a sample', () => {
    expect(resolveBuildDate({ sample: false, asOf: '2005-12-31' }, {}, new Date('2024-05-06T12:00:00Z'))).toBe('2024-05-06');
  });

  it('is today otherwise', () => {
    expect(resolveBuildDate(NOT_SAMPLE, {}, new Date('2024-05-06T12:00:00Z'))).toBe('2024-05-06');
    expect(resolveBuildDate(NOT_SAMPLE, { SOURCE_DATE_EPOCH: '' }, new Date('2024-05-06T12:00:00Z'))).toBe('2024-05-06');
  });

  it('counts days in the Asia/Shanghai calendar: 16:00 UTC is already the next day', () => {
    expect(resolveBuildDate(NOT_SAMPLE, {}, new Date('2005-12-30T15:59:59Z'))).toBe('2005-12-30');
    expect(resolveBuildDate(NOT_SAMPLE, {}, new Date('2005-12-30T16:00:00Z'))).toBe('2005-12-31');
    expect(resolveBuildDate(NOT_SAMPLE, { SOURCE_DATE_EPOCH: '1135958400' })).toBe('2005-12-31'); // 2005-12-30T16:00Z
    expect(resolveBuildDate(NOT_SAMPLE, { SOURCE_DATE_EPOCH: '1135958399' })).toBe('2005-12-30');
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    for (const value of ['1.5e9', 'now', '2005-12-31', '1136016000.5']) {
      const error = caught(() => resolveBuildDate(NOT_SAMPLE, { SOURCE_DATE_EPOCH: value }));
      expect(error).toBeInstanceOf(DataError);
      expect(error.message).toBe(
        `1 problem in the data files:\nenvironment:0: SOURCE_DATE_EPOCH: "${value}" — Unix seconds as a whole number (e.g. 1136044799), as \`date +%s\` prints`,
      );
    }
  });

  it('says where the date came from', () => {
    expect(checkBuildDate({ sample: true, asOf: '2005-12-31' }, {}).source).toBe('sample');
    expect(checkBuildDate(NOT_SAMPLE, { SOURCE_DATE_EPOCH: '0' }).source).toBe('SOURCE_DATE_EPOCH');
    expect(checkBuildDate(NOT_SAMPLE, {}).source).toBe('today');
  });
});

describe('dayInShanghai(instant)', () => {
  it('gives YYYY-MM-DD', () => {
    expect(dayInShanghai(new Date(0))).toBe('1970-01-01');
    expect(dayInShanghai(new Date('2005-02-28T16:00:00Z'))).toBe('2005-03-01');
  });
});

describe('the build date in loadDataset', () => {
  it('comes from a sample dataset.json', () => {
    const { dataset } = load({ 'dataset.json': '{"sample": true, "as_of": "2005-06-30"}' }, { env: {}, now: new Date('2024-01-01') });
    expect(dataset.buildDate).toBe('2005-06-30');
  });

  it('comes from SOURCE_DATE_EPOCH', () => {
    expect(load({}, { env: { SOURCE_DATE_EPOCH: '1136016000' }, now: new Date('2024-01-01') }).dataset.buildDate).toBe('2005-12-31');
  });

  it('is today without either', () => {
    expect(load({}, { env: {}, now: new Date('2024-01-01T00:00:00Z') }).dataset.buildDate).toBe('2024-01-01');
  });

  it('reports a malformed SOURCE_DATE_EPOCH with the data problems', () => {
    const error = caught(() => load({ 'monthly.csv': 'month,region,insurance,enrolled\n2005-01,shenyang,pension,x\n' }, { env: { SOURCE_DATE_EPOCH: 'yesterday' } }));
    expect(error.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['environment:0', 'monthly.csv:2']);
  });
});
