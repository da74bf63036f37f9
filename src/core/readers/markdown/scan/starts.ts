// Whether a block of a kind starts at a line (markdown-it's rules in validation mode), and the sets of them that end
// a paragraph, a list or a block quote. Char-code checks only: these run on every line of every paragraph.
import { htmlStarts } from './html';
import { isSpace, skipSpaces, type ScanState } from './state';
import { tableStarts } from './tableHead';

// The first characters of a fence, block quote, thematic break, list item, reference definition, HTML block or ATX
// heading: a line starting with anything else (most lines of prose) is none of them, whatever its indent.
const OPENERS = new Uint8Array(128);
for (const ch of '`~>*-_+0123456789[<#') OPENERS[ch.charCodeAt(0)] = 1;

/** False when the line's first character starts none of the blocks above (its rules need not look further). */
export function mayOpenBlock(s: ScanState, line: number): boolean {
  return OPENERS[s.src.charCodeAt(s.bMarks[line] + s.tShift[line])] === 1;
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

/** Terminators of a list: fence, quote, hr. */
export function endsList(s: ScanState, line: number): boolean {
  return mayOpenBlock(s, line) && (fenceStarts(s, line) || blockquoteStarts(s, line) || hrStarts(s, line));
}

/** Terminators of a block quote (and of a table's body): fence, quote, hr, list, html, heading. */
export function endsBlockquote(s: ScanState, line: number): boolean {
  return (
    mayOpenBlock(s, line) &&
    (fenceStarts(s, line) ||
      blockquoteStarts(s, line) ||
      hrStarts(s, line) ||
      listStarts(s, line) ||
      htmlStarts(s, line) ||
      atxLevel(s, line) > 0)
  );
}
