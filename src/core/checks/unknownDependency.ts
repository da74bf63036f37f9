// `unknown-dependency`: a reference that looks like an effort id but names no effort of the plan, with a
// did-you-mean and a fix pointing it at the suggestion. External references (`Phase 6 Controllers`,
// `integration:phase4-wave4.1`) are never errors. Parallel With lists are checked the same way.
import { removeDependencyFix, removeParallelWithFix, replaceDependencyFix } from '../fixes';
import { factsOf } from '../fixes/text';
import type { DependencyRef, PlanDiagnostic } from '../model/model';
import { diagnostic, winningFact, type CheckContext } from './context';
import { IdSuggester } from './suggest';

const FIELDS = ['dependsOn', 'parallelWith'] as const;

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
      let reported: Set<string> | undefined;
      for (const ref of list.refs) {
        if (ref.external || project.byId.has(ref.id) || reported?.has(ref.id)) continue;
        (reported ??= new Set()).add(ref.id);
        suggester ??= new IdSuggester(project.efforts);
        // An id the list already names is not a useful correction (`E1.1.1, E1.1.9` → `E1.1.1, E1.1.1`).
        const guess = suggester.suggest(ref, effort.id, new Set(effort[field]));
        const what = field === 'dependsOn' ? 'depends on' : 'is declared parallel with';
        const hint = guess ? ` Did you mean ${guess}${nameOf(ctx, guess)}?` : '';
        // Every source of this effort that writes the same unknown reference gets the same correction.
        const sameRefs: DependencyRef[] = [];
        for (const f of factsOf(project, effort.id)) {
          if (f.kind === 'state' || f.kind === 'infrastructure') continue;
          for (const r of f[field]?.refs ?? []) if (!r.external && r.id === ref.id) sameRefs.push(r);
        }
        const remove = field === 'dependsOn' ? removeDependencyFix(ctx, effort.id, ref.id) : removeParallelWithFix(ctx, effort.id, fact, ref.id);
        if (remove) remove.preferred = false;
        out.push(
          diagnostic(ref.span, 'unknown-dependency', 'error', `${effort.id} ${what} ${ref.raw}, which is not an effort of this plan.${hint}`, [effort.id], {
            fixes: [guess ? replaceDependencyFix(ctx, sameRefs, guess) : undefined, remove],
          }),
        );
      }
    }
  }
  return out;
}

function nameOf(ctx: CheckContext, id: string): string {
  const e = ctx.project.byId.get(id);
  return e && e.name !== id ? ` (${e.name})` : '';
}
