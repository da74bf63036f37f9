// GFM tables as markdown-it reads them: the header and delimiter rows, then body rows until a blank line, a line
// outdented from the block, or a block that ends a quote.
import { endsBlockquote } from './starts';
import { type ScanState } from './state';
import { cellCount, tableColumns } from './tableHead';

// markdown-it stops a table after this many empty cells it would fill in (a guard against blow-up).
const MAX_AUTOCOMPLETED_CELLS = 0x10000;

export function table(s: ScanState, startLine: number, endLine: number): boolean {
  const columns = tableColumns(s, startLine, endLine);
  if (columns < 0) return false;
  const oldParentType = s.parentType;
  s.parentType = 'table';
  let autocompleted = 0;
  let next = startLine + 2;
  for (; next < endLine; next++) {
    if (s.sCount[next] < s.blkIndent) break;
    if (endsBlockquote(s, next)) break;
    const row = s.src.slice(s.bMarks[next] + s.tShift[next], s.eMarks[next]).trim();
    if (!row) break;
    if (s.sCount[next] - s.blkIndent >= 4) break;
    autocompleted += columns - cellCount(row);
    if (autocompleted > MAX_AUTOCOMPLETED_CELLS) break;
  }
  s.out.table(startLine, next);
  s.parentType = oldParentType;
  s.line = next;
  return true;
}
