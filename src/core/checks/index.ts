// All plan checks over a merged project. Each check is its own file; fixes are computed from the file texts.
// Most checks speak about one effort at a time: their findings are kept per effort (CheckBuckets), so the
// incremental engine re-checks only the efforts an edit can concern and the list stays in the same order.
import { appendAll } from '../model/arrays';
import type { Effort, Limits, PlanDiagnostic, Project } from '../model/model';
import { checkCancelledDependenciesOf } from './cancelledDependency';
import { addConflictFixes } from './conflictFix';
import { createContext, type CheckContext } from './context';
import { checkCycles, cyclicNodes } from './cycles';
import { checkCanParallelizeOf, checkParallelWithOf } from './parallel';
import { checkMeasured } from './measured';
import { checkSharedBranches } from './sharedBranch';
import { checkSizeOf } from './size';
import { checkUnknownReferencesOf } from './unknownDependency';
import { checkUnknownStatusOf } from './unknownStatus';
import { checkWaveOrderOf } from './waveOrder';

type PerEffortCheck = (ctx: CheckContext, effort: Effort, node: number, out: PlanDiagnostic[]) => void;

/** The checks that look at one effort (and the graph), in the order their findings are listed. */
const EFFORT_CHECKS: readonly PerEffortCheck[] = [
  checkUnknownReferencesOf,
  checkWaveOrderOf,
  checkCancelledDependenciesOf,
  (ctx, effort, _node, out) => checkParallelWithOf(ctx, effort, out),
  checkCanParallelizeOf,
  checkSizeOf,
  (ctx, effort, _node, out) => checkUnknownStatusOf(ctx, effort, out),
];

/** A cancelled effort is work nobody will do: what its plan says of its size, dependencies and parallelism is moot. */
function live(check: PerEffortCheck): PerEffortCheck {
  return (ctx, effort, node, out) => {
    if (effort.status !== 'cancelled') check(ctx, effort, node, out);
  };
}

const PER_EFFORT_CHECKS = EFFORT_CHECKS.map(live);

/** Check findings by where they come from: whole-graph checks, and per check, per effort (node index). */
export interface CheckBuckets {
  cycles: PlanDiagnostic[];
  /** [check][node]: one per-effort check's findings about one effort (undefined: none). */
  perEffort: Array<Array<PlanDiagnostic[] | undefined>>;
  /** Findings about several efforts at once, cheap, made again on every check: shared branches, measured sizes. */
  measured: PlanDiagnostic[];
}

/**
 * Diagnostics for the project (reader and merge diagnostics are already in project.diagnostics and are not repeated).
 * `getText` gives a file's current text for fixes (undefined: no fixes in that file).
 * `measured` maps effort ids to lines measured on their branches, for `effort-measured-oversized`.
 * The merge's `effort-conflict` findings get their "use this value" fix here, where file texts are at hand.
 */
export function runChecks(
  project: Project,
  limits: Limits,
  getText: (file: string) => string | undefined,
  measured?: Map<string, number>,
): PlanDiagnostic[] {
  const ctx = createContext(project, limits, getText, measured);
  addConflictFixes(ctx, project.diagnostics);
  return checkProject(ctx);
}

/** Every check over the whole project, in one list (no buckets kept: a one-shot check). */
export function checkProject(ctx: CheckContext): PlanDiagnostic[] {
  const out = checkCycles(ctx);
  for (const check of PER_EFFORT_CHECKS) ctx.project.efforts.forEach((effort, node) => check(ctx, effort, node, out));
  return appendAll(out, alwaysChecked(ctx));
}

/** Every check over the whole project, kept by bucket. */
export function runCheckBuckets(ctx: CheckContext): CheckBuckets {
  const efforts = ctx.project.efforts;
  const perEffort = PER_EFFORT_CHECKS.map(() => new Array<PlanDiagnostic[] | undefined>(efforts.length));
  const buckets: CheckBuckets = { cycles: checkCycles(ctx), perEffort, measured: [] };
  // One scratch list, copied only when a check found something (most efforts have no finding).
  const out: PlanDiagnostic[] = [];
  PER_EFFORT_CHECKS.forEach((check, k) => {
    const list = perEffort[k];
    efforts.forEach((effort, node) => {
      check(ctx, effort, node, out);
      list[node] = out.length ? out.splice(0) : undefined;
    });
  });
  buckets.measured = alwaysChecked(ctx);
  return buckets;
}

/**
 * Re-checks some efforts (node indexes), in place, on a project whose graph is the one the buckets were made on:
 * cycles only when one of them is on a cycle, shared branches and measured sizes always.
 */
export function recheckEfforts(ctx: CheckContext, buckets: CheckBuckets, nodes: Iterable<number>): void {
  const efforts = ctx.project.efforts;
  const list = [...nodes].sort((a, b) => a - b);
  const cyclic = cyclicNodes(ctx);
  if (list.some((n) => cyclic.has(n))) buckets.cycles = checkCycles(ctx);
  PER_EFFORT_CHECKS.forEach((check, k) => {
    for (const node of list) {
      const out: PlanDiagnostic[] = [];
      check(ctx, efforts[node], node, out);
      buckets.perEffort[k][node] = out.length ? out : undefined;
    }
  });
  buckets.measured = alwaysChecked(ctx);
}

/** The findings in the order runChecks lists them. */
export function flattenChecks(buckets: CheckBuckets): PlanDiagnostic[] {
  const out = buckets.cycles.slice();
  for (const list of buckets.perEffort) for (const ds of list) if (ds) appendAll(out, ds);
  return appendAll(out, buckets.measured);
}

/** Shared branches (any two efforts may share one, whatever an edit touched) and measured sizes (a few). */
function alwaysChecked(ctx: CheckContext): PlanDiagnostic[] {
  return appendAll(checkSharedBranches(ctx), checkMeasured(ctx));
}
