// Free-text metadata values as agents write them: sizes, booleans, statuses, dependency lists.
import { PlainRef } from '../model/plainObjects';
import { canonicalEffortId, plainIdOf } from '../model/ids';
import { leadsWithVersion, qualifiedWave } from './refWords';
import type { DependencyRef, EffortStatus, FactField } from '../model/model';
import { lineSpan } from '../model/span';
import { STATUS_PATTERNS } from './statusTerms';
import { withPlainDigits } from './sizeDigits';
import { sizeOfParts } from './sizeParts';
import { DEPENDENCY_KEYS } from './markdown/dependencyWords';

/** Base keys said as an instruction: a base only where the value is written as a branch (keys.ts: branchValued). */
export const BRANCH_INSTRUCTION_KEYS: readonly string[] = [
  'branch from',
  'branches from',
  'branched from',
  'branch off',
  'branch off of',
  'branched off',
  'branches off',
  'fork from',
  'forked from',
];

/** Metadata keys (bold, JSON, YAML, table headers), lower-cased and with `_`/`-` as spaces, mapped to model fields. */
const KEY_ALIASES: Record<string, FactField> = {
  'effort name': 'name',
  name: 'name',
  effort: 'name',
  title: 'name',
  // `| Effort | Short name |` (the id in the first): the column a table's dependency cells name its efforts by.
  'short name': 'name',
  'effort title': 'name',
  'task name': 'name',
  phase: 'phase',
  'phase number': 'phase',
  'parent phase': 'phase',
  wave: 'wave',
  'wave number': 'wave',
  'parent wave': 'wave',
  'size estimate': 'estimatedLines',
  'estimated size': 'estimatedLines',
  'estimated lines': 'estimatedLines',
  'estimated loc': 'estimatedLines',
  'lines estimate': 'estimatedLines',
  'line estimate': 'estimatedLines',
  estimate: 'estimatedLines',
  estimated: 'estimatedLines',
  est: 'estimatedLines',
  'est lines': 'estimatedLines',
  'est loc': 'estimatedLines',
  'est size': 'estimatedLines',
  size: 'estimatedLines',
  lines: 'estimatedLines',
  loc: 'estimatedLines',
  'actual lines': 'actualLines',
  actual: 'actualLines',
  'actual size': 'actualLines',
  'actual loc': 'actualLines',
  'lines changed': 'actualLines',
  'measured lines': 'actualLines',
  ...Object.fromEntries(DEPENDENCY_KEYS.map((k) => [k, 'dependsOn'] as const)),
  // `Blocks: E1.2.1`: the reverse of a dependency, read as E1.2.1 depending on the writer.
  blocks: 'blocks',
  'parallel with': 'parallelWith',
  'can parallel with': 'parallelWith',
  'can run in parallel with': 'parallelWith',
  'runs in parallel with': 'parallelWith',
  'in parallel with': 'parallelWith',
  'parallel to': 'parallelWith',
  'can parallelize': 'canParallelize',
  parallelizable: 'canParallelize',
  parallelize: 'canParallelize',
  branch: 'branch',
  'branch name': 'branch',
  'effort branch': 'branch',
  'new branch': 'branch',
  'base branch': 'baseBranch',
  base: 'baseBranch',
  'parent branch': 'baseBranch',
  ...Object.fromEntries(BRANCH_INSTRUCTION_KEYS.map((k) => [k, 'baseBranch'] as const)),
  directory: 'directory',
  'working dir': 'directory',
  'working directory': 'directory',
  'workspace path': 'directory',
  'full path': 'directory',
  'effort directory': 'directory',
  'working copy': 'directory',
  worktree: 'directory',
  status: 'status',
  state: 'status',
};

