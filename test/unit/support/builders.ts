// Test builders for merge/checks/fixes: facts and read results by hand, spans found in texts, and a tiny
// markdown/JSON/YAML reader (test-only, mirrors what the real readers report) so fixes can be read back.
import { fileTimestamp } from '../../../src/core/files/classify';
import { canonicalEffortId } from '../../../src/core/model/ids';
import { runChecks } from '../../../src/core/checks';
import { applyEdits, editsByFile } from '../../../src/core/fixes/apply';
import { mergeProject } from '../../../src/core/project/merge';
import { DEFAULT_LIMITS, type EffortFact, type EffortField, type FactKind, type FileReadResult, type Fix, type Limits, type PhaseDecl, type PlanDiagnostic, type PlanFileKind, type Project, type RefList, type Span, type WaveDecl } from '../../../src/core/model/model';
import { fieldForKey, parseBool, parseRefList, parseSize, parseStatus } from '../../../src/core/readers/values';
import { LineIndex } from '../../../src/core/model/span';

/** A one-line span. */
export function span(file: string, line: number, column = 1, length = 1): Span {
  return { file, line, column, endLine: line, endColumn: column + length };
}

/** Span of the nth occurrence of `needle` in `text`. */
export function find(file: string, text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return new LineIndex(text).spanOf(file, at, at + needle.length);
}

export type FactFields = Partial<Omit<EffortFact, 'id' | 'kind' | 'span'>>;

export function fact(id: string, kind: FactKind, at: Span, fields: FactFields = {}): EffortFact {
  return { id, kind, span: at, ...fields };
}

/** A located value on the fact's own line (columns are arbitrary but distinct per field). */
export function v<T>(value: T, at: Span): { value: T; span: Span } {
  return { value, span: at };
}

/** A dependency list written as `text` at `at` (parsed like the readers do). */
export function refs(text: string, at: Span, phase?: number, wave?: number): RefList {
  const list = parseRefList(text, { file: at.file, line: at.line, column: at.column, phase, wave });
  return { span: { ...at, endLine: at.line, endColumn: at.column + text.length }, refs: list };
}

export function result(file: string, kind: PlanFileKind, efforts: EffortFact[], extra: Partial<FileReadResult> = {}): FileReadResult {
  return { file, kind, timestamp: fileTimestamp(file), efforts, waves: [], phases: [], diagnostics: [], ...extra };
}

// ---- The tiny reader ----

