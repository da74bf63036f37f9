// `### Final Branch List for Merge` over items `- p7w2-downstream-core (459 lines)`: the lines each branch ended
// with, so the effort whose branch it is gets its actual size. Read only under a heading that says the branches are
// finished (final, merged, completed, abandoned, actual): elsewhere `(300 lines)` beside a branch is an estimate.
import { lineSpan } from '../../model/span';
import type { Aliases } from './aliases';
import { itemText } from './decls';
import type { MdDoc } from './docTypes';
import type { Outline } from './outline';
import { FactBuilder } from './facts';

const FINISHED = /\b(?:final|merged|completed?|abandoned|actual)\b/i;
// `p7w2-applier (387 lines)`, `` `p7w1-sync-engine` (original, 904 lines) ``.
const ITEM =
  /^`?([A-Za-z0-9][\w./-]{0,200}?)`?[ \t]*\((?:[^(),]{1,40},[ \t]*)?(\d{1,3}(?:,\d{3})+|\d{1,9})[ \t]+lines?\)$/i;

export function readFinishedBranchLists(
  doc: MdDoc,
  outline: Outline,
  aliases: Aliases,
  into: Map<string, FactBuilder>,
): void {
  const headings = outline.headings;
  if (!doc.items.length || !FINISHED.test(doc.text)) return;
  const found = new Map<string, { lines: number; line: number; column: number; length: number } | null>();
  let h = -1;
  for (let i = 0; i < doc.items.length; i++) {
    const item = doc.items[i];
    while (h + 1 < headings.length && headings[h + 1].line < item.line) h++;
    if (h < 0 || !FINISHED.test(headings[h].text)) continue;
    const { text, column } = itemText(doc, item);
    const m = text.length < 300 ? ITEM.exec(text) : null;
    const id = m ? aliases.lookup(m[1]) : undefined;
    if (!m || !id) continue;
    const at = text.lastIndexOf('(');
    const lines = Number(m[2].replace(/,/g, ''));
    const seen = found.get(id);
    // The same branch listed twice with different sizes says nothing sure.
    if (seen === undefined)
      found.set(id, { lines, line: item.line, column: column + at + 1, length: text.length - at - 2 });
    else if (seen && seen.lines !== lines) found.set(id, null);
  }
  for (const [id, f] of found) {
    if (!f) continue;
    const span = lineSpan(doc.file, f.line, f.column, f.length);
    const b = into.get(id) ?? new FactBuilder(id, 'table', span);
    into.set(id, b);
    b.setNumber('actualLines', { value: f.lines, span });
  }
}
