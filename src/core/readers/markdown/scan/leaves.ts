// Leaf blocks as markdown-it reads them: indented code, fences, thematic breaks, ATX and setext headings, paragraphs.
// Each rule returns whether it took the block at `startLine`, and then moves `s.line` past it.
import { atxLevel, endsParagraph, fenceStarts, hrStarts } from './starts';
import { isEmpty, skipChars, skipSpaces, withoutNul, type ScanState } from './state';

export function code(s: ScanState, startLine: number, endLine: number): boolean {
  if (s.sCount[startLine] - s.blkIndent < 4) return false;
  let next = startLine + 1;
  let last = next;
  while (next < endLine) {
    if (isEmpty(s, next)) {
      next++;
      continue;
    }
    if (s.sCount[next] - s.blkIndent >= 4) {
      next++;
      last = next;
      continue;
    }
    break;
  }
  s.line = last;
  return true;
}

export function fence(s: ScanState, startLine: number, endLine: number): boolean {
  if (!fenceStarts(s, startLine)) return false;
  const src = s.src;
  const open = s.bMarks[startLine] + s.tShift[startLine];
  const marker = src.charCodeAt(open);
  const after = skipChars(s, open, marker);
  const len = after - open;
  let next = startLine;
  let closed = false;
  for (;;) {
    next++;
    if (next >= endLine) break; // unclosed: the document (or the parent block) ends it
    const mem = s.bMarks[next] + s.tShift[next];
    const max = s.eMarks[next];
    if (mem < max && s.sCount[next] < s.blkIndent) break; // a line outdented out of the list item
    if (src.charCodeAt(mem) !== marker) continue;
    if (s.sCount[next] - s.blkIndent >= 4) continue;
    const pos = skipChars(s, mem, marker);
    if (pos - mem < len) continue;
    if (skipSpaces(s, pos) < max) continue;
    closed = true;
    break;
  }
  s.line = next + (closed ? 1 : 0);
  s.out.fence(withoutNul(src.slice(after, s.eMarks[startLine])), startLine, s.line);
  return true;
}

export function hr(s: ScanState, startLine: number): boolean {
  if (!hrStarts(s, startLine)) return false;
  s.line = startLine + 1;
  return true;
}

export function heading(s: ScanState, startLine: number): boolean {
  const level = atxLevel(s, startLine);
  if (!level) return false;
  s.line = startLine + 1;
  s.out.heading(level, startLine, s.line, false);
  return true;
}

/** Setext heading: paragraph lines then a `===` or `---` underline at the block's indent; else those lines' paragraph. */
export function lheading(s: ScanState, startLine: number, endLine: number): boolean {
  if (s.sCount[startLine] - s.blkIndent >= 4) return false;
  const oldParentType = s.parentType;
  s.parentType = 'paragraph';
  let level = 0;
  let next = startLine + 1;
  for (; next < endLine && !isEmpty(s, next); next++) {
    // Indented 4+ after a paragraph is a lazy continuation, whatever it holds.
    if (s.sCount[next] - s.blkIndent > 3) continue;
    if (s.sCount[next] >= s.blkIndent) {
      let pos = s.bMarks[next] + s.tShift[next];
      const max = s.eMarks[next];
      if (pos < max) {
        const marker = s.src.charCodeAt(pos);
        if (marker === 0x2d || marker === 0x3d) {
          pos = skipSpaces(s, skipChars(s, pos, marker));
          if (pos >= max) {
            level = marker === 0x3d ? 1 : 2;
            break;
          }
        }
      }
    }
    if (s.sCount[next] < 0) continue; // a lazy line of a block quote
    if (endsParagraph(s, next, endLine)) break;
  }
  s.parentType = oldParentType;
  if (!level) {
    // No underline: the loop stopped where the paragraph rule would (the same checks but that one), so the lines are
    // that paragraph and are not scanned a second time.
    s.line = next;
    s.out.paragraph(startLine, next);
    return true;
  }
  s.line = next + 1;
  s.out.heading(level, startLine, s.line, true);
  return true;
}

export function paragraph(s: ScanState, startLine: number, endLine: number): boolean {
  const oldParentType = s.parentType;
  s.parentType = 'paragraph';
  let next = startLine + 1;
  for (; next < endLine && !isEmpty(s, next); next++) {
    if (s.sCount[next] - s.blkIndent > 3) continue;
    if (s.sCount[next] < 0) continue;
    if (endsParagraph(s, next, endLine)) break;
  }
  s.line = next;
  s.out.paragraph(startLine, next);
  s.parentType = oldParentType;
  return true;
}
