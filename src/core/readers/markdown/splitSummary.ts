// Split summaries of G0 wave plans: `1. **p7w1-sync-engine** (904 lines) → 3 branches (66, 588, 316 lines)` says the
// effort on that branch measured 904 lines and was split into 3. Only branches the file gives an effort.
import { lineSpan } from '../../model/span';
import type { Aliases } from './aliases';
import { itemText } from './decls';
import type { MdDoc } from './doc';
import { FactBuilder } from './facts';

const ITEM =
  /^(?:\*\*|__)`?([A-Za-z0-9][\w./-]{0,200}?)`?(?:\*\*|__)[ \t]*\((\d{1,3}(?:,\d{3})*|\d{1,9})[ \t]+lines?\)[ \t]*(?:→|->)[ \t]*(\d{1,3})[ \t]+(?:branches|splits|parts)\b/i;

export function readSplitSummaries(doc: MdDoc, aliases: Aliases, into: Map<string, FactBuilder>): void {
  for (const item of doc.items) {
    const { text, column } = itemText(doc, item);
    const m = text.length < 1000 ? ITEM.exec(text) : null;
    const id = m ? aliases.lookup(m[1]) : undefined;
    if (!m || !id) continue;
    const sizeAt = text.indexOf('(', m[1].length) + 1;
    const size = lineSpan(doc.file, item.line, column + sizeAt, text.indexOf(')', sizeAt) - sizeAt);
    const arrow = text.indexOf(m[3], text.indexOf(')', sizeAt));
    const parts = lineSpan(doc.file, item.line, column + arrow, m[0].length - arrow);
    const b = into.get(id) ?? new FactBuilder(id, 'table', size);
    into.set(id, b);
    b.set('actualLines', { value: Number(m[2].replace(/,/g, '')), span: size });
    b.set('split', { value: Number(m[3]), span: parts });
  }
}
