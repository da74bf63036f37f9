// Chooses fixes for "Fix All": one preferred fix per finding, skipping any fix that touches text another already edits.
import { appendAll } from '../model/arrays';
import type { Fix, TextEdit } from '../model/model';

const at = (line: number, column: number) => line * 1048576 + column;

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  const [as, ae, bs, be] = [at(a.line, a.column), at(a.endLine, a.endColumn), at(b.line, b.column), at(b.endLine, b.endColumn)];
  // Two insertions at one point would land in an undefined order: treat them as a conflict too.
  if (as === ae && bs === be) return as === bs;
  // Otherwise half-open intervals: an insertion at the edge of a replaced range does not conflict with it.
  return as < be && bs < ae;
}

const signature = (fix: Fix) => fix.edits.map((e) => `${e.file}:${e.line}:${e.column}:${e.endLine}:${e.endColumn}:${e.newText}`).join('|');

/** Fixes to apply together: preferred ones, duplicates (one fix reported by several findings) once, no overlaps. */
export function selectFixAll(fixLists: readonly (readonly Fix[] | undefined)[]): Fix[] {
  const chosen: Fix[] = [];
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const fixes of fixLists) {
    const fix = fixes?.find((f) => f.preferred);
    if (!fix || !fix.edits.length) continue;
    const sig = signature(fix);
    if (seen.has(sig)) continue;
    if (fix.edits.some((e) => edits.some((other) => overlaps(e, other)))) continue;
    seen.add(sig);
    chosen.push(fix);
    appendAll(edits, fix.edits);
  }
  return chosen;
}
