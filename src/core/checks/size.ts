// `effort-oversized` (estimate or recorded actual lines above the hard limit; a split fix when the estimate is) and
// `effort-near-limit` (above the soft limit), located at the written estimate (else the declaration), so the finding
// sits in the plan even when the actual lines come from a machine-written state file (named as related information).
import { splitEffortFix } from '../fixes';
import type { DependencyGraph } from '../analysis/graph';
import type { Effort, PlanDiagnostic } from '../model/model';
import { splitPhrase } from '../views/effortText';

type Related = NonNullable<PlanDiagnostic['related']>[number];
import { declarationSpan, diagnostic, type CheckContext } from './context';
import { formatCount } from '../model/numbers';

/** One effort's size finding (node: its index in project.efforts). */
export function checkSizeOf(ctx: CheckContext, effort: Effort, node: number, out: PlanDiagnostic[]): void {
  const { hard, soft } = ctx.limits;
  const actual = effort.actualLines;
  const isDone = effort.status === 'done';
  // What a done effort merged is its recorded actual size: the estimate it was planned at no longer matters.
  const estimate = isDone && actual !== undefined ? undefined : effort.estimatedLines;
  const largest = Math.max(estimate ?? -Infinity, actual ?? -Infinity);
  // A recorded split remedies the limit only when every part is within it (kcp: `p6w1-cluster-2-split | 1,583`).
  const partOver = effort.largestPart !== undefined && effort.largestPart > hard ? effort.largestPart : undefined;
  if (largest <= Math.min(hard, soft) && partOver === undefined) return;
  // A part over the limit is what needs splitting again: the finding sits at that part's size.
  const span =
    (partOver !== undefined ? effort.origins.largestPart : undefined) ??
    effort.origins.estimatedLines ??
    declarationSpan(ctx.project, effort);
  const actualOrigin = effort.origins.actualLines;
  const related =
    actual !== undefined && actualOrigin && actual > Math.min(hard, soft)
      ? [{ span: actualOrigin, message: `${effort.id}: ${formatCount(actual)} actual lines recorded here` }]
      : undefined;
  const done = isDone ? ' It is marked done.' : '';
  // Near the limit is advice for work still to do: on a done effort (within the limit) there is nothing to act on.
  const nearSeverity = isDone ? 'hint' : 'warning';
  // A recorded split is the remedy the limit asks for: said in the finding, which then informs instead of failing.
  const split = splitNote(effort, partOver, hard);
  const severity = split && partOver === undefined ? 'info' : 'error';
  if (estimate !== undefined && estimate > hard && isDone) {
    // Merged with no actual size recorded: too late to split, and whether it kept to the limit is not known.
    const message = `${effort.id} is estimated at ${formatCount(estimate)} lines, over the ${formatCount(hard)}-line limit. It is marked done, with no actual size recorded.${split}`;
    out.push(
      diagnostic(
        span,
        'effort-oversized',
        partOver !== undefined ? 'error' : split ? 'info' : 'warning',
        message,
        [effort.id],
        {
          related: splitRelated(effort, related),
        },
      ),
    );
  } else if (estimate !== undefined && estimate > hard) {
    const dependents = idsAt(ctx, dependentsOf(ctx.graph, node));
    const also = actual !== undefined && actual > hard ? ` ${formatCount(actual)} actual lines are recorded.` : '';
    out.push(
      diagnostic(
        span,
        'effort-oversized',
        severity,
        split
          ? `${effort.id} is estimated at ${formatCount(estimate)} lines, over the ${formatCount(hard)}-line limit.${also}${split}`
          : `${effort.id} is estimated at ${formatCount(estimate)} lines, over the ${formatCount(hard)}-line limit: split it.${also}`,
        [effort.id],
        {
          related: splitRelated(effort, related),
          fixes: split ? [] : [splitEffortFix(ctx, effort, dependents, hard)],
        },
      ),
    );
  } else if (actual !== undefined && actual > hard) {
    const est = effort.estimatedLines !== undefined ? ` (estimated at ${formatCount(effort.estimatedLines)})` : '';
    out.push(
      diagnostic(
        span,
        'effort-oversized',
        severity,
        `${effort.id} has ${formatCount(actual)} actual lines recorded${est}, over the ${formatCount(hard)}-line limit.${done}${
          split || (done ? ' No split is recorded.' : '')
        }`,
        [effort.id],
        { related: splitRelated(effort, related) },
      ),
    );
  } else if (partOver !== undefined) {
    out.push(
      diagnostic(span, 'effort-oversized', 'error', `${effort.id}${split.replace(' It was', ' was')}`, [effort.id], {
        related: splitRelated(effort, related),
      }),
    );
  } else if (estimate !== undefined && estimate > soft) {
    out.push(
      diagnostic(
        span,
        'effort-near-limit',
        nearSeverity,
        `${effort.id} is estimated at ${formatCount(estimate)} lines, over the ${formatCount(soft)}-line warning threshold (limit ${formatCount(hard)}).${done}`,
        [effort.id],
        { related },
      ),
    );
  } else if (actual !== undefined && actual > soft) {
    const est = effort.estimatedLines !== undefined ? ` (estimated at ${formatCount(effort.estimatedLines)})` : '';
    out.push(
      diagnostic(
        span,
        'effort-near-limit',
        nearSeverity,
        `${effort.id} has ${formatCount(actual)} actual lines recorded${est}, over the ${formatCount(soft)}-line warning threshold (limit ${formatCount(hard)}).${done}`,
        [effort.id],
        { related },
      ),
    );
  }
}

