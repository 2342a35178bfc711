/** Reads tables back from built HTML, by caption, as row header → cell texts. */
import { text } from './build-site';

/** The rows (tbody and tfoot) of the first table whose caption starts with `caption`. */
export function tableRows(html: string, caption: string): Map<string, string[]> {
  for (const m of html.matchAll(/<table\b[\s\S]*?<\/table>/g)) {
    const table = m[0];
    const cap = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table);
    if (!cap || !text(cap[1]!).startsWith(caption)) continue;
    const rows = new Map<string, string[]>();
    const body = table.replace(/<thead[\s\S]*?<\/thead>/, '');
    for (const tr of body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)) {
      const th = /<th\b[^>]*>([\s\S]*?)<\/th>/.exec(tr[1]!);
      if (!th) continue;
      const cells = [...tr[1]!.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((c) => text(c[1]!));
      rows.set(text(th[1]!), cells);
    }
    return rows;
  }
  throw new Error(`no table captioned "${caption}…"`);
}

/** The column headings of the first table whose caption starts with `caption`. */
export function tableColumns(html: string, caption: string): string[] {
  for (const m of html.matchAll(/<table\b[\s\S]*?<\/table>/g)) {
    const cap = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(m[0]);
    if (!cap || !text(cap[1]!).startsWith(caption)) continue;
    const head = /<thead[\s\S]*?<\/thead>/.exec(m[0])![0];
    return [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((c) => text(c[1]!));
  }
  throw new Error(`no table captioned "${caption}…"`);
}
