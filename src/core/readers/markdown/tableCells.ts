// Table cells: splitting a row into located cells, and a cell's value as one field of the row's effort.
import type { FactField } from '../../model/model';
import type { parseEffortId } from '../../model/ids';
import { lineSpan } from '../../model/span';
import type { FactBuilder } from './facts';
import { NAME_RANK } from './facts';
import { refListAt } from './fields/refs';
import { applyInlineField } from './fields/inlineFields';
import { cleanName, cleanValue, firstId, locateBool, locateWave } from './fields/locatedValues';
import { namesWork } from './fields/keys';
import { writtenStatus } from '../values';
import { liveText } from '../struck';

export interface Cell {
  text: string;
  /** 1-based column of the trimmed text. */
  column: number;
}

export const ROW_FIELDS = new Set<FactField>([
  'estimatedLines',
  'actualLines',
  'dependsOn',
  'parallelWith',
  'blocks',
  'canParallelize',
  'branch',
  'baseBranch',
  'directory',
  'status',
  'name',
  'wave',
]);

const SPLIT_INTO = /\bsplit into (\d{1,3})\b/i;

export function splitRow(raw: string): Cell[] {
  let s = 0;
  let e = raw.length;
  while (s < e && /\s/.test(raw[s])) s++;
  if (raw[s] === '|') s++;
  while (e > s && /\s/.test(raw[e - 1])) e--;
  if (e > s && raw[e - 1] === '|' && raw[e - 2] !== '\\') e--;
  const cells: Cell[] = [];
  let start = s;
  for (let i = s; i <= e; i++) {
    if (i === e || (raw[i] === '|' && raw[i - 1] !== '\\')) {
      const piece = raw.slice(start, i);
      const lead = piece.length - piece.trimStart().length;
      cells.push({ text: piece.trim(), column: start + lead + 1 });
      start = i + 1;
    }
  }
  return cells;
}

export function applyCell(
  b: FactBuilder,
  field: FactField,
  cell: Cell,
  file: string,
  line: number,
  place: ReturnType<typeof parseEffortId>,
  everyday?: boolean,
): void {
  const at = (s: number, e: number) => lineSpan(file, line, cell.column + s, e - s);
  const text = cell.text;
  const dash = /^[-—–]$/.test(text);
  // A dash in a dependency column says "none"; elsewhere it says nothing.
  if (!text || (dash && field !== 'dependsOn' && field !== 'parallelWith' && field !== 'blocks')) return;
  if (field === 'branch' && namesEffort(text)) return;
  if (applyInlineField(b, field, text, file, line, cell.column)) return;
  switch (field) {
    case 'dependsOn':
    case 'parallelWith':
    case 'blocks': {
      const yesNo = field === 'parallelWith' && !firstId(text) ? locateBool(text) : undefined;
      if (yesNo) {
        b.set('canParallelize', { value: yesNo.value, span: at(yesNo.start, yesNo.end) });
        return;
      }
      // `| Upstream |` cells naming a remote branch (`origin/main`) are no dependencies.
      if (everyday && !dash && !namesWork(text)) return;
      if (!b.has(field))
        b.setRefs(field, refListAt(text, { file, line, column: cell.column, phase: place?.phase, wave: place?.wave }));
      return;
    }
    case 'status': {
      const status = writtenStatus(liveText(text));
      if (status) b.set('status', { value: status, span: at(0, text.length) });
      // `✅ Split into 3 branches` records a split (`needs split` does not).
      const split = SPLIT_INTO.exec(text);
      if (split) b.set('split', { value: Number(split[1]), span: at(split.index, split.index + split[0].length) });
      return;
    }
    case 'name': {
      const v = cleanName(text);
      if (v) b.setName(v.value, at(v.start, v.end), NAME_RANK.heading);
      return;
    }
    case 'wave': {
      if (place) return;
      const w = locateWave(text);
      if (w) b.setNumber('wave', { value: w.value, span: at(w.start, w.end) });
      return;
    }
    default:
      return;
  }
}

/** A `Branch` cell that starts with a bare effort id (`5.2.1 Syncer`) names the row's effort, not a git branch. */
function namesEffort(text: string): boolean {
  const token = cleanValue(text, true)?.value;
  const id = token ? firstId(token) : undefined;
  return !!id && id.start === 0 && id.end === token!.length;
}
