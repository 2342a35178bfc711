import { describe, expect, it } from 'vitest';
import { DataError, formatProblem } from '../../src/data/problems';

describe('formatProblem(p)', () => {
  it('writes file:line: column: "value" — expected', () => {
    expect(formatProblem({ file: 'monthly.csv', line: 14, column: 'enrolled', value: '750万', expected: 'a count' })).toBe(
      'monthly.csv:14: enrolled: "750万" — a count',
    );
  });

  it('quotes empty values so that they are visible', () => {
    expect(formatProblem({ file: 'regions.csv', line: 3, column: 'name', value: '', expected: 'a non-empty text' })).toBe(
      'regions.csv:3: name: "" — a non-empty text',
    );
  });

  it('leaves out the column and the value when there are none', () => {
    expect(formatProblem({ file: 'regions.csv', line: 0, expected: 'a required file' })).toBe('regions.csv:0: — a required file');
    expect(formatProblem({ file: 'monthly.csv', line: 1, column: '备注', expected: 'unknown column, ignored' })).toBe(
      'monthly.csv:1: 备注 — unknown column, ignored',
    );
  });

  it('escapes quotes and line breaks and cuts very long values', () => {
    expect(formatProblem({ file: 'f.csv', line: 2, column: 'c', value: 'say "hi"\nthere', expected: 'e' })).toBe(
      'f.csv:2: c: "say \\"hi\\"\\nthere" — e',
    );
    const long = formatProblem({ file: 'f.csv', line: 2, column: 'c', value: 'x'.repeat(200), expected: 'e' });
    expect(long).toBe(`f.csv:2: c: "${'x'.repeat(79)}…" — e`);
  });
});

describe('DataError', () => {
  it('lists every problem with a count', () => {
    const error = new DataError([
      { file: 'a.csv', line: 2, column: 'x', value: '', expected: 'e1' },
      { file: 'b.csv', line: 0, expected: 'e2' },
    ]);
    expect(error.message).toBe('2 problems in the data files:\na.csv:2: x: "" — e1\nb.csv:0: — e2');
    expect(error.name).toBe('DataError');
    expect(error.problems).toHaveLength(2);
    expect(error.warnings).toEqual([]);
    expect(error).toBeInstanceOf(Error);
  });

  it('says "1 problem" for one', () => {
    expect(new DataError([{ file: 'a.csv', line: 1, expected: 'e' }]).message).toBe('1 problem in the data files:\na.csv:1: — e');
  });
});
