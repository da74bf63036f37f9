// One markdown file as lines plus its block structure (headings, fences, tables, list items, paragraphs), via markdown-it.
import MarkdownIt from 'markdown-it';

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
  headings: MdHeading[];
  fences: MdFence[];
  tables: MdRange[];
  items: MdListItem[];
  /** Lines of paragraphs (and of setext heading text), where metadata lines live. */
  paragraphs: MdRange[];
  frontMatter?: MdRange;
}

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (!parser) {
    // Block structure only: inline parsing is the slow half and readers work on raw lines anyway.
    parser = new MarkdownIt({ html: true });
    parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
    // markdown-it's own normalize rewrites every `\n` as `\n` (a regex match per line, a copy of the text):
    // the same rewrite, done only when the text has a CR or a NUL to change.
    parser.core.ruler.at('normalize', (state) => {
      if (/[\r\0]/.test(state.src)) state.src = state.src.replace(/\r\n?|\n/g, '\n').replace(/\0/g, '\uFFFD');
    });
  }
  return parser;
}

/** Splits like markdown-it and VS Code do: CRLF, CR and LF all end a line. A leading BOM is not a column. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.indexOf('\r') < 0 ? body.split('\n') : body.split(/\r\n?|\n/);
}

const FRONT_KEY = /^[\w-]+\s*:/;
const KEY_LINE = /^\s*(?:[-*+]\s+)?(?:(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)?\s*:|[A-Za-z][\w -]{0,40}:\s)/;

function findFrontMatter(lines: string[]): MdRange | undefined {
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const limit = Math.min(lines.length, 500);
  for (let i = 1; i < limit; i++) {
    const l = lines[i].trimEnd();
    if (l === '---' || l === '...') {
      for (let j = 1; j < i; j++) if (FRONT_KEY.test(lines[j])) return { line: 1, endLine: i + 2 };
      return undefined;
    }
  }
  return undefined;
}

export function parseDoc(file: string, text: string): MdDoc {
  const lines = splitLines(text);
  const frontMatter = findFrontMatter(lines);
  let source = lines;
  if (frontMatter) {
    // Keep line numbers: front matter becomes blank lines for markdown-it.
    source = lines.slice();
    for (let i = frontMatter.line - 1; i < frontMatter.endLine - 1; i++) source[i] = '';
  }
  // Unchanged LF text goes to markdown-it as is; otherwise the normalized lines, so both agree on line numbers.
  const plain = !frontMatter && text.charCodeAt(0) !== 0xfeff && text.indexOf('\r') < 0;
  const tokens = markdown().parse(plain ? text : source.join('\n'), {});
  const doc: MdDoc = { file, lines, headings: [], fences: [], tables: [], items: [], paragraphs: [], frontMatter };
  let depth = 0;
  let listCount = 0;
  const listStack: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        if (!map || !inline) break;
        const setext = t.markup === '=' || t.markup === '-';
        if (setext) doc.paragraphs.push({ line: map[0] + 1, endLine: map[1] });
        const raw = lines[map[0]] ?? '';
        // `**Status**: Active` right above `---` is metadata that markdown-it reads as a setext title.
        if (setext && (map[1] - map[0] > 2 || KEY_LINE.test(raw))) break;
        const h = headingText(raw, setext);
        doc.headings.push({ level: Number(t.tag.slice(1)) || 1, line: map[0] + 1, text: h.text, column: h.column });
        break;
      }
      case 'fence':
        if (map) doc.fences.push(fenceOf(t.info, map, lines));
        break;
      case 'table_open':
        if (map) doc.tables.push({ line: map[0] + 1, endLine: map[1] + 1 });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        depth++;
        listStack.push(listCount++);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        depth--;
        listStack.pop();
        break;
      case 'list_item_open':
        if (map)
          doc.items.push({ line: map[0] + 1, endLine: map[1] + 1, depth, list: listStack[listStack.length - 1] ?? -1 });
        break;
      case 'paragraph_open':
        if (map) doc.paragraphs.push({ line: map[0] + 1, endLine: map[1] + 1 });
        break;
      default:
        break;
    }
  }
  return doc;
}

function headingText(raw: string, setext: boolean): { text: string; column: number } {
  if (setext) {
    const lead = raw.length - raw.trimStart().length;
    return { text: raw.trim(), column: lead + 1 };
  }
  const m = /^\s{0,3}#{1,6}(?:[ \t]+|$)/.exec(raw);
  const start = m ? m[0].length : 0;
  // Closing `#`s and trailing blanks go; done by hand, as a regex from every position of a long run is quadratic.
  let end = raw.length;
  while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > start && raw[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === start || raw[hashes - 1] === ' ' || raw[hashes - 1] === '\t')) {
    end = hashes;
    while (end > start && (raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  }
  return { text: raw.slice(start, end), column: start + 1 };
}

function fenceOf(info: string, map: [number, number], lines: string[]): MdFence {
  const open = lines[map[0]] ?? '';
  const indent = open.length - open.trimStart().length;
  let contentEnd = map[1]; // 0-based exclusive end of the token = 1-based last line
  const last = lines[map[1] - 1];
  if (map[1] - 1 > map[0] && last !== undefined && /^\s*(`{3,}|~{3,})\s*$/.test(last)) contentEnd = map[1] - 1;
  return {
    info: info.trim().split(/\s+/)[0]?.toLowerCase() ?? '',
    line: map[0] + 1,
    contentStart: map[0] + 2,
    contentEnd: contentEnd + 1,
    indent,
  };
}

/** A fence's content lines with its indentation removed, and the columns removed from each line. */
export function fenceContent(doc: MdDoc, fence: MdFence): { text: string; strip: number[] } {
  const out: string[] = [];
  const strip: number[] = [];
  for (let l = fence.contentStart; l < fence.contentEnd; l++) {
    const raw = doc.lines[l - 1] ?? '';
    let k = 0;
    while (k < fence.indent && raw[k] === ' ') k++;
    out.push(raw.slice(k));
    strip.push(k);
  }
  return { text: out.join('\n'), strip };
}
