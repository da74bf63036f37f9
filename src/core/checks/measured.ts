// `effort-measured-oversized`: lines measured on the effort's branch (git, computed elsewhere) above the hard
// limit (error) or the soft one (warning), located at the written estimate (or the declaration).
import type { PlanDiagnostic } from '../model/model';
import { declarationSpan, diagnostic, type CheckContext } from './context';
import { formatCount } from '../model/numbers';

export function checkMeasured(ctx: CheckContext): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  if (!ctx.measured) return out;
  const { hard, soft } = ctx.limits;
  for (const [id, lines] of ctx.measured) {
    const effort = ctx.project.byId.get(id);
    if (!effort || lines <= Math.min(hard, soft)) continue;
    const span = effort.origins.estimatedLines ?? declarationSpan(ctx.project, effort);
    const over = lines > hard;
    const message = over
      ? `${id} measures ${formatCount(lines)} lines on its branch, over the ${formatCount(hard)}-line limit: split it.`
      : `${id} measures ${formatCount(lines)} lines on its branch, over the ${formatCount(soft)}-line warning threshold (limit ${formatCount(hard)}).`;
    out.push(diagnostic(span, 'effort-measured-oversized', over ? 'error' : 'warning', message, [id]));
  }
  return out;
}
