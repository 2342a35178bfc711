/**
 * The HTTP headers the site is published with agree with the page's own <meta> CSP:
 * public/_headers (Netlify, Cloudflare Pages…) and deploy/nginx.conf. The live nginx
 * responses are checked by e2e/nginx.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './build-site';
import { parseCsp, strictnessProblem } from './csp';
import { parseHeadersFile, rulesSetting, valueOf, type HeaderRule } from './headers-file';
import { attr, elements, loadPage } from './site-scan';
import { built } from './sites';

const out = await built('fixture');
let metaCsp: string;
let rules: HeaderRule[];

beforeAll(() => {
  const home = loadPage(out, '/');
  const meta = [...elements(home.doc)].find((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  metaCsp = attr(meta!, 'content')!;
  rules = parseHeadersFile(readFileSync(path.resolve(ROOT, out, '_headers'), 'utf8'));
});

/** Paths that stand for each top-level entry of the build a reader can open. */
function samplePaths(): string[] {
  const paths = ['/'];
  for (const ent of readdirSync(path.resolve(ROOT, out), { withFileTypes: true })) {
    if (ent.isDirectory()) paths.push(`/${ent.name}/`, `/${ent.name}/x/y`);
    // Every file at the top a reader can fetch (robots.txt, sitemaps, favicon…), not the
    // precompressed copies, the instructions for hosts or the build's stamp.
    else if (ent.name !== 'index.html' && ent.name !== '_headers' && !ent.name.startsWith('.') && !/\.(gz|br)$/.test(ent.name)) paths.push(`/${ent.name}`);
  }
  return paths;
}

