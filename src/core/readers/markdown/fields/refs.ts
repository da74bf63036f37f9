// Dependency and parallel-with lists as written in plans, located: `None (…)`, `Wave 1 (7.1.1, 7.1.2)`, `7.2.2 & 7.2.3`.
import { PlainRef, PlainRefList } from '../../../model/plainObjects';
import { appendAll, fitted, noItems } from '../../../model/arrays';
import type { DependencyRef, RefList, Span } from '../../../model/model';
import { parseEffortId, plainIdOf } from '../../../model/ids';
import { lineSpan } from '../../../model/span';
import { mayBeNone, parseRefList, type RefContext } from '../../values';
import { findIds, isBlank, maskParens, type Found } from './locatedValues';
import { isVersionAt } from '../../refWords';
import { withoutStruck } from '../../struck';

const NOTE_DASH = /[ \t][—–-][ \t]/;
// `None (can start immediately)`, `None in Wave 1`: no dependencies, whatever the note says.
const NONE_WITH_NOTE = /^[\s*_`"'[]*(none|n\/a|nothing|no dependencies|-|—)(?:[\s*_`"'\]]*$|[\s*_`"'\]]*[(\s.,;:])/i;

/** Whether a text is empty or blanks only (as `!text.trim()`, without the copy). */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** `None`, `—`, `n/a (can start at once)`: a list that says there is nothing. */
export function saysNone(text: string): boolean {
  return mayBeNone(text) && NONE_WITH_NOTE.test(text);
}

/** Located references of one written list (on one line, starting at ctx.column). */
export function readRefs(written: string, ctx: RefContext): DependencyRef[] {
  // `~~E1.1.2~~ E1.2.1`: what the author struck out is no dependency (blanked, so columns stay).
  const text = withoutStruck(written);
  // `E1.2.1` or `effort:1.2.1` alone (each item of a JSON list): the one reference the list reading below finds.
  const only = plainIdOf(text);
  if (only) return [new PlainRef(only, text, false, lineSpan(ctx.file, ctx.line, ctx.column, text.length))];
  if (isBlankText(text) || saysNone(text)) return noItems();
  const masked = maskNotes(text);
  const refs = parseRefList(masked, ctx);
  // Nothing to unmask unless a note was masked or the text holds the mask characters itself: one test per list.
  const plain = masked === text && !MASKED.test(text);
  // Most lists name one effort: its list as splitEmbedded made it, not a copy grown by push (room for 17 refs).
  if (refs.length === 1) return splitEmbedded(balance(plain ? refs[0] : unmask(refs[0])));
  const out: DependencyRef[] = [];
  for (let i = 0; i < refs.length; i++) appendAll(out, splitEmbedded(balance(plain ? refs[i] : unmask(refs[i]))));
  return fitted(out);
}

/** One list item is one reference: `Phase 1 complete (docker, registry)` stays whole; ids in it still count. */
export function readItemRefs(text: string, ctx: RefContext): DependencyRef[] {
  if (!text.trim() || saysNone(text)) return noItems();
  const ids = findIds(text);
  if (ids.length) {
    // `E3.2.4 — auth tokens, from phase 3`: after a spaced dash that names no other id, the words are a note.
    const dash = NOTE_DASH.exec(text.slice(ids[0].end));
    const note = dash && ids[ids.length - 1].start < ids[0].end + dash.index + 1 ? ids[0].end + dash.index : -1;
    return readRefs(note >= 0 ? text.slice(0, note) : text, ctx);
  }
  const lead = text.length - text.trimStart().length;
  const raw = text.trim();
  return [
    {
      id: raw.replace(/\s*\(.*\)\s*$/, ''),
      raw,
      external: true,
      span: lineSpan(ctx.file, ctx.line, ctx.column + lead, raw.length),
    },
  ];
}

// Separators inside a note in parentheses are not list separators: `Wave 2.1 complete (Core, Reporter)`.
const MASKS: Record<string, string> = { ',': '\uE001', ';': '\uE002', ' ': '\uE003' };
const UNMASK: Record<string, string> = { '\uE001': ',', '\uE002': ';', '\uE003': ' ' };

function maskNotes(text: string): string {
  if (!text.includes('(')) return text;
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    const andAhead = c === ' ' && text.startsWith(' and ', i);
    out += depth > 0 && (c === ',' || c === ';' || andAhead) ? MASKS[c] : c;
  }
  return out;
}

const MASKED = /[\uE001-\uE003]/;

