// `cancelled-dependency`: an effort depends on an effort its plan cancelled (struck out, `Status: Cancelled`), which
// will never be merged: the dependent would wait for ever. A warning, not an error: the work may have moved to another
// effort the plan has not named yet. The fix removes the dependency; it is never certain (the author may rather point
// it at the effort that took the work over).
import { removeDependencyFix } from '../fixes';
import type { Effort, PlanDiagnostic } from '../model/model';
import { blockedNote, dependencySpan, diagnostic, type CheckContext } from './context';

/** One finding per dependency of a live effort on a cancelled one: about the dependent (the cancelled one is fine). */
export function checkCancelledDependenciesOf(
  ctx: CheckContext,
  effort: Effort,
  node: number,
  out: PlanDiagnostic[],
): void {
  // The graph's dependencies: the effort's known ones in written order, resolved once for every check.
  const deps = ctx.graph.deps[node];
  for (let k = 0; k < deps.length; k++) {
    const dep = ctx.project.efforts[deps[k]];
    if (dep === effort || dep.status !== 'cancelled') continue;
    const message = `${effort.id} depends on ${dep.id}${blockedNote(effort, dep.id)}, which is cancelled: it will never be merged. Remove the dependency, or depend on the effort that took its work over.`;
    const where = dep.origins.status;
    const fix = removeDependencyFix(ctx, effort.id, dep.id);
    out.push(
      diagnostic(dependencySpan(ctx, effort, dep.id).span, 'cancelled-dependency', 'warning', message, [effort.id], {
        edges: [[dep.id, effort.id]],
        ...(where ? { related: [{ span: where, message: `${dep.id} is cancelled here` }] } : {}),
        ...(fix ? { fixes: [fix] } : {}),
      }),
    );
  }
}
