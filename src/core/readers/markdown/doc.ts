// One markdown file as lines plus its block structure (headings, fences, tables, list items, paragraphs): read by the
// block scanner (scan/), or by markdown-it when the scanner meets a construct it does not model.
import { DocBuilder } from './docBuilder';
import type { MdDoc, MdFence, MdRange } from './docTypes';
import { scanBlocks } from './scan/scanBlocks';
import { withoutNul } from './scan/state';

export type { MdDoc, MdFence, MdHeading, MdListItem } from './docTypes';

/** Splits like markdown-it and VS Code do: CRLF, CR and LF all end a line. A leading BOM is not a column. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.indexOf('\r') < 0 ? body.split('\n') : body.split(/\r\n?|\n/);
}

const FRONT_KEY = /^[\w-]+\s*:/;

export function findFrontMatter(lines: string[]): MdRange | undefined {
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

/**
 * A block pass: reads `src` (LF line ends, NUL as in the file; `lines` its lines) into `out`, or returns false to leave the
 * file to the next.
 */
export type BlockPass = (src: string, out: DocBuilder, lines: readonly string[]) => boolean;

// markdown-it (and the module that walks its tokens) is loaded only when the scanner bails out. Its block parser
// reads the text as markdown-it's normalize leaves it: NUL replaced.
const markdownItPass: BlockPass = (src, out) =>
  (require('./markdownItBlocks') as typeof import('./markdownItBlocks')).blocksWithMarkdownIt(withoutNul(src), out);

// The scanner, then markdown-it for what the scanner does not model.
const PASSES: readonly BlockPass[] = [scanBlocks, markdownItPass];

export function parseDoc(file: string, text: string): MdDoc {
  return readDoc(file, text).doc;
}

/** parseDoc with its block passes named; says which pass read the file (tests compare passes and count bail-outs). */
export function readDoc(file: string, text: string, passes = PASSES): { doc: MdDoc; pass: number } {
  const lines = splitLines(text);
  const frontMatter = findFrontMatter(lines);
  let source = lines;
  if (frontMatter) {
    // Keep line numbers: front matter becomes blank lines for the block pass.
    source = lines.slice();
    for (let i = frontMatter.line - 1; i < frontMatter.endLine - 1; i++) source[i] = '';
  }
  // Unchanged LF text is read as is; otherwise the normalized lines, so both agree on line numbers. NUL stays: each
  // pass replaces it where it matters (scan/state.ts, withoutNul).
  const plain = !frontMatter && text.charCodeAt(0) !== 0xfeff && text.indexOf('\r') < 0;
  const src = plain ? text : source.join('\n');
  for (let pass = 0; pass < passes.length; pass++) {
    const out = new DocBuilder(file, text, lines, frontMatter);
    if (passes[pass](src, out, source)) return { doc: out.doc, pass };
  }
  return { doc: new DocBuilder(file, text, lines, frontMatter).doc, pass: passes.length };
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
