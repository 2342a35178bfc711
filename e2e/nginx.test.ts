/**
 * The site served for real: Debian's nginx with deploy/nginx.conf (e2e/nginx.ts), started
 * and stopped here. Checks the headers a reader's browser gets (the same as
 * public/_headers), precompressed files, UTF-8 types, the 404 page, framing rules, and
 * every page type once more in Chromium through nginx.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, listFiles } from '../test/build/build-site';
import { parseHeadersFile, rulesSetting, valueOf, type HeaderRule } from '../test/build/headers-file';
import { representativePages } from '../test/build/site-scan';
import { DESKTOP, launch, outDir, watchedContext } from './browser';
import { startNginx, type Nginx } from './nginx';

let nginx: Nginx;
let browser: Browser;
let rules: HeaderRule[];
const root = () => path.resolve(ROOT, outDir());
const files = () => listFiles(root());
/** A CSV written into the build when it has none yet, so the CSV typing is always exercised. */
const PROBE_CSV = '__e2e-probe.csv';
let probe = false;

beforeAll(async () => {
  rules = parseHeadersFile(readFileSync(path.join(root(), '_headers'), 'utf8'));
  if (!files().some((f) => f.endsWith('.csv'))) {
    writeFileSync(path.join(root(), PROBE_CSV), `地区,参保人数\n沈阳市,${'2036800\n'.repeat(200)}`);
    probe = true;
  }
  nginx = await startNginx(root());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (probe) rmSync(path.join(root(), PROBE_CSV), { force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}
/** A GET without any decoding, to see exactly what nginx sends. */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${nginx.url}${urlPath}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) h[k] = Array.isArray(v) ? v.join(', ') : String(v);
        resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The headers public/_headers gives a path (one rule each: checked by test/build/headers.test.ts); undefined = not sent. */
function expectedHeaders(urlPath: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const name of ['Content-Security-Policy', 'Cache-Control', 'X-Frame-Options', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Access-Control-Allow-Origin']) {
    const rule = rulesSetting(rules, urlPath, name)[0];
    out[name.toLowerCase()] = rule ? valueOf(rule, name) : undefined;
  }
  return out;
}

describe('nginx with deploy/nginx.conf', () => {
  it('sends the security and cache headers of public/_headers with every page', async () => {
    for (const { url } of representativePages(outDir()).filter((r) => r.url !== '/404.html')) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      const expected = expectedHeaders(url);
      for (const [name, value] of Object.entries(expected)) expect(res.headers[name], `${url} ${name}`).toBe(value);
      expect(res.headers['server'], 'server_tokens off').toBe('nginx');
    }
  });

  it('sends the downloads under /data/ with the headers of public/_headers, readable cross-origin', async () => {
    const downloads = files().filter((f) => f.startsWith(`data${path.sep}`) && /\.(csv|json)$/.test(f));
    expect(downloads.length, 'downloads under /data/').toBeGreaterThan(0);
    for (const f of downloads.slice(0, 5)) {
      const url = `/${f.split(path.sep).join('/')}`;
      const res = await get(url);
      expect(res.status, url).toBe(200);
      for (const [name, value] of Object.entries(expectedHeaders(url))) expect(res.headers[name], `${url} ${name}`).toBe(value);
      expect(res.headers['access-control-allow-origin'], url).toBe('*');
    }
  });

  it('sends robots.txt, the sitemaps, the favicon and the calendar with the headers of public/_headers', async () => {
    const top = ['/robots.txt', '/favicon.svg', '/sitemap-index.xml', '/sitemap-0.xml', '/calendar.ics'].filter((u) => files().includes(u.slice(1)));
    expect(top).toContain('/robots.txt');
    for (const url of top) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      const expected = expectedHeaders(url);
      expect(expected['content-security-policy'], `${url}: a rule in public/_headers`).toBeDefined();
      for (const [name, value] of Object.entries(expected)) expect(res.headers[name], `${url} ${name}`).toBe(value);
    }
  });

  it('allows WebAssembly (Pagefind) on the search page only', async () => {
    expect((await get('/search/')).headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    expect((await get('/')).headers['content-security-policy']).not.toContain('wasm');
    const embed = files().find((f) => f.startsWith(`embed${path.sep}`) && f.endsWith('index.html'));
    if (embed) expect((await get(`/${path.dirname(embed).split(path.sep).join('/')}/`)).headers['x-frame-options']).toBeUndefined();
  });

  it('keeps hashed assets a year (immutable) and pages five minutes', async () => {
    const css = files().find((f) => f.startsWith(`_astro${path.sep}`) && f.endsWith('.css'))!;
    const asset = await get(`/${css}`);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/')).headers['cache-control']).toBe('public, max-age=300');
    const hashedIndex = files().find((f) => /^pagefind\/.+\.pf_(fragment|index|meta)$/.test(f));
    if (hashedIndex) expect((await get(`/${hashedIndex}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends the precompressed .gz file as it is to a client that accepts gzip, and the plain file otherwise', async () => {
    const gz = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gz.body.equals(readFileSync(path.join(root(), 'index.html.gz'))), 'body is the build\'s index.html.gz').toBe(true);
    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(path.join(root(), 'index.html')))).toBe(true);
  });

  it('compresses a figure download, which has no precompressed copy, when it is sent', async () => {
    const svg = files().find((f) => f.split(path.sep).join('/').startsWith('data/figures/') && f.endsWith('.svg') && statSync(path.join(root(), f)).size >= 1024)!;
    const url = `/${svg.split(path.sep).join('/')}`;
    const res = await get(url, { 'Accept-Encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).equals(readFileSync(path.join(root(), svg)))).toBe(true);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
  });

  it('sends the precompressed .br file to a client that accepts Brotli (when nginx has the brotli_static module)', async (ctx) => {
    ctx.skip(!nginx.brotli, 'this nginx has no brotli_static module (Debian: apt-get install libnginx-mod-http-brotli-static); .gz is served instead');
    const br = await get('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(readFileSync(path.join(root(), 'index.html.br')))).toBe(true);
  });

  it('types CSV, JSON, XML and SVG as UTF-8 text', async () => {
    const csv = files().find((f) => f.endsWith('.csv'))!;
    const res = await get(`/${csv.split(path.sep).join('/')}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const xml = files().find((f) => f.endsWith('.xml'))!;
    expect((await get(`/${xml}`)).headers['content-type']).toBe('text/xml; charset=utf-8');
    expect((await get('/favicon.svg')).headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    const json = files().find((f) => f.endsWith('.json') && !f.startsWith('pagefind'));
    if (json) expect((await get(`/${json.split(path.sep).join('/')}`)).headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('answers a missing address with status 404, the site\'s 404 page and the security headers', async () => {
    // A folder without an index page, and the build's stamp, are missing too (not 403).
    for (const missing of ['/no-such-page/', '/cities/no-such-city/', '/404.html', '/_headers', '/_astro/', '/og/', '/.kuomian-site']) {
      const res = await get(missing);
      expect(res.status, missing).toBe(404);
      expect(res.headers['content-type'], missing).toBe('text/html; charset=utf-8');
      expect(res.body.equals(readFileSync(path.join(root(), '404.html'))), `${missing} gets the build's 404.html`).toBe(true);
      expect(res.headers['content-security-policy'], missing).toContain("frame-ancestors 'self'");
    }
  });

  it('redirects a folder without its slash to the folder, keeping the reader\'s host', async () => {
    const res = await get('/cities');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/cities/');
  });

  it('serves a site that nginx\'s default worker user cannot read, when run as root (a checkout under /root)', async (ctx) => {
    ctx.skip(process.getuid?.() !== 0, 'not run as root: nginx keeps the user it runs as');
    const privateRoot = mkdtempSync(path.join(tmpdir(), 'kuomian-private-')); // mode 0700, owned by root
    writeFileSync(path.join(privateRoot, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(privateRoot, '404.html'), '<!doctype html><title>404</title>');
    const privateNginx = await startNginx(privateRoot);
    try {
      const res = await fetch(`${privateNginx.url}/`);
      expect(res.status, privateNginx.errorLog()).toBe(200);
    } finally {
      await privateNginx.stop();
      rmSync(privateRoot, { recursive: true, force: true });
    }
  });

  it('logs no error while serving', () => {
    expect(nginx.errorLog().split('\n').filter((l) => /\[(error|crit|alert|emerg)\]/.test(l) && !/No such file|is not found|directory index of .* is forbidden/.test(l))).toEqual([]);
  });
});

describe('every page type in Chromium through nginx', () => {
  it('loads with JavaScript, the CSP header and the <meta> CSP both enforced: no console error, no request elsewhere', async () => {
    const { context, watch } = await watchedContext(browser, nginx.url, { viewport: DESKTOP });
    const page = await context.newPage();
    for (const { url } of representativePages(outDir()).filter((r) => r.url !== '/404.html')) {
      const res = await page.goto(nginx.url + url, { waitUntil: 'networkidle' });
      expect(res?.status(), url).toBe(200);
      expect(await page.locator(url.startsWith('/embed/') ? 'figure' : 'h1').first().isVisible(), url).toBe(true);
      expect(await res?.headerValue('content-security-policy'), url).toBeTruthy();
    }
    await context.close();
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    expect(watch.failed).toEqual([]);
  });

  it('refuses to show a page inside another site\'s frame (frame-ancestors \'self\')', async () => {
    expect(await framedBy('other-site', '/')).toBe(false);
    // Control: the same detector sees the page when the site frames it itself.
    expect(await framedBy('self', '/')).toBe(true);
  });

  it('lets another site frame the /embed/ pages (frame-ancestors *)', async () => {
    const embed = representativePages(outDir()).find((r) => r.url.startsWith('/embed/'));
    expect(embed, 'an /embed/ page among the representative pages').toBeDefined();
    expect(await framedBy('other-site', embed!.url)).toBe(true);
  });
});

/**
 * Whether a page of another site can show `urlPath` of the site in an iframe, or (`self`)
 * a page of the site itself. The other site is a real server on another loopback port: a
 * page made up by the test runner counts as public, and Chrome's private-network rules
 * would block the frame whatever the headers say.
 */
async function framedBy(parent: 'other-site' | 'self', urlPath: string): Promise<boolean> {
  const target = nginx.url + urlPath;
  const host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>another site</title><iframe src="${target}" width="600" height="400"></iframe></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const context = await browser.newContext();
  const page = await context.newPage();
  if (parent === 'self') {
    await page.goto(`${nginx.url}/`);
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
    }, target);
  } else {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
  }
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  let shown = false;
  if (frame && !frame.url().startsWith('chrome-error:')) {
    shown = (await frame.locator('h1, main, figure, svg').count().catch(() => 0)) > 0;
  }
  await context.close();
  host.closeAllConnections();
  await new Promise((resolve) => host.close(resolve));
  return shown;
}
