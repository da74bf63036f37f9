// "Fix All": the one selector (editor and tests share it). Only certain fixes, never a did-you-mean guess or a
// choice between repairs; each fix once; no two fixes whose edits overlap. Plus the summary the editor reports.
import type { Fix, PlanDiagnostic, TextEdit } from '../model/model';
import { counted } from '../views/counted';

export interface FixAllChoice {
  fix: Fix;
  /** The findings this fix resolves (one fix may be reported by several). */
  diagnostics: PlanDiagnostic[];
}

const signature = (fix: Fix): string =>
  fix.edits.map((e) => `${e.file}:${e.line}:${e.column}:${e.endLine}:${e.endColumn}:${e.newText}`).join('|');

const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2);

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  const aEmpty = a.line === a.endLine && a.column === a.endColumn;
  const bEmpty = b.line === b.endLine && b.column === b.endColumn;
  // Two insertions at one point would land in an undefined order: a conflict.
  if (aEmpty && bEmpty) return a.line === b.line && a.column === b.column;
  // Half-open ranges: touching edits, or an insertion at the edge of a replaced range, do not conflict.
  if (aEmpty || bEmpty) {
    const [p, r] = aEmpty ? [a, b] : [b, a];
    return !before(p.line, p.column, r.line, r.column) && !before(r.endLine, r.endColumn, p.line, p.column);
  }
  return !before(a.endLine, a.endColumn, b.line, b.column) && !before(b.endLine, b.endColumn, a.line, a.column);
}

/** The certain fix of each finding, in order, skipping duplicates and fixes that overlap one already chosen. */
export function selectFixAll(diagnostics: readonly PlanDiagnostic[]): FixAllChoice[] {
  const chosen: FixAllChoice[] = [];
  const bySignature = new Map<string, FixAllChoice>();
  // Edits taken so far, bucketed by file and line, so a fix is only compared with edits on the lines it touches.
  const taken = new Map<string, TextEdit[]>();
  const keys = (e: TextEdit): string[] =>
    Array.from({ length: e.endLine - e.line + 1 }, (_, i) => `${e.file}\n${e.line + i}`);
  for (const d of diagnostics) {
    const fix = d.fixes?.find((f) => f.certain);
    if (!fix || fix.edits.length === 0) continue;
    const sig = signature(fix);
    const same = bySignature.get(sig);
    if (same) {
      same.diagnostics.push(d);
      continue;
    }
    if (fix.edits.some((e) => keys(e).some((k) => taken.get(k)?.some((t) => overlaps(e, t))))) continue;
    const choice = { fix, diagnostics: [d] };
    chosen.push(choice);
    bySignature.set(sig, choice);
    for (const e of fix.edits) for (const k of keys(e)) (taken.get(k) ?? taken.set(k, []).get(k)!).push(e);
  }
  return chosen;
}

const DONE: Record<Fix['kind'], string> = {
  'remove-dependency': 'dependency removed',
  'replace-dependency': 'dependency replaced',
  'move-to-wave': 'moved to another wave',
  'remove-parallel-with': 'removed from Parallel With',
  'set-can-parallelize-no': 'Can Parallelize set to No',
  'split-effort': 'split',
  'use-winning-value': 'conflicting value made to agree',
  'rename-effort': 'renamed',
  'add-effort-id': 'effort id added',
};

/** What Fix All changed, for a notification: `Fixed 3 problems: removed from Parallel With ×2 (E1.1.1, E1.2.1); …`. */
export function fixAllSummary(choices: readonly FixAllChoice[]): string {
  if (choices.length === 0) return 'Nothing to fix: no finding has a certain fix.';
  const groups = new Map<Fix['kind'], { count: number; efforts: Set<string> }>();
  let problems = 0;
  for (const c of choices) {
    problems += c.diagnostics.length;
    const g = groups.get(c.fix.kind) ?? groups.set(c.fix.kind, { count: 0, efforts: new Set() }).get(c.fix.kind)!;
    g.count++;
    for (const d of c.diagnostics) if (d.efforts[0]) g.efforts.add(d.efforts[0]);
  }
  const parts = [...groups].map(([kind, g]) => `${DONE[kind]} ×${g.count} (${[...g.efforts].join(', ')})`);
  return `Fixed ${counted(problems, 'problem')}: ${parts.join('; ')}.`;
}
