// `parallel-conflict`: parallelism claims the dependency graph contradicts.
// - `Parallel With: B` while A depends on B, or B on A, directly or transitively (error: an agent would start
//   before the code it builds on exists). Located at B in A's list; fix removes that entry.
// - `Can Parallelize: Yes` while A depends (transitively) on an effort of its own wave (warning). Located at the
//   value; fix sets it to No. Paths through strictly earlier waves are not followed: leaving A's wave and coming
//   back needs a wave-order error, which is reported on its own.
import { removeListedFix, setCanParallelizeNoFix } from '../fixes';
import type { Effort, Fix, PlanDiagnostic, Project } from '../model/model';
import { diagnostic, formatPath, pathEdges, refTo, winningFact, type CheckContext } from './context';

/** `Parallel With` entries of one effort that a dependency path contradicts. */
export function checkParallelWithOf(ctx: CheckContext, effort: Effort, out: PlanDiagnostic[]): void {
  if (effort.parallelWith.length === 0) return;
  const { project, graph } = ctx;
  // Components are numbered in build order: a path a ⇝ b only visits components numbered between b's and a's.
  const rank = ctx.components.comp;
  const path = (a: number, b: number): number[] | undefined =>
    rank[a] < rank[b]
      ? undefined
      : ctx.paths.find(
          a,
          (n) => n === b,
          (n) => rank[n] >= rank[b] && !cancelled(project, n),
        );
  const fact = winningFact(project, effort, 'parallelWith');
  const a = graph.index.get(effort.id)!;
  for (const otherId of effort.parallelWith) {
    const b = graph.index.get(otherId);
    if (b === undefined || b === a || cancelled(project, b)) continue;
    const forward = path(a, b);
    const found = forward ?? path(b, a);
    if (!found) continue;
    const ids = found.map((n) => graph.ids[n]);
    const message = forward
      ? `${effort.id} is declared parallel with ${otherId} but depends on it: ${formatPath(ids)}.`
      : `${effort.id} is declared parallel with ${otherId}, which depends on it: ${formatPath(ids)}.`;
    const ref = refTo(fact?.parallelWith, otherId);
    out.push(
      diagnostic(
        ref?.span ?? effort.origins.parallelWith!,
        'parallel-conflict',
        'error',
        message,
        [effort.id, otherId],
        {
          ...(ids.length === 2 ? { edges: pathEdges(ids) } : {}),
          fixes: [certain(fact ? removeListedFix(ctx, effort.id, fact, 'parallelWith', otherId) : undefined)],
        },
      ),
    );
  }
}

/** A cancelled effort will never run: no claim of parallelism is false because of it, nor of a path through it. */
function cancelled(project: Project, node: number): boolean {
  return project.efforts[node]?.status === 'cancelled';
}

/** A dependency path makes the parallel claim false: withdrawing the claim is the one repair that keeps every dependency. */
function certain(fix: Fix | undefined): Fix | undefined {
  return fix && { ...fix, certain: true };
}

function strictlyEarlier(a: Effort, b: Effort): boolean {
  if (a.phase === undefined || b.phase === undefined) return false;
  if (a.phase !== b.phase) return a.phase < b.phase;
  return a.wave !== undefined && b.wave !== undefined && a.wave < b.wave;
}

/**
 * `Can Parallelize: Yes` of one effort (node a) while it depends on an effort of its own wave. The search is made apart
 * (checkOwnWavePath): a function whose closures capture its locals allocates their context on every call, even one that
 * returns before making them (10,000 efforts with nothing to search: 640 KB).
 */
export function checkCanParallelizeOf(ctx: CheckContext, effort: Effort, a: number, out: PlanDiagnostic[]): void {
  if (effort.canParallelize !== true || effort.phase === undefined || effort.wave === undefined) return;
  if (onlyEarlierDependencies(ctx.project, effort, ctx.graph.deps[a], a)) return;
  checkOwnWavePath(ctx, effort, a, out);
}

function checkOwnWavePath(ctx: CheckContext, effort: Effort, a: number, out: PlanDiagnostic[]): void {
  const { project, graph } = ctx;
  const sameWave = (n: number): boolean => {
    const e = project.efforts[n];
    return n !== a && e.phase === effort.phase && e.wave === effort.wave && e.status !== 'cancelled';
  };
  const found = ctx.paths.find(
    a,
    sameWave,
    (n) => n !== a && !strictlyEarlier(project.efforts[n], effort) && !cancelled(project, n),
  );
  if (!found) return;
  const ids = found.map((n) => graph.ids[n]);
  const last = ids[ids.length - 1];
  out.push(
    diagnostic(
      effort.origins.canParallelize!,
      'parallel-conflict',
      'warning',
      `${effort.id} ${claim(project, effort)} but depends on ${last} in its own wave ${effort.wave}: ${formatPath(ids)}.`,
      [effort.id, last],
      {
        ...(ids.length === 2 ? { edges: pathEdges(ids) } : {}),
        fixes: [certain(setCanParallelizeNoFix(ctx, effort.id))],
      },
    ),
  );
}

/**
 * Every dependency of node a is in a strictly earlier wave (or a itself): the search below would stop at once, found
 * nothing. Most efforts of a big plan depend only on earlier waves: they make no search and no closures for one.
 */
function onlyEarlierDependencies(project: Project, effort: Effort, deps: readonly number[], a: number): boolean {
  for (let i = 0; i < deps.length; i++)
    if (deps[i] !== a && !strictlyEarlier(project.efforts[deps[i]], effort)) return false;
  return true;
}

/** Where the claim comes from: the effort's own field, or a wave's or document's line it inherits (not always its wave). */
function claim(project: Project, effort: Effort): string {
  return winningFact(project, effort, 'canParallelize')
    ? 'is marked Can Parallelize: Yes'
    : `inherits Can Parallelize: Yes from line ${effort.origins.canParallelize!.line}`;
}
