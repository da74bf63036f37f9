// An effort plan's `## Split 001: client core` sections describe the parts the effort was split into (their own
// branch, base and size, as SPLIT-PLAN files write them). Those fields are the parts', never the effort's; the
// sections themselves record that the effort was split, and into how many parts.
import type { Span } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { Outline } from './outline';
import { isSplitPartHeading, splitPartOf } from './fields/splitPart';

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
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < outline.headings.length; i++) {
    const h = outline.headings[i];
    const m = SPLIT_HEAD.exec(h.text);
    if (!m) continue;
    parts.add(Number(m[1]));
    span ??= lineSpan(file, h.line, h.column, h.text.length);
    ranges.push([h.line, h.end]);
  }
  return {
    count: parts.size,
    span,
    inside: insideAny(ranges),
  };
}

export interface SplitParts {
  /** Per effort id, how many parts its headings name, and where the first is. */
  byId: Map<string, { count: number; span: Span }>;
  /** Whether a line lies in a part's section (its fields are the part's). */
  inside(line: number): boolean;
}

const NO_PARTS: SplitParts = { byId: new Map(), inside: () => false };

/** The split parts a plan's headings name (`#### E1.1.1-split-001: …`), per effort. */
export function splitPartHeadings(file: string, outline: Outline): SplitParts {
  const found = new Map<string, { parts: Set<number>; span: Span }>();
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < outline.headings.length; i++) {
    const h = outline.headings[i];
    if (!isSplitPartHeading(h.text)) continue;
    const { id, part } = splitPartOf(h.text)!;
    const seen = found.get(id) ?? { parts: new Set<number>(), span: lineSpan(file, h.line, h.column, h.text.length) };
    seen.parts.add(part);
    found.set(id, seen);
    ranges.push([h.line, h.end]);
  }
  if (!ranges.length) return NO_PARTS;
  return {
    byId: new Map([...found].map(([id, v]) => [id, { count: v.parts.size, span: v.span }])),
    inside: insideAny(ranges),
  };
}

/** Whether a line lies in one of the sections [from, to). */
function insideAny(ranges: ReadonlyArray<[number, number]>): (line: number) => boolean {
  return (line) => ranges.some(([from, to]) => line >= from && line < to);
}
