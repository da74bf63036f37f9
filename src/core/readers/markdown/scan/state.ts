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
  /** Lists opened so far and the index of each open one (items of one list share an index). */
  listCount: number;
  listStack: number[];
  /** The block loop, handed to containers (lists, quotes) so that rule files do not import each other in a circle. */
  tokenize: (state: ScanState, startLine: number, endLine: number) => void;
}

export function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09;
}

export function createState(src: string, out: DocBuilder, tokenize: ScanState['tokenize']): ScanState {
  let count = 1;
  for (let p = src.indexOf('\n'); p >= 0 && p < src.length - 1; p = src.indexOf('\n', p + 1)) count++;
  if (src.length === 0) count = 0;
  const bMarks = new Int32Array(count + 1);
  const eMarks = new Int32Array(count + 1);
  const tShift = new Int32Array(count + 1);
  const sCount = new Int32Array(count + 1);
  let n = 0;
  const len = src.length;
  for (let start = 0; start < len;) {
    let pos = start;
    let offset = 0;
    for (; pos < len; pos++) {
      const ch = src.charCodeAt(pos);
      if (ch === 0x20) offset++;
      else if (ch === 0x09) offset += 4 - (offset % 4);
      else break;
    }
    // A last line of only blanks, without a newline, is no line for markdown-it.
    if (pos === len) break;
    const indent = pos - start;
    let end = src.indexOf('\n', pos);
    if (end < 0) end = len;
    bMarks[n] = start;
    eMarks[n] = end;
    tShift[n] = indent;
    sCount[n] = offset;
    n++;
    start = end + 1;
  }
  // The fake entry after the last line, as in markdown-it.
  bMarks[n] = len;
  eMarks[n] = len;
  return {
    src,
    bMarks,
    eMarks,
    tShift,
    sCount,
    bsCount: new Int32Array(n + 1),
    blkIndent: 0,
    listIndent: -1,
    line: 0,
    lineMax: n,
    parentType: 'root',
    level: 0,
    out,
    listCount: 0,
    listStack: [],
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
