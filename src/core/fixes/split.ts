// "Split oversized effort": as many parts as keep each within the line limit (two at least). Each new part takes
// the next free number of the wave and is inserted after the original's block (a copy of its declaration with the
// id, name, size and lists rewritten), the original keeps the first share, each part depends on the one before, and
// every effort that depended on the original now depends on the last part. Only numbered ids can be split (a new
// effort needs a number for references to reach it).
import { highestNumbers, parseEffortId, phaseWaveEffortMentions, respelledMention, waveKey } from '../model/ids';
import type { Effort, EffortFact, Fix, Project, RefList, Span, TextEdit } from '../model/model';
import { blockInsertion, headingLevel, lineOffset, sectionEnd } from '../authoring/markdownSections';
import { falseWord, truthyParallelValues } from './boolean';
import { replaceRefEdit } from './refList';
import { declareFixFiles } from './touched';
import { factsOf, fileResult, isDataKind, type FileText, type FixContext } from './text';
import { formatCount } from '../model/numbers';
import { highestNumberIn, idKeysOf } from '../project/idKeys';

const DECLARATION_KINDS = new Set(['heading', 'metadata', 'json-block', 'yaml-block', 'front-matter']);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const NUMBER = /\d[\d,]*/;
// The figure, with the range it ends when the replaced text starts with one (see withRangeLead).
const RANGE_OR_NUMBER = /(?:\bbetween[ \t]+)?\d[\d,]*(?:[ \t]*(?:[-–—]|\bto\b|\band\b)[ \t]*\d[\d,]*)?/i;
const lastNumber = (range: string): string => /\d[\d,]*$/.exec(range)?.[0] ?? range;
const TRIPLE = /\d{1,3}\.\d{1,3}\.\d{1,3}/;
/** Preferred files for the new declaration: plans that list many efforts first. */
const FILE_PREFERENCE = ['wave-plan', 'phase-plan', 'effort-plan', 'other', 'merge-plan'];

interface Replacement {
  start: number;
  end: number;
  text: string;
}

const highestByProject = new WeakMap<Project, Map<number | string, number>>();

/** The `count` numbers after the highest in a wave. */
function nextFreeIds(ctx: FixContext, phase: number, wave: number, count: number): string[] {
  const top = highestNumberOf(ctx.project, phase, wave);
  return Array.from({ length: count }, (_, i) => `E${phase}.${wave}.${top + 1 + i}`);
}

/**
 * The highest number of a wave: its last id key where the merge lent the keys, else from one scan of every id,
 * once per project (many splits, one scan).
 */
function highestNumberOf(project: Project, phase: number, wave: number): number {
  const keys = idKeysOf(project);
  if (keys) return highestNumberIn(keys, phase, wave);
  let highest = highestByProject.get(project);
  if (!highest) {
    highest = highestNumbers(project.efforts.map((e) => e.id));
    highestByProject.set(project, highest);
  }
  return highest.get(waveKey(phase, wave)) ?? 0;
}

/** `estimate` in `parts` shares as even as whole lines allow, the larger ones first (900 in 2: 450, 450). */
function shares(estimate: number, parts: number): number[] {
  const base = Math.floor(estimate / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < estimate % parts ? 1 : 0));
}

// The lower end of a range whose upper end is the estimate (`600-900 lines`, `between 600 and 900`, `600 to 900`).
const RANGE_LEAD = /(?:\bbetween[ \t]+)?\d[\d,]*[ \t]*(?:[-–—]|\bto\b|\band\b)[ \t]*$/i;

/**
 * Where the figure at `at` starts with the range it ends (`600-900` → the `600`): a part's share replaces the
 * range, as `600-450` would read as 600.
 */
function withRangeLead(text: string, at: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const m = RANGE_LEAD.exec(text.slice(Math.max(lineStart, at - 40), at));
  return m ? at - m[0].length : at;
}

