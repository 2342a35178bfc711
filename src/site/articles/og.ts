/**
 * Open Graph share images (1200×630 PNG) for articles and region pages, and the
 * articles' posters as PNG (src/site/articles/poster.ts), drawn at
 * build time with satori (layout → SVG, Noto Sans SC from npm so Chinese renders
 * without any system font) and sharp (SVG → PNG).
 *
 * There is one image per region page and article, so images are cached in
 * `.astro/cache/og/` under a hash of everything that shapes them (the card's
 * element tree, size, and renderer versions): a rebuild with unchanged figures
 * renders nothing, and satori, sharp and the fonts are not even loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildContext } from '../build/context';

/** What a share card says. */
export interface OgCard {
  /** Small line at the top: the site's name. */
  site: string;
  /** The headline (article title, or "沈阳市社会保险扩面进展"). */
  title: string;
  /** One key figure, big, with what it is and when. */
  figure?: { text: string; label: string; asOf: string | null };
  /** Bottom line: the site's host name and section. */
  footer: string;
  /** The sample dataset: the card says 示例数据 so a shared image never passes invented figures off as real. */
  sample: boolean;
  /** The sample notice in the card's language (default Chinese). */
  sampleLabel?: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when something outside the element tree changes the pixels (renderer options). */
const RENDER_VERSION = 'satori-0.63.2+sharp-0.34.5+png3';
const FONT = 'Noto Sans SC';
const ACCENT = '#0a58a8';

/** A satori element: what JSX would produce, written as plain objects (no React). */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (OgNode | string)[] | OgNode | string; src?: string; width?: number; height?: number };
}
const h = (type: string, style: Record<string, string | number>, children?: OgNode['props']['children']): OgNode => ({ type, props: { style, children } });

/** The card's layout as satori elements (pure: the cache key is a hash of it). */
export function ogTree(card: OgCard): OgNode {
  const titleSize = card.title.length > 24 ? 54 : 62;
  const top = h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center' }, [
    h('div', { fontSize: 28, color: '#4f4f4f' }, card.site),
    ...(card.sample ? [h('div', { fontSize: 26, color: '#4d3800', background: '#fff3cd', border: '2px solid #8a6d00', borderRadius: 8, padding: '4px 16px' }, card.sampleLabel ?? '示例数据 · 非官方统计')] : []),
  ]);
  const title = h('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, color: '#1b1b1b', marginTop: 28, maxHeight: titleSize * 1.25 * 2 + 4, overflow: 'hidden' }, card.title);
  const figure = card.figure
    ? [
        h('div', { display: 'flex', flexDirection: 'column', marginTop: 'auto' }, [
          h('div', { fontSize: 108, fontWeight: 700, color: ACCENT, lineHeight: 1.1 }, card.figure.text),
          h('div', { fontSize: 30, color: '#333333', marginTop: 8 }, card.figure.asOf ? `${card.figure.label} · ${card.figure.asOf}` : card.figure.label),
        ]),
      ]
    : [];
  const footer = h('div', { fontSize: 26, color: '#4f4f4f', marginTop: card.figure ? 24 : 'auto', borderTop: '2px solid #d9d9d9', paddingTop: 16 }, card.footer);
  // satori sizes boxes content-box: the outer box has no padding, the inner one keeps margins.
  return h('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: FONT }, [
    h('div', { height: 14, width: OG_WIDTH, background: ACCENT }),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, margin: '34px 60px 36px' }, [top, title, ...figure, footer]),
  ]);
}

/** The cache key of any tree drawn at a size: a hash of the tree, the size and the renderer. */
export function treeKey(tree: OgNode, width: number, height: number): string {
  return createHash('sha256').update(JSON.stringify([RENDER_VERSION, width, height, tree])).digest('hex').slice(0, 32);
}

/** The cache key of a share card. */
export function ogKey(card: OgCard): string {
  return treeKey(ogTree(card), OG_WIDTH, OG_HEIGHT);
}

/** Where rendered cards are kept between builds (inside the project, next to Astro's own cache). */
export function ogCacheDir(): string {
  return path.join(process.cwd(), '.astro', 'cache', 'og');
}

type Renderer = (tree: OgNode, width: number, height: number) => Promise<Buffer>;

/** Loads satori, sharp and the two font weights once per build, on the first cache miss only. */
function renderer(): Promise<Renderer> {
  const context = buildContext();
  return context.memo(context, 'og-renderer', async () => {
    const [{ default: satori }, { default: sharp }] = await Promise.all([import('satori'), import('sharp')]);
    // Resolved from the project (not import.meta.url, which points into the bundle after the build).
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const font = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));
    const fonts = [
      { name: FONT, data: font('400Regular/NotoSansSC_400Regular.ttf'), weight: 400 as const, style: 'normal' as const },
      { name: FONT, data: font('700Bold/NotoSansSC_700Bold.ttf'), weight: 700 as const, style: 'normal' as const },
    ];
    return async (tree: OgNode, width: number, height: number) => {
      const svg = await satori(tree as Parameters<typeof satori>[0], { width, height, fonts });
      // Level 3: much faster than the default 6 for slightly larger files (BENCHMARKS.md).
      return sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
    };
  });
}

/** Cards unused for this long are deleted, so the cache does not grow with every data release. */
const KEEP_DAYS = 30;

/** Once per build and cache folder: delete cards no build has used for KEEP_DAYS (a hit refreshes a card's time). */
function pruneOnce(cacheDir: string): void {
  const context = buildContext();
  const pruned = context.memo(context, 'og-pruned', () => new Set<string>());
  if (pruned.has(cacheDir) || !existsSync(cacheDir)) return;
  pruned.add(cacheDir);
  const limit = Date.now() - KEEP_DAYS * 86_400_000;
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    if (statSync(file).mtimeMs < limit) {
      rmSync(file, { force: true });
      context.og.pruned++;
    }
  }
}

/** The card as PNG bytes, from the cache when nothing that shapes it has changed. */
export function ogPng(card: OgCard, cacheDir = ogCacheDir()): Promise<Buffer> {
  return treePng(ogTree(card), OG_WIDTH, OG_HEIGHT, cacheDir);
}

/** Any tree (a share card, a poster) as PNG bytes of the given size, cached the same way. */
export async function treePng(tree: OgNode, width: number, height: number, cacheDir = ogCacheDir()): Promise<Buffer> {
  pruneOnce(cacheDir);
  const file = path.join(cacheDir, `${treeKey(tree, width, height)}.png`);
  if (existsSync(file)) {
    buildContext().og.cached++;
    const now = new Date();
    utimesSync(file, now, now);
    return readFileSync(file);
  }
  const png = await (await renderer())(tree, width, height);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: parallel builds sharing the cache never read half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  buildContext().og.rendered++;
  return png;
}

/** Width and height of a PNG from its IHDR chunk (for tests and checks). */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
