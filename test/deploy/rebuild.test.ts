/**
 * deploy/: the daily rebuild. rebuild.sh is run against a stand-in build
 * (test/fixtures/deploy/fake-build.sh); the systemd units are checked by systemd-analyze where
 * it is installed and parsed here in any case; the cron line is parsed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEPLOY = path.join(ROOT, 'deploy');
const work = mkdtempSync(path.join(tmpdir(), 'rebuild-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const dirs = { OUT_DIR: path.join(work, 'out'), PUBLISH_DIR: path.join(work, 'www'), STATE_DIR: path.join(work, 'state'), DATA_DIR: path.join(work, 'data'), CONTENT_DIR: path.join(work, 'content') };
const runs = path.join(work, 'runs');
mkdirSync(dirs.DATA_DIR);
mkdirSync(dirs.CONTENT_DIR);
writeFileSync(path.join(dirs.DATA_DIR, 'monthly.csv'), 'month,region,insurance,enrolled\n2005-01,a,pension,1\n');

/** Today in Shanghai, and the days around it, as the script sees them. */
const shanghai = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

function rebuild(page: string, next: string | null) {
  const r = spawnSync('sh', [path.join(DEPLOY, 'rebuild.sh')], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...dirs, BUILD_CMD: path.join(ROOT, 'test/fixtures/deploy/fake-build.sh'), FAKE_PAGE: page, FAKE_NEXT: next === null ? 'null' : JSON.stringify(next), FAKE_RUNS: runs },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`, builds: existsSync(runs) ? readFileSync(runs, 'utf8').trim().split('\n').length : 0 };
}
const published = () => readFileSync(path.join(dirs.PUBLISH_DIR, 'index.html'), 'utf8');

describe('deploy/rebuild.sh', () => {
  it('builds and publishes the first time, then only when a rebuild is due and the output changed', () => {
    let r = rebuild('<p>first</p>', shanghai(1));
    expect(r).toMatchObject({ status: 0, builds: 1 });
    expect(r.output).toContain('building (no previous build)');
    expect(published()).toBe('<p>first</p>\n');

    // Nothing changed and the next time-based change is tomorrow: nothing is built.
    r = rebuild('<p>second</p>', shanghai(1));
    expect(r).toMatchObject({ status: 0, builds: 1 });
    expect(r.output).toContain(`nothing due on ${shanghai(0)} (next time-based change: ${shanghai(1)}); not built`);

    // The data changed, but the site comes out the same: built, not published again.
    writeFileSync(path.join(dirs.DATA_DIR, 'monthly.csv'), 'month,region,insurance,enrolled\n2005-01,a,pension,2\n');
    r = rebuild('<p>first</p>', shanghai(1));
    expect(r).toMatchObject({ status: 0, builds: 2 });
    expect(r.output).toContain('output unchanged; not published');

    // The day of a time-based change has come (an entry expires today): built and published.
    writeFileSync(path.join(dirs.OUT_DIR, 'next-change.json'), JSON.stringify({ next_change: shanghai(0) }));
    r = rebuild('<p>entry gone</p>', null);
    expect(r).toMatchObject({ status: 0, builds: 3 });
    expect(r.output).toContain(`building (time-based change due on ${shanghai(0)})`);
    expect(published()).toBe('<p>entry gone</p>\n');
  });

  it('refuses to run without PUBLISH_DIR', () => {
    const r = spawnSync('sh', [path.join(DEPLOY, 'rebuild.sh')], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('set PUBLISH_DIR');
  });
});

/** `[Section]` → key → values of a systemd unit file. */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const section = /^\[(\w+)\]$/.exec(line);
    if (section) {
      sections.set(section[1]!, (current = new Map()));
      continue;
    }
    const kv = /^(\w+)=(.*)$/.exec(line);
    if (!kv || !current) throw new Error(`not a unit file line: ${line}`);
    current.set(kv[1]!, [...(current.get(kv[1]!) ?? []), kv[2]!]);
  }
  return sections;
}

describe('deploy/kuomian-rebuild.timer and .service', () => {
  const timer = parseUnit(readFileSync(path.join(DEPLOY, 'kuomian-rebuild.timer'), 'utf8'));
  const service = parseUnit(readFileSync(path.join(DEPLOY, 'kuomian-rebuild.service'), 'utf8'));

  it('fires at 00:05 Asia/Shanghai, catching up after downtime, and runs the rebuild script once', () => {
    expect(timer.get('Timer')!.get('OnCalendar')).toEqual(['*-*-* 00:05:00 Asia/Shanghai']);
    expect(timer.get('Timer')!.get('Persistent')).toEqual(['true']);
    expect(timer.get('Timer')!.get('Unit')).toEqual(['kuomian-rebuild.service']);
    expect(timer.get('Install')!.get('WantedBy')).toEqual(['timers.target']);
    expect(service.get('Service')!.get('Type')).toEqual(['oneshot']);
    expect(service.get('Service')!.get('ExecStart')![0]).toMatch(/\/deploy\/rebuild\.sh$/);
    expect(service.get('Service')!.get('Environment')).toContain('PUBLISH_DIR=/srv/kuomian/dist');
  });

  const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  it.runIf(analyze.status === 0)('passes systemd-analyze verify and calendar', () => {
    // The unit names the installed paths; point them at this checkout to verify it here.
    const units = mkdtempSync(path.join(tmpdir(), 'units-'));
    try {
      writeFileSync(path.join(units, 'kuomian-rebuild.timer'), readFileSync(path.join(DEPLOY, 'kuomian-rebuild.timer')));
      writeFileSync(
        path.join(units, 'kuomian-rebuild.service'),
        readFileSync(path.join(DEPLOY, 'kuomian-rebuild.service'), 'utf8').replaceAll('/srv/kuomian/app', ROOT),
      );
      const verify = spawnSync('systemd-analyze', ['verify', path.join(units, 'kuomian-rebuild.timer'), path.join(units, 'kuomian-rebuild.service')], { encoding: 'utf8' });
      expect(`${verify.stdout}${verify.stderr}`.split('\n').filter((l) => l.includes('kuomian'))).toEqual([]);
      expect(verify.status).toBe(0);
      const cal = spawnSync('systemd-analyze', ['calendar', '--iterations=2', '*-*-* 00:05:00 Asia/Shanghai'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
      expect(cal.stdout).toMatch(/Next elapse: \w{3} \d{4}-\d\d-\d\d 16:05:00 UTC/);
    } finally {
      rmSync(units, { recursive: true, force: true });
    }
  });
});

describe('deploy/kuomian-rebuild.cron', () => {
  it('is one /etc/cron.d line that runs the script at 00:05 Beijing time on a UTC clock', () => {
    const lines = readFileSync(path.join(DEPLOY, 'kuomian-rebuild.cron'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    const jobs = lines.filter((l) => !/^\w+=/.test(l));
    expect(jobs).toHaveLength(1);
    const [minute, hour, dom, month, dow, user, ...command] = jobs[0]!.split(/\s+/);
    expect([minute, hour, dom, month, dow]).toEqual(['5', '16', '*', '*', '*']);
    // 16:05 UTC is 00:05 the next day at UTC+8 (China has no daylight saving time).
    expect((Number(hour) + 8) % 24).toBe(0);
    expect(user).toBe('kuomian');
    expect(command.join(' ')).toContain('deploy/rebuild.sh');
    expect(lines).toContain('PUBLISH_DIR=/srv/kuomian/dist');
  });
});