/** `; E1.2.1 and E2.1.3 then wait for E1.1.4`: the fix re-points them, in files the user may not have open. */
function movedDependents(dependents: readonly string[], lastId: string): string {
  if (!dependents.length) return '';
  const shown = dependents.length > 3 ? [...dependents.slice(0, 2), `${dependents.length - 2} more`] : dependents;
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0];
  return `; ${list} then wait${dependents.length === 1 ? 's' : ''} for ${lastId}`;
}

/** A count written the way the plan wrote the one it replaces: `2,000` → `1,000`, `1200` → `600`. */
function sameStyle(written: string, n: number): string {
  return written.includes(',') ? formatCount(n) : String(n);
}

/** The file to declare the second half in, and the facts of the effort that are declarations in it. */
function chooseSource(ctx: FixContext, effort: Effort): { ft: FileText; facts: EffortFact[] } | undefined {
  const facts = factsOf(ctx.project, effort.id).filter((f) => DECLARATION_KINDS.has(f.kind));
  const kindOf = (file: string): string => fileResult(ctx.project, file)?.kind ?? 'other';
  const files = [...new Set(facts.map((f) => f.span.file))].filter((f) => FILE_PREFERENCE.includes(kindOf(f)));
  files.sort((a, b) => FILE_PREFERENCE.indexOf(kindOf(a)) - FILE_PREFERENCE.indexOf(kindOf(b)));
  for (const file of files) {
    const ft = ctx.text(file);
    if (ft) return { ft, facts: facts.filter((f) => f.span.file === file) };
  }
  return undefined;
}

function fieldSpans(fact: EffortFact): Span[] {
  const spans = [fact.span];
  for (const v of [
    fact.name,
    fact.estimatedLines,
    fact.dependsOn,
    fact.parallelWith,
    fact.canParallelize,
    fact.branch,
    fact.directory,
  ]) {
    if (v) spans.push(v.span);
  }
  return spans;
}

/** First and last line (inclusive) of the declaration to copy, and the line before which the copy goes. */
function region(ft: FileText, facts: EffortFact[], id: string): { first: number; last: number; insertBefore: number } {
  let first = Infinity;
  let last = 0;
  for (const f of facts) {
    for (const s of fieldSpans(f)) {
      first = Math.min(first, s.line);
      last = Math.max(last, s.endLine);
    }
  }
  // The declaration is a heading (`#### E2.1.1: name`) whatever kind of fact the reader made of it; else a
  // JSON/YAML block may sit under a heading that names the effort: copy and insert that heading's section.
  let headingLine = facts.map((f) => f.span.line).find((l) => headingLevel(ft.lineText(l)) > 0);
  if (headingLine === undefined) {
    const digits = id.slice(1);
    for (let l = first - 1; l >= 1 && l >= first - 15; l--) {
      const text = ft.lineText(l);
      if (headingLevel(text) > 0) {
        if (text.includes(digits)) headingLine = l;
        break;
      }
    }
  }
  if (headingLine !== undefined) {
    const end = sectionEnd(ft, headingLine);
    const stop = closeFences(ft, headingLine, Math.min(Math.max(last, headingLine), end - 1));
    return { first: headingLine, last: Math.min(stop, end - 1), insertBefore: end };
  }
  // A bare fenced block: widen to its fences.
  if (first > 1 && FENCE.test(ft.lineText(first - 1)) && !FENCE.test(ft.lineText(first))) first--;
  if (last < ft.lineCount && FENCE.test(ft.lineText(last + 1)) && !FENCE.test(ft.lineText(last))) last++;
  return { first, last, insertBefore: last + 1 };
}

/** Extends `last` to the closing fence when lines first..last leave a ``` block open (a JSON block's fields end before its `}`). */
function closeFences(ft: FileText, first: number, last: number): number {
  let open = false;
  for (let l = first; l <= last; l++) if (FENCE.test(ft.lineText(l))) open = !open;
  if (!open) return last;
  for (let l = last + 1; l <= ft.lineCount; l++) if (FENCE.test(ft.lineText(l))) return l;
  return last;
}

