/**
 * Every page of the fixture build against html-validate's `standard` preset (a maintained
 * HTML conformance checker): no element carries an attribute it does not take (e.g. an
 * aria-label on a <pre> or a <ul> without a role), no invalid nesting, no duplicate ids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build-site';
import { htmlUrls, urlToFile } from './site-scan';
import { built } from './sites';

const out = await built('fixture');

describe('html-validate (standard preset)', () => {
  it('finds nothing on any page of the site', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    for (const url of htmlUrls(out)) {
      const file = path.resolve(ROOT, out, urlToFile(url));
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 30), `${problems.length} problem(s)`).toEqual([]);
  });
});
