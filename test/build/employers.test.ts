/**
 * Named employers in the built site (issue 4): an entry outside its publication window
 * is absent from every file of the output — pages, lists, counts, feed, sitemap, search
 * index, downloads, compressed copies — and each published entry is on its page, its
 * region list, the date list, the feed and the sitemap, with its texts as plain text.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, page, text } from './build-site';
import { built, resultFile } from './sites';
import { filesContaining, outputFiles, type OutputFile } from './output-files';

const OUT = '.build-test/edges';

/** The fixture's entries that must not appear anywhere: id, name, decision number. */
const WITHHELD = [
  { id: 'EMB-0001', reason: 'embargoed', name: '沈阳示例尚未公布有限公司', decisionNo: '沈劳社监罚〔2005〕901号' },
  { id: 'EXPD-0001', reason: 'expired', name: '大连示例截止日到期有限公司', decisionNo: '大劳社监罚〔2004〕902号' },
  { id: 'EXP3-0001', reason: 'expired', name: '大连示例三年期满有限公司', decisionNo: '大劳社监罚〔2002〕903号' },
  { id: 'REV-0001', reason: 'revoked', name: '沈阳示例决定撤销有限公司', decisionNo: '沈劳社监罚〔2005〕904号' },
];

/** The name of the region with markup in its texts (test/fixtures/data/edges/regions.csv), as a reader sees it. */
const DALIAN = '大连<script>alert("region")</script>市';
const MARKUP_NAME = `示例<script>alert("x&y")</script>'标记'&amp;有限公司`;
const COMMA_NAME = '示例商贸有限公司,沈阳分公司';

/** The fixture's published entries, as the site must show them. */
const PUBLISHED = [
  { id: 'PUB-0001', region: 'shenyang', name: '沈阳示例公开机械有限公司', decisionNo: '沈劳社监罚〔2005〕801号' },
  { id: 'PUB-TODAY', region: 'shenyang', name: '沈阳示例今日公布有限公司', decisionNo: '沈劳社监罚〔2005〕802号' },
  { id: 'RECT-0001', region: 'dalian', name: '大连示例已整改有限公司', decisionNo: '大劳社监罚〔2005〕803号' },
  { id: 'MARK-0001', region: 'shenyang', name: MARKUP_NAME, decisionNo: '沈劳社监罚〔2005〕804号' },
  { id: 'COMMA-0001', region: 'dalian', name: COMMA_NAME, decisionNo: '大劳社监罚〔2005〕805号' },
];

let files: OutputFile[];
let log: string;

beforeAll(async () => {
  await built('edges');
  log = JSON.parse(readFileSync(resultFile('edges'), 'utf8')).output;
  files = outputFiles(path.join(ROOT, OUT));
});

/** Visible text of a built page, by URL path. */
const seen = (urlPath: string) => text(page(OUT, urlPath));
const html = (urlPath: string) => page(OUT, urlPath);
const feed = () => readFileSync(path.join(ROOT, OUT, 'employers/feed.xml'), 'utf8');
const sitemap = () =>
  files
    .filter((f) => /^sitemap.*\.xml$/.test(f.path))
    .map((f) => f.bytes.toString('utf8'))
    .join('\n');

describe('entries outside their publication window', () => {
  it.each(WITHHELD)('$id ($reason): its id, name and decision number are in no file of the output', ({ id, name, decisionNo }) => {
    expect(files.length).toBeGreaterThan(20);
    expect(filesContaining(files, id)).toEqual([]);
    expect(filesContaining(files, name)).toEqual([]);
    expect(filesContaining(files, decisionNo)).toEqual([]);
    expect(existsSync(path.join(ROOT, OUT, 'employers', id))).toBe(false);
  });

  it('are named in the build log by id and reason only', () => {
    expect(log).toContain('named employers: 6 published, 4 left out');
    expect(log).toContain('left out (not published on 2005-12-31): EMB-0001 (embargoed), EXPD-0001 (expired), EXP3-0001 (expired), REV-0001 (revoked)');
    for (const w of WITHHELD) {
      expect(log).not.toContain(w.name);
      expect(log).not.toContain(w.decisionNo);
    }
  });

  it('are not counted', () => {
    expect(seen('/employers/')).toContain('截至2005年12月31日，公布期内共6家，其中1家已报告整改。');
    expect(seen('/employers/regions/shenyang/')).toContain('沈阳市公布期内共3家');
    // Dalian's name carries markup (escaping.test.ts); its third entry is E2005-666, whose texts do too.
    expect(seen('/employers/regions/dalian/')).toContain(`${DALIAN}公布期内共3家`);
  });
});

