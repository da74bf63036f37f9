// Effort headings: which heading text declares an effort (`#### E2.1.1: image-builder`, `### 1. E1.3.1: x`,
// `### Effort 3: x`, `#### 4. Rate limiter (E1.3.4)`), with its id, name, size and status located in the text.
import type { EffortStatus, Span } from '../../model/model';
import { ID_SUFFIX, PHASE_WAVE_EFFORT, plainIdOf } from '../../model/ids';
import { lineSpan } from '../../model/span';
import { FactBuilder, type Placed } from './facts';
import type { MdHeading } from './doc';
import { withoutTrailingSize } from './fields/bulletSegments';
import { cleanName, effortName, firstId, isBlank, sizeInText, type Found } from './fields/locatedValues';
import { headingStatus, leadingStatus } from './fields/headingStatus';
import { isSplitPartHeading } from './fields/splitPart';
import { EFFORT_NOUNS } from './effortNouns';
import { dependencyTail } from './fields/dependencyTail';

/**
 * The effort a heading declares, as read from its text; and, once headingDecls (decls.ts) declares it, that heading's
 * declaration and its fact's builder: one object per effort heading, not three (a file may declare 100,000 efforts by
 * headings, and each lives through the whole read).
 */
export class HeadingEffort extends FactBuilder {
  /** Canonical id, or undefined for `Effort 3: name` (numbered within its wave, resolved later). */
  headingId: string | undefined;
  /** Where the id is written on the heading that was parsed (a repeat's own: idSpanOf). */
  idSpan: Span;
  /** Offset of the id in the heading's text. */
  idStart: number;
  /** The name, and where it is in the text (`nameStart`..`nameEnd`). */
  name: string | undefined = undefined;
  nameStart = 0;
  nameEnd = 0;
  // Its declaration's fields (decls.ts, Decl), set by `declareAs`.
  readonly b: FactBuilder = this;
  line: number;
  endLine = 0;
  phase: Placed<number> | undefined = undefined;
  wave: Placed<number> | undefined = undefined;
  kvCount: number | undefined = undefined;
  /** `Effort 3`, `W2.1`: the effort's number within its wave, when the heading gives a label rather than an id. */
  declare number?: number;
  /** A size written in the heading; `actual` when prose marks it as measured (`612 lines, over limit`). */
  declare size?: Found<number> & { actual?: boolean };
  /** Struck out with `~~`: the author dropped the effort (read as cancelled). */
  declare struck?: boolean;
  /** A status at the end of the heading (`✅ COMPLETE`, `(IN PROGRESS)`). */
  declare status?: Found<Exclude<EffortStatus, 'unknown'>>;
  /** `W2.1 — Worker core`: item 1 (`number`) of wave 2; the label the plan's references use (`W2.1`, `Effort 3`). */
  declare itemWave?: number;
  declare label?: string;
  /** The list of a dependency tail (`Payouts (~300 LOC) blocked by E2.2.1`, `Refunds — depends on E2.2.1`). */
  declare deps?: Found<string>;

  /** The effort of a heading that writes its id (or label) at `start` for `length` characters. */
  constructor(src: MdHeading, file: string, start: number, length: number, id: string | undefined) {
    // Its fact's id is known once it is declared when the heading writes a label (`Effort 3`), not an id.
    super(id ?? '', 'heading', lineSpan(file, src.line, src.column, src.text.length));
    this.headingId = id;
    this.idSpan = lineSpan(file, src.line, src.column + start, length);
    this.idStart = start;
    this.line = src.line;
  }

  get by(): 'heading' {
    return 'heading';
  }

  /** Declares the effort `id` with its heading's section [line, endLine), phase and wave. */
  declareAs(id: string, endLine: number, phase: Placed<number> | undefined, wave: Placed<number> | undefined): this {
    if (this.fact.id !== id) this.fact.id = id;
    this.endLine = endLine;
    this.phase = phase;
    this.wave = wave;
    return this;
  }
}

