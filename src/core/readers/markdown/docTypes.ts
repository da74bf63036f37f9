// The block structure of one markdown file that the readers work from.
export interface MdHeading {
  level: number;
  /** 1-based line of the heading text. */
  line: number;
  text: string;
  /** 1-based column where `text` starts on that line. */
  column: number;
}

export interface MdFence {
  info: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based first and (exclusive) last content lines. */
  contentStart: number;
  contentEnd: number;
  /** Spaces of indentation of the opening fence, stripped from content lines. */
  indent: number;
}

/** A line range [line, endLine), 1-based. */
export interface MdRange {
  line: number;
  endLine: number;
}

export interface MdListItem extends MdRange {
  depth: number;
  /** Index of the list this item belongs to (items of one list share it). */
  list: number;
}

export interface MdDoc {
  file: string;
  /** Line texts, index 0 = line 1, without line breaks. */
  lines: string[];
  /** The whole text as read: one search of it tells whether any line can hold a pattern. */
  text: string;
  headings: MdHeading[];
  fences: MdFence[];
  tables: MdRange[];
  items: MdListItem[];
  /**
   * Lines of paragraphs (and of setext heading text), where metadata lines live: paragraph k holds lines
   * paragraphs[2k] up to paragraphs[2k + 1] (exclusive). Pairs of numbers, not an object each (a plan of 100,000
   * efforts has as many paragraphs, all kept until its read ends).
   */
  paragraphs: number[];
  frontMatter?: MdRange;
}
