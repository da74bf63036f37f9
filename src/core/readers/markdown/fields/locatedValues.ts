// Locating values inside one line of markdown: effort ids, sizes, booleans, numbers — each with its column range.
import { canonicalEffortId, ID_SUFFIX, PHASE_WAVE_EFFORT, suffixedId } from '../../../model/ids';
import { asciiWordAt, type Found } from '../../values';

export { locateBool, locateSize, maskParens, notedAsActual, sizeInText, type Found } from '../../values';

// `5.1.1`, `E5.1.1`, `E-5.1.1`, `Effort 5.1.1`, `effort-2.2.1`, `E2.1.3a`, `E5.1.5.1`; not versions such as `v1.8.0`
// or `1.2.3.4`. After
// two dots, an id is the end of a range (`E5.1.1..E5.1.3`).
const ID_IN_TEXT = new RegExp(
  String.raw`(?<!\w)(?<!(?:^|[^.])\.)(?:(?:E-?|Effort[\s-]*)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(${ID_SUFFIX})?(?!\d|\.\d)|${PHASE_WAVE_EFFORT})`,
  'gi',
);

/** Every effort id written in a text, canonical (`E5.1.1`), with offsets of the whole match. */
export function findIds(text: string): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  ID_IN_TEXT.lastIndex = 0;
  for (let m = ID_IN_TEXT.exec(text); m; m = ID_IN_TEXT.exec(text)) {
    out.push({ value: idOf(m), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first effort id in a text, if any. */
export function firstId(text: string): Found<string> | undefined {
  ID_IN_TEXT.lastIndex = 0;
  const m = ID_IN_TEXT.exec(text);
  return m ? { value: idOf(m), start: m.index, end: m.index + m[0].length } : undefined;
}

/** The first id of a text when it leads it (`E1.2.1 - Push`, `**E1.2.1**`), not when prose names it (`Docs for E1.2.1`). */
export function leadingId(text: string): Found<string> | undefined {
  const id = firstId(text);
  return id && !/[A-Za-z]{3,}/.test(text.slice(0, id.start)) ? id : undefined;
}

/** The canonical id of an ID_IN_TEXT match: the match itself when it is written canonically (`E5.1.1`, most are). */
function idOf(m: RegExpExecArray): string {
  if (m[1] === undefined) return `E${Number(m[5])}.${Number(m[6])}.${Number(m[7])}`; // `P1W2-E1`
  // `E2.1.3a`, `E5.1.5.1`: the suffix as written.
  if (m[4] !== undefined) return suffixedId(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  const whole = m[0];
  if (
    whole.charCodeAt(0) === 69 /* E */ &&
    whole.length === m[1].length + m[2].length + m[3].length + 3 &&
    canonicalNumber(m[1]) &&
    canonicalNumber(m[2]) &&
    canonicalNumber(m[3])
  )
    return whole;
  return `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
}

/** Digits Number() gives back unchanged: no leading zero. */
function canonicalNumber(digits: string): boolean {
  return digits.length === 1 || digits.charCodeAt(0) !== 48;
}

/** `7.2.1-3` in a list of branches means 7.2.1, 7.2.2 and 7.2.3. */
export function expandIdRange(text: string): string[] {
  const m = /^\s*E?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$/i.exec(text);
  if (!m) return [];
  const [p, w, a, b] = [m[1], m[2], m[3], m[4]].map(Number);
  if (b <= a || b - a > 50) return [];
  const out: string[] = [];
  for (let n = a; n <= b; n++) out.push(`E${p}.${w}.${n}`);
  return out;
}

/** The phase number of `Phase 1 - Core`, `3, Wave: 2`, `PHASE_2`, `phase1`. */
export function locatePhase(text: string): Found<number> | undefined {
  const m = /phase[\s_-]*(\d{1,3})(?!\d)/i.exec(text);
  if (m) {
    const start = m.index + m[0].length - m[1].length;
    return { value: Number(m[1]), start, end: start + m[1].length };
  }
  return leadingInt(text);
}

/** The wave number of `Wave 1 - Foundation`, `4 - Debug`, `WAVE_2.2` (wave 2 of phase 2), `Phase 2, Wave 2`. */
export function locateWave(text: string): Found<number> | undefined {
  const m = /wave[\s_-]*(\d{1,3})(?:\.(\d{1,3}))?(?![\d.])/i.exec(text);
  if (m) {
    const digits = m[2] ?? m[1];
    const start = m.index + m[0].length - digits.length;
    return { value: Number(digits), start, end: start + digits.length };
  }
  const dotted = /^\s*(\d{1,3})\.(\d{1,3})(?![\d.])/.exec(text);
  if (dotted) {
    const start = dotted.index + dotted[0].length - dotted[2].length;
    return { value: Number(dotted[2]), start, end: start + dotted[2].length };
  }
  return leadingInt(text);
}

function leadingInt(text: string): Found<number> | undefined {
  const m = /^[\s*_`"']*(\d{1,3})(?![\d.])/.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1].length;
  return { value: Number(m[1]), start, end: start + m[1].length };
}

/**
 * A written string value without its decoration: `` `x` ``, `"x"`, `**x**`, trailing hard-break spaces.
 * With `firstToken`, only the first word (branches and paths have no spaces; notes may follow).
 */
const LINK = /^\[([^\]\n]{1,300})\]\([^()\s]*\)$/;

export function cleanValue(text: string, firstToken = false): Found<string> | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === BACKSLASH)) end--;
  // `[feature/x](https://…/tree/feature/x)`: a link's text is the value.
  const link = text.charCodeAt(start) === 0x5b ? LINK.exec(text.slice(start, end)) : null;
  const inner = link ? cleanValue(link[1], firstToken) : undefined;
  if (inner) return { value: inner.value, start: start + 1 + inner.start, end: start + 1 + inner.end };
  const mark = quoteMark(text, start, end);
  if (mark) {
    const close = text.indexOf(mark, start + mark.length);
    if (close > start && close <= end - mark.length) {
      // The quoted text without its blanks, by offsets (no trimmed copies).
      let from = start + mark.length;
      let to = close;
      while (from < to && isBlank(text.charCodeAt(from))) from++;
      while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
      if (to > from) return { value: text.slice(from, to), start: from, end: to };
    }
  }
  if (firstToken) {
    const m = /^\S+/.exec(text.slice(start, end));
    if (!m) return undefined;
    let tokenEnd = start + m[0].length;
    while (tokenEnd > start && /[,;.]/.test(text[tokenEnd - 1])) tokenEnd--;
    return tokenEnd > start ? { value: text.slice(start, tokenEnd), start, end: tokenEnd } : undefined;
  }
  return end > start ? { value: text.slice(start, end), start, end } : undefined;
}

