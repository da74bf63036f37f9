// Tables → facts, only for rows whose key cell yields an effort: an id (`5.1.1`, `…effort-E1.1.1-…`), a name
// the same file pairs with an id (`p6w1-synctarget-controller`, `W6E1`), or `Agent N` on a `pPwW-…` branch where
// the file's graph has effort P.W.N with the same size or name. Wave summaries (`| Wave | Branches |`) give ids only.
// A table none of whose rows does may list efforts without ids (unnumberedTables.ts).
import { parseEffortId, slugId } from '../../model/ids';
import type { PlanDiagnostic, Span } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { Aliases } from './aliases';
import type { MdDoc } from './doc';
import { FactBuilder, NAME_RANK } from './facts';
import { contextAt, type Outline } from './outline';
import { cleanName, cleanValue, expandIdRange, firstId, leadingId, locateSize } from './fields/locatedValues';
import { keyInfo, type KeyInfo } from './fields/keys';
import { writtenStatus } from '../values';
import { addSplitPart, isSplitPartRow } from './splitPartRows';
import { EFFORT_NOUNS } from './effortNouns';
import { applyCell, ROW_FIELDS, splitRow, type Cell } from './tableCells';
import { readUnnumberedTable } from './unnumberedTables';

const ID_HEADERS = new Set(['effort', 'effort id', 'id', 'effort name']);
/** `| Task | Title |`, `| Key | Summary |`: an id column by another name, only where its cells lead with effort ids. */
const NOUN_HEADERS = new Set(['key', ...EFFORT_NOUNS.flatMap((n) => [n, `${n} id`])]);
/** `| ID | Task |`: beside an id column, the nouns that name the row's work (not `Key` or `Task ID`). */
const NAME_NOUNS: ReadonlySet<string> = new Set(EFFORT_NOUNS);
/** `| # | Effort |`: a number column beside a name column holds the ids (`3.1.1`). */
const NUMBER_HEADERS = new Set(['#', 'no', 'number', 'effort #', 'effort no', 'effort number', 'ref']);
const BRANCH_HEADERS = new Set(['branch', 'branch name', 'effort branch']);
const MULTI_HEADERS = new Set(['branches', 'efforts', 'effort ids']);

export function readTables(
  doc: MdDoc,
  outline: Outline,
  aliases: Aliases,
  into: Map<string, FactBuilder>,
  unnumbered: { owned: (line: number) => boolean; diagnostics: PlanDiagnostic[] },
): void {
  for (const t of doc.tables) {
    if (t.endLine - t.line < 3) continue;
    const keys = splitRow(doc.lines[t.line - 1] ?? '').map((c) => keyInfo(c.text));
    // A table whose rows gave no effort by number or known name may list efforts without ids (unnumberedTables.ts).
    // Not one in an effort's own section: those rows are the effort's steps.
    if (!readNumberedTable(doc, t, keys, outline, aliases, into) && !unnumbered.owned(t.line))
      readUnnumberedTable(doc, t, keys, outline, into, unnumbered.diagnostics);
  }
}