const HEADING = /^(#{1,6})\s+(.*)$/;
const BOLD = /^\s*(?:[-*]\s+)?\*\*([^*]+?)\*\*\s*:?\s*(?::\s*)?(.*?)\s*$/;
const FENCE = /^```(\w*)\s*$/;

interface Ctx {
  file: string;
  index: LineIndex;
  phase?: { value: number; span: Span };
  wave?: { value: number; span: Span };
}

function lineOffsetSpan(ctx: Ctx, line: number, startCol: number, length: number): Span {
  return span(ctx.file, line, startCol, length);
}

function setField(ctx: Ctx, f: EffortFact, field: EffortField, raw: string, line: number, col: number): void {
  const at = lineOffsetSpan(ctx, line, col, raw.length);
  const unquoted = raw.replace(/^[`"']|[`"',]*$/g, '');
  switch (field) {
    case 'dependsOn':
    case 'parallelWith':
      f[field] = { span: at, refs: parseRefList(raw.replace(/,$/, ''), { file: ctx.file, line, column: col, phase: ctx.phase?.value, wave: ctx.wave?.value }) };
      return;
    case 'phase':
    case 'wave': {
      const nums = [...raw.matchAll(/\d+/g)];
      if (nums.length) f[field] = { value: Number(nums[nums.length - 1][0]), span: at };
      return;
    }
    case 'estimatedLines': {
      const size = parseSize(raw);
      if (size.estimated !== undefined) f.estimatedLines = { value: size.estimated, span: at };
      if (size.actual !== undefined) f.actualLines = { value: size.actual, span: at };
      return;
    }
    case 'actualLines': {
      const size = parseSize(raw);
      if (size.estimated !== undefined) f.actualLines = { value: size.estimated, span: at };
      return;
    }
    case 'canParallelize': {
      const b = parseBool(unquoted);
      if (b !== undefined) f.canParallelize = { value: b, span: at };
      return;
    }
    case 'status':
      f.status = { value: parseStatus(raw), span: at };
      return;
    default: {
      const inner = raw.replace(/,$/, '');
      const q = /^[`"']/.test(inner) ? 1 : 0;
      const text = inner.slice(q, inner.length - q);
      f[field] = { value: text, span: lineOffsetSpan(ctx, line, col + q, text.length) };
    }
  }
}

/** Reads headings (`# Phase N`, `## Wave N`, `#### E2.1.1: name`), bold metadata, ```json and ```yaml blocks. */
export function readMini(file: string, text: string, kind: PlanFileKind = 'wave-plan'): FileReadResult {
  const index = new LineIndex(text);
  const ctx: Ctx = { file, index };
  const efforts: EffortFact[] = [];
  const waves: WaveDecl[] = [];
  const phases: PhaseDecl[] = [];
  let current: string | undefined;
  let meta: EffortFact | undefined;
  for (let line = 1; line <= index.lineCount; line++) {
    const t = index.lineText(line);
    const h = HEADING.exec(t);
    if (h) {
      meta = undefined;
      const col = h[1].length + 2;
      const id = canonicalEffortId(h[2]);
      const phase = /^Phase\s+(\d+)/i.exec(h[2]);
      const wave = /\bWave\s+(\d+)/i.exec(h[2]);
      if (id) {
        current = id;
        const f: EffortFact = { id, kind: 'heading', span: span(file, line, 1, t.length) };
        const name = /^[^:]*:\s*(.+?)\s*$/.exec(h[2]);
        if (name) f.name = { value: name[1], span: span(file, line, col + h[2].lastIndexOf(name[1]), name[1].length) };
        if (ctx.phase) f.phase = ctx.phase;
        if (ctx.wave) f.wave = ctx.wave;
        efforts.push(f);
      } else if (phase) {
        const n = Number(phase[1]);
        ctx.phase = { value: n, span: span(file, line, col + phase.index + phase[0].length - phase[1].length, phase[1].length) };
        ctx.wave = undefined;
        current = undefined;
        phases.push({ phase: n, name: h[2], span: span(file, line, 1, t.length) });
      } else if (wave) {
        const n = Number(wave[1]);
        ctx.wave = { value: n, span: span(file, line, col + wave.index + wave[0].length - wave[1].length, wave[1].length) };
        current = undefined;
        waves.push({ phase: ctx.phase?.value ?? 0, wave: n, name: h[2], span: span(file, line, 1, t.length) });
      }
      continue;
    }
    const fence = FENCE.exec(t);
    if (fence && (fence[1] === 'json' || fence[1] === 'yaml')) {
      let end = line + 1;
      while (end <= index.lineCount && !/^```\s*$/.test(index.lineText(end))) end++;
      const f = readBlock(ctx, fence[1] === 'json' ? 'json-block' : 'yaml-block', line, end, current);
      if (f) efforts.push(f);
      line = end;
      meta = undefined;
      continue;
    }
    const b = BOLD.exec(t);
    const field = b && current ? fieldForKey(b[1]) : undefined;
    if (b && field && current) {
      if (!meta) {
        meta = { id: current, kind: 'metadata', span: span(file, line, 1, t.length) };
        efforts.push(meta);
      }
      meta.span = { ...meta.span, endLine: line, endColumn: t.length + 1 };
      if (b[2]) setField(ctx, meta, field, b[2], line, t.lastIndexOf(b[2]) + 1);
    } else if (t.trim() === '') {
      meta = undefined;
    }
  }
  return { file, kind, timestamp: fileTimestamp(file), efforts, waves, phases, diagnostics: [] };
}

const JSON_KV = /^(\s*)"([^"]+)"\s*:\s*(.*?),?\s*$/;
const YAML_KV = /^(\s*)([A-Za-z_][\w]*)\s*:\s*(.*?)\s*$/;

function readBlock(ctx: Ctx, kind: 'json-block' | 'yaml-block', open: number, close: number, heading: string | undefined): EffortFact | undefined {
  const f: EffortFact = { id: heading ?? '', kind, span: span(ctx.file, open, 1, 3) };
  f.span = { ...f.span, endLine: close, endColumn: 4 };
  for (let line = open + 1; line < close; line++) {
    const t = ctx.index.lineText(line);
    const m = (kind === 'json-block' ? JSON_KV : YAML_KV).exec(t);
    if (!m) continue;
    const key = m[2];
    let raw = m[3];
    const col = t.indexOf(raw, m[1].length + key.length) + 1;
    if (/^effort_id$/i.test(key)) {
      const id = canonicalEffortId(raw);
      if (id) f.id = id;
      continue;
    }
    const field = fieldForKey(key) ?? (/^effort_name$/i.test(key) ? 'name' : undefined);
    if (!field) continue;
    if (kind === 'yaml-block' && raw === '' && (field === 'dependsOn' || field === 'parallelWith')) {
      // Block list: `key:` then `  - item` lines.
      let last = line;
      const items: string[] = [];
      while (last + 1 < close && /^\s*-\s+/.test(ctx.index.lineText(last + 1))) items.push(ctx.index.lineText(++last));
      const refsOut: RefList['refs'] = [];
      items.forEach((item, i) => {
        const body = item.replace(/^\s*-\s+/, '');
        const c = item.length - body.length + 1;
        refsOut.push(...parseRefList(body, { file: ctx.file, line: line + 1 + i, column: c }));
      });
      if (items.length) f[field] = { span: { file: ctx.file, line: line + 1, column: 1, endLine: last, endColumn: ctx.index.lineText(last).length + 1 }, refs: refsOut };
      line = last;
      continue;
    }
    if (field === 'dependsOn' || field === 'parallelWith') raw = raw.replace(/,$/, '');
    setField(ctx, f, field, raw, line, col);
  }
  return f.id ? f : undefined;
}

// ---- Whole-plan helpers: read texts with the tiny reader, merge, check; apply a fix and read back ----

export type Texts = Record<string, string>;

export interface Linted {
  project: Project;
  diagnostics: PlanDiagnostic[];
}

export function lint(texts: Texts, limits: Limits = DEFAULT_LIMITS, measured?: Map<string, number>): Linted {
  const project = mergeProject(Object.entries(texts).map(([file, text]) => readMini(file, text, kindOf(file))));
  const diagnostics = [...project.diagnostics, ...runChecks(project, limits, (f) => texts[f], measured)];
  return { project, diagnostics };
}

function kindOf(file: string): PlanFileKind {
  if (/IMPLEMENTATION-PLAN-+\d/.test(file)) return 'effort-plan';
  if (/PHASE/i.test(file)) return 'phase-plan';
  return 'wave-plan';
}

/** The texts after applying a fix's edits (files it does not touch unchanged). */
export function applyFix(texts: Texts, fix: Fix): Texts {
  const out = { ...texts };
  for (const [file, edits] of editsByFile(fix.edits)) out[file] = applyEdits(out[file], edits);
  return out;
}

export function only<T>(items: T[], what = 'item'): T {
  if (items.length !== 1) throw new Error(`expected one ${what}, got ${items.length}: ${JSON.stringify(items, null, 1).slice(0, 2000)}`);
  return items[0];
}

/** Runs `fn` and reports its wall time and process CPU time in ms (CPU time is steadier on a loaded machine). */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, ms, cpuMs: (c.user + c.system) / 1000 };
}
