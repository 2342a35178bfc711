/** Reads a Netlify/Cloudflare-style `_headers` file and answers which headers a path gets. */

/** One rule: a URL pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  line: number;
  headers: { name: string; value: string }[];
  test(path: string): boolean;
}

/** Parses `_headers`; throws on a line that is neither a comment, a pattern nor an indented `Name: value`. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (/^\S/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers:${i + 1}: a rule must start with a path beginning "/": ${line}`);
      rules.push({ pattern: line, line: i + 1, headers: [], test: matcher(line) });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers:${i + 1}: expected an indented "Name: value" under a path: ${line}`);
    rule.headers.push({ name: m[1]!, value: m[2]! });
  });
  return rules;
}

/** `*` matches anything (also nothing, also slashes), `:name` one path segment; both hosts agree on these. */
function matcher(pattern: string): (path: string) => boolean {
  const re = new RegExp(
    `^${pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );
  return (path) => re.test(path);
}

/** The rules that set a header (by name, case-insensitive) for a path. */
export function rulesSetting(rules: HeaderRule[], path: string, header: string): HeaderRule[] {
  return rules.filter((r) => r.test(path) && r.headers.some((h) => h.name.toLowerCase() === header.toLowerCase()));
}

/** A header's value set by a rule. */
export function valueOf(rule: HeaderRule, header: string): string | undefined {
  return rule.headers.find((h) => h.name.toLowerCase() === header.toLowerCase())?.value;
}
