// Whether a block of a kind starts at a line (markdown-it's rules in validation mode), and the sets of them that end
// a paragraph, a list or a block quote. Char-code checks only: these run on every line of every paragraph.
import { htmlStarts } from './html';
import { isSpace, skipSpaces, type ScanState } from './state';
import { tableStarts } from './tableHead';

/** The line's first character (past its indent): each block start below needs its own few. */
function firstChar(s: ScanState, line: number): number {
  return s.src.charCodeAt(s.bMarks[line] + s.tShift[line]);
}

/** Offset after a `-`, `+` or `*` marker followed by a blank or the line end, else -1. */
export function bulletMarker(s: ScanState, line: number): number {
  const max = s.eMarks[line];
  let pos = s.bMarks[line] + s.tShift[line];
  const marker = s.src.charCodeAt(pos++);
  if (marker !== 0x2a && marker !== 0x2d && marker !== 0x2b) return -1;
  if (pos < max && !isSpace(s.src.charCodeAt(pos))) return -1;
  return pos;
}

/** Offset after a `1.` or `1)` marker (at most 9 digits) followed by a blank or the line end, else -1. */
export function orderedMarker(s: ScanState, line: number): number {
  const start = s.bMarks[line] + s.tShift[line];
  const max = s.eMarks[line];
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = s.src.charCodeAt(pos++);
  if (ch < 0x30 || ch > 0x39) return -1;
  for (;;) {
    if (pos >= max) return -1;
    ch = s.src.charCodeAt(pos++);
    if (ch >= 0x30 && ch <= 0x39) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 0x29 || ch === 0x2e) break;
    return -1;
  }
  if (pos < max && !isSpace(s.src.charCodeAt(pos))) return -1;
  return pos;
}

export function fenceStarts(s: ScanState, line: number): boolean {
  let pos = s.bMarks[line] + s.tShift[line];
  const max = s.eMarks[line];
  if (s.sCount[line] - s.blkIndent >= 4 || pos + 3 > max) return false;
  const marker = s.src.charCodeAt(pos);
  if (marker !== 0x7e && marker !== 0x60) return false;
  const mem = pos;
  while (pos < max && s.src.charCodeAt(pos) === marker) pos++;
  if (pos - mem < 3) return false;
  if (marker === 0x60) for (; pos < max; pos++) if (s.src.charCodeAt(pos) === 0x60) return false;
  return true;
}

export function blockquoteStarts(s: ScanState, line: number): boolean {
  if (s.sCount[line] - s.blkIndent >= 4) return false;
  return s.src.charCodeAt(s.bMarks[line] + s.tShift[line]) === 0x3e;
}

export function hrStarts(s: ScanState, line: number): boolean {
  const max = s.eMarks[line];
  if (s.sCount[line] - s.blkIndent >= 4) return false;
  let pos = s.bMarks[line] + s.tShift[line];
  const marker = s.src.charCodeAt(pos++);
  if (marker !== 0x2a && marker !== 0x2d && marker !== 0x5f) return false;
  let cnt = 1;
  while (pos < max) {
    const ch = s.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) return false;
    if (ch === marker) cnt++;
  }
  return cnt >= 3;
}

/** The level of an ATX heading at the line, 0 if there is none. */
export function atxLevel(s: ScanState, line: number): number {
  let pos = s.bMarks[line] + s.tShift[line];
  const max = s.eMarks[line];
  if (s.sCount[line] - s.blkIndent >= 4) return 0;
  let ch = s.src.charCodeAt(pos);
  if (ch !== 0x23 || pos >= max) return 0;
  let level = 1;
  ch = s.src.charCodeAt(++pos);
  while (ch === 0x23 && pos < max && level <= 6) {
    level++;
    ch = s.src.charCodeAt(++pos);
  }
  if (level > 6 || (pos < max && !isSpace(ch))) return 0;
  return level;
}

/** The list rule in validation mode (a list interrupting a paragraph must start with 1 and not be empty). */
export function listStarts(s: ScanState, line: number): boolean {
  const sc = s.sCount[line];
  if (sc - s.blkIndent >= 4) return false;
  if (s.listIndent >= 0 && sc - s.listIndent >= 4 && sc < s.blkIndent) return false;
  const interrupts = s.parentType === 'paragraph' && sc >= s.blkIndent;
  let after = orderedMarker(s, line);
  if (after >= 0) {
    if (interrupts && markerValue(s, line, after) !== 1) return false;
  } else {
    after = bulletMarker(s, line);
    if (after < 0) return false;
  }
  return !(interrupts && skipSpaces(s, after) >= s.eMarks[line]);
}

export function markerValue(s: ScanState, line: number, after: number): number {
  let v = 0;
  for (let p = s.bMarks[line] + s.tShift[line]; p < after - 1; p++) v = v * 10 + (s.src.charCodeAt(p) - 0x30);
  return v;
}

/** markdown-it's terminators of a paragraph (and setext text): table, fence, quote, hr, list, html, heading. */
export function endsParagraph(s: ScanState, line: number, endLine: number): boolean {
  return tableStarts(s, line, endLine) || endsBlockquote(s, line);
}

/** Terminators of a list: fence, quote, hr (each needs its own first characters). */
export function endsList(s: ScanState, line: number): boolean {
  switch (firstChar(s, line)) {
    case 0x60 /* ` */:
    case 0x7e /* ~ */:
      return fenceStarts(s, line);
    case 0x3e /* > */:
      return blockquoteStarts(s, line);
    case 0x2a /* * */:
    case 0x2d /* - */:
    case 0x5f /* _ */:
      return hrStarts(s, line);
    default:
      return false;
  }
}

/**
 * Terminators of a block quote (and of a table's body): fence, quote, hr, list, html, heading. Each needs its own first
 * characters, so the line's first picks the checks that can hold.
 */
export function endsBlockquote(s: ScanState, line: number): boolean {
  const ch = firstChar(s, line);
  switch (ch) {
    case 0x60 /* ` */:
    case 0x7e /* ~ */:
      return fenceStarts(s, line);
    case 0x3e /* > */:
      return blockquoteStarts(s, line);
    case 0x2a /* * */:
    case 0x2d /* - */:
      return hrStarts(s, line) || listStarts(s, line);
    case 0x5f /* _ */:
      return hrStarts(s, line);
    case 0x2b /* + */:
      return listStarts(s, line);
    case 0x3c /* < */:
      return htmlStarts(s, line);
    case 0x23 /* # */:
      return atxLevel(s, line) > 0;
    default:
      return ch >= 0x30 && ch <= 0x39 && listStarts(s, line);
  }
}
