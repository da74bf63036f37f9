// Test builders for merge/checks/fixes: facts and read results by hand (for scale tests), spans found in texts,
// and `lint`, which reads plan texts through the product's own engine (readPlanText, merge, checks).
import { fileTimestamp } from '../../../src/core/files/classify';
import { PlanEngine } from '../../../src/core/project/engine';
import { applyEdits, editsByFile } from '../../../src/core/fixes/apply';
import {
  DEFAULT_LIMITS,
  type EffortFact,
  type FactKind,
  type FileReadResult,
  type Fix,
  type Limits,
  type PlanDiagnostic,
  type PlanFileKind,
  type Project,
  type RefList,
  type Span,
} from '../../../src/core/model/model';
import { parseRefList } from '../../../src/core/readers/values';
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

export function result(
  file: string,
  kind: PlanFileKind,
  efforts: EffortFact[],
  extra: Partial<FileReadResult> = {},
): FileReadResult {
  return { file, kind, timestamp: fileTimestamp(file), efforts, waves: [], phases: [], diagnostics: [], ...extra };
}

// ---- Whole-plan helpers: read texts with the product's engine (readers, merge, checks); apply a fix and read back ----

export type Texts = Record<string, string>;

export interface Linted {
  project: Project;
  diagnostics: PlanDiagnostic[];
}

export function lint(texts: Texts, limits: Limits = DEFAULT_LIMITS, measured?: Map<string, number>): Linted {
  const engine = new PlanEngine({ limits });
  for (const [file, text] of Object.entries(texts)) engine.update(file, text);
  engine.setMeasuredSizes(measured);
  const project = engine.project();
  return { project, diagnostics: project.diagnostics };
}

/** The texts after applying a fix's edits (files it does not touch unchanged). */
export function applyFix(texts: Texts, fix: Fix): Texts {
  const out = { ...texts };
  for (const [file, edits] of editsByFile(fix.edits)) out[file] = applyEdits(out[file], edits);
  return out;
}

export function only<T>(items: T[], what = 'item'): T {
  if (items.length !== 1)
    throw new Error(`expected one ${what}, got ${items.length}: ${JSON.stringify(items, null, 1).slice(0, 2000)}`);
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