function within(ft: FileText, s: Span, start: number, end: number): { a: number; b: number } | undefined {
  const a = ft.start(s);
  const b = ft.end(s);
  return a >= start && b <= end && a >= 0 && b >= a ? { a, b } : undefined;
}

/** One new part: its id, its number (2 for the first new one), its share of the lines and the part it waits for. */
interface Part {
  id: string;
  number: number;
  lines: number;
  after: string;
}

/** Replacements (absolute offsets) that turn the copied declaration into a new part's. */
function stubReplacements(
  ft: FileText,
  facts: EffortFact[],
  effort: Effort,
  part: Part,
  start: number,
  end: number,
): Replacement[] {
  const newId = part.id;
  const out: Replacement[] = [];
  const add = (s: Span | undefined, make: (text: string) => string | undefined): void => {
    const r = s && within(ft, s, start, end);
    if (!r || out.some((o) => o.start < r.b && r.a < o.end)) return;
    const text = make(ft.text.slice(r.a, r.b));
    if (text !== undefined) out.push({ start: r.a, end: r.b, text });
  };
  for (const f of facts) {
    const data = isDataKind(f.kind);
    add(f.name?.span, (t) => `${t} (part ${part.number})`);
    const size = f.estimatedLines && within(ft, f.estimatedLines.span, start, end);
    if (size) {
      const a = withRangeLead(ft.text, size.a + (NUMBER.exec(ft.text.slice(size.a, size.b))?.index ?? 0));
      if (a >= start && !out.some((o) => o.start < size.b && a < o.end)) {
        const t = ft.text.slice(a, size.b);
        out.push({
          start: a,
          end: size.b,
          text: t.replace(RANGE_OR_NUMBER, (m) => sameStyle(lastNumber(m), part.lines)),
        });
      }
    }
    add(f.canParallelize?.span, (t) => t.replace(/\b(yes|true|y)\b/i, falseWord));
    add(f.parallelWith?.span, () => (data ? '[]' : 'None'));
    for (const s of [f.branch?.span, f.directory?.span])
      add(s, (t) => (t.includes(effort.id.slice(1)) ? undefined : `${t.replace(/\/+$/, '')}-part-${part.number}`));
    const deps = f.dependsOn;
    if (deps) {
      const bracketed = (ft.slice(deps.span) ?? '').trimStart().startsWith('[');
      const multiline = deps.span.line !== deps.span.endLine && deps.refs.length > 0 && !bracketed;
      if (multiline) {
        // A YAML block list: keep the first item line (pointing at the first half), drop the others.
        deps.refs.forEach((ref, i) => {
          if (i === 0) add(ref.span, () => written(deps, part.after));
          else {
            const line = ref.span.line;
            const a = ft.lineStart(line);
            const b = ft.nextLineStart(line);
            if (a >= start && b <= end) out.push({ start: a, end: b, text: '' });
          }
        });
      } else add(deps.span, () => (data ? `["${written(deps, part.after)}"]` : written(deps, part.after)));
    }
  }
  const chain = chainLine(ft, facts, effort, part, start, end);
  if (chain) out.push(chain);
  // Other "can parallelize" keys of the copy (`parallelizable` next to `can_parallelize`) must say no as well.
  for (const v of truthyParallelValues(
    ft,
    ft.index.position(start).line,
    ft.index.position(Math.max(start, end - 1)).line,
  )) {
    if (!out.some((o) => o.start < v.end && v.start < o.end))
      out.push({ start: v.start, end: v.end, text: falseWord(v.word) });
  }
  // Every other mention of the number (`#### E2.1.1:`, `"effort_id": "2.1.1"`, `…/effort-2.1.1-x`) becomes the new one.
  const digits = effort.id.slice(1);
  // indexOf, not a RegExp built per effort: compiling 10,000 of them dominated checking a big plan.
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const body = ft.text.slice(start, end);
  for (let i = body.indexOf(digits); i !== -1; i = body.indexOf(digits, i + 1)) {
    const [before, after, afterNext] = [body[i - 1], body[i + digits.length], body[i + digits.length + 1]];
    if (isDigit(before) || before === '.' || isDigit(after) || (after === '.' && isDigit(afterNext))) continue;
    const a = start + i;
    if (out.some((o) => o.start < a + digits.length && a < o.end)) continue;
    out.push({ start: a, end: a + digits.length, text: newId.slice(1) });
  }
  // `#### P1W2-E1:`, `…/P1W2-E1-postings`: the effort number of the plan's own spelling.
  const number = String(parseEffortId(newId)!.n);
  for (const m of phaseWaveEffortMentions(body, effort.id)) {
    const a = start + m.numberStart;
    if (!out.some((o) => o.start < start + m.end && start + m.start < o.end))
      out.push({ start: a, end: start + m.end, text: number });
  }
  // An insertion before a replacement at the same offset, so the copy between them is taken once.
  return out.sort((x, y) => x.start - y.start || x.end - x.start - (y.end - y.start));
}

