/**
 * Text clean-up shared by the roster normalizers: spreadsheets carry full-width characters,
 * non-breaking and ideographic spaces, and line breaks inside cells.
 */

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;
const WHITESPACE_RUN = /\s+/g;
/** Anything cleanCellText would change; most cells have none, and skip the work. */
const NEEDS_CLEANING = /[\uFF01-\uFF5E\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF\s]/;

/** Full-width letters, digits and punctuation (０-９, Ａ-Ｚ, （）) → their ASCII forms. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Half-width text with every kind of space turned into one ASCII space, trimmed. */
export function cleanCellText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  return toHalfWidth(s).replace(ODD_SPACES, ' ').replace(WHITESPACE_RUN, ' ').trim();
}

/** Cell text with no spaces at all (for codes, numbers, dates). */
export function compactText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  return cleanCellText(s).replace(WHITESPACE_RUN, '');
}
