// The block scanner: markdown-it's block loop and rules (tables, code, fences, quotes, breaks, lists, headings,
// paragraphs), ported to char-code checks over typed line arrays that emit block events instead of tokens. It bails
// out (returns false) on what it does not model — link reference definitions — and the caller reads the file with
// markdown-it's block parser.
import type { DocBuilder } from '../docBuilder';
import { blockquote } from './blockquote';
import { code, fence, heading, hr, lheading, paragraph } from './leaves';
import { list } from './list';
import { htmlBlock } from './html';
import { createState, isEmpty, ScanBail, skipEmptyLines, type ScanState } from './state';
import { table } from './table';

// markdown-it's default `maxNesting`: past it, it skips the rest of a block.
const MAX_NESTING = 100;
// markdown-it gives up on a reference label longer than this (in UTF-16 units, twice its code point limit).
const MAX_LABEL_SCAN = 999 * 2;

/**
 * Reads `src` (LF line ends, NUL as in the file; `lines` its lines) into `out`; false when markdown-it must read it
 * instead.
 */
export function scanBlocks(src: string, out: DocBuilder, lines: readonly string[]): boolean {
  if (!src) return true;
  const s = createState(src, lines, out, tokenize);
  try {
    tokenize(s, 0, s.lineMax);
    return true;
  } catch (e) {
    if (e instanceof ScanBail) return false;
    throw e;
  }
}

function tokenize(s: ScanState, startLine: number, endLine: number): void {
  let line = startLine;
  while (line < endLine) {
    s.line = line = skipEmptyLines(s, line);
    if (line >= endLine) break;
    // Nested calls (list items, quotes) end at a line outdented from them.
    if (s.sCount[line] < s.blkIndent) break;
    // Past markdown-it's nesting limit the rest of the block is skipped, as markdown-it does.
    if (s.level >= MAX_NESTING) {
      s.line = endLine;
      break;
    }
    // markdown-it's rule order; the first that takes the line wins.
    void (
      table(s, line, endLine) ||
      code(s, line, endLine) ||
      openedBlock(s, line, endLine) ||
      lheading(s, line, endLine) ||
      paragraph(s, line, endLine)
    );
    line = s.line;
    if (line < endLine && isEmpty(s, line)) {
      line++;
      s.line = line;
    }
  }
}

/**
 * markdown-it's rules from fence to ATX heading, in its order: each takes only lines starting with its own characters,
 * so the first character picks the one (or, for `*` and `-`, the two) that can.
 */
function openedBlock(s: ScanState, line: number, endLine: number): boolean {
  const ch = s.src.charCodeAt(s.bMarks[line] + s.tShift[line]);
  switch (ch) {
    case 0x60 /* ` */:
    case 0x7e /* ~ */:
      return fence(s, line, endLine);
    case 0x3e /* > */:
      return blockquote(s, line, endLine);
    case 0x2a /* * */:
    case 0x2d /* - */:
      return hr(s, line) || list(s, line, endLine);
    case 0x5f /* _ */:
      return hr(s, line);
    case 0x2b /* + */:
      return list(s, line, endLine);
    case 0x5b /* [ */:
      return bailOnReference(s, line);
    case 0x3c /* < */:
      return htmlBlock(s, line, endLine);
    case 0x23 /* # */:
      return heading(s, line);
    default:
      return ch >= 0x30 && ch <= 0x39 && list(s, line, endLine);
  }
}

/**
 * Link reference definitions are not modelled: a `[` that could open one (its label closes with `]:` on the line, or
 * runs on to the next line) hands the file to markdown-it. `[ ] task`, `[text](url)` and `[a] b` cannot and stay.
 */
function bailOnReference(s: ScanState, line: number): false {
  if (s.sCount[line] - s.blkIndent >= 4) return false;
  const src = s.src;
  let pos = s.bMarks[line] + s.tShift[line];
  if (src.charCodeAt(pos) !== 0x5b) return false;
  const max = Math.min(s.eMarks[line] + 1, src.length);
  const labelStart = ++pos;
  while (pos < max) {
    if (pos - labelStart > MAX_LABEL_SCAN) return false;
    let ch = src.charCodeAt(pos);
    if (ch === 0x5b) return false;
    if (ch === 0x5d) {
      if (src.charCodeAt(pos + 1) === 0x3a) throw new ScanBail();
      return false;
    }
    if (ch === 0x5c) ch = src.charCodeAt(++pos);
    if (ch === 0x0a && pos < max) throw new ScanBail();
    pos++;
  }
  return false;
}