const KEY_WORDS = /[A-Za-z](?:[A-Za-z ]*[A-Za-z])?/;

/**
 * A copy whose declaration writes no dependencies still waits for the part before it: a `Depends on` line after its
 * size line, keyed as that line is (`**Size**: 900` → `**Depends on**: E1.1.1`). None for data blocks or a size on
 * the declaration's own line (a list item, a bold line), where no line of fields follows.
 */
function chainLine(
  ft: FileText,
  facts: EffortFact[],
  effort: Effort,
  part: Part,
  start: number,
  end: number,
): Replacement | undefined {
  if (facts.some((f) => f.dependsOn && within(ft, f.dependsOn.span, start, end))) return undefined;
  const firstLine = ft.index.position(start).line;
  for (const f of facts) {
    const size = f.estimatedLines?.span;
    if (!size || isDataKind(f.kind) || size.line <= firstLine || !within(ft, size, start, end)) continue;
    const text = ft.lineText(size.line);
    const colon = text.indexOf(':');
    if (colon < 1 || colon > 60) continue;
    const key = text.slice(0, colon + 1) + (text.startsWith('**', colon + 1) ? '**' : '');
    if (!KEY_WORDS.test(key)) continue;
    const at = ft.nextLineStart(size.line);
    if (at > end) continue;
    // Spelled as the plan spells the effort (`P1W2-E1` where it writes those).
    const after = respelledMention(ft.text.slice(start, end), effort.id, part.after)?.text ?? part.after;
    const line = `${key.replace(KEY_WORDS, 'Depends on')} ${after}`;
    // The size line may end the file without a line break.
    return { start: at, end: at, text: at > 0 && ft.text[at - 1] !== '\n' ? ft.eol + line : line + ft.eol };
  }
  return undefined;
}

/** `id` written the way this list writes effort ids (`effort:2.2.1`, `Effort 2.2.1`, `E2.2.1`, `P2W2-E1`). */
function written(list: RefList, id: string): string {
  for (const ref of list.refs) {
    const m = TRIPLE.exec(ref.raw);
    if (m) return ref.raw.slice(0, m.index) + id.slice(1);
    const pwe = respelledMention(ref.raw, ref.id, id);
    if (pwe) return pwe.text;
  }
  return id;
}

function applyReplacements(text: string, start: number, end: number, reps: Replacement[]): string {
  let out = '';
  let at = start;
  for (const r of reps) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at, end);
}

/**
 * The split fix for an oversized effort, or undefined when its plan text does not allow one. The title is
 * computed now; the edits (a copy of the declaration, every dependent re-pointed) when first asked for, by a code
 * action or Fix All, against the texts the check saw: most oversized efforts are never split.
 */
