/**
 * The fixture articles against the fixture data, without a build: a bad article is refused
 * by the checker the build runs on every article (getArticles), and a changed figure in
 * monthly.csv changes what every article citing it shows.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/site/articles/article-check';
import { keyFigure, liveFigure, parseFigureProps } from '../../../src/site/articles/live-figures';
import { VALID_DIR } from '../../data/helpers';
import { siteOf } from '../helpers';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('an article citing a region the data does not have', () => {
  it('is refused naming file, line, column, component and value', () => {
    const file = 'test/fixtures/content-bad/articles/bad-region.mdx';
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    expect(checkArticle({ file, id: 'bad-region', source }, siteOf(VALID_DIR).model)).toContain(
      'test/fixtures/content-bad/articles/bad-region.mdx:10:13: <Stat area="tieling"> — unknown region; expected "province" or a region id of regions.csv: shenyang, dalian, provincial',
    );
  });
});

describe('a figure changed in monthly.csv', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'data-changed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(VALID_DIR, dir, { recursive: true });
  const monthly = path.join(dir, 'monthly.csv');
  const original = readFileSync(monthly, 'utf8');
  writeFileSync(monthly, original.replace('2005-12,shenyang,pension,"2,036,800"', '2005-12,shenyang,pension,"2,100,000"'));

  it('changes the figure every article cites, and the key figure of their share images', () => {
    expect(readFileSync(monthly, 'utf8')).not.toBe(original);
    const [before, after] = [siteOf(VALID_DIR), siteOf(dir)];
    const ref = parseFigureProps({ metric: 'enrolled', area: 'province', insurance: 'pension' }, after.model);
    expect(liveFigure(before, ref).text).toBe('424万人');
    expect(liveFigure(after, ref)).toMatchObject({ text: '430.3万人', asOf: '截至2005年12月' });
    const article = { insurances: ['pension' as const] };
    expect(keyFigure(after, article).text).not.toBe(keyFigure(before, article).text);
    // A figure the change does not touch (province unemployment) stays as it was.
    const unemployment = { insurances: ['unemployment' as const] };
    expect(keyFigure(after, unemployment).text).toBe(keyFigure(before, unemployment).text);
  });
});
