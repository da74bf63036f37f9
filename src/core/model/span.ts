// Helpers to build 1-based spans from text offsets without re-scanning whole files.
import type { Span } from './model';
import { PlainSpan } from './plainObjects';

/**
 * Line start offsets of a text, found as far as they are asked for: the fixes of a 100,000-effort cycle ask about the
 * first few thousand lines of its 400,000, and a scan of every line break cost ~70 ms per lint.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private scanned = false;
  constructor(readonly text: string) {}
  /** Finds the next line's start; false once every line is found. */
  private more(): boolean {
    if (this.scanned) return false;
    const i = this.text.indexOf('\n', this.starts[this.starts.length - 1]);
    if (i === -1) this.scanned = true;
    else this.starts.push(i + 1);
    return i !== -1;
  }
  get lineCount(): number {
    while (this.more());
    return this.starts.length;
  }
  /** Offset where a 1-based line starts, or undefined past the last line. */
  lineStart(line: number): number | undefined {
    while (this.starts.length < line && this.more());
    return line >= 1 ? this.starts[line - 1] : undefined;
  }
  /** Text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line) ?? this.text.length;
    const next = this.lineStart(line + 1);
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    while (this.starts[this.starts.length - 1] <= offset && this.more());
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
    return (this.lineStart(line) ?? this.text.length) + column - 1;
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
