/**
 * The Content-Security-Policy every page carries in its <meta http-equiv>: scripts,
 * styles, images and connections from this site only (Pagefind needs
 * 'wasm-unsafe-eval'), no inline scripts or styles, no plugins. One definition, used by
 * both page shells (Base.astro, Embed.astro); frame-ancestors cannot be set by a meta
 * tag and comes from the server headers (public/_headers, deploy/nginx.conf).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
