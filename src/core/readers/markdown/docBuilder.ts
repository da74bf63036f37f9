// Turns block events (markdown-it's token maps, or the scanner's same events) into an MdDoc: one place for what a
// heading's text is, which setext titles are metadata, and where a fence's content ends.
import type { MdDoc, MdFence, MdListItem, MdRange } from './docTypes';

// `**Status**: Active` right above `---` is metadata that markdown-it reads as a setext title.
const KEY_LINE = /^\s*(?:[-*+]\s+)?(?:(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)?\s*:|[A-Za-z][\w -]{0,40}:\s)/;

/** Block events in markdown-it's terms: `start`/`end` are its 0-based token map (end exclusive). */
export class DocBuilder {
  readonly doc: MdDoc;
  private depth = 0;
  private listCount = 0;
  private readonly listStack: number[] = [];

  constructor(file: string, text: string, lines: string[], frontMatter: MdRange | undefined) {
    this.doc = { file, lines, text, headings: [], fences: [], tables: [], items: [], paragraphs: [], frontMatter };
  }

  heading(level: number, start: number, end: number, setext: boolean): void {
    const doc = this.doc;
    if (setext) doc.paragraphs.push(start + 1, end);
    const raw = doc.lines[start] ?? '';
    if (setext && (end - start > 2 || KEY_LINE.test(raw))) return;
    // The text and its column, written straight into the heading (no object between).
    const from = setext ? raw.length - raw.trimStart().length : atxTextStart(raw);
    // With room for what the outline adds (outline.ts, Heading), which completes this object in place rather than
    // copying it: one object per heading, not two (a file may hold 500,000).
    const heading = {
      level,
      line: start + 1,
      text: setext ? raw.trim() : raw.slice(from, atxTextEnd(raw, from)),
      column: from + 1,
      index: 0,
      parent: undefined,
      end: 0,
      phase: undefined,
      wave: undefined,
      effort: undefined,
      repeatOf: undefined,
    };
    doc.headings.push(heading);
  }

  /** `info` is the opening line after its backticks or tildes, as markdown-it gives it. */
  fence(info: string, start: number, end: number): void {
    this.doc.fences.push(fenceOf(info, start, end, this.doc.lines));
  }

  table(start: number, end: number): void {
    this.doc.tables.push({ line: start + 1, endLine: end + 1 });
  }

  paragraph(start: number, end: number): void {
    this.doc.paragraphs.push(start + 1, end + 1);
  }

  openList(): void {
    this.depth++;
    this.listStack.push(this.listCount++);
  }

  closeList(): void {
    this.depth--;
    this.listStack.pop();
  }

  /** An item of the innermost open list; its end may be set later with `endItem`. */
  item(start: number, end: number): MdListItem {
    const item = {
      line: start + 1,
      endLine: end + 1,
      depth: this.depth,
      list: this.listStack[this.listStack.length - 1] ?? -1,
    };
    this.doc.items.push(item);
    return item;
  }

  endItem(item: MdListItem, end: number): void {
    item.endLine = end + 1;
  }
}

/**
 * Where an ATX heading's text that starts at `start` ends: before its closing `#`s and trailing blanks. Done by hand,
 * as a regex from every position of a long run is quadratic.
 */
export function atxTextEnd(raw: string, start: number): number {
  let end = raw.length;
  while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > start && raw[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === start || raw[hashes - 1] === ' ' || raw[hashes - 1] === '\t')) {
    end = hashes;
    while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  }
  return end;
}

const ATX_OPEN = /^\s{0,3}#{1,6}(?:[ \t]+|$)/;

/** Where an ATX heading's text starts: ATX_OPEN's match length, by hand when the line starts with `#` (most do). */
function atxTextStart(raw: string): number {
  if (raw.charCodeAt(0) !== 35 /* # */) return ATX_OPEN.exec(raw)?.[0].length ?? 0;
  let i = 1;
  while (raw.charCodeAt(i) === 35) i++;
  if (i > 6 || (i < raw.length && raw.charCodeAt(i) !== 32 && raw.charCodeAt(i) !== 9)) return 0;
  while (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9) i++;
  return i;
}

// The info string's first word, as `info.trim().split(/\s+/)[0]` gives it, without the trimmed copy and the array.
const FIRST_WORD = /\S+/;
const CLOSING_FENCE = /^\s*(`{3,}|~{3,})\s*$/;

function fenceOf(info: string, start: number, end: number, lines: string[]): MdFence {
  const open = lines[start] ?? '';
  const indent = open.length - open.trimStart().length;
  let contentEnd = end; // 0-based exclusive end of the token = 1-based last line
  const last = lines[end - 1];
  if (end - 1 > start && last !== undefined && CLOSING_FENCE.test(last)) contentEnd = end - 1;
  return {
    info: FIRST_WORD.exec(info)?.[0].toLowerCase() ?? '',
    line: start + 1,
    contentStart: start + 2,
    contentEnd: contentEnd + 1,
    indent,
  };
}
