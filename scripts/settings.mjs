/**
 * src/settings.ts for the plain-Node scripts: bundled on the fly with esbuild (the compiler
 * Astro itself runs on) and imported from memory, so the scripts and the site read the
 * environment through the same module, and a bad setting is refused before any work starts.
 */
import { buildSync } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/settings.ts');

/** @type {Promise<typeof import('../src/settings.ts')> | undefined} */
let loaded;

/** The settings module (src/settings.ts). */
export function settingsModule() {
  loaded ??= (async () => {
    const { outputFiles } = buildSync({ entryPoints: [SOURCE], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
    const code = outputFiles[0].text;
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  })();
  return loaded;
}