export function normalizeKey(key: string): string {
  return key
    .replace(/[*`_\-:.?]+/g, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The model field a metadata key names, if any. Keys are matched case-insensitively. */
export function fieldForKey(key: string): FactField | undefined {
  const norm = normalizeKey(key);
  // Own keys only: `constructor` or `toString` written as a metadata key must not find Object.prototype members.
  return Object.prototype.hasOwnProperty.call(KEY_ALIASES, norm) ? KEY_ALIASES[norm] : undefined;
}

// The value grammar every reader shares: sizes and yes/no words, located (with offsets) or plain.
/** A value found in a string, with its [start, end) offsets in that string. */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

/** Replaces parenthesised parts by spaces of the same length, so offsets stay valid. */
export function maskParens(text: string): string {
  // Whole runs at a time (most values have no parenthesis, or one note): not a string grown by one character each.
  let open = text.indexOf('(');
  if (open < 0) return text;
  let out = '';
  let kept = 0;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */) {
      if (depth++ === 0) open = i;
    } else if (c === 0x29 /* ) */ && depth > 0 && --depth === 0) {
      out += text.slice(kept, open) + ' '.repeat(i + 1 - open);
      kept = i + 1;
    }
  }
  return depth > 0 ? out + text.slice(kept, open) + ' '.repeat(text.length - open) : out + text.slice(kept);
}

// Numbers start only where no digit or comma precedes: otherwise `1,1,1,…` is tried from every position.
const ARROW = /(?<![\d,])(\d[\d,]*)\s*(?:→|->|=>)\s*(\d[\d,]*)/;
// A range's dash may be a hyphen, an en or em dash, `to`, or `and` after `between`; one blank run either side of it.
const NUMBER_OR_RANGE = /(?<![\d,])(\d[\d,]*)(?:\s*(-|–|—|\bto\b|\band\b)\s*(\d[\d,]*))?/i;
const BETWEEN = /\bbetween\s*$/i;
const STRUCK = /~~[^~\n]{0,200}~~/g;
const ACTUAL_NOTE =
  /\((?:actual(?:ly)?|measured|final|\s(?:actual(?:ly)?|measured|final))\b[:=\s]*(?:~\s*)?(\d[\d,]*)/i;
// `1.1k`, `2 K`, and `1.5 KLOC`, `0.7 kLOC`, `2k lines`: the k of thousands, alone or before the unit of lines.
const THOUSANDS = /(?<![\d,.])(\d{1,3}(?:\.\d{1,3})?)\s?k(?:(?![a-z])|(?=(?:loc|lines?)\b))/i;

/** A written size with offsets: `~380 lines (MUST be <800)`, `750→800` (estimate→actual), `400-500`, `1,081`. */
export function locateSize(text: string): { estimated?: Found<number>; actual?: Found<number> } {
  // `1 200`, `1.200 Zeilen`, `1,2k`: thousands as written in other locales, read in place.
  const plain = withPlainDigits(text);
  // `450 (Go) + 400 (TypeScript)`, `900 (600 code + 300 tests)`, `<800`: a size written as its parts, or none.
  const found = sizeOfParts(plain) ?? sizeOf(plain);
  // A size too long to be a number (`9999…`) is no size.
  if (found.estimated && !Number.isFinite(found.estimated.value)) return {};
  if (found.actual && !Number.isFinite(found.actual.value)) delete found.actual;
  return found;
}

function sizeOf(text: string): { estimated?: Found<number>; actual?: Found<number> } {
  let masked = maskedForSize(text);
  // `~~900~~ 640`: a struck-out figure was withdrawn; the one after it stands.
  if (masked.includes('~~')) masked = masked.replace(STRUCK, (m) => ' '.repeat(m.length));
  // `~380 lines (MUST be <800)`: a figure alone outside its notes, and no note of actual lines (most sizes).
  const plain = plainSize(masked);
  if (plain && (masked === text || !ACTUAL_WORD.test(text))) return { estimated: plain };
  // Every arrow ARROW knows (`→`, `->`, `=>`) holds `>` or `→`: most sizes have neither.
  const arrow = masked.indexOf('>') >= 0 || masked.indexOf('→') >= 0 ? ARROW.exec(masked) : null;
  if (arrow) {
    const aStart = arrow.index;
    const bStart = arrow.index + arrow[0].length - arrow[2].length;
    return {
      estimated: { value: toNumber(arrow[1]), start: aStart, end: aStart + arrow[1].length },
      actual: { value: toNumber(arrow[2]), start: bStart, end: bStart + arrow[2].length },
    };
  }
  // On the text as written: a label may sit in parentheses, `310 (actual) / 300 (est.)`.
  const pair = ACTUAL_WORD.test(text) ? labelledPair(text) : undefined;
  if (pair) return pair;
  const m = NUMBER_OR_RANGE.exec(masked);
  // `S (≈200 lines)`: a T-shirt size, its lines only in the note.
  if (!m) return TSHIRT.test(masked) ? tshirtLines(text) : {};
  // `2 days / ~350 lines`: a figure of time is no size; a figure of lines beside it is.
  const after = m.index + m[0].length;
  if (mayBeDuration(masked, after) && DURATION.test(masked.slice(after))) return inText(text);
  // `2 × 300 lines`, `3 x 250`, `10 modules × 300 lines = ~3,000`: a count times a size is the effort's whole work.
  if (!m[3]) {
    const product = productAt(masked, m.index);
    if (product) return { estimated: product };
  }
  if (!m[3] && countsOther(masked, after)) return linesBesideCount(text, masked);
  const noted = masked === text || !mayNoteActual(text) ? null : ACTUAL_NOTE.exec(text);
  if (noted) {
    // `250 (actual 310)`: the estimate, and in its note what was written.
    const start = noted.index + noted[0].length - noted[1].length;
    const actual = { value: toNumber(noted[1]), start, end: start + noted[1].length };
    return { ...sizeOf(text.slice(0, noted.index)), actual };
  }
  // `~1.1k lines`, `2k LOC`: thousands (a 1,100-line effort must not read as 1 line).
  const k = masked.indexOf('k', m.index) >= 0 || masked.indexOf('K', m.index) >= 0 ? THOUSANDS.exec(masked) : null;
  if (k && k.index === m.index)
    return { estimated: { value: thousands(k[1]), start: k.index, end: k.index + k[0].length } };
  // A range `400-500`, `400–500`, `400 to 500`, `between 400 and 500` is budgeted at its upper end: budgets are about
  // the worst case. `300 — 2 files` is a figure and a note, not a range (its second figure is smaller).
  if (m[3] && isRange(masked, m)) {
    if (countsOther(masked, after)) return linesBesideCount(text, masked);
    const start = m.index + m[0].length - m[3].length;
    return { estimated: { value: toNumber(m[3]), start, end: start + m[3].length } };
  }
  return { estimated: { value: toNumber(m[1]), start: m.index, end: m.index + m[1].length } };
}

/**
 * `~450 lines`, `300 LOC`, `≈1,200`: a figure alone, maybe approximate, maybe before its unit of lines (most sizes).
 * Its estimate, as sizeOf's patterns read it, found by a scan of the text and no pattern; undefined for other text.
 */
function plainSize(text: string): Found<number> | undefined {
  let i = skipSpaces(text, 0);
  const mark = text.charCodeAt(i);
  if (mark === 0x7e /* ~ */ || mark === 0x2248 /* ≈ */) i = skipSpaces(text, i + 1);
  const start = i;
  if (!isDigitCode(text.charCodeAt(i))) return undefined;
  while (isDigitCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2c /* , */) i++;
  const end = i;
  i = skipSpaces(text, end);
  if (i < text.length) {
    const unitEnd = linesUnitEnd(text, i);
    if (unitEnd < 0 || skipSpaces(text, unitEnd) !== text.length) return undefined;
  }
  return { value: figureValue(text, start, end), start, end };
}

/** toNumber of the figure from `start` to `end`: without a copy of it while it is digits few enough to be exact. */
function figureValue(text: string, start: number, end: number): number {
  if (end - start > 15) return toNumber(text.slice(start, end));
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigitCode(c)) return toNumber(text.slice(start, end));
    value = value * 10 + c - 0x30;
  }
  return value;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  return i;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const LINES_UNITS = ['lines', 'line', 'loc'];

/** Where `lines`, `line` or `loc` (any ASCII case) that starts at `at` ends, or -1. */
function linesUnitEnd(text: string, at: number): number {
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < LINES_UNITS.length; i++)
    if (asciiWordAt(text, at, LINES_UNITS[i])) return at + LINES_UNITS[i].length;
  return -1;
}

/**
 * Whether lower-case ASCII `word` is written at `at` in any case (as a lower-cased copy of that part of `text` equal
 * to `word`, or the `i` flag of a non-unicode pattern, without the copies: no other character lower-cases to an ASCII
 * letter of these words).
 */
export function asciiWordAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

// A count (with up to two words for what it counts), a times sign and a figure of lines, maybe with the total after
// `=`. Not a figure in thousands (`2 × 1.5k`) nor a dimension (`1920x1080px`).
const PRODUCT =
  /(\d[\d,]*)(?:\s*\p{L}+){0,2}?\s*[×xX*]\s*~?\s*(\d[\d,]*)(?![\d.]|\s?[kK]\b|\s?px\b)(?:\s*(?:lines?|loc)\b)?(?:[^=\d\n]{0,24}=\s*~?\s*(\d[\d,]*))?/diuy;

/** `2 × 300 lines` at `at`: 600, located from the count to the figure; or the total written after `=`, there. */
function productAt(text: string, at: number): Found<number> | undefined {
  // Every times sign PRODUCT knows: most sizes have none.
  if (!/[×xX*]/.test(text)) return undefined;
  PRODUCT.lastIndex = at;
  const p = PRODUCT.exec(text);
  if (!p?.indices) return undefined;
  if (p[3] !== undefined) {
    const [start, end] = p.indices[3];
    return { value: toNumber(p[3]), start, end };
  }
  return { value: toNumber(p[1]) * toNumber(p[2]), start: at, end: p.indices[2][1] };
}

// `310 actual / 300 estimate`, `actual: 310, est. 300`: two figures, each with its label. Gated by ACTUAL_WORD.
const ACTUAL_WORD = /\b(?:actual(?:ly)?|measured|final)\b/i;
const LABEL = String.raw`(actual(?:ly)?|measured|final|estimated?|est\.?|planned|budget(?:ed)?)`;
const FIGURE = String.raw`~?\s?(\d+(?:,\d{3})*)`;
const UNIT = String.raw`(?:(?:lines?|loc)\b\s*)?`;
// No blank run here: it follows one, and two blank runs side by side backtrack quadratically on a long run.
const GLUE = String.raw`(?:[,;/|]\s*|and\s+)?`;
const PAIR_AFTER = new RegExp(
  String.raw`^\s*${FIGURE}\s*${UNIT}\(?${LABEL}(?![a-z])\)?\s*${GLUE}${FIGURE}\s*${UNIT}\(?${LABEL}(?![a-z])`,
  'id',
);
const PAIR_BEFORE = new RegExp(
  String.raw`^\s*${LABEL}(?![a-z])[:=\s]*${FIGURE}\s*${UNIT}${GLUE}${LABEL}(?![a-z])[:=\s]*${FIGURE}`,
  'id',
);

function labelledPair(text: string): { estimated: Found<number>; actual: Found<number> } | undefined {
  let figures: [number, number] = [1, 3];
  let labels: [number, number] = [2, 4];
  let m = PAIR_AFTER.exec(text);
  if (!m) {
    m = PAIR_BEFORE.exec(text);
    [figures, labels] = [labels, figures];
  }
  if (!m?.indices) return undefined;
  const isActual = labels.map((g) => ACTUAL_WORD.test(m![g]));
  // Both figures actual, or neither: not a pair of estimate and actual.
  if (isActual[0] === isActual[1]) return undefined;
  const found = (g: number): Found<number> => {
    const [start, end] = m!.indices![g];
    return { value: toNumber(m![g]), start, end };
  };
  const [a, b] = [found(figures[0]), found(figures[1])];
  return isActual[0] ? { estimated: b, actual: a } : { estimated: a, actual: b };
}

/** Whether DURATION may match at `at`: its word (after at most one blank) starts with d, h, w, s or p. */
function mayBeDuration(text: string, at: number): boolean {
  return isDurationLetter(text.charCodeAt(at)) || isDurationLetter(text.charCodeAt(at + 1));
}

function isDurationLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower === 0x64 || lower === 0x68 || lower === 0x77 || lower === 0x73 || lower === 0x70; // d h w s p
}

// A word after a figure that is not its unit of lines: `3 files`, `2 new packages`, `2 × 300`, `1개` (in any script),
// `57 KB`; but not a label or a word of degree, `300 planned`, `300 max`, `300 or less`.
const OTHER_UNIT =
  /^\s?(?!(?:lines?|loc|sloc|k|planned|estimated?|est|budget(?:ed)?|target|total|expected|approx(?:imately)?|max(?:imum)?|min(?:imum)?|actual(?:ly)?|measured|final|each|or|to|and|per|plus|of|at|in)\b)[\p{L}×]/iu;
// The unit of lines within three words of the figure, `300 new lines`, `300 lines`, also as plans in other languages
// write it (`300 Zeilen`, `300 líneas`, `300 lignes`, `300 linhas`, `300 righe`, `300 строк`, `300行`, `300줄`).
const LINES_SOON =
  /^\s?(?:[\p{L}-]+\s+){0,3}(?:(?:lines?|loc|sloc|kloc|zeilen|l[ií]neas|lignes|linhas|righe|строк\p{L}*)\b|行|줄)/iu;

/** Whether the figure ending at `at` counts something else than lines. */
function countsOther(text: string, at: number): boolean {
  return OTHER_UNIT.test(text.slice(at, at + 8)) && !LINES_SOON.test(text.slice(at, at + 60));
}

/**
 * The size of a text whose first figure counts other things: its figure of lines, `3 files, ~450 lines`, `2 new
 * packages / 520 LOC`, or in a note, `workflow yml 1개 (30~50 lines)`, when the text outside notes has none; else
 * none: `3 files`, `12 tests` and `~57 KB` say nothing of lines.
 */
function linesBesideCount(text: string, masked: string): { estimated?: Found<number>; actual?: Found<number> } {
  const lines = inText(masked);
  if (lines.estimated) return lines;
  if (masked !== text) {
    const noted = inText(text);
    if (noted.estimated || noted.actual) return noted;
  }
  return {};
}

/** Whether ACTUAL_NOTE may match: a `(` followed, after at most one blank, by actual, measured or final. */
function mayNoteActual(text: string): boolean {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    if (noteWordAt(text, i + 1)) return true;
    const c = text.charCodeAt(i + 1);
    if ((c === 0x20 || (c >= 9 && c <= 13) || c > 0x7f) && noteWordAt(text, i + 2)) return true;
  }
  return false;
}

const NOTE_WORDS = ['actual', 'measured', 'final'];

/** One of NOTE_WORDS at `at`, in any ASCII case (as the `i` flag of a non-unicode pattern compares them). */
function noteWordAt(text: string, at: number): boolean {
  return NOTE_WORDS.some((word) => asciiWordAt(text, at, word));
}

/**
 * maskParens for sizeOf, or the text before its note when nothing but blanks follows the note (`~300 lines (MUST be
 * <800)`, most sizes): sizeOf's patterns read trailing blanks as they read the end of the text, so they find the same
 * matches at the same offsets, without a masked copy to build and flatten.
 */
function maskedForSize(text: string): string {
  const open = text.indexOf('(');
  if (open < 0) return text;
  let depth = 0;
  let i = open;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 /* ( */) depth++;
    else if (c === 0x29 /* ) */ && --depth === 0) break;
  }
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c !== 0x20 && c !== 0x09) return maskParens(text);
  }
  return text.slice(0, open);
}

function isRange(masked: string, m: RegExpExecArray): boolean {
  if (m[2].toLowerCase() === 'and' && !BETWEEN.test(masked.slice(0, m.index))) return false;
  return toNumber(m[3]) >= toNumber(m[1]);
}

/** A size written inside a name, as in `Push Operation Tests (200 LOC)` or `Metrics<br/>650 lines`. */
// Blanks only after a `~`: a blank run before every figure would be scanned again from each of its blanks.
const SIZE_IN_TEXT = /(?<![\d,.])((?:~\s*)?\d[\d,]*(?:\.\d{1,3}(?=\s?[kK]))?)(\s?[kK])?\s*(?:lines?|loc)\b/i;
// Its words, looked for first.
const SIZE_WORD = /l(?:ine|oc)/i;

// A count and a times sign right before a figure: `2 × `, `3 files x `.
const COUNT_TIMES = /(?<![\p{L}\d,.])(\d[\d,]*)(?:\s*\p{L}+){0,2}?\s*[×xX*]\s*~?\s*$/u;
const TIMES_BEFORE = /[×xX*]\s*~?\s*$/;

export function sizeInText(written: string): (Found<number> & { actual?: boolean }) | undefined {
  // Most names write no size: SIZE_IN_TEXT's words are looked for first.
  if (!SIZE_WORD.test(written)) return undefined;
  const text = withPlainDigits(written);
  const m = SIZE_IN_TEXT.exec(text);
  if (!m) return undefined;
  const digits = /\d[\d,]*/.exec(m[1])!;
  const start = m.index + digits.index;
  // `1.2k lines`: thousands, with an optional decimal part.
  const value = m[2] ? thousands(m[1].replace(/^~?\s*/, '')) : toNumber(digits[0]);
  if (!Number.isFinite(value) || !Number.isInteger(value)) return undefined;
  const end = m[2] ? m.index + m[1].length + m[2].length : start + digits[0].length;
  // `(2 × 300 lines)`: the count before the times sign multiplies the figure, as in a size field.
  const from = Math.max(0, start - 40);
  const count =
    m[2] || !TIMES_BEFORE.test(text.slice(Math.max(0, start - 5), start))
      ? null
      : COUNT_TIMES.exec(text.slice(from, start));
  if (count) {
    return { value: toNumber(count[1]) * value, start: from + count.index, end };
  }
  const before = text.slice(Math.max(0, start - 30), start);
  // `(was 1,200 lines before the split)`, `down from 900 lines`: a past size, neither estimate nor actual.
  if (PAST_BEFORE.test(before)) return undefined;
  return isActualNote(before, text.slice(end, end + 40)) ? { value, start, end, actual: true } : { value, start, end };
}

const PAST_BEFORE =
  /\b(?:was|were|previously|formerly|originally|down from|up from|reduced from|cut from|split from)\b[^\d]{0,12}$/i;

// `612 lines, over limit`, `actual: 1,081 lines`, `measured 740 LOC`: a count of what was written, not a plan.
const ACTUAL_BEFORE = /\b(?:actual(?:ly)?|measured|final(?:ly)?|came in at|landed at|ended at)\b[^\d]{0,12}$/i;
const ACTUAL_AFTER =
  /^\s*(?:lines?|loc)\b[^.;]{0,20}?\b(?:over (?:the )?(?:limit|budget)|exceed(?:s|ed|ing)?|actual|measured|final)\b/i;

function isActualNote(before: string, after: string): boolean {
  return ACTUAL_BEFORE.test(before) || ACTUAL_AFTER.test(after);
}

// `420 lines (actual)`, `380 — measured`: the note is all that follows the figure. No two blank runs meet across an
// optional part (a long run of blanks would backtrack quadratically).
const ACTUAL_ONLY_AFTER = /^\s*(?:(?:lines?|loc)\s*)?(?:[-–—,([]\s*)?(?:actual|measured|final)(?:\s*[)\].;])*\s*$/i;

/** Whether a size field's figure (at start…end of its text) is noted as what was written: `actual: 420`, `420 (actual)`. */
export function notedAsActual(text: string, start: number, end: number): boolean {
  // ACTUAL_BEFORE's shortest word (`final`) needs five characters before the figure.
  return (
    (start >= 5 && ACTUAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) ||
    ACTUAL_ONLY_AFTER.test(text.slice(end))
  );
}

// One blank run only when no size word sits between them: two would backtrack quadratically on a long blank line.
const TSHIRT = /^[\s*_`]*(?:(?:XXS|XS|S|M|L|XL|XXL|small|medium|large)[\s*_`]*)?$/i;
const DURATION = /^\s?(?:days?|d|hours?|hrs?|h|weeks?|wks?|w|sprints?|points?|pts|sp)\b/i;

// `M (~400)`, `L (1,200)`: a T-shirt size's note that is one figure, approximate or of three digits or more (a
// figure of points, `M (5)`, is no count of lines).
const TSHIRT_FIGURE = /\(\s*(?:([~≈])\s*)?(\d[\d,]*)\s*\)/d;

/** The lines of a T-shirt size: its note's figure of lines, or the figure its note is alone. */
function tshirtLines(text: string): { estimated?: Found<number>; actual?: Found<number> } {
  const lines = inText(text);
  if (lines.estimated || lines.actual) return lines;
  const m = TSHIRT_FIGURE.exec(text);
  if (!m?.indices || (!m[1] && m[2].replace(/,/g, '').length < 3)) return {};
  const [start, end] = m.indices[2];
  return { estimated: { value: toNumber(m[2]), start, end } };
}

/** The figure of lines written in a text (`≈200 lines`), as an estimate unless noted as actual. */
function inText(text: string): { estimated?: Found<number>; actual?: Found<number> } {
  const size = sizeInText(text);
  if (!size) return {};
  const found = { value: size.value, start: size.start, end: size.end };
  return size.actual ? { actual: found } : { estimated: found };
}

/** `1.1` of `1.1k` → 1100: a figure written in thousands, in whole lines. */
export function thousands(figure: string): number {
  return Math.round(Number(figure) * 1000);
}

/** `1,081` → 1081; digits too many for a number give Infinity (callers treat that as no value). */
export function toNumber(digits: string): number {
  return Number(digits.indexOf(',') < 0 ? digits : digits.replace(/,/g, ''));
}

/** The yes/no word of `Yes (…)`, `**No**`, `FALSE`, with its offsets. */
export function locateBool(text: string): Found<boolean> | undefined {
  // By hand while the text is ASCII (every plan's `Can Parallelize` field): no match array and no copies per value.
  let start = 0;
  while (isBoolLead(text.charCodeAt(start))) start++;
  if (text.charCodeAt(start) > 0x7f) return locateBoolByPattern(text);
  let end = start;
  while (isWordCode(text.charCodeAt(end))) end++;
  for (let i = 0; i < BOOL_WORDS.length; i++) {
    if (end - start !== BOOL_WORDS[i].length || !asciiWordAt(text, start, BOOL_WORDS[i])) continue;
    // yes, true and y start with y or t; no, false and n do not.
    const first = text.charCodeAt(start) | 0x20;
    return { value: first === 0x79 || first === 0x74, start, end };
  }
  return undefined;
}

const BOOL_WORDS = ['yes', 'no', 'true', 'false', 'y', 'n'];

/** /[\s*_`"']/ on an ASCII code. */
function isBoolLead(c: number): boolean {
  return c === 0x20 || (c >= 9 && c <= 13) || c === 0x2a || c === 0x5f || c === 0x60 || c === 0x22 || c === 0x27;
}

/** /\w/ (no unicode flag). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x5f;
}

/** locateBool where a character past ASCII may be a blank of the lead. */
function locateBoolByPattern(text: string): Found<boolean> | undefined {
  const m = /^([\s*_`"']*)(yes|no|true|false|y|n)\b/i.exec(text);
  if (!m) return undefined;
  const start = m[1].length;
  const first = m[2].charCodeAt(0) | 0x20;
  return { value: first === 0x79 || first === 0x74, start, end: start + m[2].length };
}

/**
 * Sizes: `~380 lines (MUST be <800)`, `600 lines`, `150 (must be ≤800)`, `~650`, `200 LOC`,
 * `750→800` / `550→1,081` (estimate→actual). The limit inside parentheses is not the estimate.
 * The plain reading of locateSize: one grammar, with or without offsets.
 */
export function parseSize(text: string): { estimated?: number; actual?: number } {
  const { estimated, actual } = locateSize(text);
  const out: { estimated?: number; actual?: number } = {};
  if (estimated) out.estimated = estimated.value;
  if (actual) out.actual = actual.value;
  return out;
}

/** `Yes`, `No (needs E1.1.1)`, `FALSE`, `true` → boolean; anything else → undefined (locateBool without offsets). */
export function parseBool(text: string): boolean | undefined {
  return locateBool(text)?.value;
}

/** Every status word seen in real plans and state files, normalized. */
// `Not started` is planned; `Incomplete`, `Not merged` say what an effort is not, so their done-words must not count.
const NOT_STARTED = /\b(?:NOT[\s_-]+(?:YET[\s_-]+)?(?:STARTED|BEGUN)|UNSTARTED)\b/;
// `Not blocked`, `unblocked` say the effort is not stuck: never blocked.
const NOT_DONE =
  /\b(?:NOT[\s_-]+(?:YET[\s_-]+)?(?:COMPLETED?|DONE|MERGED|FINISHED|IMPLEMENTED|APPROVED|ACCEPTED|PASSED|SHIPPED|RELEASED|DEPLOYED|LANDED|CLOSED|BLOCKED)|INCOMPLETE|UNFINISHED|UNMERGED|UNAPPROVED|UNRELEASED|UNBLOCKED)\b/g;

const CANCELLED = STATUS_PATTERNS.find(([status]) => status === 'cancelled')![1];

// Where a status's note starts: a bracket, a spaced dash, a semicolon (`In progress (rework after review)`,
// `In review — not blocked`, `Planned; waiting on design`).
const NOTE_START = /[([;]| [-–—] /;

/**
 * The status a text writes. Its leading status wins over words in a note after it: `In progress (rework after
 * review)` is in progress, not blocked; a text whose lead says none is read whole (`⏸ (on hold)` is blocked).
 */
export function parseStatus(text: string): EffortStatus {
  const note = NOTE_START.exec(text);
  if (note && note.index > 0) {
    const lead = statusOf(text.slice(0, note.index));
    if (lead !== 'unknown') return lead;
  }
  return statusOf(text);
}

function statusOf(text: string): EffortStatus {
  let t = text.toUpperCase();
  // `Cancelled — not started`: never started because it was cancelled.
  if (NOT_STARTED.test(t)) return CANCELLED.test(t) ? 'cancelled' : 'planned';
  if (t.includes('NOT') || t.includes('UN') || t.includes('INCOMPLETE')) t = t.replace(NOT_DONE, ' ');
  for (let i = 0; i < STATUS_PATTERNS.length; i++) if (STATUS_PATTERNS[i][1].test(t)) return STATUS_PATTERNS[i][0];
  return 'unknown';
}

// `—`, `n/a`, `TBD`, `?`, a bare number: a status field that says nothing.
const NO_STATUS = /^[\s\-–—?*_`.,+\d]*$|^\s*(?:n\/?a|tbd|tba|none)\s*$/i;

/**
 * The status a status field writes: `unknown` for words Waveplan does not know (the merge keeps any known status over
 * it, and a check says so at the word), undefined for a blank or placeholder.
 */
export function writtenStatus(text: string): EffortStatus | undefined {
  return NO_STATUS.test(text) ? undefined : parseStatus(text);
}

const LEADING_MARK = /[[\s"'`]/;
const TRAILING_MARK = /[\]\s"'`]/;
const NONE = /^\s*(none|n\/a|-|–|—|nothing|no dependencies|\[\s*\])\.?\s*$/i;

/**
 * Whether a text may say `None` (NONE, or refs.ts's NONE_WITH_NOTE): after blanks, brackets, quotes and emphasis
 * marks comes n, a dash or `]`. Most lists start with an id, which no pattern then tries.
 */
export function mayBeNone(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return true; // a blank past ASCII, or a dash
    if (c === 0x20 || (c >= 9 && c <= 13) || c === 0x5b || c === 0x2a || c === 0x5f || c === 0x60 || c === 0x22)
      continue; // blanks [ * _ ` "
    if (c === 0x27) continue; // '
    return (c | 0x20) === 0x6e || c === 0x2d || c === 0x5d; // n N - ]
  }
  return true;
}

export interface RefContext {
  file: string;
  line: number;
  /** 1-based column where `text` starts on that line. */
  column: number;
  /** Phase and wave of the effort whose list this is, to resolve `Efforts 4, 5`. */
  phase?: number;
  wave?: number;
}

/**
 * Splits a written dependency or parallel-with list into located references:
 * `None`, `[E2.1.1, E2.1.2]`, `E1.2.1 (Command structure)`, `["effort:2.2.1", "integration:phase2-wave2.1"]`,
 * `Efforts 4, 5` (numbers within the effort's own wave), prose such as `Phase 3 Wave 1 completion` (external).
 */
export function parseRefList(text: string, ctx: RefContext): DependencyRef[] {
  if (mayBeNone(text) && NONE.test(text)) return [];
  const refs: DependencyRef[] = [];
  const bareNumbers = /^\s*efforts?\s+\d/i.test(text);
  forEachPiece(text, (piece, offset) => {
    const ref = pieceRef(piece, offset, bareNumbers, ctx);
    if (ref) refs.push(ref);
  });
  return refs;
}

/**
 * The efforts a written list rules out (`E5.1.1, not E5.1.3`, `except E2.1.1`), located at their ids: no reference
 * of the list, but named in it (hovers say so).
 */
export function ruledOutRefs(text: string, ctx: RefContext): DependencyRef[] {
  const out: DependencyRef[] = [];
  forEachPiece(text, (piece, pieceOffset) => {
    const { raw, offset } = unwrapped(piece, pieceOffset);
    const negation = NEGATED.exec(raw);
    if (!negation) return;
    const rest = raw.slice(negation[0].length).trimStart();
    const at = offset + raw.length - rest.length;
    // The id is the first word after the negation: `not E5.1.3 (docs)` names E5.1.3.
    const word = /^[^\s(),;]+/.exec(rest)?.[0];
    const id = word && refId(rest, false, ctx);
    if (id)
      out.push({ id, raw: word, external: false, span: lineSpan(ctx.file, ctx.line, ctx.column + at, word.length) });
  });
  return out;
}

/**
 * Calls `each` with every piece of a list and its offset: split on commas, semicolons and " and " outside
 * parentheses. Pieces are read as they are cut (no list of pieces: most lists hold one).
 */
function forEachPiece(text: string, each: (piece: string, offset: number) => void): void {
  let depth = 0;
  let start = 0;
  // From one bracket, separator or ` and ` to the next by a search, not a charCodeAt per character: lists are slices
  // of two-byte lines, where such a loop is slow.
  for (let at = 0; ;) {
    PIECE_STOP.lastIndex = at;
    if (!PIECE_STOP.test(text)) break;
    at = PIECE_STOP.lastIndex;
    const ch = text.charCodeAt(at - 1);
    if (ch === 0x28 || ch === 0x5b || ch === 0x7b) depth++;
    else if (ch === 0x29 || ch === 0x5d || ch === 0x7d) depth = Math.max(0, depth - 1);
    else if (depth <= 1) {
      const stop = ch === 0x20 /* the last blank of ` and ` */ ? at - 5 : at - 1;
      each(text.slice(start, stop), start);
      start = at;
    } else if (ch === 0x20) at -= 4; // ` and ` inside brackets: its last blank may start the next one
  }
  each(text.slice(start), start);
}

// What cuts a list or changes its depth: brackets, commas, semicolons and ` and `.
const PIECE_STOP = /[()[\]{},;]| and /g;

const NEGATED = /^(?:not|except|excluding|without|but not)\s/i;

/** A piece without the blanks, list brackets and quotes around it, and where it then starts in the list. */
function unwrapped(piece: string, pieceOffset: number): { raw: string; offset: number } {
  // Same as /^[[\s"'`]*(.*?)[\]\s"'`]*$/, by hand: that lazy pattern is quadratic on long runs of blanks. The marks
  // hold every blank trim() removes (\s is its set), so no trimmed copies are made first (100,000 pieces a list).
  let from = 0;
  let to = piece.length;
  while (from < to && isMark(piece, from, LEADING_MARK, 0x5b /* [ */)) from++;
  while (to > from && isMark(piece, to - 1, TRAILING_MARK, 0x5d /* ] */)) to--;
  return { raw: from > 0 || to < piece.length ? piece.slice(from, to) : piece, offset: pieceOffset + from };
}

/** LEADING_MARK or TRAILING_MARK (its bracket given) on one character; the pattern only for characters past ASCII. */
function isMark(text: string, i: number, mark: RegExp, bracket: number): boolean {
  const c = text.charCodeAt(i);
  if (c > 0x7f) return mark.test(text[i]);
  return c === bracket || c === 0x20 || (c >= 9 && c <= 13) || c === 0x22 || c === 0x27 || c === 0x60;
}

/** One piece of a list, at `pieceOffset` in it: a located reference, or undefined for an empty or `None` piece. */
function pieceRef(
  piece: string,
  pieceOffset: number,
  bareNumbers: boolean,
  ctx: RefContext,
): DependencyRef | undefined {
  const { raw, offset } = unwrapped(piece, pieceOffset);
  // `E1.2.1` (most pieces) is neither `None` nor a negation: no pattern tried on it.
  const plain = plainIdOf(raw);
  if (plain) return new PlainRef(plain, raw, false, lineSpan(ctx.file, ctx.line, ctx.column + offset, raw.length));
  // `not E5.1.3`, `except E2.1.1`: an effort the list rules out is no dependency.
  if (!raw || (mayBeNone(raw) && NONE.test(raw)) || NEGATED.test(raw)) return undefined;
  // `Depends on: Effort 3.`: the sentence's full stop is no part of the reference.
  if (endsSentence(raw)) return pieceRef(piece.slice(0, piece.lastIndexOf('.')), pieceOffset, bareNumbers, ctx);
  const span = lineSpan(ctx.file, ctx.line, ctx.column + offset, raw.length);
  const id = refId(raw, bareNumbers, ctx);
  return id ? { id, raw, external: false, span } : { id: raw.replace(/\s*\(.*\)\s*$/, ''), raw, external: true, span };
}

/** `Effort 3.`, `Phase 1 complete.`: a piece that ends with one full stop after a word or a bracket. */
function endsSentence(raw: string): boolean {
  const n = raw.length;
  if (n < 2 || raw.charCodeAt(n - 1) !== 0x2e) return false;
  const c = raw.charCodeAt(n - 2);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x29 || c === 0x60;
}

function refId(raw: string, bareNumbers: boolean, ctx: RefContext): string | undefined {
  const plain = plainIdOf(raw);
  if (plain) return plain;
  if (/^(integration|phase|wave|merge)[:\s-]/i.test(raw) && !/^effort/i.test(raw)) {
    // `integration:phase2-wave2.1`, `Phase 3 Wave 1 completion`: milestones, not efforts.
    const id = canonicalEffortId(raw);
    return id && /effort/i.test(raw) ? id : undefined;
  }
  const numbered = canonicalEffortId(raw);
  // `kubectl 1.1.2 or newer`, `cert-manager 1.2.9`: a tool's version (refWords.ts), outside work.
  if (numbered) return leadsWithVersion(raw) ? undefined : numbered;
  if (bareNumbers && ctx.phase !== undefined && ctx.wave !== undefined) {
    const m = /(\d+)/.exec(raw);
    // `Effort 2 (Wave 1)`, `Effort 2 of wave 1`: effort 2 of the wave named, not of the referrer's own.
    const q = m ? qualifiedWave(raw.slice(m.index + m[0].length)) : undefined;
    if (m) return `E${q?.phase ?? ctx.phase}.${q?.wave ?? ctx.wave}.${Number(m[1])}`;
  }
  return undefined;
}