/** One table's rows that name efforts by id (or by a name the file pairs with one); whether any row did. */
function readNumberedTable(
  doc: MdDoc,
  t: { line: number; endLine: number },
  keys: readonly KeyInfo[],
  outline: Outline,
  aliases: Aliases,
  into: Map<string, FactBuilder>,
): boolean {
  let read = false;
  const header = keys.map((k) => k.norm);
  const numberCol = header.findIndex((h) => NUMBER_HEADERS.has(h));
  const idHeader = header.findIndex((h) => ID_HEADERS.has(h));
  // A column under another name (`Task`) gives ids only where they lead its cells: never a name the file knows.
  const nounCol = idHeader < 0 ? nounIdColumn(doc, t, header) : -1;
  const nameCol = idHeader >= 0 ? idHeader : nounCol;
  const idCol = numberCol >= 0 ? numberCol : nameCol;
  // With a number column, the `Effort` column is tried for an id too (`| 1 | E3.1.1: metrics |`), else it names.
  const altCol = numberCol >= 0 ? nameCol : -1;
  const branchCol = header.findIndex((h) => BRANCH_HEADERS.has(h));
  const multiCol = header.findIndex((h) => MULTI_HEADERS.has(h));
  const agentCol = header.indexOf('agent');
  if (idCol < 0 && branchCol < 0 && multiCol < 0) return false;
  // `| ID | Task | LOC |`: beside the id column, a `Task` (`Story`, `Item`) column names the row's effort.
  const nounNameCol = idCol >= 0 && nounCol < 0 ? header.findIndex((h, i) => i !== idCol && NAME_NOUNS.has(h)) : -1;
  // A `Dependency` column names what is depended on, not what the row's effort depends on.
  const fields = header
    .map((h, i) =>
      i === idCol || i === multiCol || i === agentCol || h === 'dependency'
        ? undefined
        : i === altCol || i === nounNameCol
          ? 'name'
          : // `| Parallel |` holds ids (parallel with) or yes/no (can parallelize), told cell by cell.
            h === 'parallel'
            ? 'parallelWith'
            : keys[i].field,
    )
    .map((f) => (f && ROW_FIELDS.has(f) ? f : undefined));
  const sizeCols = fields.flatMap((f, i) => (f === 'estimatedLines' || f === 'actualLines' ? [i] : []));
  // The effort of the row above, while the rows below it are its split parts.
  let splitFrom: FactBuilder | undefined;
  for (let l = t.line + 2; l < t.endLine; l++) {
    const raw = doc.lines[l - 1] ?? '';
    if (raw.length > 5000) continue;
    const cells = splitRow(raw);
    if (idCol < 0 && branchCol < 0) {
      multiRow(doc.file, l, cells[multiCol], into);
      continue;
    }
    if (splitFrom && branchCol >= 0 && isSplitPartRow(cells[branchCol])) {
      addSplitPart(splitFrom, cells, sizeCols, (c, s, e) => lineSpan(doc.file, l, c.column + s, e - s));
      continue;
    }
    const row = rowEffort(
      doc.file,
      l,
      cells,
      [idCol, altCol, branchCol],
      nounCol,
      branchCol,
      agentCol,
      aliases,
      outline,
    );
    splitFrom = undefined;
    if (!row) continue;
    read = true;
    const b = into.get(row.id) ?? new FactBuilder(row.id, 'table', row.span);
    into.set(row.id, b);
    splitFrom = b;
    const place = parseEffortId(row.id);
    if (place) {
      b.setNumber('phase', { value: place.phase, span: row.idSpan });
      b.setNumber('wave', { value: place.wave, span: row.idSpan });
    }
    cells.forEach((cell, i) => {
      // The `Effort` column that gave this row its id names it with what follows the id (`E3.2.1: Dashboards`).
      if (i === row.col && (i === altCol || i === nameCol)) nameAfterId(b, cell, doc.file, l);
      else if (fields[i] && cell) applyCell(b, fields[i]!, cell, doc.file, l, place, keys[i].everyday);
    });
    // `| ~~E3.1.6~~ | ~~unsubscribe~~ |`: a row whose id its author struck out is dropped work, unless a cell says
    // what became of it.
    const idCell = row.col !== undefined ? cells[row.col] : undefined;
    if (idCell && idCell.text.trimStart().startsWith('~~') && !b.has('status'))
      b.set('status', { value: 'cancelled', span: lineSpan(doc.file, l, idCell.column, idCell.text.length) });
  }
  return read || multiCol >= 0;
}

/**
 * The column under NOUN_HEADERS whose cells are effort ids: at least half of its cells that say anything lead with
 * one, and no id twice (`| Task |` rows `E1.1.1 review`, `E1.1.1 docs` are one effort's to-dos). -1 for none.
 */
function nounIdColumn(doc: MdDoc, t: { line: number; endLine: number }, header: string[]): number {
  const col = header.findIndex((h) => NOUN_HEADERS.has(h));
  if (col < 0) return -1;
  const ids = new Set<string>();
  let said = 0;
  for (let l = t.line + 2; l < t.endLine; l++) {
    const raw = doc.lines[l - 1] ?? '';
    const text = raw.length > 5000 ? '' : (splitRow(raw)[col]?.text ?? '');
    if (!text || /^[-—–]$/.test(text)) continue;
    said++;
    const id = leadingId(text);
    if (!id) continue;
    if (ids.has(id.value)) return -1;
    ids.add(id.value);
  }
  return ids.size > 0 && ids.size * 2 >= said ? col : -1;
}

