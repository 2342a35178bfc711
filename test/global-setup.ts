/**
 * Builds the shared fixture site once for every build test (test/build/**),
 * so the two cores are not spent building the same site again and again.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build/build-site';

export const FIXTURE_OUT = '.build-test/fixture';

export default function setup(project: TestProject) {
  const r = buildSite({ data: 'test/fixtures/data/valid', outDir: FIXTURE_OUT });
  if (r.status !== 0) throw new Error(`The fixture site did not build:\n${r.output}`);
  project.provide('fixtureOut', FIXTURE_OUT);
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOut: string;
  }
}
