// Effort tables whose rows carry no effort number: a slug in an id column (`| task-21 | Config loader | … |`,
// `| auth-api | … |`), a name in an `Effort` or `Task` column (`| Feed schema | … | 300 |`), or agents with their
// tasks (`| Agent 2 | Feed parser | Agent 1 | 450 |`). Only a table that sizes its rows or lists their dependencies
// is one: each row is an effort whose id is its slug (`task-21`, `feed-parser`), placed in the wave the table sits
// in. A table that looks like one but cannot be read so is said at its head, never passed over in silence.
import { slugId } from '../../model/ids';
import type { DependencyRef, PlanDiagnostic, RefList } from '../../model/model';
import { PlainRefList } from '../../model/plainObjects';
import { lineSpan } from '../../model/span';
import type { MdDoc } from './doc';
import { FactBuilder, NAME_RANK } from './facts';
import type { KeyInfo } from './fields/keys';
import { cleanName, cleanValue, firstId, locateSize } from './fields/locatedValues';
import { contextAt, type Outline } from './outline';
import { EFFORT_NOUNS } from './effortNouns';
import { applyCell, ROW_FIELDS, splitRow } from './tableCells';

/** Columns whose cells are ids: only a slug token is read from them (`task-21`, `AUTH-12`, `auth-api`). */
const ID_COLUMNS = new Set(['id', 'effort id', 'key', ...EFFORT_NOUNS.map((n) => `${n} id`)]);
/** Columns whose cells name the row's work: a name, or a slug. */
const NAME_COLUMNS = new Set<string>(['effort', 'effort name', ...EFFORT_NOUNS]);
const SLUG = /^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$/;
const DASH = /^[-—–]?$/;
/** A name of at most six words: longer text in a name column is a description, not an effort's name. */
const MAX_NAME_WORDS = 6;

interface Row {
  line: number;
  id: string;
  /** The key cell's column and length, and the name as written with its place. */
  column: number;
  length: number;
  name?: { value: string; column: number; length: number };
}