/** Oversized efforts whose dependents are found by a pass over the graph's dependencies, per graph. */
const PASSES = 16;
const passes = new WeakMap<DependencyGraph, number>();

/**
 * The nodes that depend on `node`, in node order, as the graph's `dependents` lists them. A lint asks this of its few
 * oversized efforts only, where the graph's lists of every node's dependents (made when first read: 10,000 lists, a
 * cold ~7 ms) cost more than a pass over the dependencies each; past PASSES efforts, the lists are made.
 */
function dependentsOf(graph: DependencyGraph, node: number): readonly number[] {
  const asked = passes.get(graph) ?? 0;
  if (asked >= PASSES) return graph.dependents[node];
  passes.set(graph, asked + 1);
  const { deps } = graph;
  const found: number[] = [];
  for (let u = 0; u < deps.length; u++) if (deps[u].includes(node)) found.push(u);
  return found;
}

/**
 * The ids of some nodes. Not a closure inside checkSizeOf: closures that capture a function's locals allocate their
 * context on every call, even one that returns before making them (10,000 efforts within the limit: 640 KB).
 */
function idsAt(ctx: CheckContext, nodes: readonly number[]): string[] {
  return nodes.map((n) => ctx.graph.ids[n]);
}

/**
 * ` It was split into 3 parts.` when a source records a split (` …, but one part has 1,583 lines, over the 800-line
 * limit: split it again.` when a part is over the limit), else ''.
 */
function splitNote(effort: Effort, partOver: number | undefined, hard: number): string {
  const phrase = splitPhrase(effort) ?? (partOver !== undefined ? 'split' : undefined);
  if (!phrase) return '';
  if (partOver === undefined) return ` It was ${phrase}.`;
  return ` It was ${phrase}, but one part has ${formatCount(partOver)} lines, over the ${formatCount(hard)}-line limit: split it again.`;
}

/** The place the split is recorded, beside the place of the actual lines. */
function splitRelated(effort: Effort, related: Related[] | undefined): Related[] | undefined {
  const at = effort.origins.split;
  if (effort.split === undefined || !at) return related;
  return [...(related ?? []), { span: at, message: `${effort.id}: split recorded here` }];
}