describe('published entries', () => {
  it.each(PUBLISHED)('$id is on its page, its region list, the date list, the city page, /employers/, the feed and the sitemap', ({ id, region, name, decisionNo }) => {
    const entry = seen(`/employers/${id}/`);
    expect(entry).toContain(name);
    expect(entry).toContain(decisionNo);
    const link = `href="/employers/${id}/"`;
    expect(html(`/employers/regions/${region}/`)).toContain(link);
    expect(html('/employers/by-date/')).toContain(link);
    expect(html(`/cities/${region}/`)).toContain(link);
    expect(html('/employers/')).toContain(link);
    expect(feed()).toContain(`<link>https://kuomian.example.org/employers/${id}/</link>`);
    expect(sitemap()).toContain(`<loc>https://kuomian.example.org/employers/${id}/</loc>`);
  });

  it('includes an entry whose publication date is the build date', () => {
    expect(seen('/employers/PUB-TODAY/')).toContain('公布日期 2005年12月31日');
  });

  it('lists a region by name and the date list newest first', () => {
    const order = (h: string, ids: string[]) => ids.map((id) => h.indexOf(`href="/employers/${id}/"`));
    const region = order(html('/employers/regions/shenyang/'), ['PUB-0001', 'PUB-TODAY', 'MARK-0001']);
    expect(region.every((i) => i > 0)).toBe(true);
    // 沈阳示例公开… < 沈阳示例今日… (gong < jin) < 示例<script>… (shen < shi)
    expect([...region].sort((a, b) => a - b)).toEqual(region);
    const byDate = order(html('/employers/by-date/'), ['PUB-TODAY', 'COMMA-0001', 'MARK-0001', 'RECT-0001', 'PUB-0001']);
    expect([...byDate].sort((a, b) => a - b)).toEqual(byDate);
  });

  it('shows rectification prominently, or that none was reported', () => {
    expect(seen('/employers/RECT-0001/')).toMatch(/大连示例已整改有限公司 已整改 · 2005年9月1日 处罚机关记录该单位已于2005年9月1日整改。/);
    expect(seen('/employers/PUB-0001/')).toMatch(/沈阳示例公开机械有限公司 尚未报告整改 截至2005年12月31日，处罚机关没有该单位整改的记录。/);
  });

  it('shows every field of the entry, the end of publication and whether it is the default', () => {
    const t = seen('/employers/PUB-0001/');
    for (const part of [
      '统一社会信用代码 91210100MA0Y00011Y',
      '地区 沈阳市 （ 沈阳市扩面进展 ）',
      '未参保险种 企业职工基本养老保险、失业保险',
      '涉及职工人数 120人',
      '违法事实 未为职工办理社会保险登记。',
      '处理处罚情况 罚款5000元',
      '处罚依据 《社会保险费征缴暂行条例》第二十三条',
      '处罚决定书文号 沈劳社监罚〔2005〕801号',
      '处罚机关 沈阳市劳动和社会保障局',
      '处罚日期 2005年5月20日',
      '书面告知日期 2005年5月25日',
      '公布日期 2005年6月15日',
      '公布截止日期 2008年6月15日 （自公布日期起满3年（未另定截止日期时的默认期限）；自该日起不再公布）',
    ]) {
      expect(t).toContain(part);
    }
    expect(seen('/employers/COMMA-0001/')).toContain('公布截止日期 2006年9月15日 （处罚机关确定的截止日期；自该日起不再公布）');
  });

  it('gives a quotable text and a permanent address', () => {
    expect(seen('/employers/PUB-0001/')).toContain(
      '据沈阳市劳动和社会保障局处罚决定书（沈劳社监罚〔2005〕801号），沈阳示例公开机械有限公司因未依法参加企业职工基本养老保险、失业保险，于2005年5月20日受到处罚，2005年6月15日被依法公布。截至2005年12月31日，尚无该单位整改的记录。',
    );
    expect(html('/employers/PUB-0001/')).toContain('<link rel="canonical" href="https://kuomian.example.org/employers/PUB-0001/">');
  });

  it('links every employer page to the feed', () => {
    for (const p of ['/employers/', '/employers/PUB-0001/', '/employers/by-date/', '/employers/regions/dalian/']) {
      expect(html(p)).toContain('<link rel="alternate" type="application/rss+xml"');
    }
  });

  it('has a page for a region without entries that says so', () => {
    expect(seen('/employers/regions/provincial/')).toContain('截至2005年12月31日，省本级没有处于公布期内的曝光单位。');
    expect(seen('/cities/provincial/')).toContain('省本级目前没有处于公布期内的曝光单位。');
  });
});