// Leading emoji, bold marks and numbering such as `📦 `, `**`, `🌊 `.
export const DECOR = String.raw`^[^\p{L}\p{N}]*`;
// What a plan calls its efforts, before the id: `Effort`, `Task`, `Story`, `Work item`….
const NOUN = ['effort', ...EFFORT_NOUNS].map((n) => n.replace(' ', String.raw`\s+`)).join('|');
// The id may be written `E-1.2.3`.
const EFFORT_HEAD = new RegExp(
  DECOR +
    String.raw`(?:(?:${NOUN})\s+(?:Implementation\s+)?(?:Plan\s*)?[:\-–—]?\s*)?(?:\*\*|__)?(?:E-?)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})${ID_SUFFIX}?(?!\d|\.\d)(?:\*\*|__|[\]\)\x60])?(?:\s*[:\-–—|·]\s*|\s+|$)(.*)$`,
  'iu',
);
const EFFORT_NUMBER_HEAD = new RegExp(DECOR + String.raw`Effort\s+#?(\d{1,3})(?![\d.])\s*[:\-–—]\s*(.+)$`, 'iu');
// `### W2.1 — Worker core`: item 1 of wave 2, as real plans number their work under `## Wave 2` or `## Workstream W2`.
const WAVE_ITEM_HEAD = new RegExp(
  DECOR + String.raw`(?:\*\*|__)?W(\d{1,3})\.(\d{1,3})(?![\d.])(?:\*\*|__)?(?:\s*[:\-–—|·]\s*|\s+|$)(.*)$`,
  'u',
);
// `### Task 2.1: Wire the CLI` under `## Wave 2`: item 1 of that wave, as task-list plans number their tasks (the
// first number must be the wave's: under `## Phase 2`, `Task 2.1` is no wave's).
const NOUN_ITEM_HEAD = new RegExp(
  DECOR + String.raw`(${EFFORT_NOUNS.join('|')})\s+(\d{1,3})\.(\d{1,3})(?![\d.])(?:\s*[:\-–—|·]\s*|$)(.*)$`,
  'iu',
);
const STRUCK = /^[^\p{L}\p{N}]*~~/u;

/** Whether a heading is written `Task N.M: …` (or another noun of EFFORT_NOUNS), whatever its section's wave. */
export function isNounItemHeading(text: string): boolean {
  return hasDottedDigits(text) && NOUN_ITEM_HEAD.test(text);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

export function firstDigit(text: string): number {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return i;
  return -1;
}

/** A digit, a dot and a digit in a row: what an `E1.2.3` id needs, checked before the patterns that are slow to fail. */
function hasDottedDigits(text: string): boolean {
  for (let i = text.indexOf('.', 1); i >= 1 && i + 1 < text.length; i = text.indexOf('.', i + 1))
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return true;
  return false;
}

// A heading's own number before its effort (`1. `, `2) `, `Step 3: `).
const ORDINAL = /^[^\p{L}\p{N}]*(?:step\s+)?\d{1,3}\s*[.):]\s+/iu;
const PWE_HEAD = new RegExp(
  DECOR + String.raw`(?:\*\*|__)?${PHASE_WAVE_EFFORT}(?:\*\*|__|[\]\)\x60])?(?:\s*[:\-–—|·]\s*|\s+|$)(.*)$`,
  'iu',
);
const TRAILING_ID = /[([]\s*`?E?\d{1,3}\.\d{1,3}\.\d{1,3}`?\s*[)\]]\s*$/;

/** The length of a heading's own number before a phase or wave (`1. `, `2) `), else 0. */
export function ordinalLength(text: string): number {
  const c = text.charCodeAt(0);
  if (!isDigit(c) || !/^\d{1,3}[.)]\s+\D/.test(text)) return 0;
  return ORDINAL.exec(text)?.[0].length ?? 0;
}

function isDigitOrStep(text: string): boolean {
  const first = firstDigit(text);
  return first >= 0 && (first < 6 || /^\W*step\s/i.test(text));
}

/** An effort heading whose id is `id` (the first id in its text), and whose name starts at `nameStart`. */
function idHeading(src: MdHeading, file: string, nameStart: number, id = firstId(src.text)!): HeadingEffort {
  const e = withNameAndLead(effortAt(src, file, id.start, id.end - id.start, id.value), src.text, nameStart);
  const close = src.text.indexOf('~~', id.end);
  if (close >= 0 && STRUCK.test(src.text)) {
    e.struck = true;
    // Struck out by its author: the effort is cancelled, unless the heading says more (`~~E1.1.3~~ ✅ merged`).
    const at = src.text.indexOf('~~');
    e.status ??= { value: 'cancelled', start: at, end: at + 2 };
    // The name is what the strike covers (`~~E1.1.3: telemetry~~ (dropped)` is telemetry).
    if (e.name !== undefined && e.nameEnd > close) {
      const name = cleanName(src.text.slice(nameStart, close));
      setName(e, name, nameStart);
    }
  }
  return e;
}

