/**
 * Hostile CSV text thrown at the reader (fast-check): whatever the cells hold — quotes,
 * control and invisible characters, bidirectional overrides, lone surrogates, huge cells,
 * personal numbers in disguise — the reader never crashes, every problem has a line, and no
 * personal number reaches the dataset or the log.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { findPersonalData } from '../../src/data/privacy';
import { DataError, formatProblem } from '../../src/data/problems';
import type { Problem } from '../../src/data/types';
import { AT_2005_12_31, MINIMAL } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Separators people put inside numbers, visible or not. */
const SEPARATORS = [' ', '-', '.', '/', '–', '—', '－', '\u00a0', '\u3000', '\u200b', '\u00ad', '(', ')', ''];
const FULL_WIDTH = (d: string) => String.fromCharCode(0xff10 + Number(d));
const MATH = (d: string) => String.fromCodePoint(0x1d7ce + Number(d));

/** A mobile number written in some disguise; returns the text and the bare digits. */
const disguisedMobile = fc
  .tuple(
    fc.constantFrom('3', '5', '7', '8', '9'),
    fc.stringMatching(/^\d{9}$/),
    fc.constantFrom(...SEPARATORS),
    fc.constantFrom('ascii', 'full', 'math'),
    fc.constantFrom('', '+86 ', '0086-', '86'),
  )
  .map(([second, rest, sep, digits, prefix]) => {
    const bare = `1${second}${rest}`;
    const write = digits === 'ascii' ? (d: string) => d : digits === 'full' ? FULL_WIDTH : MATH;
    const groups = [bare.slice(0, 3), bare.slice(3, 7), bare.slice(7)].map((g) => [...g].map(write).join(''));
    return { text: `${prefix}${groups.join(sep)}`, bare };
  });

/** Pieces of hostile text. */
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '\t', '\u0000', '\u001b[31m', '\u202e', '\u2066', '\ufeff', '\ud800', '\uffff', '沈阳市', '2005-01', 'shenyang', 'pension', '1,234', '养老保险'),
  disguisedMobile.map((m) => m.text),
);
const cell = fc.array(piece, { maxLength: 4 }).map((parts) => parts.join(''));

/** A CSV text: a real header (or a hostile one) and rows of hostile cells. */
function csv(header: string) {
  const width = header.split(',').length;
  return fc
    .tuple(
      fc.oneof({ weight: 4, arbitrary: fc.constant(header) }, { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 5 }).map((c) => c.join(',')) }),
      fc.array(fc.array(cell, { minLength: width - 1, maxLength: width + 1 }), { maxLength: 6 }),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([head, rows, newline]) => [head, ...rows.map((r) => r.join(','))].join(newline));
}

const EMPLOYERS_HEADER = 'id,region,name,credit_code,insurance,workers,violation,penalty,decision_no,decided_on,authority,notified_on,published_on';

/** Every string inside a value, however deep. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('the reader under hostile CSV text', () => {
  it('never crashes, gives every problem a line, and never lets a personal number through', { timeout: 20_000 }, () => {
    const started = Date.now();
    fc.assert(
      fc.property(
        fc.record({
          'regions.csv': fc.oneof(fc.constant(MINIMAL['regions.csv']!), csv('id,name,code,kind,inspection_phone')),
          'monthly.csv': fc.oneof(fc.constant(MINIMAL['monthly.csv']!), csv('month,region,insurance,enrolled,due')),
          'employers.csv': csv(EMPLOYERS_HEADER),
        }),
        (files) => {
          for (const [name, text] of Object.entries({ ...MINIMAL, ...files })) writeFileSync(path.join(dir, name), text);
          let problems: readonly Problem[] = [];
          let warnings: readonly Problem[] = [];
          let accepted: unknown;
          try {
            const loaded = loadDataset(dir, AT_2005_12_31);
            accepted = loaded.dataset;
            warnings = loaded.warnings;
          } catch (error) {
            if (!(error instanceof DataError)) throw error; // a crash
            problems = error.problems;
            warnings = error.warnings;
            for (const line of error.message.split('\n')) expect(findPersonalData(line), line).toEqual([]);
          }
          for (const p of [...problems, ...warnings]) {
            expect(Number.isInteger(p.line) && p.line >= 0, formatProblem(p)).toBe(true);
            const message = formatProblem(p);
            expect(findPersonalData(message), message).toEqual([]);
            expect(message).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069]/);
          }
          for (const s of strings(accepted)) expect(findPersonalData(s), s).toEqual([]);
        },
      ),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
