/**
 * A tile map (示意图): one equal square per region, placed on a grid roughly as the regions
 * lie, never a boundary map (publishing those needs map review, and no open boundary set has
 * the right prefecture lines). Each tile is a link, names its region and its status in words,
 * and is filled by status with a pattern as well as a colour, so colour is never the only cue;
 * a key under the grid names every fill.
 */
import { el, escapeXml, FONT, svgRoot, text, textWidth, type ChartIdentity } from './svg';
import { INK, MUTED, OKABE_ITO } from './palette';

/** The fills of the map, one per status tone. */
export type TileTone = 'good' | 'bad' | 'warn' | 'neutral';

/** One region's tile. */
export interface Tile {
  key: string;
  /** Short name drawn in the tile, e.g. 沈阳. */
  label: string;
  /** Status in words, e.g. 未完成: in the tile's title and, by its mark and fill, in the key. */
  status: string;
  tone: TileTone;
  href: string;
  /** Grid place from the top left; tiles without one are laid out automatically (autoLayout). */
  row?: number;
  col?: number;
}

/** Input of `tileMap`. */
export interface TileMapSpec extends ChartIdentity {
  tiles: readonly Tile[];
  /** Key entries, one per tone shown: the words of the status it stands for. */
  legend: Partial<Record<TileTone, string>>;
  /** Total width in CSS pixels; default 340. */
  width?: number;
  /** Between a tile's name and its status in its title; default `：` (English: `: `). */
  separator?: string;
}

const GAP = 4;
const KEY_ROW = 20;

/** The mark drawn under a tile's name: a shape for each tone, so the tiles differ without colour. */
export const TONE_MARKS: Record<TileTone, string> = { good: '✓', bad: '✗', warn: '!', neutral: '–' };

/** Fill and text colour of each tone: solid, hatched, dotted or blank, each in its own colour. */
const FILLS: Record<TileTone, { fill: string; ink: string; pattern?: 'hatch' | 'dots' }> = {
  good: { fill: '#1b6e3a', ink: '#ffffff' },
  bad: { fill: OKABE_ITO.vermillion, ink: '#000000', pattern: 'hatch' },
  warn: { fill: '#f0e442', ink: '#000000', pattern: 'dots' },
  neutral: { fill: '#ffffff', ink: INK },
};

/**
 * Places for tiles without row/col: when no tile has a place, a grid in the given order with
 * ⌈√n⌉ columns; when some have one, the others fill the rows below, in order.
 */
export function autoLayout<T extends { row?: number; col?: number }>(tiles: readonly T[]): (T & { row: number; col: number })[] {
  const placed = tiles.filter((t) => t.row != null && t.col != null);
  const columns = placed.length ? Math.max(...placed.map((t) => t.col!)) + 1 : Math.max(1, Math.ceil(Math.sqrt(tiles.length)));
  let next = placed.length ? Math.max(...placed.map((t) => t.row!)) + 1 : 0;
  let col = 0;
  return tiles.map((t) => {
    if (t.row != null && t.col != null) return t as T & { row: number; col: number };
    const at = { ...t, row: next, col };
    col++;
    if (col >= columns) {
      col = 0;
      next++;
    }
    return at;
  });
}

/** Renders the tile map to SVG markup. */
export function tileMap(spec: TileMapSpec): string {
  const width = spec.width ?? 340;
  const tiles = autoLayout(spec.tiles);
  const rows = Math.max(1, ...tiles.map((t) => t.row + 1));
  const cols = Math.max(1, ...tiles.map((t) => t.col + 1));
  const size = Math.floor((width - GAP * (cols - 1)) / cols);
  const gridH = rows * size + (rows - 1) * GAP;
  const keys = (Object.keys(FILLS) as TileTone[]).filter((t) => spec.legend[t] && tiles.some((x) => x.tone === t));
  const height = gridH + 10 + keys.length * KEY_ROW;
  const hatch = `${spec.id}-hatch`;
  const dots = `${spec.id}-dots`;
  const fillOf = (tone: TileTone) => (FILLS[tone].pattern === 'hatch' ? `url(#${hatch})` : FILLS[tone].pattern === 'dots' ? `url(#${dots})` : FILLS[tone].fill);
  const body: string[] = [
    el('defs', {}, [
      el('pattern', { id: hatch, patternUnits: 'userSpaceOnUse', width: 8, height: 8, patternTransform: 'rotate(45)' }, [
        el('rect', { x: 0, y: 0, width: 8, height: 8, fill: FILLS.bad.fill }),
        el('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#ffffff', 'stroke-width': 2 }),
      ]),
      el('pattern', { id: dots, patternUnits: 'userSpaceOnUse', width: 7, height: 7 }, [
        el('rect', { x: 0, y: 0, width: 7, height: 7, fill: FILLS.warn.fill }),
        el('circle', { cx: 3.5, cy: 3.5, r: 1.3, fill: '#6b5a00' }),
      ]),
    ]),
  ];
  const nameSize = size >= 56 ? FONT.label : FONT.tick;
  // A longer name (an English one) is set smaller, down to 10 px, to stay inside its tile (bold runs about a tenth wider).
  const sizeOf = (label: string) => [nameSize, FONT.tick, 11, 10].find((s) => textWidth(label, s) * 1.1 <= size - 10) ?? 10;
  for (const t of tiles) {
    const x = t.col * (size + GAP);
    const y = t.row * (size + GAP);
    const f = FILLS[t.tone];
    // A plate behind the words keeps them legible on any pattern.
    const fontSize = sizeOf(t.label);
    const plateW = Math.min(size - 6, textWidth(t.label, fontSize) + 8);
    body.push(
      el('a', { href: t.href, class: 'tile' }, [
        el('title', {}, escapeXml(`${t.label}${spec.separator ?? '：'}${t.status}`)),
        el('rect', { x, y, width: size, height: size, rx: 3, fill: fillOf(t.tone), stroke: t.tone === 'neutral' ? MUTED : f.fill, 'stroke-width': 1 }),
        f.pattern ? el('rect', { x: x + (size - plateW) / 2, y: y + size / 2 - 17, width: plateW, height: 34, rx: 2, fill: '#ffffff', 'fill-opacity': 0.9 }) : '',
        text(t.label, { x: x + size / 2, y: y + size / 2 - 3, 'text-anchor': 'middle', 'font-size': fontSize, 'font-weight': 700, fill: f.pattern ? INK : f.ink }),
        text(TONE_MARKS[t.tone], { x: x + size / 2, y: y + size / 2 + 12, 'text-anchor': 'middle', 'font-weight': 700, fill: f.pattern ? INK : f.ink }),
      ]),
    );
  }
  keys.forEach((tone, i) => {
    const y = gridH + 10 + i * KEY_ROW;
    body.push(
      el('g', { class: 'key' }, [
        el('rect', { x: 0, y, width: 16, height: 14, fill: fillOf(tone), stroke: tone === 'neutral' ? MUTED : FILLS[tone].fill }),
        text(`${TONE_MARKS[tone]} ${spec.legend[tone]!}`, { x: 22, y: y + 11, fill: INK }),
      ]),
    );
  });
  // A group, not an image: its tiles are links a reader can reach and follow (an image may hold no controls).
  return svgRoot(spec, width, height, body).replace(' role="img" ', ' role="group" ');
}
