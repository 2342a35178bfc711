import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_EXPECTED, csvRows, decodeText, parseCsv, readCsv } from '../../src/data/csv';
import { formatProblem } from '../../src/data/problems';
import type { Problem } from '../../src/data/types';
import { VALID_DIR, VALID_GB18030_DIR } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = [0xef, 0xbb, 0xbf];

function parse(text: string) {
  const problems: Problem[] = [];
  const parsed = parseCsv('t.csv', text, problems);
  return { ...parsed, problems: problems.map(formatProblem) };
}

describe('decodeText(bytes)', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8('地区,险种\n'))).toEqual({ text: '地区,险种\n', encoding: 'utf-8' });
  });

  it('strips the UTF-8 byte-order mark that Excel\'s "CSV UTF-8" writes', () => {
    expect(decodeText(new Uint8Array([...BOM, ...utf8('地区\n')]))).toEqual({ text: '地区\n', encoding: 'utf-8-bom' });
  });

  it('reads GBK/GB18030 bytes (Excel\'s plain "CSV" on Chinese Windows)', () => {
    // 沈阳市 in GBK.
    const gbk = new Uint8Array([0xc9, 0xf2, 0xd1, 0xf4, 0xca, 0xd0]);
    expect(decodeText(gbk)).toEqual({ text: '沈阳市', encoding: 'gb18030' });
  });

  it('gives the same text for every file of the fixture in UTF-8 and in GB18030', () => {
    for (const file of ['regions.csv', 'targets.csv', 'monthly.csv', 'groups.csv', 'employers.csv', 'dataset.json']) {
      const utf8Bytes = readFileSync(path.join(VALID_DIR, file));
      const gbBytes = readFileSync(path.join(VALID_GB18030_DIR, file));
      const ascii = utf8Bytes.every((byte) => byte < 0x80);
      expect(gbBytes.equals(utf8Bytes), `${file} is re-encoded unless it is ASCII`).toBe(ascii);
      const a = decodeText(utf8Bytes);
      const b = decodeText(gbBytes);
      expect('text' in b && b.encoding, file).toBe(ascii ? 'utf-8' : 'gb18030');
      expect('text' in a && 'text' in b && a.text === b.text, file).toBe(true);
    }
  });

  it('refuses UTF-16, naming what to choose in Excel', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({
      reason: 'a text file in UTF-8 or GB18030/GBK; this one is UTF-16 (in Excel choose "CSV UTF-8" or "CSV")',
    });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x2c]))).toEqual({
      reason: 'a text file in UTF-8 or GB18030/GBK; this one is neither (the first byte that is not UTF-8 is on this line)',
      line: 1,
    });
  });
});

describe('parseCsv(file, text, problems)', () => {
  it('keeps the true start line of rows after a quoted cell that spans lines', () => {
    const { rows, problems } = parse('a,b\n1,"two\nlines"\n2,x\n\n3,"three\nmore\nlines"\n4,y\n');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 6, 9]);
    expect(rows[0]!.cells).toEqual(['1', 'two\nlines']);
  });

  it('reads CRLF files like LF files, also inside quoted cells', () => {
    const lf = parse('a,b\n1,"x\ny"\n2,z\n');
    const crlf = parse('a,b\r\n1,"x\r\ny"\r\n2,z\r\n');
    expect(crlf).toEqual(lf);
  });

  it('reads an Excel CRLF file whose cells hold LF line breaks', () => {
    const { rows } = parse('a,b\r\n1,"x\ny"\r\n2,z\r\n');
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 4, cells: ['2', 'z'] },
    ]);
  });

  it('reads a file mixing LF and CRLF rows', () => {
    const { rows, problems } = parse('a,b\r\n1,x\n2,y\r\n');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['1', 'x'],
      ['2', 'y'],
    ]);
  });

  it('keeps commas and doubled quotes inside quoted cells', () => {
    expect(parse('a,b\n"7,500,000","say ""hi"""\n').rows[0]!.cells).toEqual(['7,500,000', 'say "hi"']);
  });

  it('trims whitespace (also the ideographic space) around cells and header names', () => {
    const { header, rows } = parse(' a ,\u3000b\n 1 ,  x\u3000\n');
    expect(header!.cells).toEqual(['a', 'b']);
    expect(rows[0]!.cells).toEqual(['1', 'x']);
  });

  it('ignores blank lines and rows of empty cells, counting their lines', () => {
    const { rows, problems } = parse('\na,b\n\n,\n  ,  \n1,2\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 6, cells: ['1', '2'] }]);
  });

  it('reports a row with the wrong number of fields', () => {
    expect(parse('a,b,c\n1,2,3\n1,2\n1,2,3,4\n').problems).toEqual([
      't.csv:3: — 3 fields, as many as the header row has; this row has 2',
      't.csv:4: — 3 fields, as many as the header row has; this row has 4',
    ]);
  });

  it('reports a malformed quote and an unterminated quote', () => {
    expect(parse('a,b\n1,"x"y\n').problems).toEqual([`t.csv:2: — ${CSV_EXPECTED.invalidQuotes}`]);
    expect(parse('a,b\n1,2\n3,"open\n4,5\n').problems).toEqual([`t.csv:3: — ${CSV_EXPECTED.missingQuotes}`]);
  });

  it('reports a file without any row', () => {
    expect(parse('\n\n').problems).toEqual(['t.csv:1: — a header row naming the columns; the file has no rows']);
  });

  it('recognizes a tab-separated file saved as text', () => {
    expect(parse('month\tregion\n2005-01\tshenyang\n').problems).toEqual([
      't.csv:1: — fields separated by ","; this file seems to use tabs (save it as CSV, not as text)',
    ]);
  });
});

describe('readCsv(file, bytes, problems)', () => {
  it('gives identical rows for UTF-8, UTF-8 with BOM and GB18030 bytes', () => {
    const problems: Problem[] = [];
    const plain = readFileSync(path.join(VALID_DIR, 'employers.csv'));
    const withBom = new Uint8Array([...BOM, ...plain]);
    const gb = readFileSync(path.join(VALID_GB18030_DIR, 'employers.csv'));
    const read = (bytes: Uint8Array) => {
      const parsed = readCsv('employers.csv', bytes, problems)!;
      return { header: parsed.header, rows: csvRows(parsed) };
    };
    const a = read(plain);
    expect(read(withBom)).toEqual(a);
    expect(read(gb)).toEqual(a);
    expect(problems).toEqual([]);
    expect(a.rows[1]!.cells[6]).toBe('2004年7月至2005年6月少报缴费工资基数；\n经责令限期改正，逾期仍未改正。');
  });

  it('reports an undecodable file at line 0', () => {
    const problems: Problem[] = [];
    expect(readCsv('monthly.csv', new Uint8Array([0xff, 0xfe]), problems)).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'monthly.csv:0: — a text file in UTF-8 or GB18030/GBK; this one is UTF-16 (in Excel choose "CSV UTF-8" or "CSV")',
    ]);
  });
});
