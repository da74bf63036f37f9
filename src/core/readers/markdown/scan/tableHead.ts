// Whether a GFM table starts at a line (a header row, then a delimiter row with as many columns), as markdown-it
// decides it; cheap char checks on the delimiter row come first, as most lines fail there.
import { isSpace, type ScanState } from './state';

const ALIGN_CELL = /^:?-+:?$/;

/** The table's column count when one starts at `startLine`, else -1. */
export function tableColumns(s: ScanState, startLine: number, endLine: number): number {
  if (startLine + 2 > endLine) return -1;
  const next = startLine + 1;
  if (s.sCount[next] < s.blkIndent || s.sCount[next] - s.blkIndent >= 4) return -1;
  const src = s.src;
  let pos = s.bMarks[next] + s.tShift[next];
  const max = s.eMarks[next];
  if (pos >= max) return -1;
  const first = src.charCodeAt(pos++);
  if (first !== 0x7c && first !== 0x2d && first !== 0x3a) return -1;
  if (pos >= max) return -1;
  const second = src.charCodeAt(pos++);
  if (second !== 0x7c && second !== 0x2d && second !== 0x3a && !isSpace(second)) return -1;
  if (first === 0x2d && isSpace(second)) return -1;
  for (; pos < max; pos++) {
    const ch = src.charCodeAt(pos);
    if (ch !== 0x7c && ch !== 0x2d && ch !== 0x3a && !isSpace(ch)) return -1;
  }
  const delimiters = src.slice(s.bMarks[next] + s.tShift[next], max).split('|');
  let aligns = 0;
  for (let i = 0; i < delimiters.length; i++) {
    const t = delimiters[i].trim();
    if (!t) {
      if (i === 0 || i === delimiters.length - 1) continue;
      return -1;
    }
    if (!ALIGN_CELL.test(t)) return -1;
    aligns++;
  }
  const header = src.slice(s.bMarks[startLine] + s.tShift[startLine], s.eMarks[startLine]).trim();
  if (header.indexOf('|') === -1) return -1;
  if (s.sCount[startLine] - s.blkIndent >= 4) return -1;
  const columns = cellCount(header);
  return columns === 0 || columns !== aligns ? -1 : columns;
}

export function tableStarts(s: ScanState, line: number, endLine: number): boolean {
  return tableColumns(s, line, endLine) >= 0;
}

/**
 * The number of cells markdown-it's escapedSplit finds in a trimmed row, less an empty first and last one: pipes not
 * right after a backslash split cells.
 */
export function cellCount(row: string): number {
  let pieces = 1;
  for (let i = 0; i < row.length; i++)
    if (row.charCodeAt(i) === 0x7c && (i === 0 || row.charCodeAt(i - 1) !== 0x5c)) pieces++;
  const len = row.length;
  if (len > 0 && row.charCodeAt(0) === 0x7c) pieces--; // the empty first cell
  // The empty last cell (a lone `|` was both: two pieces, both empty).
  if (pieces > 0 && len > 0 && row.charCodeAt(len - 1) === 0x7c && (len === 1 || row.charCodeAt(len - 2) !== 0x5c))
    pieces--;
  return pieces;
}
