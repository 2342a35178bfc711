import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './build-site';
import { filesContaining, outputFiles } from './output-files';

const DIR = path.join(ROOT, '.build-test/output-files');

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('outputFiles(dir)', () => {
  it('finds a string in plain, .gz, .br and Pagefind (gzip without suffix) files', () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(path.join(DIR, 'pagefind/fragment'), { recursive: true });
    const name = '沈阳示例某某有限公司';
    writeFileSync(path.join(DIR, 'plain.html'), `<p>${name}</p>`);
    writeFileSync(path.join(DIR, 'page.html.gz'), gzipSync(`<p>${name}</p>`));
    writeFileSync(path.join(DIR, 'page.html.br'), brotliCompressSync(`<p>${name}</p>`));
    writeFileSync(path.join(DIR, 'pagefind/fragment/zh_1a2b.pf_fragment'), gzipSync(`pagefind_dcd{"content":"${name}"}`));
    writeFileSync(path.join(DIR, 'pagefind/pagefind.zh.pf_meta'), gzipSync(gzipSync(`nested ${name}`)));
    writeFileSync(path.join(DIR, 'other.html'), '<p>nothing here</p>');
    expect(filesContaining(outputFiles(DIR), name)).toEqual([
      'page.html.br',
      'page.html.gz',
      'pagefind/fragment/zh_1a2b.pf_fragment',
      'pagefind/pagefind.zh.pf_meta',
      'plain.html',
    ]);
  });
});
