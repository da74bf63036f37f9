// The line state of the block scanner: markdown-it's StateBlock (same fields, same meaning) in typed arrays, no tokens.
import type { DocBuilder } from '../docBuilder';

/** Thrown when the input holds a construct the scanner does not model exactly; markdown-it reads the file instead. */
export class ScanBail extends Error {}

export interface ScanState {
  src: string;
  /** Per line: start offset, end offset (before `\n`), offset of the first non-space, indent with tabs expanded. */
  bMarks: Int32Array;
  eMarks: Int32Array;
  tShift: Int32Array;
  sCount: Int32Array;
  /** Virtual spaces before bMarks (set by block quotes, used to expand tabs). */
  bsCount: Int32Array;
  blkIndent: number;
  listIndent: number;
  line: number;
  lineMax: number;
  parentType: 'root' | 'paragraph' | 'list' | 'blockquote' | 'table';
  /** Open container tokens markdown-it would have pushed (lists, items, quotes): its nesting limit counts them. */
  level: number;
  out: DocBuilder;
  /** The block loop, handed to containers (lists, quotes) so that rule files do not import each other in a circle. */
  tokenize: (state: ScanState, startLine: number, endLine: number) => void;
}

/**
 * NUL as U+FFFD, as markdown-it's normalize makes it. The scanner reads the text with its NULs (they are neither
 * blanks nor markers, as U+FFFD is not) and replaces them only in what it hands on as text: a fence's info string and
 * a line tested for HTML. Searching a whole plan for NUL costs ~10% of its scan: two-byte text (an emoji or a dash
 * makes it so) is searched for a zero byte, which every ASCII character holds.
 */
export function withoutNul(text: string): string {
  return text.indexOf('\0') < 0 ? text : text.replace(/\0/g, '\uFFFD');
}

export function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09;
}

// Line arrays reused from file to file (reading is synchronous, one file at a time): allocating them per file cost
// more than scanning a small plan. Files of more lines than this get their own, so a huge one is not kept alive.
const POOL_LINES = 1 << 16;
let pool: Int32Array[] = [];

function lineArrays(size: number): Int32Array[] {
  if (size > POOL_LINES) return [0, 1, 2, 3, 4].map(() => new Int32Array(size));
  if (!pool.length || pool[0].length < size) {
    const cap = Math.min(POOL_LINES, Math.max(size, 2 * (pool[0]?.length ?? 256)));
    pool = [0, 1, 2, 3, 4].map(() => new Int32Array(cap));
  } else pool[4].fill(0, 0, size);
  return pool;
}

/**
 * `lines`: `src` split at its line feeds (the doc's split, front matter blanked): each line's end is its start plus
 * its length, so the text is not searched for line feeds a second time.
 */
export function createState(
  src: string,
  lines: readonly string[],
  out: DocBuilder,
  tokenize: ScanState['tokenize'],
): ScanState {
  const [bMarks, eMarks, tShift, sCount, bsCount] = lineArrays(lines.length + 1);
  const last = lines.length - 1;
  let n = 0;
  let start = 0;
  for (; n <= last; n++) {
    const end = start + lines[n].length;
    // The indent is read from `src`, one flat string, rather than from the line (a slice of it).
    let pos = start;
    let offset = 0;
    for (; pos < end; pos++) {
      const ch = src.charCodeAt(pos);
      if (ch === 0x20) offset++;
      else if (ch === 0x09) offset += 4 - (offset % 4);
      else break;
    }
    // A last line of only blanks, without a newline, is no line for markdown-it.
    if (n === last && pos === end) break;
    bMarks[n] = start;
    eMarks[n] = end;
    tShift[n] = pos - start;
    sCount[n] = offset;
    start = end + 1;
  }
  const len = src.length;
  // The fake entry after the last line, as in markdown-it.
  bMarks[n] = len;
  eMarks[n] = len;
  tShift[n] = 0;
  sCount[n] = 0;
  return {
    src,
    bMarks,
    eMarks,
    tShift,
    sCount,
    bsCount,
    blkIndent: 0,
    listIndent: -1,
    line: 0,
    lineMax: n,
    parentType: 'root',
    level: 0,
    out,
    tokenize,
  };
}

export function isEmpty(s: ScanState, line: number): boolean {
  return s.bMarks[line] + s.tShift[line] >= s.eMarks[line];
}

export function skipEmptyLines(s: ScanState, from: number): number {
  for (const max = s.lineMax; from < max; from++) if (s.bMarks[from] + s.tShift[from] < s.eMarks[from]) break;
  return from;
}

export function skipSpaces(s: ScanState, pos: number): number {
  for (const max = s.src.length; pos < max; pos++) if (!isSpace(s.src.charCodeAt(pos))) break;
  return pos;
}

export function skipChars(s: ScanState, pos: number, code: number): number {
  for (const max = s.src.length; pos < max; pos++) if (s.src.charCodeAt(pos) !== code) break;
  return pos;
}
