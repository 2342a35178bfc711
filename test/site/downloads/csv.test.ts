import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../../src/site/downloads/csv';

describe('toCsv(header, rows)', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, null]])).toBe(`${BOM}a,b\r\n1,\r\n`);
  });
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1 day')).toBe("'-1 day");
    expect(csvCell(-3)).toBe('-3');
  });
  it('refuses NaN instead of writing it', () => {
    expect(() => csvCell(Number.NaN)).toThrow(/non-finite/);
  });
});
