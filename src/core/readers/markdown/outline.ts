// Headings: which declare a phase, a wave or an effort, the section each one spans, and the phase/wave in force at a line.
import type { PhaseDecl, Span, UnphasedWaveDecl, WaveDecl } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { MdDoc, MdHeading } from './doc';
import type { Placed } from './facts';
import type { PathInfo } from './pathInfo';
import { cleanName, findIds } from './fields/locatedValues';
import { parseEffortId } from '../../model/ids';
import { titleStatus } from './titleStatus';
import {
  DECOR,
  effortHeading,
  firstDigit,
  isNounItemHeading,
  ordinalLength,
  type HeadingEffort,
} from './headingEffort';
import { frontMatterPhase, titlePhase } from './planPhase';
import { HeadingRepeats } from './headingRepeats';
import { BOX_STATUS, headingBox } from './taskBoxes';

export type { HeadingEffort } from './headingEffort';

export interface Heading extends MdHeading {
  index: number;
  /** Index of the enclosing heading, if any. */
  parent?: number;
  /** 1-based exclusive end line of this heading's section. */
  end: number;
  /** Phase and wave in force in this section (own heading, else enclosing ones, else the path). */
  phase?: Placed<number>;
  wave?: Placed<number>;
  effort?: HeadingEffort;
  /** Index of the first heading of the file written exactly like this one, when this one repeats it. */
  repeatOf?: number;
}

export interface InsertedWave {
  label: string;
  phase: number;
  wave: number;
  span: Span;
}

export interface Outline {
  headings: Heading[];
  phases: PhaseDecl[];
  /** Each wave once, at its first heading. */
  waves: WaveDecl[];
  /** The line of every heading that declares a wave, a later heading of the same wave included, in order. */
  waveLines: number[];
  /** Waves of a plan that names no phase (`### Wave 0: Foundation Fixes`), each once, at its first heading. */
  unphasedWaves: UnphasedWaveDecl[];
  /** Headings of a part of a wave, `## Wave 1a — Pilot`, `### Wave 2B: Frontend` (indices): what is written under one
   * speaks for its own efforts, not for the other parts of the wave. */
  subWaves: Set<number>;
  /** Waves of a phase that only their parts name (`1a Pilot, 1b Rollout`), with that name. */
  partNamedWaves: Array<{ decl: WaveDecl; name: string }>;
  /** `## Wave 1.5: Hotfix` in a plan of phase 5: a wave inserted after wave 1, which whole-numbered waves cannot place
   * (see insertedWaves.ts). Its efforts are wave 1's (`wave`); `label` is how the plan writes it. */
  insertedWaves?: InsertedWave[];
  filePhase?: Placed<number>;
  fileWave?: Placed<number>;
  /** Index of the heading headingAt found last: the readers mostly ask for lines in order. */
  lastAt: number;
}

