// Plans committed with unresolved merge-conflict markers. Each side is read on its own (the other side's lines and
// the markers blanked, so line numbers hold): efforts only one side declares survive, and where both declare an
// effort the first side (`<<<<<<< HEAD`) is used. Each conflict is one located error.
import { appendAll } from '../model/arrays';
import type { FileReadResult, PlanDiagnostic } from '../model/model';
import { wholeLine } from '../model/span';

const MARKER = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t].*)?\r?$/;

export interface ConflictRegion {
  /** 1-based lines of `<<<<<<<`, `=======` and `>>>>>>>` (end undefined when the file ends first). */
  start: number;
  middle?: number;
  end?: number;
}

export interface ConflictSides {
  ours: string;
  theirs: string;
  regions: ConflictRegion[];
  /** 1-based lines that only the second side has. */
  theirsLines: Set<number>;
}

/** The two sides of a text with conflict markers, or undefined when it has none. */
export function conflictSides(text: string): ConflictSides | undefined {
  if (!text.includes('<<<<<<<')) return undefined;
  const lines = text.split('\n');
  const ours: string[] = [];
  const theirs: string[] = [];
  const regions: ConflictRegion[] = [];
  const theirsLines = new Set<number>();
  let region: ConflictRegion | undefined;
  let side: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    const mark = m?.[1][0];
    if (mark === '<' && side === 'both') {
      region = { start: i + 1 };
      regions.push(region);
      side = 'ours';
    } else if (mark === '|' && side === 'ours') side = 'base';
    else if (mark === '=' && (side === 'ours' || side === 'base') && region) {
      region.middle = i + 1;
      side = 'theirs';
    } else if (mark === '>' && side === 'theirs' && region) {
      region.end = i + 1;
      side = 'both';
    } else {
      ours.push(side === 'both' || side === 'ours' ? line : '');
      theirs.push(side === 'both' || side === 'theirs' ? line : '');
      if (side === 'theirs') theirsLines.add(i + 1);
      return;
    }
    ours.push('');
    theirs.push('');
  });
  if (!regions.length) return undefined;
  return { ours: ours.join('\n'), theirs: theirs.join('\n'), regions, theirsLines };
}

/** Reads both sides with `read` and joins them: the first side's facts, plus efforts only the second side has. */
export function readBothSides(
  file: string,
  sides: ConflictSides,
  read: (text: string) => FileReadResult,
): FileReadResult {
  const result = read(sides.ours);
  const other = read(sides.theirs);
  const ids = new Set(result.efforts.map((f) => f.id));
  for (const f of other.efforts) if (!ids.has(f.id)) result.efforts.push(f);
  const waves = new Set(result.waves.map((w) => `${w.phase}.${w.wave}`));
  for (const w of other.waves) if (!waves.has(`${w.phase}.${w.wave}`)) result.waves.push(w);
  const phases = new Set(result.phases.map((p) => p.phase));
  for (const p of other.phases) if (!phases.has(p.phase)) result.phases.push(p);
  for (const d of other.diagnostics) if (sides.theirsLines.has(d.line)) result.diagnostics.push(d);
  // Conflicts first; appended, not spread into unshift (a file may hold any number of them).
  result.diagnostics = appendAll(
    sides.regions.map((r) => conflictDiagnostic(file, r)),
    result.diagnostics,
  );
  return result;
}

function conflictDiagnostic(file: string, r: ConflictRegion): PlanDiagnostic {
  const range = r.end ? `lines ${r.start}–${r.end}` : `from line ${r.start} to the end of the file`;
  const related = [r.middle, r.end]
    .filter((l): l is number => l !== undefined)
    .map((l) => ({ span: wholeLine(file, l, 8), message: 'conflict marker' }));
  return {
    ...wholeLine(file, r.start, 8),
    code: 'merge-conflict',
    severity: 'error',
    message: `Unresolved merge conflict (${range}). Both sides are read; where both describe an effort, the first side's text is used. Resolve the conflict and remove the markers.`,
    efforts: [],
    ...(related.length ? { related } : {}),
  };
}