export function effortHeading(
  src: MdHeading,
  anywhere: boolean,
  file: string,
  wave?: number,
): HeadingEffort | undefined {
  // No closure for the spans: this runs for every heading of a file that may hold 500,000.
  // Most headings that are not efforts hold no digit (`Scope`, `Tests`): no pattern can match them.
  const dotted = hasDottedDigits(src.text);
  // `E1.1.1-split-001: …` is a part of E1.1.1 (see splitPartHeadings), not E1.1.1 itself.
  if (dotted && isSplitPartHeading(src.text)) return undefined;
  const plain = dotted ? plainIdHeadEnd(src.text) : -1;
  if (plain >= 0) return idHeading(src, file, plain, leadingId(src.text));
  // `### 1. E1.3.1: Retry policy`, `### Step 3: E1.3.3 Bulkhead`: a numbered heading, the number not the id.
  const ordinal = dotted && isDigitOrStep(src.text) ? ORDINAL.exec(src.text) : null;
  const m = dotted
    ? (EFFORT_HEAD.exec(src.text) ?? (ordinal ? EFFORT_HEAD.exec(src.text.slice(ordinal[0].length)) : null))
    : null;
  if (m) return idHeading(src, file, src.text.length - m[4].length);
  // `#### 1. Retry policy (\`E1.3.1\`)`: the name first, the id after it in brackets.
  const trailing = dotted ? TRAILING_ID.exec(src.text) : null;
  if (trailing) {
    const id = firstId(src.text.slice(trailing.index))!;
    const at = trailing.index + id.start;
    return withName(
      effortAt(src, file, at, id.end - id.start, id.value),
      src.text.slice(0, trailing.index),
      ordinal ? ordinal[0].length : 0,
    );
  }
  const start = firstDigit(src.text);
  // `P1W2-E1: Ledger postings`: tried only where a `P` precedes the first digit.
  const pwe = !dotted && start > 0 && (src.text.charCodeAt(start - 1) | 0x20) === 0x70 ? PWE_HEAD.exec(src.text) : null;
  if (pwe) return idHeading(src, file, src.text.length - pwe[4].length);
  // `W2.1 — Worker core`: tried only where a capital `W` precedes the first digit.
  const item = dotted && start > 0 && src.text.charCodeAt(start - 1) === 0x57 ? WAVE_ITEM_HEAD.exec(src.text) : null;
  if (item) {
    const label = `W${item[1]}.${item[2]}`;
    const e = effortAt(src, file, start - 1, label.length);
    e.number = Number(item[2]);
    e.itemWave = Number(item[1]);
    e.label = label;
    return withNameAndLead(e, src.text, src.text.length - item[3].length);
  }
  // `Task 2.1: …` under wave 2: tried only where a blank precedes the first digit.
  const task =
    dotted && wave !== undefined && src.text.charCodeAt(start - 1) === 0x20 ? NOUN_ITEM_HEAD.exec(src.text) : null;
  if (task && Number(task[2]) === wave) {
    const at = src.text.indexOf(task[1]);
    const label = `${task[1]} ${task[2]}.${task[3]}`;
    const e = effortAt(src, file, at, label.length);
    e.number = Number(task[3]);
    e.itemWave = wave;
    e.label = label;
    return withNameAndLead(e, src.text, src.text.length - task[4].length);
  }
  const n = start >= 0 ? EFFORT_NUMBER_HEAD.exec(src.text) : null;
  if (n) {
    const e = effortAt(src, file, start, n[1].length);
    e.number = Number(n[1]);
    e.label = `Effort ${e.number}`;
    return withNameAndLead(e, src.text, src.text.length - n[2].length);
  }
  if (anywhere && dotted) {
    // An effort plan's title may name its effort anywhere: `EFFORT PLAN - E1.4.1 Debug Tracer`.
    const id = firstId(src.text);
    if (id) return withName(effortAt(src, file, id.start, id.end - id.start, id.value), src.text, id.end);
  }
  return undefined;
}

