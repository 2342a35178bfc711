/** Plain text for places that are read as HTML after one level of decoding (RSS descriptions). */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '` so that the text shows exactly as written when read as HTML. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITIES[c]!) : text;
}
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
