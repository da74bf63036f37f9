// Bullet and ordered lists as markdown-it reads them: items run their content through the block loop at the item's
// indent; the list ends at a different marker, a terminator, or a line outdented from it.
import { bulletMarker, endsList, orderedMarker } from './starts';
import { isEmpty, type ScanState } from './state';

export function list(s: ScanState, startLine: number, endLine: number): boolean {
  let next = startLine;
  const sc = s.sCount[next];
  if (sc - s.blkIndent >= 4) return false;
  // `- a` /  ` - b` / … the fifth indented marker is a paragraph continuation.
  if (s.listIndent >= 0 && sc - s.listIndent >= 4 && sc < s.blkIndent) return false;
  let after = orderedMarker(s, next);
  const ordered = after >= 0;
  if (!ordered) after = bulletMarker(s, next);
  if (after < 0) return false;
  const src = s.src;
  const markerChar = src.charCodeAt(after - 1);
  s.out.openList();
  s.level++;
  const oldParentType = s.parentType;
  s.parentType = 'list';
  while (next < endLine) {
    let pos = after;
    const max = s.eMarks[next];
    const initial = s.sCount[next] + after - (s.bMarks[next] + s.tShift[next]);
    let offset = initial;
    while (pos < max) {
      const ch = src.charCodeAt(pos);
      if (ch === 0x09) offset += 4 - ((offset + s.bsCount[next]) % 4);
      else if (ch === 0x20) offset++;
      else break;
      pos++;
    }
    const contentStart = pos;
    // `-    \n  3`: an empty first line counts one space; more than 4 spaces make the rest indented code.
    let indentAfterMarker = contentStart >= max ? 1 : offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    const item = s.out.item(next, next);
    const oldTShift = s.tShift[next];
    const oldSCount = s.sCount[next];
    const oldListIndent = s.listIndent;
    s.listIndent = s.blkIndent;
    s.blkIndent = indent;
    s.tShift[next] = contentStart - s.bMarks[next];
    s.sCount[next] = offset;
    s.level++;
    // An empty item followed by a blank line ends there (`-\n\n  foo` leaves foo out of the list).
    if (contentStart >= max && isEmpty(s, next + 1)) s.line = Math.min(s.line + 2, endLine);
    else s.tokenize(s, next, endLine);
    s.level--;
    s.blkIndent = s.listIndent;
    s.listIndent = oldListIndent;
    s.tShift[next] = oldTShift;
    s.sCount[next] = oldSCount;
    next = s.line;
    s.out.endItem(item, next);
    if (next >= endLine) break;
    if (s.sCount[next] < s.blkIndent) break;
    if (s.sCount[next] - s.blkIndent >= 4) break;
    if (endsList(s, next)) break;
    if (ordered) {
      after = orderedMarker(s, next);
      if (after < 0) break;
    } else {
      after = bulletMarker(s, next);
      if (after < 0) break;
    }
    if (markerChar !== src.charCodeAt(after - 1)) break;
  }
  s.out.closeList();
  s.level--;
  s.line = next;
  s.parentType = oldParentType;
  return true;
}
