// Two-column tables that list one thing's metadata (`| Field | Value |`, then `| Branch | x |`, `| Estimated size | 420 |`):
// each row is a metadata line, read exactly as `**Branch**: x` would be.
import type { MdDoc } from '../doc';
import { splitRow } from '../tables';
import { kvLine, type KvLine } from './metadata';

/** Rows whose first cell is a key Waveplan knows; a table counts when at least two rows are. */
const MIN_KNOWN_ROWS = 2;

export function scanKvTables(doc: MdDoc): KvLine[] {
  const out: KvLine[] = [];
  for (const t of doc.tables) {
    if (splitRow(doc.lines[t.line - 1] ?? '').length !== 2) continue;
    const rows: KvLine[] = [];
    for (let l = t.line + 2; l < t.endLine; l++) {
      const raw = doc.lines[l - 1] ?? '';
      if (raw.length > 5000) continue;
      const cells = splitRow(raw);
      if (cells.length !== 2) continue;
      const kv = kvLine(l, cells[0].text.replace(/^\*\*|\*\*$/g, ''), cells[1].text, cells[1].column, true);
      if (kv) rows.push(kv);
    }
    if (rows.length >= MIN_KNOWN_ROWS) for (const kv of rows) out.push(kv);
  }
  return out;
}