describe('texts from the data are plain text', () => {
  /** The markup of a page without its quoted attribute values (where `<` is inert and `"` is escaped). */
  const markup = (s: string) => s.replace(/="[^"]*"/g, '=""');

  it('shows a name with <, &, and quotes exactly as written, escaped in the HTML', () => {
    const h = html('/employers/MARK-0001/');
    expect(h).toContain('示例&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;标记&#39;&amp;amp;有限公司');
    expect(text(h)).toContain(`${MARKUP_NAME} 尚未报告整改`);
    expect(text(h)).toContain('违法事实 违法事实含<b>标签</b>与&符号； 第二行文字。');
    expect(text(h)).toContain('处理处罚情况 罚款"2,000"元');
  });

  it('never lets a data text act as markup in any page or feed', () => {
    const pages = files.filter((f) => /\.(html|xml|svg)$/.test(f.path));
    expect(pages.length).toBeGreaterThan(15);
    const raw = pages.filter((f) => /<script>alert|<b>标签/.test(markup(f.bytes.toString('utf8')))).map((f) => f.path);
    expect(raw).toEqual([]);
    // Inside attribute values the quotes are escaped, so no value can end early.
    expect(html('/employers/MARK-0001/')).toContain('content="据沈阳市劳动和社会保障局处罚决定书（沈劳社监罚〔2005〕804号），示例<script>alert(&#34;x&#38;y&#34;)');
  });

  it('escapes the feed: item titles and descriptions for XML and again as HTML, since readers render both as HTML', () => {
    const xml = feed();
    expect(xml).toContain('<title>示例&amp;lt;script&amp;gt;alert(&amp;quot;x&amp;amp;y&amp;quot;)&amp;lt;/script&amp;gt;&amp;#39;标记&amp;#39;&amp;amp;amp;有限公司</title>');
    expect(xml).not.toMatch(/<title>[^<]*&lt;script/);
    // The channel's title (from dataset.json) and an entry's region (from regions.csv) are escaped the same way.
    expect(xml).toContain('<title>扩面进展&amp;lt;script&amp;gt;alert(&amp;quot;title&amp;quot;)&amp;lt;/script&amp;gt;：新公布的曝光单位</title>');
    expect(xml).toContain('<category>大连&amp;lt;script&amp;gt;alert(&amp;quot;region&amp;quot;)&amp;lt;/script&amp;gt;市</category>');
    expect(xml).toContain('示例&amp;lt;script&amp;gt;alert(&amp;quot;x&amp;amp;y&amp;quot;)');
    expect(xml).toContain(`<title>${COMMA_NAME}</title>`);
  });

  it('keeps a comma inside a name', () => {
    expect(seen('/employers/COMMA-0001/')).toContain(`单位名称 ${COMMA_NAME} `);
    expect(seen('/employers/regions/dalian/')).toContain(COMMA_NAME);
  });
});

describe('the feed', () => {
  it('is RSS 2.0 with absolute links, newest publication first, published entries only', () => {
    const xml = feed();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    const links = [...xml.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(['PUB-TODAY', 'COMMA-0001', 'MARK-0001', 'RECT-0001', 'PUB-0001', 'E2005-666'].map((id) => `https://kuomian.example.org/employers/${id}/`));
    expect(xml).toContain('<pubDate>Fri, 30 Dec 2005 16:00:00 GMT</pubDate>');
  });
});
