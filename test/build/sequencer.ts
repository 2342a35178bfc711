/**
 * Orders the test files for the machine's two cores while global-setup builds the sites: the
 * unit tests first, beside the builds; then the build tests, one file at a time, by when the
 * sites they read are ready (`readyOrder` in sites.ts), so that none waits behind a file whose
 * site is still building.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { readyOrder, type SiteName } from './sites';

const SITE_READ = /\b(?:built|result|failed)\('(\w+)'/g;

export class BuildSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const order = readyOrder();
    const readyAt = (file: TestSpecification) => Math.max(-1, ...[...readFileSync(file.moduleId, 'utf8').matchAll(SITE_READ)].map((m) => order.indexOf(m[1] as SiteName)));
    const builds = sorted
      .filter((f) => f.project.name === 'build')
      .map((file, i) => ({ file, i, at: readyAt(file) }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map(({ file }) => file);
    return [...sorted.filter((f) => f.project.name !== 'build'), ...builds];
  }
}
