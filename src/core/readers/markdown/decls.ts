// Effort declarations in prose: effort headings, numbered bullets, `Agent N: branch` bullets, `**Effort**: 7.1.1 - …`
import { appendAll } from '../../model/arrays';
// lines, and the one effort an effort plan is about. Metadata lines are attributed to the innermost declaration.
import { idWave, parseEffortId, PHASE_WAVE_EFFORT, slugId } from '../../model/ids';
import { PlainLocated } from '../../model/plainObjects';
import { MAX_DUPLICATE_REPORTS, type RepeatedHeading, type Span } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { MdDoc, MdListItem } from './doc';
import { FactBuilder, NAME_RANK, spanAt, type Placed } from './facts';
import { kvSpan, type KvLine } from './fields/metadata';
import type { KvLines } from './fields/kvLines';
import type { KeyLists } from './fields/keyLists';
import { contextAt, headingAt, idSpanOf, type Heading, type HeadingEffort, type Outline } from './outline';
import type { PathInfo } from './pathInfo';
import { readRefs } from './fields/refs';
import { cleanName, effortName, cleanValue, firstId, idInName, sizeInText, type Found } from './fields/locatedValues';
import { maskParens, normalizeKey, parseStatus } from '../values';
import {
  applyBulletParts,
  bulletParts,
  commaStatus,
  dashParts,
  sentenceParts,
  withoutTrailingSize,
  wordCount,
} from './fields/bulletSegments';
import { WAITS_FOR_WORDS } from './dependencyWords';
import { depsAndSize } from './fields/dependencyTail';
import { effortReport } from './effortReports';
import { Declared, sectionOf, type Section } from './effortSections';
import { BOX_STATUS } from './taskBoxes';

export interface Decl {
  b: FactBuilder;
  /** Where the id is written (phase/wave of numbered ids point here). */
  idSpan?: Span;
  /** Lines [line, endLine) whose metadata belongs to this effort. */
  line: number;
  endLine: number;
  phase?: Placed<number>;
  wave?: Placed<number>;
  /** What declared it: a heading or the file path alone give `heading` facts unless metadata lines follow. */
  by: 'heading' | 'bullet' | 'metadata-line' | 'path';
  /** Metadata lines applied to it. */
  kvCount?: number;
  /** Struck out (`### ~~E1.1.3: telemetry~~ (dropped)`): its section is its own, but it declares no effort. */
  struck?: boolean;
  /**
   * A heading written word for word like an earlier one (`repeatOf`): its fact holds only its place until metadata
   * lines make either of them more than the heading (see settleRepeat), as the duplicate finding needs no more.
   */
  repeatOf?: Decl;
  /** The repeated heading whose own values (and id span) are not yet set on this repeat's builder. */
  pending?: Heading;
  /** `W2.1`: how the plan labels an effort it numbers within its wave; its references use it. */
  label?: string;
  /** A later heading about an effort this file declared (`### E1.1.1 (continued)`, effortSections.ts): that one. */
  about?: Decl;
}

// Indent, blockquote marks and a list marker; then, in a task list, its box.
const MARKER = String.raw`[ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+`;
// Task boxes: `[x]` done, `[/]` or `[~]` in progress, `[-]` cancelled, `[!]` blocked (the task-list flavours that mark
// more than done).
const BOX_MARKS = '[ xX~/!-]';
const ITEM_PREFIX = new RegExp(String.raw`^${MARKER}(?:\[${BOX_MARKS}\][ \t]+)?`);
/** The patterns of an item led by an id, each with the id's phase, wave and effort numbers and then the rest. */
interface LeadPatterns {
  /** `E2.1.3: Ledger schema`, the id bold or in backticks (`` `E2.1.3` — Ledger schema ``). */
  colon: RegExp;
  /** `- [ ] E1.1.2 json-parser (~400 lines)`: the id and the name with only a space between (see spacedEffort). */
  spaced: RegExp;
  /** `- [ ] E2.1.1`: the id alone. */
  only: RegExp;
}

function leadPatterns(id: string): LeadPatterns {
  const mark = String.raw`(?:\*\*|__|\x60)?`;
  return {
    colon: new RegExp(String.raw`^${mark}${id}${mark}\s*[:\-–—]\s*(.+)$`, 'i'),
    spaced: new RegExp(String.raw`^${mark}${id}${mark}\s+(.+)$`, 'i'),
    only: new RegExp(String.raw`^${mark}${id}${mark}()$`, 'i'),
  };
}