export function readUnnumberedTable(
  doc: MdDoc,
  t: { line: number; endLine: number },
  keys: readonly KeyInfo[],
  outline: Outline,
  into: Map<string, FactBuilder>,
  diagnostics: PlanDiagnostic[],
): void {
  if (!keys.some((k) => k.field === 'estimatedLines' || k.field === 'actualLines' || k.field === 'dependsOn')) return;
  const header = keys.map((k) => k.norm);
  const idCol = header.findIndex((h) => ID_COLUMNS.has(h));
  const agentCol = header.indexOf('agent');
  const named = header.findIndex((h, i) => i !== idCol && (NAME_COLUMNS.has(h) || keys[i].field === 'name'));
  // `| Agent 1 | p6w1-sync-api | 500 |`: without a name column, an agent's branch names its work.
  const nameCol = named >= 0 || agentCol < 0 ? named : keys.findIndex((k) => k.field === 'branch');
  const keyCol = idCol >= 0 ? idCol : agentCol >= 0 ? agentCol : nameCol;
  if (keyCol < 0) return;
  const headSpan = lineSpan(doc.file, t.line, 1, (doc.lines[t.line - 1] ?? '').trimEnd().length || 1);
  const unread = (why: string): void => {
    diagnostics.push({
      ...headSpan,
      code: 'effort-without-id',
      severity: 'warning',
      message: `This table sizes or orders work like a table of efforts, but ${why}, so its rows are not read as efforts (no size check, dependency or status). Give each row an effort id (\`E1.2.3\`) or a slug (\`auth-api\`) in an \`ID\` column.`,
      efforts: [],
    });
  };
  const sizeCols = keys.flatMap((k, i) => (k.field === 'estimatedLines' || k.field === 'actualLines' ? [i] : []));
  const sizedInLines = keyCol === nameCol && anySized(doc, t, sizeCols);
  const rows: Row[] = [];
  // What each row's key cell says (`Agent 1`), for dependency cells that name rows by it.
  const byKey = new Map<string, string>();
  for (let l = t.line + 2; l < t.endLine; l++) {
    const raw = doc.lines[l - 1] ?? '';
    if (raw.length > 5000) continue;
    const cells = splitRow(raw);
    const key = cells[keyCol];
    const keyText = key ? cleanValue(key.text)?.value : undefined;
    if (!key || !keyText || DASH.test(keyText)) continue;
    // Rows about numbered efforts belong to the tables that read numbers (`| Docs for E1.1.1 | … |` is a to-do).
    if (firstId(key.text)) return;
    const nameCell = nameCol >= 0 && nameCol !== keyCol ? cells[nameCol] : undefined;
    const nameText = nameCell ? cleanName(nameCell.text) : undefined;
    const name =
      nameText && nameCell
        ? { value: nameText.value, column: nameCell.column + nameText.start, length: nameText.end - nameText.start }
        : undefined;
    let id: string;
    if (keyCol === idCol) {
      if (!SLUG.test(keyText)) return unread(`its ${keys[idCol].key} column holds "${keyText}", which is no id`);
      id = slugId(keyText);
    } else if (keyCol === agentCol) {
      if (!name) return unread(`its rows name agents, not their work (no \`Task\` or \`Name\` column)`);
      id = slugId(name.value);
    } else {
      const own = cleanName(key.text);
      // Names alone make efforts only where the rows are sized in lines (`| Write docs | 2 days |` is a to-do).
      if (!own || own.value.split(/\s+/).length > MAX_NAME_WORDS || !sizedInLines) return;
      id = slugId(own.value);
    }
    if (byKey.has(keyText.toLowerCase()) || rows.some((r) => r.id === id))
      return unread(`two of its rows are "${keyText}"`);
    byKey.set(keyText.toLowerCase(), id);
    const keyName = keyCol === agentCol ? undefined : cleanName(key.text);
    rows.push({
      line: l,
      id,
      column: key.column,
      length: key.text.length,
      name:
        name ??
        (keyName && { value: keyName.value, column: key.column + keyName.start, length: keyName.end - keyName.start }),
    });
  }
  const fields = keys.map((k, i) =>
    i === keyCol || (i === nameCol && k.field !== 'branch') || i === agentCol || !k.field || !ROW_FIELDS.has(k.field)
      ? undefined
      : k.field,
  );
  for (const row of rows) {
    const span = lineSpan(doc.file, row.line, row.column, row.length);
    const b = into.get(row.id) ?? new FactBuilder(row.id, 'table', span);
    into.set(row.id, b);
    const cells = splitRow(doc.lines[row.line - 1]);
    cells.forEach((cell, i) => {
      const field = fields[i];
      if (field && cell) applyCell(b, field, cell, doc.file, row.line, undefined, keys[i].everyday);
    });
    if (row.name)
      b.setName(row.name.value, lineSpan(doc.file, row.line, row.name.column, row.name.length), NAME_RANK.heading);
    const ctx = contextAt(outline, row.line);
    b.setNumber('phase', ctx.phase);
    b.setNumber('wave', ctx.wave);
    // `Agent 1`, `Feed schema`: a dependency on another row by what the table calls it.
    for (const field of ['dependsOn', 'parallelWith', 'blocks'] as const) {
      const list = b.fact[field];
      if (list && list.refs.some((r) => r.external && byKey.has(r.id.toLowerCase())))
        b.fact[field] = byRow(list, byKey);
    }
  }
}

function byRow(list: RefList, byKey: ReadonlyMap<string, string>): RefList {
  const refs = list.refs.map((r): DependencyRef => {
    const id = r.external ? byKey.get(r.id.toLowerCase()) : undefined;
    return id ? { ...r, id, external: false } : r;
  });
  return new PlainRefList(list.span, refs);
}

/** Whether any row gives a size in lines in one of the columns (a duration or a count of other things is none). */
function anySized(doc: MdDoc, t: { line: number; endLine: number }, cols: readonly number[]): boolean {
  for (let l = t.line + 2; l < t.endLine; l++) {
    const cells = splitRow(doc.lines[l - 1] ?? '');
    if (cols.some((c) => cells[c] && locateSize(cells[c].text).estimated)) return true;
  }
  return false;
}
