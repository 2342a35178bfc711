/** The build log's list of named employers left out (src/site/build/integration.ts). */
import { describe, expect, it } from 'vitest';
import { logWithheld, WITHHELD_SHOWN } from '../../../src/site/build/integration';

function capture() {
  const lines = { info: [] as string[], debug: [] as string[] };
  return { lines, logger: { info: (m: string) => lines.info.push(m), debug: (m: string) => lines.debug.push(m) } };
}

const reasons = ['expired', 'embargoed', 'revoked'];
const withheld = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `E-${String(i + 1).padStart(5, '0')}`, reason: reasons[i % 3]! }));

describe('logWithheld', () => {
  it('lists every id of a short list on one line', () => {
    const { lines, logger } = capture();
    logWithheld(logger, withheld(3), '2005-12-31');
    expect(lines.info).toEqual(['left out (not published on 2005-12-31): E-00001 (expired), E-00002 (embargoed), E-00003 (revoked)']);
    expect(lines.debug).toEqual([]);
  });

  it('gives a long list as counts by reason and the first ids, and every id at the debug level', () => {
    const { lines, logger } = capture();
    const all = withheld(12_000);
    logWithheld(logger, all, '2014-12-31');
    expect(lines.info).toHaveLength(1);
    const info = lines.info[0]!;
    expect(info).toMatch(/^left out \(not published on 2014-12-31\): 4000 expired, 4000 embargoed, 4000 revoked; E-00001 \(expired\), /);
    expect(info).toContain(`E-${String(WITHHELD_SHOWN).padStart(5, '0')} (`);
    expect(info).not.toContain(`E-${String(WITHHELD_SHOWN + 1).padStart(5, '0')} (`);
    expect(info).toContain(`… and ${12_000 - WITHHELD_SHOWN} more (npm run build -- --verbose lists every one)`);
    expect(info.length).toBeLessThan(2_000);
    expect(lines.debug).toHaveLength(1);
    for (const w of all) expect(lines.debug[0]).toContain(`${w.id} (${w.reason})`);
  });
});