/**
 * The mark a value written between `start` and `end` opens with: a run of backticks, `**`, `__`, `"` or `'`, else ''
 * (as /^(`+|\*\*|__|"|')/ on the value, without its slice and match array: every branch value is asked).
 */
function quoteMark(text: string, start: number, end: number): string {
  if (start >= end) return '';
  const c = text.charCodeAt(start);
  if (c === 0x60 /* ` */) {
    let run = start + 1;
    while (run < end && text.charCodeAt(run) === 0x60) run++;
    return run === start + 1 ? '`' : text.slice(start, run);
  }
  if (c === 0x22) return '"';
  if (c === 0x27) return "'";
  const doubled = start + 1 < end && text.charCodeAt(start + 1) === c;
  if (c === 0x2a /* * */ && doubled) return '**';
  if (c === 0x5f /* _ */ && doubled) return '__';
  return '';
}

// A hard line break's backslash ends no value.
const BACKSLASH = 0x5c;

/** What /\s/ matches, by code (cleanValue trims every value of every metadata line, a character at a time). */
export function isBlank(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A display name from free text: no bold/code marks, no trailing `(200 LOC)`, no `Implementation Plan` boilerplate.
 * In a title, a closing bare `Plan` is the file's word too (`# Audit log plan`), and in a wave's title a leading one
 * (`## Wave 3 Plan (Phase 2) — Storage`); an effort's own name keeps both (`Plan catalogue`, `Pricing plan`).
 */
export function cleanName(text: string, title?: 'wave' | 'plan'): Found<string> | undefined {
  // Longer text is prose, not a name (and would only cost time in the patterns below).
  if (text.length > 300) return undefined;
  if (plainName(text)) return { value: text, start: 0, end: text.length };
  return strippedName(text, title);
}

// The plan's words before a name: `Implementation Plan: X`, `Effort Plan — X`, `Plan for X`, `Plan: X`, or `Plan`
// alone; never the first word of a name, `Plan catalogue`, `Plan-based pricing`.
const PLAN_LEAD =
  /^(?:(?:Effort\s+)?Implementation\s+Plan\b|Effort\s+Plan\b|Plan(?=\s+for\b|\s*[:–—]|\s+-\s|\s*$))(?:\s+for\b)?[\s:\-–—]*/i;
// …and after it: `X Implementation Plan`, `X — Effort Plan`, `X — Plan`; not `Pricing plan`, `Disaster recovery plan`.
const PLAN_TAIL = /(?:(?:^|[\s:\-–—]+)(?:(?:Effort\s+)?Implementation|Effort)\s+|\s*[:–—]\s*|\s+-\s+)Plan$/i;
// A title's (`Wave 3 Plan (Phase 2) — Storage engine`): any leading or closing Plan, as a title names its file.
const TITLE_PLAN_LEAD = /^(?:Effort\s+)?(?:Implementation\s+)?Plan(?:\s+for)?\b[\s:\-–—]*/i;
const TITLE_PLAN_TAIL = /(?:^|[\s:\-–—]+)(?:(?:Effort\s+)?Implementation\s+|Effort\s+)?Plan$/i;

// Apart from cleanName: `strip` closes over `s` and `start`, and V8 makes that context at every call of the function
// holding them, the plain names' too.
function strippedName(text: string, title: 'wave' | 'plan' | undefined): Found<string> | undefined {
  let s = text;
  let start = 0;
  const strip = (re: RegExp, fromStart: boolean, when?: (match: string) => boolean): void => {
    const m = re.exec(s);
    if (!m || (when && !when(m[0]))) return;
    if (fromStart) {
      start += m[0].length;
      s = s.slice(m[0].length);
    } else s = s.slice(0, m.index);
  };
  strip(/^[\s*_`"':\-–—~]+/, true);
  strip(title === 'wave' ? TITLE_PLAN_LEAD : PLAN_LEAD, true);
  strip(/[\s*_`"'~]+$/, false);
  // `(200 LOC)`, `(MUST be <800)` are notes; `(part 2)` of a split names the second half and stays.
  // End-anchored patterns are tried at every position, so each runs only when its last character is there.
  if (s.endsWith(')'))
    strip(/\s*\([^()]*\)\s*$/, false, (m) => /\d/.test(m) && !/^\s*\((?:part|split)\s*-?\s*\d+\)\s*$/i.test(m));
  if (/n$/i.test(s)) strip(title ? TITLE_PLAN_TAIL : PLAN_TAIL, false);
  strip(/[\s*_`"':\-–—~]+$/, false);
  if (!s) return undefined;
  return { value: s, start, end: start + s.length };
}

/**
 * The name written after an effort's id: as cleanName, and `E2.3.2 (csv-exporter)` names it `csv-exporter` (a wave's
 * `Wave 1 (parallel)` is a note, so this is for efforts only).
 */
export function effortName(text: string): Found<string> | undefined {
  const name = cleanName(text);
  const s = name?.value;
  if (!name || !s || s.length < 3 || s[0] !== '(' || s.indexOf(')') !== s.length - 1 || s.lastIndexOf('(') !== 0)
    return name;
  const inner = s.slice(1, -1).trim();
  if (!inner) return name;
  const start = name.start + s.indexOf(inner);
  return { value: inner, start, end: start + inner.length };
}

/**
 * A name none of cleanName's patterns can change (most headings: `effort-5`, `Push Command`): it starts and ends with
 * an ASCII letter or digit (no marks, blanks or parenthesis to strip) and neither starts nor ends with `plan` or
 * starts with `impl` or `effort` and a blank (the boilerplate patterns). Skips six regex runs and their match arrays
 * per name.
 */
function plainName(text: string): boolean {
  if (!text || !isAsciiAlnum(text.charCodeAt(0)) || !isAsciiAlnum(text.charCodeAt(text.length - 1))) return false;
  return (
    !asciiWordAt(text, 0, 'plan') &&
    !asciiWordAt(text, 0, 'impl') &&
    !(asciiWordAt(text, 0, 'effort') && isBlank(text.charCodeAt(6))) &&
    !asciiWordAt(text, text.length - 4, 'plan')
  );
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Effort id from a branch or directory name (`…effort-E1.1.1-credential-resolution`), else undefined. */
export function idInName(name: string): string | undefined {
  return firstId(name)?.value ?? canonicalEffortId(name);
}
