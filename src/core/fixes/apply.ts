// Applying TextEdits to a text: composing edits in core (move to wave) and tests that read fixed plans back.
import type { TextEdit } from '../model/model';
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
    const start = index.lineStart(line);
    if (start === undefined || column < 1) throw new RangeError(`edit position ${line}:${column} is outside the text`);
    const next = index.lineStart(line + 1);
    const max = next === undefined ? text.length : next;
    if (start + column - 1 > max) throw new RangeError(`edit position ${line}:${column} is outside the text`);
    return start + column - 1;
  };
  const placed: Placed[] = edits.map((e, order) => ({
    start: toOffset(e.line, e.column),
    end: toOffset(e.endLine, e.endColumn),
    newText: e.newText,
    order,
  }));
  for (const p of placed) if (p.end < p.start) throw new RangeError('edit ends before it starts');
  placed.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  for (let i = 1; i < placed.length; i++) {
    if (placed[i].start < placed[i - 1].end)
      throw new OverlappingEditsError(`edits overlap at offset ${placed[i].start}`);
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
