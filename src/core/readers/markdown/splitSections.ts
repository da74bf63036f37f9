// An effort plan's `## Split 001: client core` sections describe the parts the effort was split into (their own
// branch, base and size, as SPLIT-PLAN files write them). Those fields are the parts', never the effort's; the
// sections themselves record that the effort was split, and into how many parts.
import type { Span } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { Outline } from './outline';

const SPLIT_HEAD = /^[^\p{L}\p{N}]*split[\s_-]*(?:#|no\.?\s*)?0*(\d{1,3})(?!\d)/iu;

export interface SplitSections {
  /** How many distinct parts the sections name (0: none). */
  count: number;
  /** The first split heading. */
  span?: Span;
  /** Whether a line lies inside a split section. */
  inside(line: number): boolean;
}

export function splitSections(file: string, outline: Outline): SplitSections {
  const ranges: Array<[number, number]> = [];
  const parts = new Set<number>();
  let span: Span | undefined;
  for (const h of outline.headings) {
    const m = SPLIT_HEAD.exec(h.text);
    if (!m) continue;
    parts.add(Number(m[1]));
    span ??= lineSpan(file, h.line, h.column, h.text.length);
    ranges.push([h.line, h.end]);
  }
  return {
    count: parts.size,
    span,
    inside: (line) => ranges.some(([from, to]) => line >= from && line < to),
  };
}
