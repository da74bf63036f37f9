// What the words around a number in a dependency list say about it: `kubectl 1.1.2 or newer` is a tool's version,
// not effort E1.1.2; `Effort 2 (Wave 1)` is effort 2 of wave 1, not of the referrer's own wave.

// Words that may stand right before an effort number written bare (`after 7.1.1`, `Wave 1 (7.1.1, 7.1.2)`,
// `tasks 1.2.1 and 1.2.2`): any other word there is a name the number belongs to (`Helm 3.1.4`, `cert-manager 1.2.9`).
const ID_LEAD_WORDS: ReadonlySet<string> = new Set(
  (
    'effort efforts task tasks item items step steps story stories ticket tickets issue issues pr prs id ids no nr ' +
    'number num and or plus with after before on upon of in from by for to until till once see needs need needed ' +
    'requires require required depends depend dependent blocked blocks waits wait waiting also then both including ' +
    'incl except not but via per like as when is are be following the all wave waves phase phases effort\u2019s ' +
    "effort's complete completed done merged finished landed e"
  ).split(' '),
);

// After the number: `1.2.9+`, `1.1.2 or newer`, `3.1.4 and later`, `1.2.x`.
const VERSION_AFTER = /^(?:\+|\.[xX*]\b|[ \t]*(?:or|and)[ \t]+(?:newer|later|higher|above|greater|up)\b|[ \t]*\+)/;

/** Whether the bare number at [start, end) of a list (`1.1.2`, no `E` or `Effort` before it) is a version. */
export function isVersionAt(text: string, start: number, end: number): boolean {
  const lead = text.charCodeAt(start);
  if (lead < 48 || lead > 57) return false; // `E1.1.2`, `Effort 1.1.2`: an effort, written as one
  if (VERSION_AFTER.test(text.slice(end, end + 20))) return true;
  // The word right before it, across blanks only (`(7.1.1`, `: 7.1.1`, `, 7.1.1` have none).
  let i = start;
  while (i > 0 && isBlankCode(text.charCodeAt(i - 1))) i--;
  if (i === start) return false;
  let from = i;
  while (from > 0 && isWordCode(text.charCodeAt(from - 1))) from--;
  if (from === i) return false;
  return !ID_LEAD_WORDS.has(text.slice(from, i).toLowerCase());
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xe003; // a blank, or one refs.ts masked inside a note
}

function isWordCode(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 45 ||
    c === 95 ||
    c === 39 ||
    c > 0x7f
  );
}

// `Effort 2 (Wave 1)`, `Effort 2 of wave 1`, `Effort 2 in Wave 1`, `Effort 2 (W1)`, `Effort 2 from wave 1.2`.
const WAVE_QUALIFIER =
  /(?:\([\s\uE003]*|[\s\uE003](?:of|in|from)[\s\uE003]+)(?:wave[\s\uE003]*|w)(\d{1,3})(?:\.(\d{1,3}))?(?![\d.]*\d)/i;

/**
 * The wave (and phase, for `Wave 1.2`) a qualifier after `Effort k` names, or undefined: `Effort k` alone is effort k
 * of the referrer's own wave.
 */
export function qualifiedWave(raw: string): { phase?: number; wave: number } | undefined {
  const m = WAVE_QUALIFIER.exec(raw);
  if (!m) return undefined;
  return m[2] === undefined ? { wave: Number(m[1]) } : { phase: Number(m[1]), wave: Number(m[2]) };
}

// The first effort number of a piece, as canonicalEffortId finds it (`E1.1.2`, `Effort 1.1.2`, `1.1.2`).
const FIRST_NUMBER = /(?<![\w.])(?:(?:E-?|Effort[\s-]*)?\d{1,3}\.\d{1,3}\.\d{1,3})(?!\d)/i;

/** Whether the first effort number of a list's piece is a version (`kubectl 1.1.2 or newer`): then it names none. */
export function leadsWithVersion(raw: string): boolean {
  const m = FIRST_NUMBER.exec(raw);
  return m !== null && isVersionAt(raw, m.index, m.index + m[0].length);
}
