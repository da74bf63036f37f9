// A table of waves, one row per wave (`| Wave | Name | Base Branch |` with `| 1.2 | Sync protocol | \`p1/w1-int\` |`):
// each row names its wave and gives the base branch of the wave's efforts, as a `## Wave 1.2: Sync protocol` heading
// with a `**Base Branch**:` line under it does. Only a table that leads with its Wave column and has no effort or
// branch column: wave summaries (`| Wave | Branches |`) and effort tables with a Wave column are read elsewhere.
import type { ScopeDefaults, Span, WaveDecl } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { MdDoc } from './doc';
import { cleanName } from './fields/locatedValues';
import { keyInfo } from './fields/keys';
import { contextAt, type Outline } from './outline';
import { baseBranchValue } from './scopes';
import { splitRow } from './tableCells';

const WAVE_CELL = /^(?:\*\*)?(?:wave\s*)?(\d{1,3})(?:\.(\d{1,3}))?(?:\*\*)?$/i;
const NAME_HEADERS = new Set(['name', 'wave name', 'title', 'theme']);
const NOT_WAVE_TABLE = new Set(['effort', 'effort id', 'id', 'branch', 'branches', 'efforts', 'agent', 'day']);
const DASH = /^[-—–]$/;

export interface WaveTables {
  waves: WaveDecl[];
  scopes: ScopeDefaults[];
}

export function readWaveTables(doc: MdDoc, outline: Outline): WaveTables {
  const out: WaveTables = { waves: [], scopes: [] };
  for (const t of doc.tables) {
    if (t.endLine - t.line < 3) continue;
    const head = splitRow(doc.lines[t.line - 1] ?? '');
    if (!head.length || keyInfo(head[0].text).norm !== 'wave') continue;
    const keys = head.map((c) => keyInfo(c.text));
    if (keys.some((k) => NOT_WAVE_TABLE.has(k.norm))) continue;
    const nameCol = keys.findIndex((k) => NAME_HEADERS.has(k.norm));
    const baseCol = keys.findIndex((k) => k.field === 'baseBranch' || k.scopeField === 'baseBranch');
    if (nameCol < 0 && baseCol < 0) continue;
    const seen = new Set<string>();
    for (let l = t.line + 2; l < t.endLine; l++) {
      const raw = doc.lines[l - 1] ?? '';
      if (raw.length > 5000) continue;
      const cells = splitRow(raw);
      const wave = WAVE_CELL.exec(cells[0]?.text ?? '');
      if (!wave) continue;
      const phase = wave[2] !== undefined ? Number(wave[1]) : contextAt(outline, l).phase?.value;
      const number = Number(wave[2] ?? wave[1]);
      const key = `${phase}.${number}`;
      if (phase === undefined || seen.has(key)) continue;
      seen.add(key);
      const rowSpan = lineSpan(doc.file, l, cells[0].column, cells[0].text.length);
      const nameCell = nameCol >= 0 ? cells[nameCol] : undefined;
      const name = nameCell && !DASH.test(nameCell.text) ? cleanName(nameCell.text) : undefined;
      out.waves.push({ phase, wave: number, ...(name ? { name: name.value } : {}), span: rowSpan });
      const baseCell = baseCol >= 0 ? cells[baseCol] : undefined;
      const base = baseCell && !DASH.test(baseCell.text) ? baseBranchValue(baseCell.text) : undefined;
      if (base) {
        const span = lineSpan(doc.file, l, baseCell!.column + base.start, base.end - base.start);
        out.scopes.push({ phase, wave: number, span: rowSpan, baseBranch: { value: base.value, span } });
      }
    }
  }
  return out;
}

/** A wave's row of a table of waves with a dependency column: what the wave waits for, where it is written. */
export interface WaveTableGate {
  phase: number;
  wave: number;
  value: string;
  line: number;
  span: Span;
}

const EFFORT_ROWS = new Set(['effort', 'effort id', 'id', 'agent', 'task']);

/**
 * `| Wave | Branches | … | Dependencies |` over `| 2 | 5.2.1, 5.2.2 | … | Wave 1 |` (kcp's wave summaries): each row's
 * dependency cell is its wave's `**Depends On**:`. Not a table whose rows are efforts (an Effort, ID or Agent column).
 */
export function readWaveTableGates(doc: MdDoc, outline: Outline): WaveTableGate[] {
  const out: WaveTableGate[] = [];
  for (const t of doc.tables) {
    if (t.endLine - t.line < 3) continue;
    const head = splitRow(doc.lines[t.line - 1] ?? '');
    if (!head.length || keyInfo(head[0].text).norm !== 'wave') continue;
    const keys = head.map((c) => keyInfo(c.text));
    const depCol = keys.findIndex((k) => k.field === 'dependsOn');
    if (depCol < 0 || keys.some((k) => EFFORT_ROWS.has(k.norm))) continue;
    for (let l = t.line + 2; l < t.endLine; l++) {
      const raw = doc.lines[l - 1] ?? '';
      if (raw.length > 5000) continue;
      const cells = splitRow(raw);
      const wave = WAVE_CELL.exec(cells[0]?.text ?? '');
      const cell = cells[depCol];
      if (!wave || !cell || DASH.test(cell.text)) continue;
      const phase = wave[2] !== undefined ? Number(wave[1]) : contextAt(outline, l).phase?.value;
      if (phase === undefined) continue;
      const span = lineSpan(doc.file, l, cell.column, Math.max(cell.text.length, 1));
      out.push({ phase, wave: Number(wave[2] ?? wave[1]), value: cell.text, line: l, span });
    }
  }
  return out;
}
