/** Runs the real build (scripts/build.mjs) on a data folder, for build tests. */
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Data folder, relative to the project. */
  data: string;
  /** Output folder, relative to the project. */
  outDir: string;
  /** Content folder, relative to the project (default: test/fixtures/content). */
  content?: string;
  env?: Record<string, string>;
}

/** The command line and environment of a build. */
function buildCommand(o: BuildOptions): { args: string[]; options: SpawnOptions & { env: NodeJS.ProcessEnv } } {
  return {
    args: [path.join(ROOT, 'scripts/build.mjs')],
    options: {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: path.join(ROOT, o.data),
        OUT_DIR: o.outDir,
        CONTENT_DIR: o.content ?? 'test/fixtures/content',
        ASTRO_TELEMETRY_DISABLED: '1',
        // A test's output folder may hold a site of other data from an earlier run: compare with
        // no previous release unless the test asks for it.
        PREVIOUS_DATA_DIR: 'none',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...o.env,
      },
    },
  };
}

/** Builds and returns the exit status and everything printed. */
export function buildSite(o: BuildOptions): { status: number; output: string } {
  const { args, options } = buildCommand(o);
  const r = spawnSync(process.execPath, args, { ...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? 1, output: `${r.stdout}\n${r.stderr}` };
}

/** buildSite without waiting: resolves when the build has ended. */
export function buildSiteAsync(o: BuildOptions): Promise<{ status: number; output: string }> {
  const { args, options } = buildCommand(o);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('close', (code, signal) => resolve({ status: code ?? 1, output: signal ? `${output}\n(stopped by ${signal})` : output }));
  });
}

/** Every file below a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** A built page's HTML, by URL path (`/cities/a/` → `<out>/cities/a/index.html`). */
export function page(outDir: string, urlPath: string): string {
  const rel = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFileSync(path.join(ROOT, outDir, rel), 'utf8');
}

/** The visible text of some HTML: tags dropped, entities for & < > " decoded, whitespace folded. */
export function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
