import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../../src/settings';
import { buildContext, createBuildContext, startBuildContext } from '../../../src/site/build/context';
import { DataDownloadWriter } from '../../../src/site/downloads/data-downloads';
import { chartForPage, FigureDownloadWriter } from '../../../src/site/figures/figure-downloads';
import { figureRegistry } from '../../../src/site/figures/figure-registry';
import { VALID_DIR } from '../../data/helpers';
import { siteOf } from '../helpers';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const settings = readSettings({ DATA_DIR: VALID_DIR, SOURCE_DATE_EPOCH: '1136044799' }, ROOT);
const out = mkdtempSync(path.join(tmpdir(), 'context-'));
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  // Files run in one module graph: leave the context of this process's own settings behind.
  startBuildContext();
});

describe('the build context', () => {
  it('loads the site of its settings once', () => {
    const context = createBuildContext(settings);
    const site = context.site();
    expect(site.dataDir).toBe(VALID_DIR);
    expect(site.dataset.buildDate).toBe('2005-12-31');
    expect(context.site()).toBe(site);
  });

  it('memoises per owner and name', () => {
    const context = createBuildContext(settings);
    const [a, b] = [{}, {}];
    let made = 0;
    const make = () => ++made;
    expect(context.memo(a, 'x', make)).toBe(1);
    expect(context.memo(a, 'x', make)).toBe(1);
    expect(context.memo(a, 'y', make)).toBe(2);
    expect(context.memo(b, 'x', make)).toBe(3);
  });

  it('is replaced by the next build, which starts with empty memos', () => {
    const first = startBuildContext(settings);
    expect(buildContext()).toBe(first);
    first.memo(first, 'x', () => 1);
    const second = startBuildContext(settings);
    expect(buildContext()).toBe(second);
    expect(second.memo(first, 'x', () => 2)).toBe(2);
  });

  it("lends a page's chart to the build's figure writer, which then does not draw it again", async () => {
    const context = startBuildContext(settings);
    const site = siteOf(VALID_DIR);
    const chart = figureRegistry(site.model).find((e) => e.kind === 'chart')!;
    // Outside a build, a page's chart writes nothing.
    await chartForPage(site, chart.id);
    context.writers = { figures: new FigureDownloadWriter(out, new URL('https://example.org/')), data: new DataDownloadWriter(out, 'https://example.org/') };
    const { figure } = await chartForPage(site, chart.id);
    expect(figure.title).toBe(chart.title);
    await context.writers.figures.finish(site);
    const files = readdirSync(path.join(out, 'data/figures'));
    expect(files).toContain(`${chart.id}.svg`);
    expect(files).toHaveLength(figureRegistry(site.model).reduce((n, e) => n + (e.kind === 'chart' ? 3 : 2), 0));
    await expect(chartForPage(site, 'no-such-chart')).rejects.toThrow(/no chart registered as no-such-chart/);
  });
});
