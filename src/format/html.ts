/**
 * Plain text for places that are read as HTML: pages made as strings rather than Astro markup
 * (tables, the page shell, figure tools) and RSS descriptions.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '` so that the text shows exactly as written when read as HTML. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c]!) : text;
}
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** An attribute value (inside double quotes) as Astro writes it: `&` and `"` as numeric references. */
export function escapeAttribute(value: string): string {
  return /[&"]/.test(value) ? value.replace(/&/g, '&#38;').replace(/"/g, '&#34;') : value;
}