export function splitEffortFix(
  ctx: FixContext,
  effort: Effort,
  dependents: readonly string[],
  hard: number,
): Fix | undefined {
  const parsed = parseEffortId(effort.id);
  const estimate = effort.estimatedLines;
  if (!parsed || estimate === undefined || estimate < 2) return undefined;
  const source = chooseSource(ctx, effort);
  if (!source) return undefined;
  // Halves of 2,000 lines would both be over an 800-line limit again: as many parts as the limit needs.
  const count = Math.min(estimate, Math.max(2, Math.ceil(estimate / Math.max(1, hard))));
  const lines = shares(estimate, count);
  const ids = nextFreeIds(ctx, parsed.phase, parsed.wave, count - 1);
  const parts = ids.map((id, i) => ({ id, number: i + 2, lines: lines[i + 1], after: i ? ids[i - 1] : effort.id }));
  const named = [effort.id, ...ids].map((id, i) => `${id} (${formatCount(lines[i])} lines)`);
  const fix = {
    title: `Split ${effort.id} into ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}${movedDependents(dependents, parts[parts.length - 1].id)}`,
    kind: 'split-effort',
  } as Fix;
  let edits: TextEdit[] | undefined;
  Object.defineProperty(fix, 'edits', {
    enumerable: true,
    get: () => (edits ??= splitEdits(ctx, effort, dependents, source, parts, estimate, lines[0])),
  });
  const files = new Set([source.ft.file]);
  for (const f of factsOf(ctx.project, effort.id)) if (f.estimatedLines) files.add(f.estimatedLines.span.file);
  for (const id of dependents)
    for (const f of factsOf(ctx.project, id)) if (f.dependsOn) files.add(f.dependsOn.span.file);
  declareFixFiles(fix, [...files]);
  return fix;
}

function splitEdits(
  ctx: FixContext,
  effort: Effort,
  dependents: readonly string[],
  source: { ft: FileText; facts: EffortFact[] },
  parts: Part[],
  estimate: number,
  keep: number,
): TextEdit[] {
  const { ft, facts } = source;
  const { first, last, insertBefore } = region(ft, facts, effort.id);
  const start = lineOffset(ft, first);
  const end = Math.min(ft.text.length, ft.nextLineStart(last));
  // The new parts one after the other, a blank line apart.
  const stubs = parts.map((part) => {
    const stub = applyReplacements(ft.text, start, end, stubReplacements(ft, facts, effort, part, start, end));
    return stub.endsWith('\n') ? stub : stub + ft.eol;
  });
  const at = lineOffset(ft, insertBefore);
  const edits: TextEdit[] = [ft.edit(at, at, blockInsertion(ft, at, stubs.join(ft.eol)))];

  // The first half keeps the rest of the estimate, in every plan that states the winning estimate.
  for (const f of factsOf(ctx.project, effort.id)) {
    const size = f.estimatedLines;
    if (!size || size.value !== estimate || f.kind === 'state' || f.kind === 'infrastructure') continue;
    const fft = ctx.text(size.span.file);
    const text = fft?.slice(size.span);
    const m = text === undefined ? null : NUMBER.exec(text);
    if (!fft || !m) continue;
    const b = fft.start(size.span) + m.index + m[0].length;
    const a = withRangeLead(fft.text, fft.start(size.span) + m.index);
    edits.push(fft.edit(a, b, sameStyle(m[0], keep)));
  }
  // Dependents now wait for the last part.
  const lastId = parts[parts.length - 1].id;
  for (const id of dependents) {
    for (const f of factsOf(ctx.project, id)) {
      if (!f.dependsOn || f.kind === 'state' || f.kind === 'infrastructure') continue;
      const fft = ctx.text(f.dependsOn.span.file);
      for (const ref of f.dependsOn.refs) {
        if (ref.external || ref.id !== effort.id || !fft) continue;
        const e = replaceRefEdit(fft, ref, lastId);
        if (e) edits.push(e);
      }
    }
  }
  return dedupe(edits);
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.file}\n${e.line}:${e.column}:${e.endLine}:${e.endColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