const DOTTED = leadPatterns(String.raw`(?:Effort\s+)?E?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)`);
// `- P1W2-E1 (Parser) ~300 lines`, `**P1W2-E1**: Emitter`: the phase, wave and effort of the id's short form.
const SHORT = leadPatterns(PHASE_WAVE_EFFORT);
const SHORT_LEAD = /^(?:\*\*|__|`)?P\d/i;
const NAME_FIRST = /^[`*_]*\p{L}/u;
// Narrower than withoutTrailingSize's lead: it decides whether an item is a declaration at all (`E1.2.8 is the one …
// — est. 900 lines` is not).
const SIZE_LEAD = /\s*(?:\(|[-–—:,]\s)\s*~?\s*$/;
const FIRST_SLUG = /^`?[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+`?(?:\s|$)/;
// `- E2.1.3 — after launch`: a note where the name would stand.
const AFTER_NOTE = /^after\s/;
const BOX = new RegExp(String.raw`^(${MARKER})\[([xX~/!-])\]`);
const TASK_ITEM = new RegExp(String.raw`^${MARKER}\[${BOX_MARKS}\]`);
const AGENT = /^(?:\*\*|__)?Agent\s+[\w-]{1,10}(?:\*\*|__)?\s*:\s*(?:Fix(?:es)?\s+)?(.+?)\s*$/i;
const AGENT_DEPS = new RegExp(String.raw`\s*\((?:${WAITS_FOR_WORDS}|deps?:?|after)\s+([^()]*)\)\s*$`, 'i');
const BRANCH_TOKEN = /^[A-Za-z0-9][\w./-]*[A-Za-z0-9]$/;
// A note in parentheses closing an agent's item; no blanks before it in the pattern (the caller trims them).
const NOTE_AT_END = /\(([^()]*)\)\s*$/;
// BULLET_DEPS, also at the start of what follows the slug (`— depends on a, b`, the dash taken by SLUG_BULLET) or
// its size note (`(~720 lines) depends on a`, the note blanked).
const SLUG_DEPS = new RegExp(
  String.raw`(?:^\s*|[-–—,;:]\s*|\(\s*)(?:${WAITS_FOR_WORDS}|deps?:)\s+([^()]*?)\s*\)?\s*$`,
  'i',
);
// Kebab-case only (`charge-api`): `types.go`, `Makefile` or `pkg/x` in a sized list are files, not efforts. The slug,
// then a dash or colon, or its size note in brackets.
const SLUG_BULLET = /^`([A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+)`\s*(?:(?:[:\-–—]\s*|(?=\())(.*))?$/;

/** First-line text of a list item after its marker, with the 1-based column where it starts. */
export function itemText(doc: MdDoc, item: MdListItem): { text: string; column: number } {
  const raw = doc.lines[item.line - 1] ?? '';
  let start = bulletTextStart(raw);
  if (start < 0) start = ITEM_PREFIX.exec(raw)?.[0].length ?? 0;
  return { text: raw.slice(start).trimEnd(), column: start + 1 };
}

/** ITEM_PREFIX's match length on `- text`, `* text`, `+ text` without a task box (most items), else -1. By hand: no
 * match array per list item. */
function bulletTextStart(raw: string): number {
  const mark = raw.charCodeAt(0);
  if (mark !== 45 /* - */ && mark !== 42 /* * */ && mark !== 43 /* + */) return -1;
  let i = 1;
  while (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9) i++;
  return i === 1 || raw.charCodeAt(i) === 91 /* [ */ ? -1 : i;
}

export function idPlace(id: string, span: Span | undefined): { phase?: Placed<number>; wave?: Placed<number> } {
  const p = parseEffortId(id);
  return p ? { phase: new PlainLocated(p.phase, span), wave: new PlainLocated(p.wave, span) } : {};
}

/** Effort declarations of bullet lists: `1. **Effort 3.2.1**: Tests (200 LOC)`, `Agent 1: sync-04-x (depends on sync-01)`. */
export function bulletDecls(doc: MdDoc, outline: Outline, lists: KeyLists): Decl[] {
  const { file } = doc;
  const out: Decl[] = [];
  // `Dependencies:` over `- E3.2.4 — auth tokens`: a reference to E3.2.4, not its declaration.
  const references = lists.referenceItems();
  for (let i = 0; i < doc.items.length; i++) {
    const item = doc.items[i];
    if (references?.has(item.line)) continue;
    const own = itemText(doc, item);
    if (own.text.length > 500) continue;
    // `~~**E1.2.4** Sharding~~ — dropped`: struck out by its author, read without the marks (at their columns).
    const struck = own.text.startsWith('~~') ? unstrike(own.text) : undefined;
    const text = struck ? struck.text : own.text;
    const column = struck ? own.column + 2 : own.column;
    const at = (start: number, end: number) => spanAt(file, item.line, column, start, end);
    const patterns = leadPatternsFor(text);
    const m = patterns
      ? (patterns.colon.exec(text) ??
        spacedEffort(text, doc.lines[item.line - 1] ?? '', struck !== undefined, patterns, () =>
          inWaveList(outline, item.line),
        ))
      : null;
    if (m) {
      const id = `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
      // Where the id is written: its digits (`1.2.1` of `E1.2.1`), or all of `P1W2-E1`.
      const written = patterns === SHORT ? firstId(text)! : undefined;
      const idStart = written ? written.start : text.search(/\d/);
      const idSpan = at(idStart, written ? written.end : idStart + `${m[1]}.${m[2]}.${m[3]}`.length);
      const b = new FactBuilder(id, 'bullet', at(0, text.length));
      const nameStart = text.length - m[4].length;
      // `Cart, 610 lines, merged`: a status closing the item after a comma is no part of its name or size.
      const tail = commaStatus(m[4]);
      const main = tail ? m[4].slice(0, tail.cut) : m[4];
      // `report-engine** · ~560 lines · depends on E2.1.3`: fields after the name, apart by `·` or `|` (or dashes, or
      // as sentences: `Feed (~500 lines). Depends on E1.2.1.`).
      const parts = bulletParts(main) ?? dashParts(main) ?? sentenceParts(main);
      // A struck-out item's name is what the strike covers.
      const nameEnd = struck && struck.close > nameStart ? struck.close - nameStart : main.length;
      const body = main.slice(0, parts ? Math.min(parts.nameEnd, nameEnd) : nameEnd);
      // `Printer (250 lines) — depends on E1.1.1`: the tail is the effort's dependencies, not its name.
      const { deps, size: sizeAfterDeps } = depsAndSize(body);
      const rest = deps ? body.slice(0, deps.index) : body;
      if (deps) {
        const p = parseEffortId(id);
        setTailDeps(b, deps, nameStart, item, at, file, { phase: p?.phase, wave: p?.wave });
      }
      const size = sizeAfterDeps ?? sizeInText(rest);
      // `(Parser) ~300 lines`: the name is what the brackets hold; `- Effort 2.2.1: 400 lines (…)` states a size, not a
      // name.
      const bracketed = namedInBrackets(rest);
      const name = bracketed
        ? shifted(cleanName(rest.slice(1, bracketed - 1)), 1)
        : /^[\s*_~]*\d/.test(rest) || AFTER_NOTE.test(rest)
          ? undefined
          : effortName(withoutTrailingSize(rest, size));
      if (name) b.setName(name.value, at(nameStart + name.start, nameStart + name.end), NAME_RANK.heading);
      // `- [x] **E1.1.1**: Parser`: a ticked task is a finished effort; `[-]` a cancelled one, `[/]` one under way.
      const box = BOX.exec(doc.lines[item.line - 1] ?? '');
      if (box) b.set('status', { value: BOX_STATUS[box[2]], span: lineSpan(file, item.line, box[1].length + 1, 3) });
      else if (struck) b.set('status', { value: 'cancelled', span: lineSpan(file, item.line, own.column, 2) });
      else if (tail) b.set('status', { value: tail.value, span: at(nameStart + tail.start, nameStart + tail.end) });
      if (size) b.setSize(size, at(nameStart + size.start, nameStart + size.end));
      if (parts) {
        const p = parseEffortId(id);
        applyBulletParts(b, parts.parts, (s, e) => at(nameStart + s, nameStart + e), {
          phase: p?.phase,
          wave: p?.wave,
        });
      }
      out.push({ b, idSpan, by: 'bullet', line: item.line, endLine: item.endLine, ...idPlace(id, idSpan) });
      continue;
    }
    const report = effortReport(text, at);
    if (report) {
      const { b, idSpan } = report;
      out.push({ b, idSpan, by: 'bullet', line: item.line, endLine: item.endLine, ...idPlace(b.fact.id, idSpan) });
      continue;
    }
    const agent = AGENT.exec(text);
    if (agent) appendAll(out, agentDecls(agent, text, item, at, outline, file));
    else {
      const slug = SLUG_BULLET.exec(text);
      const decl = slug && slugDecl(slug, text, item, at, outline, file);
      if (decl) out.push(decl);
    }
  }
  return out;
}

/**
 * The patterns an item's text may lead with an id of: it starts with a bold or code mark, `Effort`, `E` or a digit
 * (dotted ids) or `P` and a digit (`P1W2-E1`), in any case. Most items are tasks (`- Add unit tests.`): none.
 */
function leadPatternsFor(text: string): LeadPatterns | undefined {
  const c = text.charCodeAt(0);
  if (SHORT_LEAD.test(text)) return SHORT;
  // `*`, `_`, a backtick, a digit, or `e` in either case.
  return c === 42 || c === 95 || c === 96 || (c >= 48 && c <= 57) || (c | 0x20) === 101 ? DOTTED : undefined;
}

/**
 * `- E1.1.1 csv-parser (~300 lines)`, `- [ ] E1.1.2 json-parser`: an id and a name with no colon or dash between them
 * declare an effort only with a size in the item, or in a task list (`line`) when a slug follows the id, so that prose
 * bullets (`- E1.1.1 and E1.1.2 can run in parallel`) stay prose.
 */
function spacedEffort(
  text: string,
  line: string,
  struck: boolean,
  patterns: LeadPatterns,
  inWave: () => boolean,
): RegExpExecArray | null {
  const m = patterns.spaced.exec(text);
  // `- [ ] E2.1.1`: a task that is only an id, in a wave's task list; a plain bullet of ids lists efforts declared
  // elsewhere.
  if (!m) return TASK_ITEM.test(line) && inWave() ? patterns.only.exec(text) : null;
  // `- P1W2-E1 (Parser) ~300 lines`: the name in brackets, then only its size, in a wave.
  if (namedInBrackets(m[4]) && inWave()) return m;
  // `- E1.1.1 (api-types-core): Complete - … (2854 lines total)` reports on an effort named elsewhere.
  if (!NAME_FIRST.test(m[4])) return null;
  if (FIRST_SLUG.test(m[4]) && TASK_ITEM.test(line)) return m;
  if (titledName(m[4]) && inWave()) return m;
  // `**E1.2.2** Migration runner — est. 300 lines — blocked by E1.2.1`: a bold id, a short name, fields after dashes;
  // `~~**E1.2.4** Sharding~~`: a bold id struck out.
  if (BOLD_ID.test(text)) {
    if (struck) return m;
    const parts = dashParts(m[4]);
    if (parts && wordCount(m[4].slice(0, parts.nameEnd)) <= 6) return m;
  }
  // `query-api — depends on E2.1.2`: a short name, then the ids it waits for (a report on an effort does not say that).
  const { deps } = depsAndSize(m[4]);
  if (deps && deps.index > 0 && firstId(deps[1]) && wordCount(m[4].slice(0, deps.index)) <= 6) return m;
  // `xml-parser (~650 lines)`: a short name, then the size in brackets or after a dash. A sentence with a figure in
  // it (`E2.1.2 might grow past 800 lines if …`) is prose about the effort.
  const size = sizeInText(m[4]);
  if (!size) return null;
  const lead = SIZE_LEAD.exec(m[4].slice(0, size.start));
  return lead && lead.index > 0 && wordCount(m[4].slice(0, lead.index)) <= 6 && !sentenceGoesOn(m[4], size.end)
    ? m
    : null;
}

/** A value found in a slice of a text, at its offsets in the text. */
function shifted<T>(found: Found<T> | undefined, by: number): Found<T> | undefined {
  return found && { value: found.value, start: found.start + by, end: found.end + by };
}

const BRACKETED_NAME = /^\(([^()]{1,80})\)/;
const SIZE_ONLY =
  /^\s*(?:[-–—:,]\s*)?[([]?\s*(?:(?:est(?:imated?)?|approx)\.?:?\s*)?[~≈]?\s*\d[\d,.]*\s*k?\s*(?:lines?|loc|sloc)?\s*[)\]]?\.?\s*$/i;

/**
 * `(Parser) ~300 lines`, `(Parser) — ~450 lines — depends on P1W1-E1`: a short name in brackets, then only its size
 * and dependencies; the name's length with its brackets, else 0. `(api-types-core): Complete - … (2854 lines total)`
 * reports on the effort.
 */
function namedInBrackets(text: string): number {
  const name = BRACKETED_NAME.exec(text);
  if (!name || wordCount(name[1]) > 6 || !NAME_FIRST.test(name[1])) return 0;
  const { deps } = depsAndSize(text);
  const rest = text.slice(name[0].length, deps ? deps.index : text.length);
  const size = sizeInText(rest);
  return size && !size.actual && SIZE_ONLY.test(rest) ? name[0].length : 0;
}

const SIZE_UNIT = /^(?:lines?|loc|sloc)\b/i;
const LOWER_WORD = /^[ \t]+\p{Ll}/u;

/**
 * `reconciliation (~600 lines) may be added if finance asks`: after the size note the sentence goes on in words that
 * name no effort and say no status, so the item is prose about a possible effort, not its declaration.
 */
function sentenceGoesOn(text: string, sizeEnd: number): boolean {
  const rest = text
    .slice(sizeEnd)
    .trimStart()
    .replace(SIZE_UNIT, '')
    .replace(/^[)\]]/, '');
  return LOWER_WORD.test(rest) && !firstId(rest) && parseStatus(rest) === 'unknown';
}

const BOLD_ID = /^(?:\*\*|__)/;
// `Ledger schema — est. 500 LOC`, `Payment adapter (Stripe)`: where a name ends and its notes begin.
const NAME_END = /[ \t][-–—][ \t]|[([·|:;,]/;
const CAPITALIZED = /^[*_`]*\p{Lu}/u;
const SENTENCE_END = /[.!?]$/;

/**
 * `Ledger schema — est. 500 LOC`: a name as a list of tasks writes it after the id: capitalized, a few words, no
 * other id and no status in it (`E2.1.1 Merged`, `E2.1.3 and E2.1.1 can run in parallel` are notes on efforts).
 */
function titledName(text: string): boolean {
  if (!CAPITALIZED.test(text)) return false;
  const end = NAME_END.exec(text);
  const name = (end ? text.slice(0, end.index) : text).trim();
  return (
    wordCount(name) <= 6 &&
    !SENTENCE_END.test(name) &&
    !firstId(name) &&
    parseStatus(name.replace(/[*_`]/g, '')) === 'unknown'
  );
}

/**
 * A list item that starts with an id declares that effort when it is in a wave (under a wave heading, or in a phase
 * plan with no wave headings) and not inside an effort's own section, where a list is that effort's tasks.
 */
function inWaveList(outline: Outline, line: number): boolean {
  let h = headingAt(outline, line);
  if (!h) return outline.fileWave !== undefined || (outline.waves.length === 0 && outline.filePhase !== undefined);
  const inWave = h.wave !== undefined || (outline.waves.length === 0 && h.phase !== undefined);
  if (!inWave) return false;
  for (; h; h = h.parent === undefined ? undefined : outline.headings[h.parent]) if (h.effort) return false;
  return true;
}
/** An item's text struck out from its start: without the marks, `close` where the strike ended (undefined: no end). */
function unstrike(text: string): { text: string; close: number } | undefined {
  const close = text.indexOf('~~', 2);
  if (close < 0) return undefined;
  // The closing marks become blanks, so every later offset still points at its own character.
  return { text: `${text.slice(2, close)}  ${text.slice(close + 2)}`, close: close - 2 };
}

/**
 * The dependencies an item's tail names (`— depends on E1.1.1`, `(depends on sync-01)`): `deps` matched the item's
 * text from offset `start`, its group 1 being the list.
 */
function setTailDeps(
  b: FactBuilder,
  deps: RegExpExecArray,
  start: number,
  item: MdListItem,
  at: (s: number, e: number) => Span,
  file: string,
  place: { phase?: number; wave?: number },
): void {
  const depsStart = start + deps.index + deps[0].indexOf(deps[1]);
  const body = deps[1].trimEnd();
  const refs = readRefs(deps[1], { file, line: item.line, column: at(depsStart, depsStart).column, ...place });
  b.setRefs('dependsOn', { span: at(depsStart, depsStart + body.length), refs });
}

/**
 * `` 3. `charge-api` — depends on ledger-model (~720 lines) `` under a wave: an effort without an id, named by the
 * slug in backticks. Only with a size in the item and a wave above it, so lists of commands or files stay lists.
 */
function slugDecl(
  m: RegExpExecArray,
  text: string,
  item: MdListItem,
  at: (s: number, e: number) => Span,
  outline: Outline,
  file: string,
): Decl | undefined {
  const ctx = contextAt(outline, item.line);
  const rest = m[2] ?? '';
  const restStart = text.length - rest.length;
  const size = sizeInText(rest);
  if (!size || ctx.wave === undefined) return undefined;
  const id = idInName(m[1]) ?? slugId(m[1]);
  const span = at(1, 1 + m[1].length);
  const b = new FactBuilder(id, 'bullet', span);
  b.setName(m[1], span, NAME_RANK.heading);
  b.setSize(size, at(restStart + size.start, restStart + size.end));
  // `— depends on a, b (~720 lines)`: the size's parentheses are blanked so the dependency tail ends the text.
  const deps = SLUG_DEPS.exec(maskParens(rest));
  if (deps) setTailDeps(b, deps, restStart, item, at, file, { phase: ctx.phase?.value, wave: ctx.wave?.value });
  return { b, idSpan: span, by: 'bullet', line: item.line, endLine: item.endLine, ...ctx };
}

function agentDecls(
  m: RegExpExecArray,
  text: string,
  item: MdListItem,
  at: (s: number, e: number) => Span,
  outline: Outline,
  file: string,
): Decl[] {
  const restStart = text.length - m[1].length - (text.length - text.trimEnd().length);
  let list = m[1];
  let deps = AGENT_DEPS.exec(list);
  if (deps) list = list.slice(0, deps.index);
  // `(~300 lines)`, `(~900 lines, will need a split)`: a size note at the end, before or after the dependencies.
  const note = NOTE_AT_END.exec(list);
  const noted = note ? sizeInText(note[1]) : undefined;
  let size: { value: number; start: number; end: number } | undefined;
  if (note && noted && !noted.actual) {
    const inner = note.index + 1;
    size = { value: noted.value, start: inner + noted.start, end: inner + noted.end };
    list = list.slice(0, note.index).trimEnd();
    if (!deps) {
      deps = AGENT_DEPS.exec(list);
      if (deps) list = list.slice(0, deps.index);
    }
  }
  const pieces: Array<{ text: string; start: number }> = [];
  let offset = 0;
  for (const raw of list.split(',')) {
    const lead = raw.length - raw.trimStart().length;
    const token = raw.trim().replace(/^`|`$/g, '');
    const tick = raw.trim().startsWith('`') ? 1 : 0;
    if (!BRANCH_TOKEN.test(token) || !/[-/]/.test(token)) return [];
    pieces.push({ text: token, start: restStart + offset + lead + tick });
    offset += raw.length + 1;
  }
  const ctx = contextAt(outline, item.line);
  const out: Decl[] = [];
  for (const p of pieces) {
    const id = idInName(p.text) ?? slugId(p.text);
    const span = at(p.start, p.start + p.text.length);
    const b = new FactBuilder(id, 'bullet', span);
    b.setName(p.text, span, NAME_RANK.heading);
    // One agent's size: a note after several branches (`Fix a, b (~120 lines)`) sizes none of them.
    if (size && pieces.length === 1)
      b.setNumber('estimatedLines', { value: size.value, span: at(restStart + size.start, restStart + size.end) });
    if (deps) {
      const placed = parseEffortId(id);
      setTailDeps(b, deps, restStart, item, at, file, {
        phase: placed?.phase ?? ctx.phase?.value,
        wave: placed?.wave ?? ctx.wave?.value,
      });
    }
    out.push({
      b,
      idSpan: span,
      by: 'bullet',
      line: item.line,
      endLine: item.endLine,
      ...(parseEffortId(id) ? idPlace(id, span) : ctx),
    });
  }
  return out;
}

/** How headingDecls reads headings that repeat an earlier one word for word (never in an effort plan). */
export interface Repeats {
  /** Where the repeats past the kept ones go, as lines only. */
  out: RepeatedHeading[];
  /** Whether a metadata line is read at a heading's own line (`## Status` over a line). */
  keyed: (line: number) => boolean;
}

/** Repeats of one heading kept as facts: past them, one more is a duplicate that is only counted. */
const REPEATS_KEPT = MAX_DUPLICATE_REPORTS + 1;

/**
 * Effort declarations of headings (`### Effort 5.1.1: SyncTarget API`), the effort plan's own one merged in.
 * With `repeats`, a heading that repeats an earlier one word for word gets a fact of its place only, and past
 * REPEATS_KEPT such bare repeats no declaration at all, only its line in `repeats.out` (a file may repeat one heading
 * 500,000 times); never in an effort plan, whose title merges with its own effort.
 */
export function headingDecls(doc: MdDoc, outline: Outline, repeats?: Repeats): Array<Decl | undefined> {
  const { file } = doc;
  const lightRepeats = repeats !== undefined;
  const byHeading: Array<Decl | undefined> = [];
  // Per first heading, its bare repeats made into facts so far, and the lines of the rest.
  const kept = new Map<number, number>();
  const lines = new Map<number, RepeatedHeading>();
  let declared: Declared<Decl> | undefined;
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < outline.headings.length; i++) {
    const h = outline.headings[i];
    const e = h.effort;
    if (!e) {
      byHeading.push(h.parent !== undefined ? byHeading[h.parent] : undefined);
      continue;
    }
    let id = e.headingId;
    // `W2.1 — Worker core` is item 1 of wave 2 wherever it sits; `Effort 3: Docker Client` effort 3 of its section's.
    const wave = e.itemWave !== undefined ? new PlainLocated(e.itemWave, idSpanOf(file, h)) : h.wave;
    if (!id && e.number !== undefined) {
      id =
        h.phase && wave
          ? `E${h.phase.value}.${wave.value}.${e.number}`
          : slugId(
              `${e.itemWave !== undefined ? `W${e.itemWave}.${e.number}` : (e.label ?? `effort ${e.number}`)} ${e.name ?? ''}`,
            );
    }
    const section = sectionOf(h, e, byHeading, (declared ??= new Declared(byHeading)));
    if (section) {
      byHeading.push(sectionDecl(file, h, section));
      continue;
    }
    // `E2.1.3a` is placed by its numbers as `E2.1.3` is.
    const numbers = idWave(id!);
    const numbered = numbers !== undefined;
    const twin = lightRepeats && !e.struck && h.repeatOf !== undefined ? byHeading[h.repeatOf] : undefined;
    // The same text gives the same numbered id and place; `Effort 3` takes its id and place from its section.
    const repeat =
      twin !== undefined &&
      twin.b.id === id &&
      (numbered || (twin.phase?.value === h.phase?.value && twin.wave?.value === h.wave?.value));
    if (repeat && bare(doc, h, outline.headings[h.repeatOf!], repeats!.keyed)) {
      const n = (kept.get(h.repeatOf!) ?? 0) + 1;
      if (n > REPEATS_KEPT) {
        let r = lines.get(h.repeatOf!);
        if (!r) {
          lines.set(h.repeatOf!, (r = { id: twin!.b.id, column: h.column, length: h.text.length, lines: [] }));
          repeats!.out.push(r);
        }
        r.lines.push(h.line);
        byHeading.push(undefined);
        continue;
      }
      kept.set(h.repeatOf!, n);
    }
    // A numbered repeat shares its twin's place (the same values) until it is settled: then its own id is its place.
    const idSpan = repeat ? undefined : idSpanOf(file, h);
    // Else a numbered id places it where it is written (as idPlace, from the numbers read above).
    const phase = !numbered ? h.phase : repeat ? twin!.phase : new PlainLocated(numbers.phase, idSpan);
    const placedWave = !numbered ? wave : repeat ? twin!.wave : new PlainLocated(numbers.wave, idSpan);
    // A heading's own effort is its declaration; a repeat's is its first heading's (which that one declares).
    const d: Decl =
      h.repeatOf === undefined
        ? e.declareAs(id!, h.end, phase, placedWave)
        : new HeadingDecl(
            repeat ? twin!.b.id : id!,
            lineSpan(file, h.line, h.column, h.text.length),
            h,
            idSpan,
            phase,
            placedWave,
          );
    // Those of a struck, labelled or repeated heading only on such a heading (the others live through the read).
    if (d !== e && (repeat || e.struck || e.label !== undefined)) {
      d.struck = e.struck ? true : undefined;
      d.repeatOf = repeat ? twin : undefined;
      d.pending = repeat ? h : undefined;
      d.label = e.label;
    }
    if (!repeat) setHeadingValues(d, e, h.column);
    byHeading.push(d);
  }
  return byHeading;
}

/** A section's declaration: its effort's id, placed where the section writes it, with the status it states. */
function sectionDecl(file: string, h: Heading, section: Section<Decl>): Decl {
  const id = section.about.b.id;
  const idSpan = idSpanOf(file, h);
  const numbers = idWave(id);
  const d = new HeadingDecl(
    id,
    lineSpan(file, h.line, h.column, h.text.length),
    h,
    idSpan,
    numbers ? new PlainLocated(numbers.phase, idSpan) : h.phase,
    numbers ? new PlainLocated(numbers.wave, idSpan) : h.wave,
  );
  d.about = section.about;
  const { status } = section;
  if (status)
    d.b.set('status', { value: status.value, span: spanAt(file, h.line, h.column, status.start, status.end) });
  return d;
}

/**
 * A repeat with nothing of its own: at its first heading's column, no metadata read at its line, and only blank lines
 * in its section (so no line, block, list or subheading there can belong to it).
 */
function bare(doc: MdDoc, h: Heading, first: Heading, keyed: (line: number) => boolean): boolean {
  if (h.column !== first.column || keyed(h.line)) return false;
  for (let l = h.line + 1; l < h.end; l++) if (doc.lines[l - 1].trim()) return false;
  return true;
}

/**
 * The declaration of a heading that repeats an earlier one (whose effort object is that one's declaration): the
 * declaration and its fact's builder in one object.
 */
class HeadingDecl extends FactBuilder implements Decl {
  readonly b: FactBuilder = this;
  idSpan: Span | undefined;
  line: number;
  endLine: number;
  phase: Placed<number> | undefined;
  wave: Placed<number> | undefined;
  kvCount: number | undefined = undefined;
  declare struck?: boolean;
  declare repeatOf?: Decl;
  declare pending?: Heading;
  declare label?: string;
  declare about?: Decl;

  constructor(
    id: string,
    span: Span,
    h: Heading,
    idSpan: Span | undefined,
    phase: Placed<number> | undefined,
    wave: Placed<number> | undefined,
  ) {
    super(id, 'heading', span);
    this.idSpan = idSpan;
    this.line = h.line;
    this.endLine = h.end;
    this.phase = phase;
    this.wave = wave;
  }

  get by(): 'heading' {
    return 'heading';
  }
}

/** Name, status and size as the heading writes them. */
function setHeadingValues(d: Decl, e: HeadingEffort, column: number): void {
  const { b, line } = d;
  const file = b.fact.span.file;
  // spanAt written out, not in a closure: this runs for every effort heading.
  if (e.name) b.setName(e.name, spanAt(file, line, column, e.nameStart, e.nameEnd), NAME_RANK.heading);
  // A field of the effort's own (`**Status**:`, `**Estimated Lines**:`) replaces these (README: Precedence).
  if (e.status)
    b.setFromHeading('status', {
      value: e.status.value,
      span: spanAt(file, line, column, e.status.start, e.status.end),
    });
  if (e.size)
    b.setFromHeading(e.size.actual ? 'actualLines' : 'estimatedLines', {
      value: e.size.value,
      span: spanAt(file, line, column, e.size.start, e.size.end),
    });
  if (e.deps) {
    const span = spanAt(file, line, column, e.deps.start, e.deps.end);
    const place = { phase: d.phase?.value, wave: d.wave?.value };
    b.setRefs('dependsOn', {
      span,
      refs: readRefs(e.deps.value, { file, line: d.line, column: span.column, ...place }),
    });
  }
}

/**
 * A repeated heading's values, set before anything else touches its builder: before its first metadata line, or
 * when its declarations are listed and it or the heading it repeats took metadata lines (then the two differ).
 */
export function settleRepeat(d: Decl, listing = false): void {
  const h = d.pending;
  if (!h || (listing && !d.kvCount && !d.repeatOf?.kvCount)) return;
  setHeadingValues(d, h.effort!, h.column);
  d.idSpan = idSpanOf(d.b.fact.span.file, h);
  if (parseEffortId(d.b.id)) Object.assign(d, idPlace(d.b.id, d.idSpan));
  d.pending = undefined;
}

/** Phase and wave of a declaration, located where it writes them (a repeat's own, not its twin's). */
export function placeOf(d: Decl): { phase?: Placed<number>; wave?: Placed<number> } {
  return d.pending && parseEffortId(d.b.id) ? idPlace(d.b.id, idSpanOf(d.b.fact.span.file, d.pending)) : d;
}

export interface OwnEffortInput {
  doc: MdDoc;
  outline: Outline;
  path: PathInfo;
  kv: KvLine[];
  byHeading: Array<Decl | undefined>;
}

// A title that only says what the file is: `# Implementation Plan`, `# EFFORT PLAN — 2025-08-21`.
const GENERIC_TITLE =
  /^[\s\p{P}\p{S}\d]*(?:(?:effort|implementation|code|work|split|fix|the|plan|for|of)[\s\p{P}\p{S}\d]*)*$/iu;

/** The effort an effort plan is about: its title's id, an `Effort ID` line, its folder, or its `Effort Name`. */

export function ownEffort({ doc, outline, path, kv, byHeading }: OwnEffortInput): Decl | undefined {
  const { file } = doc;
  const title = outline.headings.findIndex((h) => h.level === 1);
  const whole = { line: 1, endLine: doc.lines.length + 1 };
  if (title >= 0 && outline.headings[title].effort && byHeading[title]) {
    // `# Effort E1.1.5 Implementation Plan`: the title declares the plan's effort; the whole file is its section.
    return Object.assign(byHeading[title]!, whole);
  }
  const idLine = kv.find((k) => k.id);
  const nameLine = kv.find((k) => k.field === 'name' && k.value.trim());
  let id: string | undefined;
  let idSpan: Span | undefined;
  let declSpan: Span;
  if (idLine?.id) {
    id = idLine.id.value;
    idSpan = lineSpan(file, idLine.line, idLine.id.column, idLine.id.length);
    declSpan = idSpan;
  } else {
    const dir = path.effortDir;
    id = dir ? (idInName(dir) ?? slugId(dir)) : nameLine ? slugId(nameLine.value.replace(/[`*"']/g, '')) : undefined;
    const first = title >= 0 ? outline.headings[title] : undefined;
    declSpan = nameLine
      ? kvSpan(file, nameLine)
      : first
        ? lineSpan(file, first.line, first.column, first.text.length)
        : lineSpan(file, 1, 1, Math.max((doc.lines[0] ?? '').length, 1));
  }
  if (!id) return undefined;
  // A later `## E1.2.1 …` heading of the same effort is the same declaration, not a second one.
  const same = byHeading.find((d) => d?.b.id === id);
  if (same) return Object.assign(same, whole);
  const b = new FactBuilder(id, 'metadata', declSpan);
  const h = title >= 0 ? outline.headings[title] : undefined;
  // `# Implementation Plan: Config Loader` above `| Effort | 1.1.1 |`: the title names the effort unless a line does.
  // So does the title of a plan in the effort's folder (`efforts/…/E2.1.4-audit-log/PLAN.md`: `# Audit log`), unless
  // it only says what the file is (`# Implementation Plan`).
  const titleName =
    (idLine?.id || path.effortDir) && h && !GENERIC_TITLE.test(h.text) ? cleanName(h.text, 'plan') : undefined;
  if (h && titleName)
    b.setName(
      titleName.value,
      lineSpan(file, h.line, h.column + titleName.start, titleName.end - titleName.start),
      NAME_RANK.heading,
    );
  const place = parseEffortId(id)
    ? idPlace(id, idSpan)
    : { phase: h?.phase ?? outline.filePhase, wave: h?.wave ?? outline.fileWave };
  return { b, idSpan, by: idLine?.id ? 'metadata-line' : 'path', ...whole, ...place };
}

/**
 * `**Effort**: 7.1.1 - Sync Engine` under a heading that declares no effort makes that heading's section an effort;
 * above the first heading, it makes the lines up to that heading one (`preamble`).
 */
export function metadataDecls(
  doc: MdDoc,
  outline: Outline,
  kv: KvLines,
  byHeading: Array<Decl | undefined>,
  taken: (line: number) => boolean,
): { decls: Decl[]; preamble?: Decl } {
  const decls: Decl[] = [];
  let preamble: Decl | undefined;
  const firstHeading = outline.headings[0]?.line ?? doc.lines.length + 1;
  for (let i = 0; i < kv.length; i++) {
    const line = kv.lineAt(i);
    if (taken(line)) continue;
    const h = headingAt(outline, line);
    if (h ? byHeading[h.index] : preamble) continue;
    // Only a line with an id, or a name under a heading, may declare (made a KvLine only then).
    if (!kv.hasId(i) && !(h && kv.fieldAt(i) === 'name')) continue;
    const k = kv.at(i);
    // An effort with no id at all (`**Effort Name**: token-store` under a heading of its own) is known by its name.
    const named = !k.id && h && k.field === 'name' ? unnumbered(doc.file, k) : undefined;
    const id = k.id ?? named;
    if (!id) continue;
    const idSpan = lineSpan(doc.file, k.line, id.column, id.length);
    const d: Decl = {
      b: new FactBuilder(id.value, 'metadata', idSpan),
      idSpan,
      by: 'metadata-line',
      line: h ? h.line : 1,
      endLine: h ? h.end : firstHeading,
      ...(named ? { phase: h?.phase, wave: h?.wave } : idPlace(id.value, idSpan)),
    };
    decls.push(d);
    if (!h) {
      preamble = d;
      continue;
    }
    // The heading's subsections belong to it too, unless they declare efforts of their own.
    for (let j = h.index; j < outline.headings.length && outline.headings[j].line < h.end; j++) {
      if (!outline.headings[j].effort) byHeading[j] = d;
    }
  }
  return { decls, preamble };
}

/** `**Effort Name**: token-store` → the slug id `token-store`, located at the name. */
function unnumbered(file: string, k: KvLine): { value: string; column: number; length: number } | undefined {
  if (normalizeKey(k.key) !== 'effort name') return undefined;
  const name = cleanValue(k.value);
  if (!name || name.value.length > 80 || /\s/.test(name.value)) return undefined;
  return { value: slugId(name.value), column: k.column + name.start, length: name.end - name.start };
}

/** Phase and wave from the id, the metadata already applied, the heading context, or the path; then the fact kind. */
export function finishDecl(d: Decl): void {
  settleRepeat(d, true);
  // Still a bare repeat: a plain heading like the one it repeats, which states its values.
  if (d.pending) return;
  d.b.setNumber('phase', d.phase);
  d.b.setNumber('wave', d.wave);
  if (d.by === 'bullet') return;
  // A section about an effort states fields of it, as its metadata lines do: never a second declaration.
  d.b.fact.kind = d.kvCount || d.by === 'metadata-line' || d.about ? 'metadata' : 'heading';
}
