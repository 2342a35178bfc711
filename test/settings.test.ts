import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, readSettings, SettingsError, type Environment } from '../src/settings';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The refusals of an environment, one line per bad setting. */
function refusals(env: Environment): string[] {
  try {
    readSettings(env, ROOT);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('readSettings(env, root)', () => {
  it('has a default for every setting', () => {
    expect(readSettings({}, ROOT)).toEqual({
      dataDir: path.join(ROOT, 'data'),
      contentDir: 'content',
      outDir: path.join(ROOT, 'dist'),
      siteUrl: DEFAULT_SITE_URL,
      sourceDateEpoch: undefined,
      brotliQuality: 6,
      precompress: true,
      searchIndex: true,
      buildHeapMb: 1536,
      previousDataDir: undefined,
      keepVersions: 24,
    });
  });

  it('treats an empty or blank variable as unset', () => {
    const blank = { DATA_DIR: '', CONTENT_DIR: ' ', OUT_DIR: '', SITE_URL: '', SOURCE_DATE_EPOCH: ' ', BROTLI_QUALITY: '', BUILD_HEAP_MB: '' };
    expect(readSettings(blank, ROOT)).toEqual(readSettings({}, ROOT));
  });

  it('takes each setting from its variable', () => {
    const s = readSettings(
      {
        DATA_DIR: 'test/fixtures/data/valid',
        CONTENT_DIR: 'test/fixtures/content/',
        OUT_DIR: '.build-test/x',
        SITE_URL: 'https://example.org/',
        SOURCE_DATE_EPOCH: '1136044799',
        BROTLI_QUALITY: '11',
        PRECOMPRESS: 'no',
        SEARCH_INDEX: 'no',
        BUILD_HEAP_MB: '4096',
        PREVIOUS_DATA_DIR: 'test/fixtures/data/valid',
        KEEP_VERSIONS: '3',
      },
      ROOT,
    );
    expect(s).toEqual({
      dataDir: path.join(ROOT, 'test/fixtures/data/valid'),
      contentDir: 'test/fixtures/content',
      outDir: path.join(ROOT, '.build-test/x'),
      siteUrl: 'https://example.org/',
      sourceDateEpoch: 1136044799,
      brotliQuality: 11,
      precompress: false,
      searchIndex: false,
      buildHeapMb: 4096,
      previousDataDir: path.join(ROOT, 'test/fixtures/data/valid'),
      keepVersions: 3,
    });
  });

  it('takes an absolute DATA_DIR as it is', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-data-'));
    expect(readSettings({ DATA_DIR: dir }, ROOT).dataDir).toBe(dir);
  });

  it('leaves the heap to NODE_OPTIONS when it sets one', () => {
    expect(readSettings({ NODE_OPTIONS: '--enable-source-maps --max-old-space-size=8000' }, ROOT).buildHeapMb).toBeUndefined();
  });

  it('refuses a DATA_DIR or CONTENT_DIR that is not a folder', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'settings-')), 'file');
    writeFileSync(file, '');
    expect(refusals({ DATA_DIR: '/no/such/data' })).toEqual(['DATA_DIR: no such folder: /no/such/data']);
    expect(refusals({ DATA_DIR: file })).toEqual([`DATA_DIR: not a folder: ${file}`]);
    expect(refusals({ CONTENT_DIR: 'no-such-content' })).toEqual([`CONTENT_DIR: no such folder: ${path.join(ROOT, 'no-such-content')}`]);
  });

  it('refuses an OUT_DIR outside the project, or the project itself', () => {
    expect(refusals({ OUT_DIR: '/tmp/site' })).toEqual([`OUT_DIR: must be a folder inside the project (${ROOT}), got /tmp/site`]);
    expect(refusals({ OUT_DIR: '../site' })).toEqual([`OUT_DIR: must be a folder inside the project (${ROOT}), got ${path.resolve(ROOT, '../site')}`]);
    expect(refusals({ OUT_DIR: '.' })).toEqual([`OUT_DIR: must be a folder inside the project (${ROOT}), got ${ROOT}`]);
  });

  it('refuses a SITE_URL that is not an absolute http(s) address', () => {
    for (const bad of ['kuomian.example.org', '/site/', 'ftp://example.org/']) {
      expect(refusals({ SITE_URL: bad })).toEqual([`SITE_URL: an absolute http(s) address such as ${DEFAULT_SITE_URL}, got "${bad}"`]);
    }
  });

  it('refuses a malformed SOURCE_DATE_EPOCH', () => {
    for (const bad of ['yesterday', '1.5', '1e9', '99999999999999']) {
      expect(refusals({ SOURCE_DATE_EPOCH: bad })).toEqual([
        `SOURCE_DATE_EPOCH: Unix seconds as a whole number (e.g. 1136044799), as \`date +%s\` prints, got "${bad}"`,
      ]);
    }
  });

  it('refuses a BROTLI_QUALITY outside 0–11', () => {
    for (const bad of ['12', '-1', 'max', '6.5']) expect(refusals({ BROTLI_QUALITY: bad })).toEqual([`BROTLI_QUALITY: a whole number 0–11, got "${bad}"`]);
  });

  it('refuses a PRECOMPRESS or SEARCH_INDEX other than yes or no', () => {
    expect(refusals({ PRECOMPRESS: 'off', SEARCH_INDEX: '0' })).toEqual(['PRECOMPRESS: yes or no, got "off"', 'SEARCH_INDEX: yes or no, got "0"']);
    expect(readSettings({ PRECOMPRESS: 'yes', SEARCH_INDEX: 'yes' }, ROOT)).toMatchObject({ precompress: true, searchIndex: true });
  });

  it('refuses a BUILD_HEAP_MB below 256 MB or not a number', () => {
    for (const bad of ['255', '2G', '1.5']) {
      expect(refusals({ BUILD_HEAP_MB: bad })).toEqual([`BUILD_HEAP_MB: a whole number of megabytes, at least 256, got "${bad}"`]);
    }
  });

  it('lists every bad setting at once', () => {
    expect(refusals({ SITE_URL: 'x', BROTLI_QUALITY: '99', BUILD_HEAP_MB: '1' }).map((p) => p.split(':')[0])).toEqual([
      'SITE_URL',
      'BROTLI_QUALITY',
      'BUILD_HEAP_MB',
    ]);
  });
});

describe('the settings of revisions', () => {
  it('reads PREVIOUS_DATA_DIR=none as no previous release', () => {
    expect(readSettings({ PREVIOUS_DATA_DIR: 'none' }, ROOT).previousDataDir).toBeNull();
  });
  it('refuses a previous release folder that does not exist and a KEEP_VERSIONS that is not a whole number', () => {
    expect(refusals({ PREVIOUS_DATA_DIR: 'no/such/folder', KEEP_VERSIONS: 'all' })).toEqual([
      `PREVIOUS_DATA_DIR: no such folder: ${path.join(ROOT, 'no/such/folder')}`,
      'KEEP_VERSIONS: a whole number of releases (0 keeps none), got "all"',
    ]);
  });
});
