/**
 * Closes the run with one line of counts, and lists every skipped check with its reason
 * first, so a skip is never silent.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const r = t.result();
        if (r.state === 'passed') passed++;
        else if (r.state === 'failed') failed++;
        else if (r.state === 'skipped') skipped.push(`  - ${t.fullName}${r.note ? `: ${r.note}` : ''}`);
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const out: string[] = [];
    if (skipped.length) out.push('', `e2e: ${skipped.length} check(s) skipped:`, ...skipped);
    const fail = failed + errors.length;
    out.push('', `e2e: ${passed} passed, ${fail} failed, ${skipped.length} skipped — ${fail ? 'FAIL' : 'PASS'}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
}