const WAVE_HEAD = new RegExp(
  DECOR + String.raw`(?:Phase\s+(\d{1,3})(?:\s*[,:\-–—·|/])?\s*)?Wave\s+(\d{1,3})(?:\.(\d{1,3}))?(?![\d.])(.*)$`,
  'iu',
);
// `W2 — Parsers`, `P1W2: Emitters`, `P1-W2`: a wave in the short form of `P1W2-E1` ids (not such an id itself), with
// the groups of WAVE_HEAD. Capitals only: `w2` in prose is no wave. No second number: real plans write `### W2.1 —
// Worker core` under `## Wave 2` (or `Workstream W2`, or none) for item 1 of wave 2, never for wave 2.1; group 3,
// WAVE_HEAD's wave after a dot, never takes part (`(?!)` fails).
const SHORT_WAVE_HEAD = new RegExp(
  DECOR + String.raw`(?:P(\d{1,3})[-_]?)?W(\d{1,3})(?:(?!)(\d))?(?![\d.\p{L}])(?![-_]?E\d)(.*)$`,
  'u',
);
// `## W2.1 — Runtime` over the efforts E2.1.x: that section is wave 2.1 (groups of WAVE_HEAD, the first never taking
// part). Without them `### W2.1 — Worker core` is item 1 of wave 2 (headingEffort.ts), as most public plans mean it.
const DOTTED_SHORT_WAVE_HEAD = new RegExp(
  DECOR + String.raw`(?:(?!)(\d))?W(\d{1,3})\.(\d{1,3})(?![\d.\p{L}])(.*)$`,
  'u',
);
const PHASE_HEAD = new RegExp(DECOR + String.raw`Phase\s+(\d{1,3})(?![\d.])(.*)$`, 'iu');
// No `d` flag on these: with `iu` it made each match ~25x slower. Where a group starts follows from the match (the
// decoration holds no digit, so the first digit starts the first number; `(.*)$` runs to the end of the text).
// The words the two patterns above need are looked for first: most headings are efforts, and those patterns are slow
// to fail (a Unicode class at every start position). As `/wave/iu` finds them, without the `u`: under Unicode case
// folding only `ſ` (U+017F) folds to one of these letters besides their two cases (to `s`), which `[sſ]` keeps. (A
// character loop over the heading took a third of buildOutline's own time on the bench tree.)
const WAVE_WORD = /wave/i;
const PHASE_WORD = /pha[sſ]e/i;
// After `Wave 1`: `→ Wave 2`, `-2`, `& 3` make it a transition or a range, not a wave of its own.
const PHASE_AFTER = /\bphase\s+(\d{1,3})(?![\d.])/i;
const ONLY_PHASE = /^phase\s+\d{1,3}$/i;
const PHASE_BEFORE_NAME = /^\(?phase\s+\d{1,3}\)?\s*[:\-–—|·]\s*(?=\S)/i;
const SUB_WAVE = /^[A-Za-z](?![\p{L}\p{N}])/u;
const NOT_A_WAVE = /^\s*(?:→|->|-\s*\d|&|,|and\b|to\b|\/|\+)/i;
const WAVE_DECL_REST = /^\s*(?:$|[:\-–—(·|]|(?:Implementation\s+)?Plan\b|(?:Overview|Summary)\b)/i;
// `Wave 3.1 Overview — Search`: a word that says what the section is, before the wave's name.
const SECTION_WORD = /^\s*(?:Overview|Summary)\b[\s:\-–—]*/i;

export function buildOutline(doc: MdDoc, path: PathInfo, effortPlan: boolean): Outline {
  const { file } = doc;
  const outline: Outline = {
    headings: [],
    phases: [],
    waves: [],
    waveLines: [],
    unphasedWaves: [],
    subWaves: new Set(),
    partNamedWaves: [],
    lastAt: 0,
  };
  if (path.phase !== undefined) outline.filePhase = { value: path.phase };
  if (path.wave !== undefined) outline.fileWave = { value: path.wave };
  // Front matter's `phase: 3` is the author's word for the whole file, over what its folders say.
  const fm = frontMatterPhase(doc, titleName);
  if (fm) outline.filePhase = fm.phase;
  // Front matter's `wave: 2` beside its phase: the file is that wave's plan.
  if (fm?.wave) outline.fileWave = { value: fm.wave.wave, span: fm.wave.span };
  const seenWaves = new Set<string>();
  let otherTaskNumbers = false;
  // Waves declared by a part's heading, whose names the later parts extend.
  const partNamed = new Map<string, { name?: string }>();
  // Waves whose own heading gives no name (`# Phase 2 Wave 1 Implementation Plan`): their parts may name them.
  const unnamed = new Map<string, { name?: string }>();
  const seenPhases = new Set<number>();
  // The headings still open: each one's section ends at the next heading of the same or a higher level.
  const stack: Heading[] = [];
  // The doc's headings, completed in place (docBuilder.ts made them with room for the fields of Heading).
  const all = doc.headings as Heading[];
  const eof = doc.lines.length + 1;
  const repeats = new HeadingRepeats<Heading>();
  for (let i = 0; i < all.length; i++) {
    const src = all[i];
    while (stack.length && stack[stack.length - 1].level >= src.level) stack.pop()!.end = src.line;
    const parent = stack[stack.length - 1];
    const h = src;
    h.index = i;
    h.parent = parent?.index;
    h.end = eof;
    h.phase = parent ? parent.phase : outline.filePhase;
    h.wave = parent ? parent.wave : outline.fileWave;
    h.effort = undefined;
    h.repeatOf = undefined;
    // Titles are short; a very long heading is prose and is not classified. Every pattern below needs a digit: most
    // headings that declare nothing have none (`Scope`, `Tests`), and skip them all.
    const digit = src.text.length <= 300 ? firstDigit(src.text) : -1;
    const titled = digit >= 0;
    // `## 1. Wave 2.1 — Foundations`: the heading's own number is not the phase's or the wave's.
    const ordLen = titled ? ordinalLength(src.text) : 0;
    const body = ordLen ? src.text.slice(ordLen) : src.text;
    // Where the body's numbers start (the decoration before them holds no digit).
    const bodyDigit = ordLen ? firstDigit(body) : digit;
    const scoped = titled && mayNameScope(body);
    const wave = scoped
      ? (WAVE_WORD.test(body) && WAVE_HEAD.exec(body)) ||
        shortWaveHead(body, bodyDigit) ||
        waveOfEfforts(doc, body, bodyDigit, i)
      : null;
    const phase = wave || !scoped || !PHASE_WORD.test(body) ? null : PHASE_HEAD.exec(body);
    if (wave && !NOT_A_WAVE.test(wave[4])) {
      // `Wave 2.3` is wave 3 of phase 2; `Phase 3, Wave 2` names both.
      const rest = src.text.length - wave[4].length;
      const second = wave[3] !== undefined ? rest - wave[3].length - 1 - wave[2].length : rest - wave[2].length;
      // `## Wave 1.5` under `# Phase 5`: not phase 1's wave 5 but a wave inserted after wave 1 of phase 5.
      if (wave[3] !== undefined && wave[1] === undefined && h.phase && h.phase.value !== Number(wave[2])) {
        h.wave = numberAt(file, src, wave[2], second);
        const span = lineSpan(file, src.line, src.column, src.text.length);
        (outline.insertedWaves ??= []).push({
          label: `${Number(wave[2])}.${wave[3]}`,
          phase: h.phase.value,
          wave: h.wave.value,
          span,
        });
        stack.push(h);
        continue;
      }
      if (wave[3] !== undefined) h.phase = numberAt(file, src, wave[2], second);
      else if (wave[1] !== undefined) h.phase = numberAt(file, src, wave[1], ordLen + bodyDigit);
      h.wave =
        wave[3] !== undefined
          ? numberAt(file, src, wave[3], rest - wave[3].length)
          : numberAt(file, src, wave[2], second);
      // `# Wave 2 Implementation Plan (Phase 1)`: the phase may follow the wave, when nothing above gave one.
      const after = h.phase === undefined ? PHASE_AFTER.exec(wave[4]) : null;
      if (after) {
        const start = src.text.length - wave[4].length + after.index + after[0].length - after[1].length;
        h.phase = { value: Number(after[1]), span: lineSpan(file, src.line, src.column + start, after[1].length) };
      }
      // `Wave 1a — Pilot`: a part of wave 1 (public plans run such parts in parallel or one after the other, as they say).
      const part = SUB_WAVE.test(wave[4]) && WAVE_DECL_REST.test(wave[4].slice(1));
      if (part) outline.subWaves.add(i);
      if (part || WAVE_DECL_REST.test(wave[4])) {
        const key = `${h.phase?.value}.${h.wave.value}`;
        if (h.phase !== undefined) outline.waveLines.push(src.line);
        if (!seenWaves.has(key)) {
          seenWaves.add(key);
          const name = (part ? partName(h.wave.value, wave[4]) : waveName(wave[4])).name;
          const span = lineSpan(file, src.line, src.column, src.text.length);
          // Literals with every field written out: a spread's fields past the first go out of object (40 bytes each,
          // 4 MB on 100,000 small files); `name` is absent, not undefined, when the heading gives none.
          const w = h.wave.value;
          if (h.phase === undefined)
            outline.unphasedWaves.push(name === undefined ? { wave: w, span } : { wave: w, name, span });
          else if (name === undefined) outline.waves.push({ phase: h.phase.value, wave: w, span });
          else outline.waves.push({ phase: h.phase.value, wave: w, name, span });
          // A part declares its wave, named by its parts (`1a Pilot, 1b Rollout`) unless the wave's heading names it.
          const added = (h.phase !== undefined ? outline.waves : outline.unphasedWaves).at(-1)!;
          if (part) partNamed.set(key, added);
          else if (!added.name) unnamed.set(key, added);
        } else if (partNamed.size || (part && unnamed.size)) {
          nameByParts(partNamed, unnamed, key, part, h.wave.value, wave[4]);
        }
      }
    } else if (phase && src.level <= 2 && !NOT_A_WAVE.test(phase[2])) {
      h.phase = numberAt(file, src, phase[1], ordLen + bodyDigit);
      h.wave = undefined;
      if (!seenPhases.has(h.phase.value)) {
        seenPhases.add(h.phase.value);
        const name = phaseName(phase[2]);
        outline.phases.push({
          phase: h.phase.value,
          ...(name ? { name } : {}),
          span: lineSpan(file, src.line, src.column, src.text.length),
        });
      }
    } else if (titled) {
      h.effort = effortHeadingOnce(h, effortPlan && src.level === 1, file, repeats, digit);
      // `### Task 1.3` under `## Wave 2`: this plan numbers its tasks by something else than their wave.
      if (!h.effort && h.wave && !otherTaskNumbers && isNounItemHeading(src.text)) otherTaskNumbers = true;
      // `# Billing v2 — wave plan (Phase 2)`: the title names the phase its waves belong to.
      const named = !effortPlan && !h.effort && (i === 0 || src.level === 1) && !h.phase?.span;
      const tp = named && PHASE_WORD.test(src.text) ? titlePhase(file, src, titleName) : undefined;
      if (tp) {
        h.phase = tp.phase;
        if (!seenPhases.has(tp.phase.value)) {
          seenPhases.add(tp.phase.value);
          outline.phases.push(tp.decl);
        }
      }
    }
    if (i === 0 || src.level === 1) {
      if (h.phase?.span && !outline.filePhase?.span) outline.filePhase = h.phase;
      if (effortPlan && src.level === 1) mentionContext(h, outline, file);
    }
    stack.push(h);
  }
  outline.headings = all;
  for (const decl of partNamed.values())
    if ('phase' in decl && decl.name) outline.partNamedWaves.push({ decl: decl as WaveDecl, name: decl.name });
  // Then no `Task 1.1` is an item of wave 1 either: its first number is the phase's, or a running count.
  if (otherTaskNumbers)
    for (const h of outline.headings)
      if (h.effort?.itemWave !== undefined && isNounItemHeading(h.text)) h.effort = undefined;
  if (fm) {
    // The front matter's title names the phase unless a `Phase 3 — …` heading does.
    const heading = outline.phases.find((p) => p.phase === fm.decl.phase);
    if (!heading) outline.phases.unshift(fm.decl);
    else if (!heading.name && fm.decl.name) heading.name = fm.decl.name;
    // Its title names the wave unless a `Wave 2: …` heading does.
    const w = fm.wave;
    const waveHeading = w && outline.waves.find((d) => d.phase === w.phase && d.wave === w.wave);
    if (w && !waveHeading) outline.waves.unshift(w);
    else if (w && waveHeading && !waveHeading.name && w.name) waveHeading.name = w.name;
  }
  return outline;
}

/**
 * Whether a wave or phase heading pattern may match `body`: each starts, after a decoration holding no letter or digit,
 * with `P` or `W` in either case. A body that starts with another ASCII letter or a digit (`E1.2.3: api`: most effort
 * headings) cannot, and skips them all.
 */
function mayNameScope(body: string): boolean {
  const c = body.charCodeAt(0);
  const lower = c | 0x20;
  if (lower === 0x70 /* p */ || lower === 0x77 /* w */) return true;
  const asciiLetter = lower >= 0x61 && lower <= 0x7a;
  const digit = c >= 0x30 && c <= 0x39;
  return !asciiLetter && !digit;
}

/**
 * SHORT_WAVE_HEAD's match: its `W` (or `P`) stands right before the first digit of the text (the decoration holds no
 * digit), so a heading with another character there, or no digit (most headings), skips the Unicode pattern.
 */
function shortWaveHead(body: string, digit: number): RegExpExecArray | null {
  const lead = body.charCodeAt(digit - 1);
  return lead === 0x57 /* W */ || lead === 0x50 /* P */ ? SHORT_WAVE_HEAD.exec(body) : null;
}

/**
 * DOTTED_SHORT_WAVE_HEAD's match on the doc's heading `index` when its section writes an id of its wave; tried only
 * where a `W` precedes the body's first digit (at `digit`).
 */
function waveOfEfforts(doc: MdDoc, body: string, digit: number, index: number): RegExpExecArray | null {
  const w = body.charCodeAt(digit - 1) === 0x57 /* W */ ? DOTTED_SHORT_WAVE_HEAD.exec(body) : null;
  if (!w) return null;
  const phase = Number(w[2]);
  const wave = Number(w[3]);
  const { line } = doc.headings[index];
  const end = sectionEnd(doc.headings, index, doc.lines.length + 1);
  for (let l = line + 1; l < end; l++) {
    const text = doc.lines[l - 1] ?? '';
    // `### Effort: wal-writer`: a heading of an effort under it.
    if (EFFORT_SUBHEADING.test(text)) return w;
    for (const id of findIds(text)) {
      const p = parseEffortId(id.value);
      if (p && p.phase === phase && p.wave === wave) return w;
    }
  }
  return null;
}
const EFFORT_SUBHEADING = /^#{1,6}[ \t]+[^\p{L}\p{N}]*Effort\b/iu;

/** A wave heading's name after its number, if it has one. */
export function waveName(rest: string): { name?: string } {
  const name = cleanName(
    withoutStatus(rest)
      .replace(SECTION_WORD, '')
      .replace(/^\s*[·|]\s*/, ''),
    'wave',
  );
  // `Wave 3.2 Plan — Phase 3`: a title that only names the phase gives the wave no name.
  // `Wave 1 (parallel)`, `Wave 2 (after Wave 1)`: a note in parentheses is not a name either.
  const named = name && !ONLY_PHASE.test(name.value) && !/^\(.*\)$/.test(name.value);
  // `Wave 3 Plan (Phase 2) — Storage engine`: the phase before the name places the wave, and is no part of its name.
  return named ? { name: name.value.replace(PHASE_BEFORE_NAME, '') } : {};
}

/**
 * A later heading of a wave a part declared, or a part under a wave heading with no name: a part extends the name,
 * the wave's own heading replaces it.
 */
function nameByParts(
  named: Map<string, { name?: string }>,
  unnamed: Map<string, { name?: string }>,
  key: string,
  part: boolean,
  wave: number,
  rest: string,
) {
  let decl = named.get(key);
  if (!decl && part) {
    decl = unnamed.get(key);
    if (decl) named.set(key, decl);
    unnamed.delete(key);
  }
  if (!decl) return;
  const name = part ? partName(wave, rest).name : waveName(rest).name;
  if (!part) named.delete(key);
  if (part) decl.name = decl.name ? `${decl.name}, ${name}` : name;
  else if (name) decl.name = name;
}

/** A part's label in its wave's name: `1a Pilot` for `Wave 1a — Pilot (2 agents)` (a note in brackets left out). */
function partName(wave: number, rest: string): { name: string } {
  const name = waveName(rest.slice(1)).name?.replace(/\s*\([^()]*\)$/, '');
  return { name: `${wave}${rest[0]}${name ? ` ${name}` : ''}` };
}

/** A number a heading pattern captured at `start` of the heading's text, located on the heading's line. */
function numberAt(file: string, src: MdHeading, digits: string, start: number): Placed<number> {
  return { value: Number(digits), span: lineSpan(file, src.line, src.column + start, digits.length) };
}

/**
 * Where a heading's section ends: at the next heading of the same or a higher level. (buildOutline sets every end as it
 * closes the section; this is for a heading whose end is needed before that.)
 */
function sectionEnd(all: MdHeading[], index: number, eof: number): number {
  const { level } = all[index];
  for (let i = index + 1; i < all.length; i++) if (all[i].level <= level) return all[i].line;
  return eof;
}

// `Implementation Plan — Observability`, `Wave-Based Implementation Plan for Syncer Development`, `Wave Plan — Alerts`.
// `Efforts: Search Backend`, `Tasks — Search Backend` (after `Phase 2`): the noun says what the section lists.
const PLAN_THEN_NAME =
  /^(?:(?:Wave[- ]Based\s+|Wave\s+)?(?:Parallel\s+)?(?:Implementation\s+)?(?:Plan|Roadmap)|Efforts|Tasks)(?:\s*[-–—:|]\s*|\s+for\s+)(.+)$/i;

/** A plan's title as its phase's name: `Phase 3 — Search revamp`, `Billing v2 — wave plan` → `Search revamp`, `Billing v2`. */
function titleName(title: string): string | undefined {
  return phaseName(title.replace(/^\s*phase\s+\d{1,3}(?![\d.])/i, ''));
}

/** `Build & Push Implementation Plan` → `Build & Push`; boilerplate-only names become undefined. */
export function phaseName(rest: string): string | undefined {
  // `Reports ✅ COMPLETE`, `Billing (In Progress)`: the phase's status, not its name.
  const lead = withoutStatus(rest).replace(/^[\s:\-–—]+/, '');
  // `PHASE 7 IMPLEMENTATION PLAN — Observability`: the name after the boilerplate.
  const after = PLAN_THEN_NAME.exec(lead);
  if (after) return cleanName(after[1])?.value;
  const stripped = lead.replace(
    /\s*[-–—:]?\s*(?:Wave[- ]Based\s+)?(?:Wave\s+)?(?:Parallel\s+)?(?:Implementation\s+)?(?:Plan|Roadmap)\b.*$/i,
    '',
  );
  return cleanName(stripped)?.value;
}

/**
 * effortHeading, parsing each heading text once per file: a heading written like an earlier one (a file may repeat
 * one 500,000 times) is marked as its repeat and shares its text and its parsed effort, whose values are offsets in
 * the text; its own id span is made only when asked for (idSpanOf).
 */
function effortHeadingOnce(
  h: Heading,
  anywhere: boolean,
  file: string,
  repeats: HeadingRepeats<Heading>,
  digit: number,
) {
  if (anywhere) return boxedEffortHeading(h, anywhere, file, digit);
  const first = repeats.firstLike(h);
  if (!first) return boxedEffortHeading(h, anywhere, file, digit);
  h.repeatOf = first.index;
  h.text = first.text;
  return first.effort;
}

/**
 * effortHeading, reading a task box before the id (`### [x] E1.2.2 Session store`) as a checklist item's: the box
 * says the status unless the heading's text does. The box's mark is read as a blank (same offsets), so that a letter
 * (`x`) does not stop the id patterns' decoration, as `[ ]` does not.
 */
function boxedEffortHeading(h: Heading, anywhere: boolean, file: string, digit: number): HeadingEffort | undefined {
  const box = headingBox(h.text, digit);
  if (!box) return effortHeading(h, anywhere, file, h.wave?.value);
  const at = box.start + 1;
  const text = `${h.text.slice(0, at)} ${h.text.slice(at + 1)}`;
  const e = effortHeading({ level: h.level, line: h.line, column: h.column, text }, anywhere, file, h.wave?.value);
  const status = BOX_STATUS[box.mark];
  if (e && status && !e.status && e.idStart > box.start) e.status = { value: status, start: box.start, end: at + 2 };
  return e;
}

/** Where a heading writes its effort's id: a repeat shares its first occurrence's effort, not that one's place. */
export function idSpanOf(file: string, h: Heading): Span {
  const e = h.effort!;
  if (h.repeatOf === undefined) return e.idSpan;
  return lineSpan(file, h.line, h.column + e.idStart, e.idSpan.endColumn - e.idSpan.column);
}

function mentionContext(h: Heading, outline: Outline, file: string): void {
  const at = (start: number, len: number) => lineSpan(file, h.line, h.column + start, len);
  const p = /phase\s+(\d{1,3})(?![\d.])/i.exec(h.text);
  const w = /wave\s+(\d{1,3})(?:\.(\d{1,3}))?(?![\d.])/i.exec(h.text);
  if (p && !h.phase?.span)
    h.phase = { value: Number(p[1]), span: at(p.index + p[0].length - p[1].length, p[1].length) };
  if (w && !h.wave?.span) {
    const digits = w[2] ?? w[1];
    h.wave = { value: Number(digits), span: at(w.index + w[0].length - digits.length, digits.length) };
  }
}

/** The heading whose section holds a line (the innermost: the last heading at or above it), if any. */
export function headingAt(outline: Outline, line: number): Heading | undefined {
  const hs = outline.headings;
  // The heading found last, or the next one (most callers walk the file's lines in order), before a bisection.
  const last = outline.lastAt;
  if (isLastAtOrAbove(hs, last, line)) return hs[last];
  if (isLastAtOrAbove(hs, last + 1, line)) return hs[(outline.lastAt = last + 1)];
  let lo = 0;
  let hi = hs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  outline.lastAt = found;
  return hs[found];
}

function isLastAtOrAbove(hs: Heading[], i: number, line: number): boolean {
  return i < hs.length && hs[i].line <= line && (i + 1 === hs.length || hs[i + 1].line > line);
}

/** Phase and wave in force at a line. */
export function contextAt(outline: Outline, line: number): { phase?: Placed<number>; wave?: Placed<number> } {
  const h = headingAt(outline, line);
  return h ? { phase: h.phase, wave: h.wave } : { phase: outline.filePhase, wave: outline.fileWave };
}

/** A wave's or phase's title without the status it ends with (titleStatus): the status is the scope's, not its name. */
function withoutStatus(title: string): string {
  const status = titleStatus(title);
  return status ? title.slice(0, status.start).trimEnd() : title;
}
