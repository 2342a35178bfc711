/**
 * Formula protection of CSV cells, both ways (OWASP "CSV injection"): a cell that a
 * spreadsheet could run as a formula gets one leading apostrophe in the downloads, and the
 * reader takes exactly that apostrophe off again, so that a download read back as build
 * input gives the same dataset.
 */

/**
 * Starts like a formula: = + - @ (also full-width ＝＋－＠), a tab, a carriage return or any
 * other control character; or holds a field separator (`,` `;` tab `|`) followed by one of
 * those, which a spreadsheet splitting on that separator would start a cell with (`a;=1+1`).
 */
const FORMULA = /^[=+\-@＝＋－＠\u0000-\u001f]|[,;\t|][ \u3000]*[=+\-@＝＋－＠]/;

/** Whether a text gets the protective apostrophe: it runs as a formula, or it would look protected itself. */
export function needsFormulaProtection(s: string): boolean {
  if (FORMULA.test(s)) return true;
  // "'=x" must keep its own apostrophe when read back, so it gets one more.
  return s.charCodeAt(0) === 39 && needsFormulaProtection(s.slice(1));
}

/** A text as a download writes it: with one leading apostrophe when it needs protection. */
export function protectFormula(s: string): string {
  return needsFormulaProtection(s) ? `'${s}` : s;
}

/** A cell as the reader takes it: the apostrophe protectFormula added, taken off; anything else as it is. */
export function unprotectFormula(s: string): string {
  return s.charCodeAt(0) === 39 && needsFormulaProtection(s.slice(1)) ? s.slice(1) : s;
}
