// Sections whose heading is a metadata key: `## Dependencies` over a list, `## Status` / `## Branch` over a line.
// They read as the metadata line `**Dependencies**:` / `**Status**: …` would, merged into the metadata lines in line
// order, so a value written earlier still wins.
import type { EffortField, FactField } from '../../../model/model';
import type { MdDoc } from '../doc';
import type { Outline } from '../outline';
import { keyInfo, refListField } from './keys';
import type { KvLine } from './metadata';
import type { KvLines } from './kvLines';

// Fields one short line states; lists and names are not read from a paragraph.
const LINE_FIELDS: ReadonlySet<FactField> = new Set<EffortField>([
  'status',
  'branch',
  'baseBranch',
  'directory',
  'estimatedLines',
  'actualLines',
  'canParallelize',
]);

const NOT_A_VALUE = /^\s*(?:[-*+]\s|[>|]|\d{1,9}[.)]\s)/;

/** `kv`: the document's metadata lines, in line order. */
export function withHeadingKeys(kv: KvLines, doc: MdDoc, outline: Outline): KvLines {
  const extra: KvLine[] = [];
  let firstLines: Set<number> | undefined;
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < outline.headings.length; i++) {
    const h = outline.headings[i];
    if (h.level < 2 || h.text.length > 40) continue;
    const list = refListField(h.text);
    if (list) {
      if (!ownLines(kv, h.line, h.end))
        extra.push({
          line: h.line,
          key: h.text,
          value: '',
          column: h.column + h.text.length,
          field: list,
          idKey: false,
        });
      continue;
    }
    // An effort heading's text is no key: no need to normalize every one of a plan's efforts.
    if (h.effort) continue;
    const field = keyInfo(h.text).field;
    if (!field || !LINE_FIELDS.has(field) || ownLines(kv, h.line, h.end)) continue;
    firstLines ??= paragraphStarts(doc);
    const line = firstLineBelow(doc, h.line, h.end);
    if (line === undefined || !firstLines.has(line)) continue;
    const text = doc.lines[line - 1] ?? '';
    // A list or quote below (`- E4.1.1 (vet-directory): Complete`) reports on other things, not a value.
    if (NOT_A_VALUE.test(text)) continue;
    const lead = text.length - text.trimStart().length;
    extra.push({ line, key: h.text, value: text.slice(lead), column: lead + 1, field, idKey: false });
  }
  return kv.withExtra(extra.sort((a, b) => a.line - b.line));
}

/**
 * A section that speaks in `- Depends on: …` / `Status: done` lines says itself what each line means. `kv` is in line
 * order: a binary search for the first line below the heading, not a scan of every metadata line per heading.
 */
function ownLines(kv: KvLines, headingLine: number, end: number): boolean {
  let lo = 0;
  let hi = kv.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (kv.lineAt(mid) > headingLine) hi = mid;
    else lo = mid + 1;
  }
  return lo < kv.length && kv.lineAt(lo) < end;
}

/** The first non-blank line of a section, when it is near the heading (a value, not a later paragraph). */
function firstLineBelow(doc: MdDoc, headingLine: number, end: number): number | undefined {
  for (let l = headingLine + 1; l < Math.min(end, headingLine + 3); l++) if ((doc.lines[l - 1] ?? '').trim()) return l;
  return undefined;
}

function paragraphStarts(doc: MdDoc): Set<number> {
  const starts = new Set<number>();
  for (let p = 0; p < doc.paragraphs.length; p += 2) starts.add(doc.paragraphs[p]);
  return starts;
}
