// `effort-oversized` (estimate above the hard limit, with a split fix) and `effort-near-limit` (above the soft limit),
// located at the written size value.
import { splitEffortFix } from '../fixes';
import type { PlanDiagnostic } from '../model/model';
import { declarationSpan, diagnostic, type CheckContext } from './context';

export function checkSizes(ctx: CheckContext): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  const { hard, soft } = ctx.limits;
  ctx.project.efforts.forEach((effort, node) => {
    const estimate = effort.estimatedLines;
    if (estimate === undefined || estimate <= Math.min(hard, soft)) return;
    const span = effort.origins.estimatedLines ?? declarationSpan(ctx.project, effort);
    if (estimate > hard) {
      const dependents = ctx.graph.dependents[node].map((n) => ctx.graph.ids[n]);
      out.push(
        diagnostic(span, 'effort-oversized', 'error', `${effort.id} is estimated at ${estimate} lines, over the ${hard}-line limit: split it.`, [effort.id], {
          fixes: [splitEffortFix(ctx, effort, dependents)],
        }),
      );
    } else {
      out.push(diagnostic(span, 'effort-near-limit', 'warning', `${effort.id} is estimated at ${estimate} lines, over the ${soft}-line warning threshold (limit ${hard}).`, [effort.id]));
    }
  });
  return out;
}
