// `unknown-dependency` / `unknown-parallel-with`: a reference that looks like an effort id but names no effort of
// the plan, with a did-you-mean and a fix pointing it at the suggestion. External references (`Phase 6
// Controllers`, `integration:phase4-wave4.1`) are never errors. A well-formed id of a wave no plan here declares
// (an effort worktree holds only its own plan) is `undeclared-effort`, a hint, unless its words name a known effort.
import { removeDependencyFix, removeParallelWithFix, replaceDependencyFix } from '../fixes';
import { factsOf } from '../fixes/text';
import type { DependencyRef, PlanDiagnostic } from '../model/model';
import { diagnostic, winningFact, type CheckContext } from './context';
import { undeclaredWaveOf } from './declaredWaves';
import { IdSuggester } from './suggest';

const FIELDS = ['dependsOn', 'parallelWith'] as const;

/**
 * Past this many unknown references in one list, the rest are reported without fixes: each fix edits the list
 * (n·log n for one removal), and a generated list may name 100,000 unknown ids.
 */
const MAX_FIXES_PER_LIST = 100;

export function checkUnknownDependencies(ctx: CheckContext): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  const { project } = ctx;
  let suggester: IdSuggester | undefined;
  for (const effort of project.efforts) {
    for (const field of FIELDS) {
      // Cheap test first: the merged lists hold exactly the winning list's effort references.
      if (effort[field].every((id) => project.byId.has(id))) continue;
      const fact = winningFact(project, effort, field);
      const list = fact?.[field];
      if (!fact || !list) continue;
      const reported = new Set<string>();
      // An id the list already names is not a useful correction (`E1.1.1, E1.1.9` → `E1.1.1, E1.1.1`).
      const named = new Set(effort[field]);
      const written = writtenRefs(project, effort.id, field);
      for (const ref of list.refs) {
        if (ref.external || project.byId.has(ref.id) || reported.has(ref.id)) continue;
        reported.add(ref.id);
        suggester ??= new IdSuggester(project.efforts);
        const what = field === 'dependsOn' ? 'depends on' : 'is declared parallel with';
        const code = field === 'dependsOn' ? 'unknown-dependency' : 'unknown-parallel-with';
        const wave = undeclaredWaveOf(project, ref.id);
        if (wave && !suggester.suggestByName(ref, effort.id, named)) {
          const message = `${effort.id} ${what} ${ref.raw}, which is not declared in this workspace (no plan here lists the efforts of wave ${wave}).`;
          out.push(diagnostic(ref.span, 'undeclared-effort', 'hint', message, [effort.id]));
          continue;
        }
        const guesses = suggester.suggest(ref, effort.id, named);
        const message = `${effort.id} ${what} ${ref.raw}, which is not an effort of this plan.${didYouMean(ctx, guesses)}`;
        if (reported.size > MAX_FIXES_PER_LIST) {
          out.push(diagnostic(ref.span, code, 'error', message, [effort.id]));
          continue;
        }
        const remove = field === 'dependsOn' ? removeDependencyFix(ctx, effort.id, ref.id) : removeParallelWithFix(ctx, effort.id, fact, ref.id);
        if (remove) remove.preferred = false;
        // Every source of this effort that writes the same unknown reference gets the same correction.
        const sameRefs = written.get(ref.id) ?? [];
        // One fix per equally good candidate; a single candidate is preferred, but never certain (Fix All skips guesses).
        const fixes = guesses.map((g) => {
          const fix = replaceDependencyFix(ctx, sameRefs, g);
          if (fix) fix.title += nameOf(ctx, g);
          if (fix && guesses.length > 1) fix.preferred = false;
          return fix;
        });
        fixes.push(remove);
        out.push(diagnostic(ref.span, code, 'error', message, [effort.id], { fixes }));
      }
    }
  }
  return out;
}

/** ` Did you mean E1.1.3 (Logging)?`, or for several equal candidates ` Did you mean E1.1.1, E1.1.2 or E1.1.3?`. */
function didYouMean(ctx: CheckContext, ids: readonly string[]): string {
  if (ids.length === 0) return '';
  if (ids.length === 1) return ` Did you mean ${ids[0]}${nameOf(ctx, ids[0])}?`;
  return ` Did you mean ${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1]}?`;
}

/** The effort's written (non-state) references of one field, by id: one pass over its sources. */
function writtenRefs(project: CheckContext['project'], id: string, field: (typeof FIELDS)[number]): Map<string, DependencyRef[]> {
  const byId = new Map<string, DependencyRef[]>();
  for (const f of factsOf(project, id)) {
    if (f.kind === 'state' || f.kind === 'infrastructure') continue;
    for (const r of f[field]?.refs ?? []) {
      if (r.external || project.byId.has(r.id)) continue;
      const list = byId.get(r.id);
      if (list) list.push(r);
      else byId.set(r.id, [r]);
    }
  }
  return byId;
}

function nameOf(ctx: CheckContext, id: string): string {
  const e = ctx.project.byId.get(id);
  return e && e.name !== id ? ` (${e.name})` : '';
}
