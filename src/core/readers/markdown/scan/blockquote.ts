// Block quotes as markdown-it reads them: the quoted lines are re-marked past `>` (bMarks, indents, tab offsets) and
// run through the block loop, then restored; lazy lines get a negative indent.
import { endsBlockquote } from './starts';
import { isSpace, type ScanState } from './state';

export function blockquote(s: ScanState, startLine: number, endLine: number): boolean {
  const src = s.src;
  if (s.sCount[startLine] - s.blkIndent >= 4) return false;
  if (src.charCodeAt(s.bMarks[startLine] + s.tShift[startLine]) !== 0x3e) return false;
  const oldLineMax = s.lineMax;
  const oldBMarks: number[] = [];
  const oldBSCount: number[] = [];
  const oldSCount: number[] = [];
  const oldTShift: number[] = [];
  const save = (line: number): void => {
    oldBMarks.push(s.bMarks[line]);
    oldBSCount.push(s.bsCount[line]);
    oldTShift.push(s.tShift[line]);
    oldSCount.push(s.sCount[line]);
  };
  const oldParentType = s.parentType;
  s.parentType = 'blockquote';
  let lastLineEmpty = false;
  let next = startLine;
  for (; next < endLine; next++) {
    const isOutdented = s.sCount[next] < s.blkIndent;
    let pos = s.bMarks[next] + s.tShift[next];
    const max = s.eMarks[next];
    if (pos >= max) break; // a blank line outside the quote
    if (src.charCodeAt(pos++) === 0x3e && !isOutdented) {
      let initial = s.sCount[next] + 1;
      let spaceAfterMarker: boolean;
      let adjustTab = false;
      const ch = src.charCodeAt(pos);
      if (ch === 0x20) {
        pos++;
        initial++;
        spaceAfterMarker = true;
      } else if (ch === 0x09) {
        spaceAfterMarker = true;
        if ((s.bsCount[next] + initial) % 4 === 3) {
          pos++;
          initial++;
        } else adjustTab = true;
      } else spaceAfterMarker = false;
      let offset = initial;
      save(next);
      s.bMarks[next] = pos;
      while (pos < max) {
        const c = src.charCodeAt(pos);
        if (!isSpace(c)) break;
        if (c === 0x09) offset += 4 - ((offset + s.bsCount[next] + (adjustTab ? 1 : 0)) % 4);
        else offset++;
        pos++;
      }
      lastLineEmpty = pos >= max;
      s.bsCount[next] = s.sCount[next] + 1 + (spaceAfterMarker ? 1 : 0);
      s.sCount[next] = offset - initial;
      s.tShift[next] = pos - s.bMarks[next];
      continue;
    }
    if (lastLineEmpty) break; // a line outside the quote after an empty quoted line
    if (endsBlockquote(s, next)) {
      // Another block ends the quote: its paragraphs must not run on past this line.
      s.lineMax = next;
      if (s.blkIndent !== 0) {
        save(next);
        s.sCount[next] -= s.blkIndent;
      }
      break;
    }
    save(next);
    s.sCount[next] = -1; // a lazy continuation line
  }
  const oldIndent = s.blkIndent;
  s.blkIndent = 0;
  s.level++;
  s.tokenize(s, startLine, next);
  s.level--;
  s.lineMax = oldLineMax;
  s.parentType = oldParentType;
  for (let i = 0; i < oldTShift.length; i++) {
    s.bMarks[i + startLine] = oldBMarks[i];
    s.tShift[i + startLine] = oldTShift[i];
    s.sCount[i + startLine] = oldSCount[i];
    s.bsCount[i + startLine] = oldBSCount[i];
  }
  s.blkIndent = oldIndent;
  return true;
}
