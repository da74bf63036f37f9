// Figures as plans in many locales write them: `1 200`, `1.200 Zeilen`, `1_200`, `1'200`, `1 200` (U+202F), `1,2k`.
// Read as the thousands they are, not as the `1` before the separator (an oversized effort must not pass as tiny).

// A group of one to three digits, then groups of exactly three apart by one separator: a blank (also no-break, narrow
// no-break and thin), `_`, `.` or `'`; not inside a longer figure, version or id (`1.2.300`, `E1.200`).
const GROUPED = /(?<![\p{L}\d.,_'])(\d{1,3})(?:[ _.'\u00a0\u202f\u2009]\d{3})+(?![\d.,_']?\d)/gu;
// What may follow such a figure for it to be one size: the end, a unit of lines, a note or a separator of fields.
// `2 300-line modules` (two modules of 300 lines) is no 2,300.
const AFTER_SIZE =
  /^\s*(?:$|(?:lines?|loc|sloc|zeilen|l[ií]neas|lignes|linhas|righe|строк\p{L}*)(?![\p{L}\d])|[(,;/|—–]|-\s)/iu;
// `1,2k`, `0,8 KLOC`: a decimal comma before the k of thousands.
const DECIMAL_COMMA_K = /(?<![\d,.])(\d{1,3}),(\d{1,2})(?=\s?k(?:(?![a-z])|(?:loc|lines?)\b))/gi;
// Only texts that may hold one of them are rewritten (most sizes are `~300 lines`).
const MAY_GROUP = /\d[ _.'\u00a0\u202f\u2009]\d{3}|\d,\d{1,2}\s?k/i;

/**
 * The text with digit-group separators written as commas and a decimal comma before `k` as a point, each in place
 * (one character for one: offsets found in the result hold in the text).
 */
export function withPlainDigits(text: string): string {
  if (!MAY_GROUP.test(text)) return text;
  let out = text.replace(GROUPED, (m: string, _first: string, at: number, all: string) =>
    AFTER_SIZE.test(all.slice(at + m.length, at + m.length + 12)) ? m.replace(/[^\d]/g, ',') : m,
  );
  out = out.replace(DECIMAL_COMMA_K, '$1.$2');
  return out;
}
