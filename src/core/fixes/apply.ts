// Applying TextEdits to a text: used by `waveplan lint --fix` and by tests that read fixed plans back.
import { appendAll } from '../model/arrays';
import type { Fix, TextEdit } from '../model/model';
import { LineIndex } from '../model/span';

export class OverlappingEditsError extends Error {}

interface Placed {
  start: number;
  end: number;
  newText: string;
  order: number;
}

/**
 * Applies edits (all meant for this text, positions relative to the original) and returns the new text.
 * Insertions at the same point keep their given order. Throws OverlappingEditsError when two edits overlap,
 * and RangeError when an edit lies outside the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const index = new LineIndex(text);
  const toOffset = (line: number, column: number): number => {
    const start = index.starts[line - 1];
    if (start === undefined || column < 1) throw new RangeError(`edit position ${line}:${column} is outside the text`);
    const next = index.starts[line];
    const max = next === undefined ? text.length : next;
    if (start + column - 1 > max) throw new RangeError(`edit position ${line}:${column} is outside the text`);
    return start + column - 1;
  };
  const placed: Placed[] = edits.map((e, order) => ({ start: toOffset(e.line, e.column), end: toOffset(e.endLine, e.endColumn), newText: e.newText, order }));
  for (const p of placed) if (p.end < p.start) throw new RangeError('edit ends before it starts');
  placed.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  for (let i = 1; i < placed.length; i++) {
    if (placed[i].start < placed[i - 1].end) throw new OverlappingEditsError(`edits overlap at offset ${placed[i].start}`);
  }
  let out = '';
  let at = 0;
  for (const p of placed) {
    out += text.slice(at, p.start) + p.newText;
    at = p.end;
  }
  return out + text.slice(at);
}

/** Edits grouped by file, in the order given. */
export function editsByFile(edits: readonly TextEdit[]): Map<string, TextEdit[]> {
  const map = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = map.get(e.file);
    if (list) list.push(e);
    else map.set(e.file, [e]);
  }
  return map;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2);
  // Touching edits do not overlap; two insertions at one point do not either.
  return !before(a.endLine, a.endColumn, b.line, b.column) && !before(b.endLine, b.endColumn, a.line, a.column);
}

/** Picks fixes greedily (in the order given) whose edits overlap no edit already picked: safe to apply together. */
export function compatibleFixes(fixes: readonly Fix[]): Fix[] {
  const picked: Fix[] = [];
  // Edits taken so far, bucketed by file and line, so checking a fix only looks at the lines it touches.
  const taken = new Map<string, TextEdit[]>();
  const near = (e: TextEdit): TextEdit[] => {
    const out: TextEdit[] = [];
    for (let line = e.line; line <= e.endLine; line++) appendAll(out, taken.get(`${e.file}\n${line}`) ?? []);
    return out;
  };
  for (const fix of fixes) {
    if (fix.edits.some((e) => near(e).some((t) => overlaps(e, t)))) continue;
    picked.push(fix);
    for (const e of fix.edits) {
      for (let line = e.line; line <= e.endLine; line++) {
        const key = `${e.file}\n${line}`;
        const list = taken.get(key);
        if (list) list.push(e);
        else taken.set(key, [e]);
      }
    }
  }
  return picked;
}
