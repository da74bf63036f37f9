// Helpers to build 1-based spans from text offsets without re-scanning whole files.
import type { Span } from './model';
import { PlainSpan } from './plainObjects';

/** Line start offsets of a text, computed once per file. */
export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** Text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.text.length) + column - 1;
  }
  spanOf(file: string, start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** A span on one line, from 1-based column `column` for `length` characters. */
export function lineSpan(file: string, line: number, column: number, length: number): Span {
  return new PlainSpan(file, line, column, line, column + Math.max(length, 0));
}

/** The whole of a line of the given length (at least one column, so editors show it). */
export function wholeLine(file: string, line: number, length: number): Span {
  return lineSpan(file, line, 1, Math.max(length, 1));
}
