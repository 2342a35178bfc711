/**
 * Debian's Chromium driven by playwright-core (nothing downloads a browser), and the
 * page helpers every browser test uses: contexts that record any request leaving the
 * site and any console error (CSP violations show up there), phone and desktop sizes.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** The Chromium binary (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Launch flags from /work/shared/stack.md. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** A viewport size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}
/** Phone (a common Android/iPhone width in WeChat) and desktop viewports. */
export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 900 };

/** Where screenshots go (gitignored): the test artefacts. */
export const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

/** The base URL of the static server started by e2e/global-setup.ts. */
export const baseUrl = (): string => inject('baseUrl');
/** The built site (relative to the project). */
export const outDir = (): string => inject('outDir');

/** Starts Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** One Chromium for the tests of a file: started before them, closed after; call the result for it. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** What a context saw that a reader should never cause: requests to other origins, console errors, failed loads. */
export interface Watch {
  foreign: string[];
  errors: string[];
  failed: string[];
}

/**
 * A browser context for `origin` that aborts and records every request to another origin,
 * and records console errors and failed requests of every page opened in it.
 */
export async function watchedContext(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; watch: Watch }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  const watch: Watch = { foreign: [], errors: [], failed: [] };
  await context.route(
    (url) => url.origin !== origin && !/^(data|blob|about):/.test(url.protocol),
    (route) => {
      watch.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('page', (page) => observe(page, watch));
  return { context, watch };
}

function observe(page: Page, watch: Watch) {
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => watch.errors.push(`${page.url()}: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_BLOCKED_BY_CLIENT') watch.failed.push(`${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => {
    // The page itself may be a 404 on purpose; its subresources may not.
    if (res.status() >= 400 && res.request().resourceType() !== 'document') watch.failed.push(`${res.url()}: HTTP ${res.status()}`);
  });
}

/** A file name for a URL path: `/cities/shenyang/` → `cities-shenyang`. */
export function slug(urlPath: string): string {
  return urlPath.replace(/^\/|\/$/g, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'home';
}

/** Saves a full-page screenshot as e2e/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