/**
 * Where EFFORT_HEAD's name group starts on a heading that begins with its id, `E1.2.3: name`, `E1.2.3 - name`,
 * `E1.2.3 name` (most effort headings), or -1 for any other text (the patterns then read it). By hand: EFFORT_HEAD and
 * ORDINAL are Unicode patterns, slow even when they match at once.
 */
function plainIdHeadEnd(text: string): number {
  if (text.charCodeAt(0) !== 69 /* E */) return -1;
  let i = 1;
  for (let part = 0; part < 3; part++) {
    const start = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === start || i - start > 3) return -1;
    if (part < 2) {
      if (text.charCodeAt(i) !== 46 /* . */) return -1;
      i++;
    }
  }
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) return -1;
  const blanks = skipSpaces(text, i);
  let name: number;
  if (blanks < text.length && SEPARATORS.includes(text[blanks])) name = skipSpaces(text, blanks + 1);
  else if (blanks > i) name = blanks;
  else if (i === text.length) name = i;
  else return -1;
  // `(.*)$` reads to the end only when no line terminator follows. A regex from `name`, not a character loop: that
  // loop was half of this function's time on the bench tree (charCodeAt on two-byte sliced strings is slow).
  LINE_TERMINATOR.lastIndex = name;
  return LINE_TERMINATOR.test(text) ? -1 : name;
}

/**
 * The id a heading that plainIdHeadEnd accepted starts with: as written when it is canonical (`E1.2.3`, most are),
 * without running the id pattern over the text a second time; else as firstId reads it (`E01.2.3`).
 */
function leadingId(text: string): Found<string> {
  let end = 1;
  for (let c = text.charCodeAt(end); isDigit(c) || c === 46; c = text.charCodeAt(++end));
  const value = plainIdOf(text.slice(0, end));
  return value ? { value, start: 0, end } : firstId(text)!;
}

const SEPARATORS = ':-–—|·';

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;

function effortAt(src: MdHeading, file: string, start: number, length: number, id?: string): HeadingEffort {
  return new HeadingEffort(src, file, start, length, id);
}

/** A name found in the text from `offset` (or none: then the effort has no name). */
function setName(e: HeadingEffort, name: Found<string> | undefined, offset: number): void {
  e.name = name?.value;
  e.nameStart = name ? offset + name.start : 0;
  e.nameEnd = name ? offset + name.end : 0;
}

/** withName, and when the name's tail says no status, one written before the id (leadingStatus). */
function withNameAndLead(e: HeadingEffort, text: string, nameStart: number): HeadingEffort {
  withName(e, text, nameStart);
  const lead = e.status ? undefined : leadingStatus(text, e.idStart);
  if (lead) e.status = lead;
  return e;
}

function withName(e: HeadingEffort, text: string, nameStart: number): HeadingEffort {
  const after = text.slice(nameStart);
  const status = headingStatus(after);
  const rest = status ? after.slice(0, status.start) : after;
  if (status) e.status = { value: status.value, start: nameStart + status.start, end: nameStart + status.end };
  // `Payouts (~300 LOC) blocked by E2.2.1`: the tail is the effort's dependencies, no part of its name.
  const tail = dependencyTail(rest);
  const named = tail ? rest.slice(0, tail.cut) : rest;
  if (tail)
    e.deps = { value: tail.list, start: nameStart + tail.start, end: nameStart + tail.start + tail.list.length };
  const size = tail?.size ?? sizeInText(named);
  // `Lexer — 1,200 lines`: a size that ends the heading after a dash or colon is no part of the name.
  const name = effortName(size ? withoutTrailingSize(named, size) : named);
  if (name) setName(e, name, nameStart);
  if (size)
    e.size = {
      value: size.value,
      start: nameStart + size.start,
      end: nameStart + size.end,
      ...(size.actual ? { actual: true } : {}),
    };
  return e;
}

/** An effort plan's title `… - Phase 3, Wave 2` gives the phase and wave of an effort without a numbered id. */
