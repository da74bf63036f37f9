// `wave-order`: an effort depends on an effort of a later wave of its phase, or of a later phase.
// A dependency inside the same wave is not a wave-order error: waves may hold sequential work, which plans mark
// with `Can Parallelize: No`; claiming parallelism there is what `parallel-conflict` reports.
// Fixes: move the dependent to the wave after its latest same-phase dependency (a numbered effort is renumbered
// into it, authoring/moveEffort.ts; otherwise when the text allows, fixes/wave.ts), or remove the dependency.
import { moveNumberedEffortFix, moveToWaveFix, removeDependencyFix } from '../fixes';
import { parseEffortId } from '../model/ids';
import type { Effort, PlanDiagnostic } from '../model/model';
import { blockedNote, dependencySpan, diagnostic, type CheckContext } from './context';

/**
 * The one wave-order rule (the check reports it, the graph draws what the check reports): `dep` sits in a later
 * phase, or a later wave of the same phase, than `effort`. The same wave is not a violation.
 */
export function breaksWaveOrder(dep: Pick<Effort, 'phase' | 'wave'>, effort: Pick<Effort, 'phase' | 'wave'>): boolean {
  if (dep.phase === undefined || dep.wave === undefined || effort.phase === undefined || effort.wave === undefined)
    return false;
  return dep.phase > effort.phase || (dep.phase === effort.phase && dep.wave > effort.wave);
}

/**
 * One effort's (node's) wave-order findings, one per dependency on a later wave or phase. The findings are made apart
 * (reportWaveOrder): a function whose closures capture its locals allocates their context on every call, even one
 * that returns before making them (10,000 efforts without a finding: 560 KB).
 */
export function checkWaveOrderOf(ctx: CheckContext, effort: Effort, node: number, out: PlanDiagnostic[]): void {
  const { project } = ctx;
  if (effort.phase === undefined || effort.wave === undefined) return;
  let target: number | undefined;
  let violations: Effort[] | undefined;
  // The graph's dependencies are the effort's known ones in written order: no id is looked up again.
  const deps = ctx.graph.deps[node];
  for (let k = 0; k < deps.length; k++) {
    const dep = project.efforts[deps[k]];
    // A cancelled dependency is reported as such (cancelledDependency.ts): where it sits no longer matters.
    if (!dep || dep === effort || dep.status === 'cancelled' || dep.phase === undefined || dep.wave === undefined)
      continue;
    if (dep.phase === effort.phase && (target === undefined || dep.wave + 1 > target)) target = dep.wave + 1;
    if (breaksWaveOrder(dep, effort)) (violations ??= []).push(dep);
  }
  if (violations) reportWaveOrder(ctx, effort, violations, target, out);
}

/** The findings of an effort's dependencies on later waves or phases; `target`: the wave after its latest same-phase one. */
function reportWaveOrder(
  ctx: CheckContext,
  effort: Effort,
  violations: Effort[],
  target: number | undefined,
  out: PlanDiagnostic[],
): void {
  const sameWaveTarget = violations.some((d) => d.phase === effort.phase) && target !== undefined ? target : undefined;
  const mover = parseEffortId(effort.id)
    ? () => moveNumberedEffortFix(ctx, effort.id, sameWaveTarget!)
    : () => moveToWaveFix(ctx, effort, sameWaveTarget!);
  const move = sameWaveTarget === undefined ? undefined : mover();
  for (const dep of violations) {
    const later =
      dep.phase! > effort.phase!
        ? `phase ${dep.phase} (a later phase than ${effort.id}'s phase ${effort.phase})`
        : `wave ${dep.wave} (a later wave than ${effort.id}'s wave ${effort.wave})`;
    const message = `${effort.id} depends on ${dep.id}${blockedNote(effort, dep.id)}, which is in ${later}.${sameWaveTarget !== undefined ? ` ${effort.id} can start in wave ${sameWaveTarget} at the earliest.` : ''}`;
    out.push(
      diagnostic(dependencySpan(ctx, effort, dep.id).span, 'wave-order', 'error', message, [effort.id, dep.id], {
        edges: [[dep.id, effort.id]],
        related: [
          {
            span: dep.origins.wave ??
              dep.origins.phase ?? {
                file: dep.source.file,
                line: dep.source.line,
                column: 1,
                endLine: dep.source.line,
                endColumn: 2,
              },
            message: `${dep.id} is in wave ${dep.wave} of phase ${dep.phase}`,
          },
        ],
        fixes: [dep.phase === effort.phase ? move : undefined, removeDependencyFix(ctx, effort.id, dep.id)],
      }),
    );
  }
}