function unmask(ref: DependencyRef): DependencyRef {
  if (!MASKED.test(ref.raw) && !MASKED.test(ref.id)) return ref;
  const back = (s: string) => s.replace(/[\uE001-\uE003]/g, (m) => UNMASK[m]);
  return { ...ref, raw: back(ref.raw), id: back(ref.id) };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** `7.1.2)` — the last piece of `Wave 1 (7.1.1, 7.1.2)` — loses the parenthesis it does not open. */
function balance(ref: DependencyRef): DependencyRef {
  let raw = ref.raw;
  let start = 0;
  while (raw.endsWith(')') && count(raw, ')') > count(raw, '(')) raw = raw.slice(0, -1).trimEnd();
  while (raw.startsWith('(') && count(raw, '(') > count(raw, ')')) {
    const trimmed = raw.slice(1).trimStart();
    start += raw.length - trimmed.length;
    raw = trimmed;
  }
  if (raw === ref.raw || !raw) return ref;
  const span = lineSpan(ref.span.file, ref.span.line, ref.span.column + start, raw.length);
  return { ...ref, raw, id: ref.external ? raw.replace(/\s*\(.*\)\s*$/, '') : ref.id, span };
}

/** A RefList for a value that starts at `column` on `line`; the list span covers the trimmed value. */
export function refListAt(text: string, ctx: RefContext): RefList {
  // The value without its blanks and a hard break's backslash, by offsets (no trimmed copies of every list).
  let lead = 0;
  while (lead < text.length && isBlank(text.charCodeAt(lead))) lead++;
  let to = text.length;
  while (to > lead && isBlank(text.charCodeAt(to - 1))) to--;
  const sole = soleIdRef(text, lead, to, ctx);
  if (sole) return new PlainRefList(sole.span, [sole]);
  if (to > lead && text.charCodeAt(to - 1) === 0x5c /* \ */) {
    to--;
    while (to > lead && isBlank(text.charCodeAt(to - 1))) to--;
  }
  const refs = readRefs(text, ctx);
  const column = ctx.column + lead;
  const end = column + to - lead;
  // A list of one reference, written alone, is located where the reference is: one span for both, not two equal
  // ones (most dependency lists name one effort, and a plan may hold 100,000 of them).
  const only = refs.length === 1 ? refs[0].span : undefined;
  const same =
    only?.file === ctx.file &&
    only.line === ctx.line &&
    only.endLine === ctx.line &&
    only.column === column &&
    only.endColumn === end;
  return new PlainRefList(same ? only : lineSpan(ctx.file, ctx.line, column, to - lead), refs);
}

/**
 * The one reference of a list that is an effort id between blanks (`E1.2.1`, `effort:1.2.1`: most lists), located
 * where the list is, as readRefs reads it, without its pieces and patterns; undefined for any other list.
 */
function soleIdRef(text: string, lead: number, to: number, ctx: RefContext): DependencyRef | undefined {
  const first = text.charCodeAt(lead);
  if (first !== 69 /* E */ && first !== 101 /* e */) return undefined;
  const raw = lead === 0 && to === text.length ? text : text.slice(lead, to);
  const id = plainIdOf(raw);
  return id ? new PlainRef(id, raw, false, lineSpan(ctx.file, ctx.line, ctx.column + lead, raw.length)) : undefined;
}

/**
 * `Wave 1 (7.1.1` (an external piece that names efforts) → one ref per id;
 * `7.2.2 & 7.2.3` → two refs. Ids inside a note (`E1.1.3 complete (E1.1.4 parallel)`) stay notes.
 */
function splitEmbedded(ref: DependencyRef): DependencyRef[] {
  // `E1.2.1`, `effort:1.2.1`: one id, nothing embedded (most references). An id written as itself was read by
  // plainIdOf already (only a plain id equals its canonical form).
  if (!ref.external && (ref.id === ref.raw || plainIdOf(ref.raw))) return [ref];
  const source = ref.external ? ref.raw : maskParens(ref.raw);
  // `kubectl 1.1.2 or newer`: a tool's version names no effort (refWords.ts).
  const ids = findIds(source).filter((f) => !isVersionAt(source, f.start, f.end));
  if (ids.length === 0 || (!ref.external && ids.length === 1)) return [ref];
  const col = ref.span.column;
  const out: DependencyRef[] = [];
  // A loop, not a callback: a closure over these locals would cost a context at every call, the one-id ones too.
  for (let i = 0; i < ids.length; i++) {
    const f = ids[i];
    if (i > 0) appendAll(out, rangeBetween(ids[i - 1], f, source, ref.span, col));
    out.push({
      id: f.value,
      raw: ref.raw.slice(f.start, f.end),
      external: false,
      span: lineSpan(ref.span.file, ref.span.line, col + f.start, f.end - f.start),
    });
  }
  return out;
}

// `E5.1.1–E5.1.3`, `E5.1.1 to E5.1.3`: what separates the ends of a range of one wave's efforts.
const RANGE_DASH = /^\s*(?:-|–|—|\.\.|to|through)\s*$/i;
const MAX_RANGE = 20;

/** The ids between two ends of a range (none unless `a` and `b` are written as one), located at the dash. */
function rangeBetween(a: Found<string>, b: Found<string>, source: string, span: Span, col: number): DependencyRef[] {
  const between = source.slice(a.end, b.start);
  if (!RANGE_DASH.test(between)) return [];
  const from = parseEffortId(a.value);
  const to = parseEffortId(b.value);
  if (!from || !to || from.phase !== to.phase || from.wave !== to.wave) return [];
  if (to.n <= from.n + 1 || to.n - from.n > MAX_RANGE) return [];
  const dash = lineSpan(span.file, span.line, col + a.end, between.length);
  const out: DependencyRef[] = [];
  for (let n = from.n + 1; n < to.n; n++) {
    const id = `E${from.phase}.${from.wave}.${n}`;
    out.push({ id, raw: id, external: false, span: dash, implied: true });
  }
  return out;
}
