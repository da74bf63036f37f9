// `unknown-dependency`: a reference that looks like an effort id but names no effort of the plan, with a
// did-you-mean and a fix pointing it at the suggestion. External references (`Phase 6 Controllers`,
// `integration:phase4-wave4.1`) are never errors. Parallel With lists are checked the same way.
import { removeDependencyFix, removeParallelWithFix, replaceDependencyFix } from '../fixes';
import { factsOf } from '../fixes/text';
import type { DependencyRef, PlanDiagnostic } from '../model/model';
import { diagnostic, type CheckContext } from './context';
import { IdSuggester } from './suggest';

const FIELDS = ['dependsOn', 'parallelWith'] as const;

export function checkUnknownDependencies(ctx: CheckContext): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  const { project } = ctx;
  let suggester: IdSuggester | undefined;
  for (const effort of project.efforts) {
    for (const field of FIELDS) {
      // Every source is checked, not only the one that won the merge: a typo in a losing phase plan is still a typo.
      const sources = factsOf(project, effort.id);
      let reported: Set<string> | undefined;
      for (const fact of sources) {
        const list = fact[field];
        if (!list) continue;
        for (const ref of list.refs) {
          if (ref.external || project.byId.has(ref.id)) continue;
          const key = `${ref.id}@${ref.span.file}:${ref.span.line}:${ref.span.column}`;
          if (reported?.has(key)) continue;
          (reported ??= new Set()).add(key);
          suggester ??= new IdSuggester(project.efforts);
          // An id the list already names is not a useful correction (`E1.1.1, E1.1.9` → `E1.1.1, E1.1.1`).
          const guess = suggester.suggest(ref, effort.id, new Set(effort[field]));
          const what = field === 'dependsOn' ? 'depends on' : 'is declared parallel with';
          const hint = guess ? ` Did you mean ${guess}${nameOf(ctx, guess)}?` : '';
          // Every source of this effort that writes the same unknown reference gets the same correction.
          const sameRefs: DependencyRef[] = [];
          for (const f of sources) {
            if (f.kind === 'state' || f.kind === 'infrastructure') continue;
            for (const r of f[field]?.refs ?? []) if (!r.external && r.id === ref.id) sameRefs.push(r);
          }
          const remove =
            field === 'dependsOn'
              ? removeDependencyFix(ctx, effort.id, ref.id)
              : removeParallelWithFix(ctx, effort.id, fact, ref.id);
          if (remove) remove.preferred = false;
          out.push(
            diagnostic(
              ref.span,
              'unknown-dependency',
              'error',
              `${effort.id} ${what} ${ref.raw}, which is not an effort of this plan.${hint}`,
              [effort.id],
              {
                fixes: [
                  guess ? replaceDependencyFix(ctx, sameRefs.length ? sameRefs : [ref], guess) : undefined,
                  remove,
                ],
              },
            ),
          );
        }
      }
    }
  }
  return out;
}

function nameOf(ctx: CheckContext, id: string): string {
  const e = ctx.project.byId.get(id);
  return e && e.name !== id ? ` (${e.name})` : '';
}