function nameAfterId(b: FactBuilder, cell: Cell, file: string, line: number): void {
  const id = firstId(cell.text);
  if (!id) return;
  const rest = cell.text.slice(id.end).replace(/^[\s:\-–—*_~]+/, '');
  const start = cell.text.length - rest.length;
  // `| E1.1.2 ✅ |`: a mark after the id is the row's status, not its name (the name column names it).
  if (!/[\p{L}\p{N}]/u.test(rest)) {
    const status = rest ? writtenStatus(rest) : undefined;
    if (status && !b.has('status'))
      b.set('status', { value: status, span: lineSpan(file, line, cell.column + start, rest.trimEnd().length) });
    return;
  }
  const v = cleanName(rest);
  if (v) b.setName(v.value, lineSpan(file, line, cell.column + start + v.start, v.end - v.start), NAME_RANK.heading);
}

function multiRow(file: string, line: number, cell: Cell | undefined, into: Map<string, FactBuilder>): void {
  if (!cell) return;
  let offset = 0;
  for (const piece of cell.text.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const start = offset + lead;
    offset += piece.length + 1;
    const ids = expandIdRange(piece);
    const first = firstId(piece.trim());
    if (!ids.length && (!first || first.start !== 0)) continue;
    const span = lineSpan(file, line, cell.column + start, first ? first.end - first.start : piece.trim().length);
    for (const id of ids.length ? ids : [first!.value]) {
      if (into.has(id)) continue;
      const b = new FactBuilder(id, 'table', span);
      const place = parseEffortId(id)!;
      b.setNumber('phase', { value: place.phase, span });
      b.setNumber('wave', { value: place.wave, span });
      into.set(id, b);
    }
  }
}

function rowEffort(
  file: string,
  line: number,
  cells: Cell[],
  idCols: number[],
  nounCol: number,
  branchCol: number,
  agentCol: number,
  aliases: Aliases,
  outline: Outline,
): { id: string; span: Span; idSpan?: Span; col?: number } | undefined {
  const spanOf = (c: Cell, s = 0, e = c.text.length) => lineSpan(file, line, c.column + s, e - s);
  for (const col of idCols) {
    const cell = cells[col];
    if (col < 0 || !cell?.text) continue;
    const id = col === nounCol ? leadingId(cell.text) : firstId(cell.text);
    if (id) return { id: id.value, span: spanOf(cell), idSpan: spanOf(cell, id.start, id.end), col };
    if (col === nounCol) continue;
    const cleaned = cleanValue(cell.text);
    const alias = cleaned && aliases.lookup(cleaned.value);
    if (alias) return { id: alias, span: spanOf(cell), col };
  }
  if (agentCol < 0 || branchCol < 0 || !cells[agentCol] || !cells[branchCol]) return undefined;
  const sizes = cells.map((c) => locateSize(c.text).estimated?.value);
  const id = agentEffort(cells[agentCol].text, cells[branchCol].text, sizes, aliases, contextAt(outline, line));
  return id ? { id, span: spanOf(cells[branchCol]) } : undefined;
}

/**
 * `| Agent 2 | p5w1-apiresource-types | … | 500 |` (or an agent's section, agentSections.ts) → E5.1.2 when the file
 * knows E5.1.2 and its size (500) or its name (`APIResource Types`) agrees; otherwise the unique effort of P.W whose
 * name starts like the branch.
 */
export function agentEffort(
  agentText: string,
  branchText: string,
  sizeValues: ReadonlyArray<number | undefined>,
  aliases: Aliases,
  ctx: { phase?: { value: number }; wave?: { value: number } },
): string | undefined {
  const branch = cleanValue(branchText)?.value ?? '';
  const short = branch.slice(branch.lastIndexOf('/') + 1);
  const pw = /^p(\d{1,3})w(\d{1,3})[a-z]?-(.+)$/i.exec(short);
  const phase = pw ? Number(pw[1]) : ctx.phase?.value;
  const wave = pw ? Number(pw[2]) : ctx.wave?.value;
  if (phase === undefined || wave === undefined) return undefined;
  const words = slugId(pw ? pw[3] : short).split('-');
  const sizes = sizeValues.filter((n): n is number => n !== undefined && n >= 50);
  const nameMatches = (id: string) => aliases.nameTokens(id).some((t) => t[0] === words[0]);
  const n = /agent\s+(\d{1,3})\b/i.exec(agentText);
  if (n) {
    const id = `E${phase}.${wave}.${Number(n[1])}`;
    if (aliases.has(id) && (aliases.sizesOf(id).some((x) => sizes.includes(x)) || nameMatches(id))) return id;
  }
  const prefix = `E${phase}.${wave}.`;
  const named: string[] = [];
  for (const id of aliases.ids()) if (id.startsWith(prefix) && nameMatches(id)) named.push(id);
  return named.length === 1 ? named[0] : undefined;
}
