/**
 * Builds the fixture site once with the real `npm run build` (scripts/build.mjs) and
 * serves it on a free loopback port for every browser test. E2E_SKIP_BUILD=1 reuses
 * the last build (for working on the tests themselves).
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, buildSite } from '../test/build/build-site';
import { serveStatic, type StaticServer } from './server';

/** Where the browser tests' site is built (relative to the project). */
export const E2E_OUT = '.build-test/e2e';

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  // Screenshots are of this run only.
  rmSync(path.resolve(import.meta.dirname, 'artifacts'), { recursive: true, force: true });
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(ROOT, E2E_OUT, 'index.html'));
  if (!reuse) {
    const started = Date.now();
    const r = buildSite({ data: 'test/fixtures/data/valid', content: 'test/fixtures/content', outDir: E2E_OUT });
    if (r.status !== 0) throw new Error(`The fixture site did not build:\n${r.output}`);
    console.log(`e2e: built the fixture site into ${E2E_OUT}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  server = await serveStatic(path.join(ROOT, E2E_OUT));
  project.provide('baseUrl', server.url);
  project.provide('outDir', E2E_OUT);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outDir: string;
  }
}
