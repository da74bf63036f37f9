// Whether a re-read file states exactly what it stated before: same facts, declarations and reader findings, at
// the same lines and columns. Typing prose changes the text but not this, and then nothing merged or checked from
// it can change either (see PlanEngine.store).
import { filesOfFix } from '../fixes/touched';
import type { FileReadResult, Project } from '../model/model';

export function sameStatements(a: FileReadResult, b: FileReadResult): boolean {
  return equal(a.efforts, b.efforts) && equal(a.diagnostics, b.diagnostics) && sameDeclarations(a, b);
}

/**
 * Everything a file states besides its efforts and findings: kind and timestamp, waves, phases and their names,
 * defaults, constraints, repeats. One list for both of the engine's checks (this file's and incremental.ts's), so a
 * new kind of statement cannot be left out of one of them.
 */
export function sameDeclarations(a: FileReadResult, b: FileReadResult): boolean {
  return (
    a.kind === b.kind &&
    a.timestamp === b.timestamp &&
    equal(a.waves, b.waves) &&
    equal(a.phases, b.phases) &&
    equal(a.repoConfig, b.repoConfig) &&
    equal(a.scopes, b.scopes) &&
    equal(a.constraints, b.constraints) &&
    equal(a.scopeNames, b.scopeNames) &&
    equal(a.unphased, b.unphased) &&
    // Repeats kept as lines are counted by the merge of their effort: a changed count is merged in full.
    equal(a.repeats, b.repeats)
  );
}

const fixFileSets = new WeakMap<Project, Set<string>>();
/**
 * Fixes that copy text the facts do not hold (a section moved under another wave, a declaration copied by a split).
 * The others edit only what the facts locate (a reference, a value), which a re-read with the same facts keeps.
 */
const COPYING_FIXES = new Set(['move-to-wave', 'split-effort']);

/** Every file a copying fix of the project edits (or, computed on demand, may read). Once per project. */
export function fixFiles(project: Project): Set<string> {
  let files = fixFileSets.get(project);
  if (!files) {
    files = new Set();
    for (const d of project.diagnostics) {
      for (const fix of d.fixes ?? []) if (COPYING_FIXES.has(fix.kind)) for (const f of filesOfFix(fix)) files.add(f);
    }
    fixFileSets.set(project, files);
  }
  return files;
}

/** Structural equality of reader output: plain objects, arrays and primitives (no cycles). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (
      !Object.prototype.hasOwnProperty.call(b, k) ||
      !equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}
