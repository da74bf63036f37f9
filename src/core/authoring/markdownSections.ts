// Markdown heading sections of a file, fence-aware (a `# comment` inside a ```bash block is not a heading).
import type { FileText } from '../fixes/text';

const HEADING = /^ {0,3}(#{1,6})(?:\s|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Heading level of a line, or 0. */
export function headingLevel(line: string): number {
  const m = HEADING.exec(line);
  return m ? m[1].length : 0;
}

/** The line (1-based) where the section of the heading at `line` ends (exclusive): the next heading of the same or a higher level. */
export function sectionEnd(ft: FileText, line: number): number {
  const level = headingLevel(ft.lineText(line));
  let fence: string | undefined;
  for (let l = line + 1; l <= ft.lineCount; l++) {
    const text = ft.lineText(l);
    const f = FENCE.exec(text);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fence) continue;
    const lv = headingLevel(text);
    if (lv > 0 && lv <= level) return l;
  }
  return ft.lineCount + 1;
}

/** Offset where a line starts, or the end of the text for the line after the last. */
export function lineOffset(ft: FileText, line: number): number {
  return line > ft.lineCount ? ft.text.length : ft.lineStart(line);
}

const BLANK_BEFORE = /\n[ \t\r]*\n$/;
const BLANK_AFTER = /^[ \t\r]*\n/;

/** Text to insert at line start `at` so that `block` lands on its own lines, set off by blank lines from its neighbours. */
export function blockInsertion(ft: FileText, at: number, block: string): string {
  let text = block.endsWith('\n') ? block : block + ft.eol;
  const before = ft.text.slice(Math.max(0, at - 8), at);
  if (at > 0 && !before.endsWith('\n')) text = ft.eol + ft.eol + text;
  else if (at > 0 && !BLANK_BEFORE.test(before)) text = ft.eol + text;
  const after = ft.text.slice(at, at + 8);
  if (at < ft.text.length && !BLANK_AFTER.test(after) && !BLANK_BEFORE.test(text)) text += ft.eol;
  return text;
}
