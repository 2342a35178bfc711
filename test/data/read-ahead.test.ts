import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/data/csv';
import { loadDataset } from '../../src/data/load';
import { formatProblem } from '../../src/data/problems';
import { openFiles, READ_AHEAD_MIN_BYTES, type FileContent } from '../../src/data/read-ahead';
import { AT_2005_12_31, caught, dataFolder, VALID_DIR, VALID_GB18030_DIR } from './helpers';

/** What the validation sees of a file: its text, or why it cannot be read or decoded. */
function seen(content: FileContent): string {
  if (content.kind === 'error') return `error ${content.code}`;
  if (content.kind === 'text') return `text ${content.text}`;
  const decoded = decodeText(content.bytes);
  return 'reason' in decoded ? `reason ${decoded.reason}` : `text ${decoded.text}`;
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from(utf16le(text)).swap16();

/** Files in every encoding and state decodeText tells apart. */
const FILES: Record<string, string | Uint8Array> = {
  'plain.csv': 'id,name\nshenyang,沈阳市\n',
  'bom.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,name\n大连市,1\n')]),
  // As Excel on Chinese Windows saves it (test/fixtures/README.md).
  'gb18030.csv': readFileSync(path.join(VALID_GB18030_DIR, 'regions.csv')),
  'utf16le.csv': utf16le('id,name\n抚顺市,1\n'),
  'utf16be.csv': utf16be('id,name\n本溪市,1\n'),
  'neither.csv': Uint8Array.from([0x69, 0x64, 0x0a, 0xff, 0xff, 0xff, 0x81]),
  'empty.csv': '',
};

describe('openFiles: the worker gives what reading on the spot gives', () => {
  const dir = dataFolder(Object.fromEntries(Object.entries(FILES)));
  mkdirSync(path.join(dir, 'folder.csv'));
  const names = [...Object.keys(FILES), 'folder.csv', 'absent.csv'];

  it('for every encoding, an empty file, a folder and an absent file', () => {
    const worker = openFiles(dir, names, true);
    const spot = openFiles(dir, names, false);
    try {
      for (const name of names) expect(seen(worker.take(name)), name).toBe(seen(spot.take(name)));
    } finally {
      worker.close();
      spot.close();
    }
    // The cases differ from one another, so the comparison above says something.
    const spotAgain = openFiles(dir, names, false);
    const kinds = names.map((n) => seen(spotAgain.take(n)).split(' ')[0]);
    expect(kinds).toEqual(['text', 'text', 'text', 'reason', 'reason', 'reason', 'text', 'error', 'error']);
  });

  it('decodes valid UTF-8 on the worker and leaves the rest to decodeText', () => {
    const worker = openFiles(dir, ['bom.csv', 'gb18030.csv'], true);
    try {
      expect(worker.take('bom.csv')).toEqual({ kind: 'text', text: 'id,name\n大连市,1\n' });
      expect(worker.take('gb18030.csv').kind).toBe('bytes');
    } finally {
      worker.close();
    }
  });

  it('refuses files taken out of order', () => {
    const worker = openFiles(dir, ['plain.csv', 'bom.csv'], true);
    try {
      expect(() => worker.take('bom.csv')).toThrow(/asked for bom\.csv, but the next file read was plain\.csv/);
    } finally {
      worker.close();
    }
  });

  it('reads on the spot below the size threshold', () => {
    expect(READ_AHEAD_MIN_BYTES).toBeGreaterThan(1024 * 1024);
    const source = openFiles(dir, ['plain.csv'], undefined);
    // On the spot the file comes back undecoded.
    expect(source.take('plain.csv').kind).toBe('bytes');
    source.close();
  });
});

describe('loadDataset with and without the read-ahead worker', () => {
  it('gives the same dataset and warnings from the valid fixture and its GB18030 copy', () => {
    for (const dir of [VALID_DIR, VALID_GB18030_DIR]) {
      expect(loadDataset(dir, { ...AT_2005_12_31, readAhead: true })).toEqual(loadDataset(dir, { ...AT_2005_12_31, readAhead: false }));
    }
  });

  it('lists the same problems for broken, undecodable, unreadable and absent files', () => {
    const dir = dataFolder({
      'targets.csv': utf16le('year,region,insurance,enrolled\n'),
      'monthly.csv': 'month,region,insurance,enrolled\n2005-13,shenyang,pension,-1\n2005-01,nowhere,pension,5\n',
      'groups.csv': null,
      'regions.csv': null,
    });
    mkdirSync(path.join(dir, 'employers.csv'));
    const problems = (readAhead: boolean) => caught(() => loadDataset(dir, { ...AT_2005_12_31, readAhead })).problems.map(formatProblem);
    const withWorker = problems(true);
    expect(withWorker).toEqual(problems(false));
    expect(withWorker.join('\n')).toMatch(/regions\.csv/);
    expect(withWorker.join('\n')).toMatch(/targets\.csv.*UTF-16/);
    expect(withWorker.join('\n')).toMatch(/employers\.csv.*a folder, not a file/);
    expect(withWorker.join('\n')).toMatch(/monthly\.csv:2/);
  });
});
