/** Reading Content-Security-Policy strings, for the security and header tests. */

/** A CSP as directive → sources. */
export function parseCsp(text: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) m.set(name.toLowerCase(), sources);
  }
  return m;
}

/** What makes a policy weaker than the site's rule, or null. */
export function strictnessProblem(csp: Map<string, string[]>): string | null {
  const script = csp.get('script-src') ?? csp.get('default-src');
  const style = csp.get('style-src') ?? csp.get('default-src');
  // 'none' is stricter than 'self', and fine anywhere (a redirect page needs no script).
  if (!csp.get('default-src')?.every((s) => ["'self'", "'none'"].includes(s))) return `default-src is not 'self' only: ${csp.get('default-src')?.join(' ')}`;
  if (!script || script.some((s) => !["'self'", "'wasm-unsafe-eval'", "'none'"].includes(s))) return `script-src allows more than 'self' 'wasm-unsafe-eval': ${script?.join(' ')}`;
  if (!style || style.some((s) => !["'self'", "'none'"].includes(s))) return `style-src allows more than 'self': ${style?.join(' ')}`;
  if (csp.get('object-src')?.join(' ') !== "'none'") return "object-src is not 'none'";
  if (!csp.get('base-uri')) return 'no base-uri';
  for (const [name, sources] of csp) {
    const foreign = sources.filter((s) => /^(https?:|\*|[a-z0-9-]+\.)/i.test(s) && !(name === 'frame-ancestors'));
    if (foreign.length) return `${name} allows other origins: ${foreign.join(' ')}`;
  }
  return null;
}
