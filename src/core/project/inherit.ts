// Inheritance: a wave's or a document's metadata (base branch, status, can-parallelize) applies to the efforts of
// that wave or phase that do not declare the field themselves, with the wave's or document's line as the origin.
// The most specific scope wins (wave over document), then the most specific plan (wave plan over phase plan),
// then the file path, then the line — so the result never depends on the order files were read.
import { conflictMessage, placeOf } from './conflictMessage';
import { fileRank, kindLabel } from './precedence';
import type { Effort, FileReadResult, PlanDiagnostic, ScopeDefaults } from '../model/model';

export const INHERITED_FIELDS = ['baseBranch', 'status', 'canParallelize'] as const;
type InheritedField = (typeof INHERITED_FIELDS)[number];

interface Entry {
  scope: ScopeDefaults;
  result: FileReadResult;
  /** For a document of unknown phase: the efforts it lists. */
  lists?: Set<string>;
}

const LABELS: Record<InheritedField, string> = {
  baseBranch: 'base branch',
  status: 'status',
  canParallelize: 'Can Parallelize',
};

export function applyScopes(efforts: Effort[], results: FileReadResult[], out: PlanDiagnostic[]): void {
  const entries: Entry[] = [];
  for (const result of results) {
    for (const scope of result.scopes ?? []) {
      entries.push({
        scope,
        result,
        lists: scope.phase === undefined ? new Set(result.efforts.map((f) => f.id)) : undefined,
      });
    }
  }
  if (!entries.length) return;
  entries.sort(
    (a, b) =>
      specific(b) - specific(a) ||
      fileRank(b.result.kind) - fileRank(a.result.kind) ||
      (a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0) ||
      a.scope.span.line - b.scope.span.line,
  );
  // Indexed by phase and wave: 10,000 efforts must not each scan every scope.
  const order = new Map<Entry, number>();
  const byKey = new Map<string, Entry[]>();
  const unplaced: Entry[] = [];
  entries.forEach((e, i) => {
    order.set(e, i);
    if (e.scope.phase === undefined) unplaced.push(e);
    else {
      const key = `${e.scope.phase}.${e.scope.wave ?? ''}`;
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
  });
  const reported = new Map<string, PlanDiagnostic>();
  for (const effort of efforts) {
    const matching = [
      ...(effort.wave !== undefined ? (byKey.get(`${effort.phase}.${effort.wave}`) ?? []) : []),
      ...(byKey.get(`${effort.phase}.`) ?? []),
      ...unplaced.filter((e) => e.lists!.has(effort.id)),
    ]
      .filter((e) => !e.scope.efforts || e.scope.efforts.includes(effort.id))
      .sort((a, b) => order.get(a)! - order.get(b)!);
    if (!matching.length) continue;
    for (const field of INHERITED_FIELDS) {
      // An effort's own status word that Waveplan does not know gives way to its wave's known one.
      if (effort.origins[field] && !(field === 'status' && effort.status === 'unknown')) continue;
      const win = matching.find((e) => e.scope[field] !== undefined);
      if (!win) continue;
      const value = win.scope[field]!;
      (effort as unknown as Record<string, unknown>)[field] = value.value;
      effort.origins[field] = value.span;
      for (const e of matching) {
        const other = e.scope[field];
        if (e === win || !other || other.value === value.value || specific(e) !== specific(win)) continue;
        contradiction(reported, out, effort.id, field, win, e);
      }
    }
  }
}

/** How narrow a scope is: a part of a wave (its own efforts), a wave, a phase or document. */
function specific(e: Entry): number {
  return e.scope.efforts ? 2 : e.scope.wave !== undefined ? 1 : 0;
}

function scopeName(s: ScopeDefaults): string {
  if (s.wave !== undefined) return `Wave ${s.phase}.${s.wave}`;
  return s.phase !== undefined ? `Phase ${s.phase}` : 'The document';
}

/** Two scopes of the same level disagree: one warning at the losing value, listing every effort concerned. */
function contradiction(
  reported: Map<string, PlanDiagnostic>,
  out: PlanDiagnostic[],
  id: string,
  field: InheritedField,
  win: Entry,
  lose: Entry,
): void {
  const winValue = win.scope[field]!;
  const loseValue = lose.scope[field]!;
  const key = `${loseValue.span.file}:${loseValue.span.line}:${loseValue.span.column}>${winValue.span.file}:${winValue.span.line}`;
  const seen = reported.get(key);
  if (seen) {
    if (!seen.efforts.includes(id)) seen.efforts.push(id);
    return;
  }
  const label = LABELS[field];
  const d: PlanDiagnostic = {
    ...loseValue.span,
    code: 'effort-conflict',
    severity: 'warning',
    // What it means goes to related information.
    message: conflictMessage({
      subject: scopeName(lose.scope),
      label,
      here: JSON.stringify(loseValue.value),
      there: JSON.stringify(winValue.value),
      place: placeOf(winValue.span, loseValue.span),
      // Scopes of one level rank by file kind (said), then by path and line (the place says it).
      winner: fileRank(win.result.kind) !== fileRank(lose.result.kind) ? kindLabel(win.result.kind) : undefined,
    }),
    efforts: [id],
    related: [
      {
        span: winValue.span,
        message: `the ${label} ${JSON.stringify(winValue.value)} that the efforts declaring none inherit`,
      },
    ],
  };
  reported.set(key, d);
  out.push(d);
}
