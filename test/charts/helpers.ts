/** Small readers for SVG strings, so behaviour tests need no DOM, and the snapshot tests' runner. */
import { expect, it } from 'vitest';

/** Every element `<tag …>` with its attributes as a record. */
export function elements(svg: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    out.push(attrs);
  }
  return out;
}

/** The markup of the first `<g class="…">` group with that class, up to its closing tag. */
export function group(svg: string, className: string, key?: string): string {
  const open = key ? `<g class="${className}" data-series="${key}">` : `<g class="${className}"`;
  const start = svg.indexOf(open);
  if (start < 0) return '';
  return svg.slice(start, svg.indexOf('</g>', start) + 4);
}

/** How many subpaths (`M` commands) a path's `d` has: one per unbroken run. */
export function moveCount(d: string): number {
  return (d.match(/M/g) ?? []).length;
}

/** Number of `<text>` elements whose content is exactly `s` (escaped as in markup). */
export function textY(svg: string, content: string): number[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => m[2] === content)
    .map((m) => Number(/\sy="([^"]+)"/.exec(m[1]!)?.[1]));
}

/** Output must never carry a bad value into a page. */
export const BAD_VALUES = /NaN|undefined|Infinity|null/;

/** One test per `[name, spec, file]`: the chart `draw` makes of `spec` is __snapshots__/<file>.svg exactly. */
export function itMatchesSnapshots<S>(draw: (spec: S) => string, cases: readonly (readonly [name: string, spec: S, file: string])[]): void {
  it.each(cases)('%s', async (_name, spec, file) => {
    await expect(draw(spec)).toMatchFileSnapshot(`./__snapshots__/${file}.svg`);
  });
}
