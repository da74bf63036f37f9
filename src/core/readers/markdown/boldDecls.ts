// Efforts declared by a bold line that stands for a heading: `**E3.1.1 — Auth screens** (≈350 LOC)` or
// `**E3.1.1** — Auth screens`, the first line of a paragraph, with the effort's fields on the lines below it
// (`Depends: E3.1.1`, `Branch: …`) up to the next such line or heading. Only a short name, and at most a size note
// after it: a paragraph that starts with a bold id and goes on as a sentence is prose about the effort.
import { idPlace, type Decl } from './decls';
import type { MdDoc } from './doc';
import { FactBuilder, NAME_RANK, spanAt } from './facts';
import { wordCount, withoutTrailingSize } from './fields/bulletSegments';
import { effortName, firstId, sizeInText } from './fields/locatedValues';
import { PHASE_WAVE_EFFORT } from '../../model/ids';
import type { Outline } from './outline';

/**
 * The id and the name inside the bold (`**E3.1.1 — Auth screens**`), or only the id (`**E3.1.1** — Auth screens`),
 * each with the id's phase, wave and effort numbers first.
 */
function boldPatterns(id: string): { all: RegExp; id: RegExp } {
  return {
    all: new RegExp(String.raw`^\*\*${id}[ \t]*[:\-–—][ \t]*([^*\n]{1,80}?)\*\*(.*)$`, 'i'),
    id: new RegExp(String.raw`^\*\*${id}\*\*[ \t]*[:\-–—][ \t]*(.{1,120})$`, 'i'),
  };
}

const DOTTED = boldPatterns(String.raw`(?:Effort[ \t]+)?E?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])`);
// `**P1W2-E1**: Emitter (~500 lines)`: the id's short form.
const SHORT = boldPatterns(PHASE_WAVE_EFFORT);
/** After the name: nothing, or a size note in brackets or after a dash (`(≈350 LOC)`, `— ~300 lines`). */
const SIZE_NOTE = /^[ \t]*(?:\([^()\n]{1,60}\)|[-–—][ \t]+[^\n]{1,40})?[ \t]*$/;
const MAX_NAME_WORDS = 6;

export function boldLineDecls(doc: MdDoc, outline: Outline): Decl[] {
  const out: Decl[] = [];
  const paragraphs = doc.paragraphs;
  for (let p = 0; p < paragraphs.length; p += 2) {
    const line = paragraphs[p];
    const text = doc.lines[line - 1] ?? '';
    if (text.charCodeAt(0) !== 42 || text.charCodeAt(1) !== 42 || text.length > 300 || !mayLeadWithId(text)) continue;
    const decl = boldLine(doc.file, text, line);
    if (decl) out.push(decl);
  }
  // Each owns the lines below it up to the next one or the next heading.
  const headings = outline.headings;
  let h = 0;
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    while (h < headings.length && headings[h].line <= d.line) h++;
    const nextHeading = headings[h]?.line ?? doc.lines.length + 1;
    d.endLine = Math.min(nextHeading, out[i + 1]?.line ?? nextHeading);
  }
  return out;
}

/**
 * Whether the bold may open with an id, as both patterns need: `E`, `Effort` or a digit (`**E3.1.1`, `**3.1.1`), or `P`
 * (`**P1W2-E1`), in either case. Most bold lines are fields (`**Size Estimate**: …`, one per effort), and skip both.
 */
function mayLeadWithId(text: string): boolean {
  const c = text.charCodeAt(2);
  const lower = c | 0x20;
  return lower === 0x65 /* e */ || lower === 0x70 /* p */ || (c >= 0x30 && c <= 0x39);
}

function boldLine(file: string, text: string, line: number): Decl | undefined {
  const patterns = (text.charCodeAt(2) | 0x20) === 0x70 /* p */ ? SHORT : DOTTED;
  let m = patterns.all.exec(text);
  let name: string;
  let nameStart: number;
  let size: ReturnType<typeof sizeInText>;
  let sizeAt = 0;
  if (m) {
    if (!SIZE_NOTE.test(m[5])) return undefined;
    name = m[4];
    sizeAt = text.length - m[5].length;
    // The name ends where the closing `**` starts (a search for its text could find it inside the id: `**E1.1.1 — 1**`).
    nameStart = sizeAt - 2 - name.length;
    size = sizeInText(m[5]);
  } else {
    m = patterns.id.exec(text);
    if (!m) return undefined;
    nameStart = text.length - m[4].length;
    size = sizeInText(m[4]);
    name = withoutTrailingSize(m[4], size);
    // `**E3.1.1** — auth screens that … because …`: a sentence, not a name.
    if (name.length < m[4].length && !SIZE_NOTE.test(m[4].slice(name.length))) return undefined;
    sizeAt = nameStart;
  }
  if (wordCount(name) > MAX_NAME_WORDS) return undefined;
  const id = `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
  const at = (start: number, end: number) => spanAt(file, line, 1, start, end);
  // Where the id is written: its digits (`1.2.1` of `E1.2.1`), or all of `P1W2-E1`.
  const written = patterns === SHORT ? firstId(text)! : undefined;
  const idStart = written ? written.start : text.search(/\d/);
  const idSpan = at(idStart, written ? written.end : idStart + `${m[1]}.${m[2]}.${m[3]}`.length);
  const b = new FactBuilder(id, 'bullet', at(0, text.length));
  const cleaned = effortName(name);
  if (cleaned) b.setName(cleaned.value, at(nameStart + cleaned.start, nameStart + cleaned.end), NAME_RANK.heading);
  if (size) b.setSize(size, at(sizeAt + size.start, sizeAt + size.end));
  return { b, idSpan, by: 'bullet', line, endLine: line + 1, ...idPlace(id, idSpan) };
}
