/**
 * The Content-Security-Policy every page carries in its <meta http-equiv>: scripts,
 * styles, images and connections from this site only, no inline scripts or styles, no
 * plugins. Only the search page may compile WebAssembly ('wasm-unsafe-eval', which
 * Pagefind needs). One definition, used by both page shells (Base.astro, Embed.astro);
 * frame-ancestors cannot be set by a meta tag and comes from the server headers
 * (public/_headers, deploy/nginx.conf), which send the same policies.
 */
const policy = (scriptSrc: string) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

/** The policy of every page but the search page. */
export const CONTENT_SECURITY_POLICY = policy("'self'");

/** The search page's policy: Pagefind compiles its WebAssembly. */
export const SEARCH_CONTENT_SECURITY_POLICY = policy("'self' 'wasm-unsafe-eval'");

/** Where Pagefind runs: the search page (and the files it loads). */
export const SEARCH_PATH = '/search/';

/** The policy of the page at `pathname`. */
export function contentSecurityPolicy(pathname: string): string {
  return pathname.startsWith(SEARCH_PATH) ? SEARCH_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
