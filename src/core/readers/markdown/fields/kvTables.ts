// Two-column tables that list one thing's metadata (`| Field | Value |`, then `| Branch | x |`, `| Estimated size | 420 |`):
// each row is a metadata line, read exactly as `**Branch**: x` would be.
import type { MdDoc } from '../doc';
import { splitRow } from '../tableCells';
import { kvLine, type KvLine } from './metadata';
import { branchValue } from './keys';
import { parseStatus, sizeInText } from '../../values';

/** Rows whose first cell is a key Waveplan knows; a table counts when at least two rows are. */
const MIN_KNOWN_ROWS = 2;

export function scanKvTables(doc: MdDoc): KvLine[] {
  const out: KvLine[] = [];
  for (const t of doc.tables) {
    const head = rowKv(doc, t.line);
    if (head === null) continue;
    const rows: KvLine[] = [];
    let every = head !== undefined && fits(head);
    for (let l = t.line + 2; l < t.endLine; l++) {
      const kv = rowKv(doc, l);
      if (kv) rows.push(kv);
      if (!kv || !fits(kv)) every = false;
    }
    // `| Size | ~250 lines |` over `| Depends | W1.1 |`, or that row alone: a table whose every row, its head
    // included, is a field with a value of that field's kind is those fields (`| Status | Notes |` is a head).
    if (every) out.push(head!);
    if (every || rows.length >= MIN_KNOWN_ROWS) for (const kv of rows) out.push(kv);
  }
  // `| Depends | W1.2 |` on a line of its own, with no table around it: a row of such a table, read the same way.
  const paragraphs = doc.paragraphs;
  for (let p = 0; p < paragraphs.length; p += 2) {
    for (let l = paragraphs[p]; l < paragraphs[p + 1]; l++) {
      if (doc.lines[l - 1]?.charCodeAt(0) !== 124 /* | */) continue;
      const kv = rowKv(doc, l);
      if (kv && fits(kv)) out.push(kv);
    }
  }
  return out;
}

/** A row's metadata line; undefined when it is none, null when the row has not two cells. */
function rowKv(doc: MdDoc, line: number): KvLine | undefined | null {
  const raw = doc.lines[line - 1] ?? '';
  if (raw.length > 5000) return undefined;
  const cells = splitRow(raw);
  if (cells.length !== 2) return null;
  return kvLine(line, cells[0].text.replace(/^\*\*|\*\*$/g, ''), cells[1].text, cells[1].column, true);
}

/** Whether a row's value is of its field's kind: a size, a status, a branch, references. */
function fits(kv: KvLine): boolean {
  const v = kv.value;
  switch (kv.field) {
    case 'estimatedLines':
    case 'actualLines':
      return sizeInText(v) !== undefined;
    case 'status':
      return parseStatus(v) !== 'unknown';
    case 'branch':
    case 'baseBranch':
      return branchValue(v);
    case 'dependsOn':
    case 'parallelWith':
    case 'blocks':
      return /\d/.test(v) || /^\s*(?:none|-|—|n\/a)\s*$/i.test(v);
    default:
      return false;
  }
}