describe('public/_headers', () => {
  it('is copied to the root of the build', () => {
    expect(existsSync(path.resolve(ROOT, out, '_headers'))).toBe(true);
  });

  it('sets nosniff, a referrer policy, a permissions policy and COOP once, for every path', () => {
    const all = rules.filter((r) => r.pattern === '/*');
    expect(all).toHaveLength(1);
    expect(valueOf(all[0]!, 'X-Content-Type-Options')).toBe('nosniff');
    expect(valueOf(all[0]!, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(valueOf(all[0]!, 'Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\)/);
    expect(valueOf(all[0]!, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
    // /* overlaps every other rule, so it must not set what other rules set differently.
    expect(valueOf(all[0]!, 'Content-Security-Policy')).toBeUndefined();
    expect(valueOf(all[0]!, 'Cache-Control')).toBeUndefined();
  });

  it('gives every top-level folder and page of the build exactly one CSP and one Cache-Control rule', () => {
    const problems: string[] = [];
    for (const p of samplePaths()) {
      for (const header of ['Content-Security-Policy', 'Cache-Control']) {
        const set = rulesSetting(rules, p, header);
        if (set.length !== 1) {
          problems.push(`${p}: ${set.length} rules set ${header}${set.length ? ` (${set.map((r) => r.pattern).join(', ')})` : ` — add a rule for /${p.split('/')[1]}/* to public/_headers`}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('sends the <meta> policy plus frame-ancestors: \'self\' everywhere, * for /embed/; WebAssembly only where search runs', () => {
    expect(strictnessProblem(parseCsp(metaCsp))).toBeNull();
    expect(metaCsp).not.toContain('wasm-unsafe-eval');
    const searchCsp = [...elements(loadPage(out, '/search/').doc)].find((e) => e.tagName === 'meta' && attr(e, 'http-equiv')?.toLowerCase() === 'content-security-policy');
    expect(attr(searchCsp!, 'content')).toBe(metaCsp.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    const problems: string[] = [];
    for (const r of rules.filter((r) => valueOf(r, 'Content-Security-Policy'))) {
      const page = ['/search/*', '/pagefind/*'].includes(r.pattern) ? attr(searchCsp!, 'content')! : metaCsp;
      const expected = `${page}; frame-ancestors ${r.pattern === '/embed/*' ? '*' : "'self'"}`;
      if (valueOf(r, 'Content-Security-Policy') !== expected) problems.push(`${r.pattern} (line ${r.line}): ${valueOf(r, 'Content-Security-Policy')}\n  expected ${expected}`);
    }
    expect(problems).toEqual([]);
    expect(rules.some((r) => r.pattern === '/embed/*')).toBe(true);
  });

  it('sends X-Frame-Options: SAMEORIGIN beside frame-ancestors \'self\', and none for /embed/', () => {
    for (const r of rules.filter((r) => valueOf(r, 'Content-Security-Policy'))) {
      expect(valueOf(r, 'X-Frame-Options'), r.pattern).toBe(r.pattern === '/embed/*' ? undefined : 'SAMEORIGIN');
    }
    expect(valueOf(rules.find((r) => r.pattern === '/*')!, 'Strict-Transport-Security')).toBe('max-age=31536000');
  });

  it('lets scripts on other sites read the downloads (/data/*) and nothing else', () => {
    const cors = rules.filter((r) => valueOf(r, 'Access-Control-Allow-Origin'));
    expect(cors.map((r) => [r.pattern, valueOf(r, 'Access-Control-Allow-Origin')])).toEqual([['/data/*', '*']]);
  });

  it('keeps hashed assets for a year and everything else five minutes', () => {
    expect(valueOf(rules.find((r) => r.pattern === '/_astro/*')!, 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    for (const r of rules.filter((r) => r.pattern !== '/_astro/*' && valueOf(r, 'Cache-Control'))) {
      expect(valueOf(r, 'Cache-Control'), r.pattern).toBe('public, max-age=300');
    }
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const headers = [...conf.matchAll(/^\s*add_header\s+(\S+)\s+("(?:[^"\\]|\\.)*"|\S+)(\s+always)?;/gm)].map((m) => ({
    name: m[1]!,
    value: m[2]!.replace(/^"|"$/g, ''),
    always: !!m[3],
  }));
  const header = (name: string) => headers.find((h) => h.name === name)?.value;

  it('sends the same headers as public/_headers, on error responses too', () => {
    const all = rules.find((r) => r.pattern === '/*')!;
    for (const h of all.headers) expect(header(h.name), h.name).toBe(h.value);
    expect(headers.every((h) => h.always)).toBe(true);
  });

  it('sends the <meta> policy plus frame-ancestors from a map: * for /embed/, \'self\' elsewhere; WebAssembly only for search', () => {
    expect(header('Content-Security-Policy')).toBe(`${metaCsp.replace("script-src 'self'", 'script-src $kuomian_script_src')}; frame-ancestors $kuomian_frame_ancestors`);
    expect(conf).toMatch(/map \$uri \$kuomian_script_src \{\s*~\^\/search\/\s+"'self' 'wasm-unsafe-eval'";\s*~\^\/pagefind\/\s+"'self' 'wasm-unsafe-eval'";\s*default\s+"'self'";\s*\}/);
    expect(header('X-Frame-Options')).toBe('$kuomian_frame_options');
    expect(conf).toMatch(/map \$uri \$kuomian_frame_options \{\s*~\^\/embed\/\s+"";\s*default\s+"SAMEORIGIN";\s*\}/);
    expect(conf).toMatch(/map \$uri \$kuomian_frame_ancestors \{\s*~\^\/embed\/\s+"\*";\s*default\s+"'self'";\s*\}/);
  });

  it('sends Access-Control-Allow-Origin: * for /data/ only, like public/_headers', () => {
    expect(header('Access-Control-Allow-Origin')).toBe('$kuomian_cors');
    expect(conf).toMatch(/map \$uri \$kuomian_cors \{\s*~\^\/data\/\s+"\*";\s*default\s+"";\s*\}/);
  });

  it('sets headers only at server level (a location with add_header would drop all the others there)', () => {
    const locations = conf.replace(/#.*$/gm, '').split(/^\s*location\s/m).slice(1);
    expect(locations.length).toBeGreaterThan(0);
    for (const body of locations) expect(body.split('}')[0]).not.toMatch(/add_header/);
  });
});
