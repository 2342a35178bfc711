/**
 * The English reference pages on the fixture build (/en/methodology/, /en/data/, /en/calendar/,
 * /en/notice/): the same anchors as their Chinese twins, the dictionary in English, the notice
 * summary linking clauses that exist, and a calendar page even without calendar.csv (the
 * edge-case build has none).
 */
import { describe, expect, it } from 'vitest';
import { page, text } from './build-site';
import { built } from './sites';
import { MEASURE_ANCHORS } from '../../src/i18n/glossary';
import { DATASET_FILES } from '../../src/site/downloads/files';

const out = await built('fixture');
/** The ids of a page's main content (the header's differ between editions). */
const ids = (html: string) => new Set([...html.slice(html.indexOf('<main'), html.indexOf('</main>')).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe('/en/methodology/', () => {
  it('has every anchor of /methodology/, so a link to a definition works in both editions', () => {
    const en = ids(page(out, '/en/methodology/'));
    for (const id of ids(page(out, '/methodology/'))) expect(en.has(id), id).toBe(true);
    for (const id of Object.values(MEASURE_ANCHORS)) expect(en.has(id), id).toBe(true);
  });
  it('says how statuses are decided, in the status words', () => {
    const t = text(page(out, '/en/methodology/'));
    for (const words of ['Met', 'Missed', 'Cannot be assessed', 'Annual target reached', 'Ahead of pace', 'On pace', 'Behind pace', 'Pace unknown', 'No data yet']) expect(t).toContain(words);
  });
});

describe('/en/data/', () => {
  it('gives every column of the dataset files its key, an English label and an English definition', () => {
    const html = page(out, '/en/data/');
    const t = text(html);
    for (const spec of Object.values(DATASET_FILES)) {
      for (const c of spec.columns) expect(html, `${spec.path} ${c.name}`).toMatch(new RegExp(`<code[^>]*>${c.name}</code></th>\\s*<td[^>]*>${c.en.label.replace(/[()]/g, '\\$&')}</td>`));
    }
    expect(t).toContain('Persons due to contribute');
    expect(html).toContain('href="/en/methodology/#contribution-rate"');
  });
  it('lists the same downloads as /data/, sizes in English', () => {
    const files = (html: string) => [...html.matchAll(/href="(\/data\/[^"#]+)" download/g)].map((m) => m[1]).sort();
    expect(files(page(out, '/en/data/'))).toEqual(files(page(out, '/data/')));
    expect(text(page(out, '/en/data/'))).toMatch(/regions\.csv CSV \d+(\.\d)? (bytes|KB)/);
  });
});

describe('/en/calendar/', () => {
  it('exists without calendar.csv, as the footer links it, and says no dates are announced', async () => {
    expect(text(page(await built('edges'), '/en/calendar/'))).toContain('No release dates have been announced yet.');
  });
});

describe('/en/notice/', () => {
  it('says it is a summary, marks the Chinese title and number, and links clauses that exist on /notice/', () => {
    const html = page(out, '/en/notice/');
    expect(text(html)).toContain('This is a summary, not an official translation.');
    expect(html).toMatch(/<span lang="zh-CN"[^>]*>辽政办发〔2005〕39号<\/span>/);
    expect(html).toMatch(/<a href="\/notice\/" hreflang="zh-CN"[^>]*>full text of the notice \(in Chinese\)<\/a>/);
    const clauses = [...html.matchAll(/href="\/notice\/#([a-z0-9-]+)" hreflang="zh-CN"/g)].map((m) => m[1]!);
    expect(clauses.length).toBeGreaterThan(10);
    const zh = ids(page(out, '/notice/'));
    for (const c of clauses) expect(zh.has(c), c).toBe(true);
  });
});
