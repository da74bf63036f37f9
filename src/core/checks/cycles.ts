// `dependency-cycle`: every strongly connected component of the dependency graph is a cycle (or a self-dependency).
// One error per dependency edge inside a component, located at the written reference, naming a cycle through
// that edge, with the other edges of that cycle as related information and a fix removing the edge. A cycle of two
// efforts is one error (both dependencies are one contradiction): at the first effort's reference, the other as
// related information, a fix for each side.
import { compareParsedIds, parseEffortId } from '../model/ids';
import { bfsTree, cyclicComponents } from '../analysis/graph';
import { removeDependencyFix } from '../fixes';
import type { PlanDiagnostic } from '../model/model';
import { diagnostic, effortAt, type CheckContext } from './context';
import { disagreeingSources } from './cycleSources';
import { formatCount } from '../model/numbers';

/** Components up to this size get an exact shortest cycle per edge; larger ones a walk through one root. */
const EXACT_LIMIT = 300;
/** Related entries per diagnostic: a 10,000-effort cycle must not carry 10,000 of them on each edge. */
const MAX_RELATED = 12;
/**
 * Edges reported one by one per cycle; past it the last says how many more. Removing any edge of a ring breaks it,
 * and 100,000 findings naming the same cycle cost seconds and hundreds of MB while telling nothing new.
 */
export const MAX_CYCLE_EDGE_REPORTS = 1000;

type Related = NonNullable<PlanDiagnostic['related']>[number];

export function checkCycles(ctx: CheckContext): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  const { graph, components } = ctx;
  // An edge is related information of up to 12 diagnostics of its cycle: one entry per edge, shared by them
  // (a 100,000-edge cycle made 1.2 million entries, each with its own message, about 100 MB).
  const entries = new Map<number, Related[]>();
  const relatedEdge = (a: number, b: number): Related => {
    let row = entries.get(a);
    if (!row) entries.set(a, (row = []));
    const k = graph.deps[a].indexOf(b);
    return (row[k] ??= { span: ctx.edgeSpan(a, b), message: `${graph.ids[a]} depends on ${graph.ids[b]}` });
  };
  // Per node, its position on its component's base cycle (-1: off it). One array for every component, reset after
  // each: a map of 100,000 positions was 1% of a cycle's lint.
  let onBase: Int32Array | undefined;
  for (const { c, members } of cyclicComponents(graph, components)) {
    const inComponent = (n: number): boolean => components.comp[n] === c;
    // Project order (ids sorted) so diagnostics come out in a stable order.
    const order = inNodeOrder(components.comp, c, members);
    // Nodes numbered in id order: the first member has the smallest id, with no id to parse.
    const root = graph.index.inIdOrder ? order[0] : smallestId(graph.ids, members);
    const base = ctx.paths.find(root, (n) => n === root, inComponent)!;
    // The base cycle is simple: each of its nodes leaves it once, so a node's position names its edge (no key strings).
    const position = (onBase ??= new Int32Array(graph.ids.length).fill(-1));
    for (let i = 0; i + 1 < base.length; i++) position[base[i]] = i;
    let trees: { forward: Int32Array; backward: Int32Array } | undefined;
    const closed = (u: number, v: number): Cycle => {
      const i = position[u];
      // Rotations of the base cycle are read in place: copying them would be quadratic on long cycles.
      if (i >= 0 && base[i + 1] === v) return { length: base.length, at: (k) => base[(i + k) % (base.length - 1)] };
      if (u === v) return fromArray([u, u]);
      if (members.length <= EXACT_LIMIT) return fromArray([u, ...ctx.paths.find(v, (n) => n === u, inComponent)!]);
      trees ??= { forward: bfsTree(graph, root, inComponent), backward: bfsTree(graph, root, inComponent, true) };
      return fromArray(walkThroughRoot(trees.forward, trees.backward, root, u, v));
    };
    let reported = 0;
    let last: PlanDiagnostic | undefined;
    const pair = members.length === 2;
    // Indexed: a 100,000-effort cycle walks every member's list, in code that runs once (no iterator per list).
    for (let i = 0; i < order.length; i++) {
      const u = order[i];
      const deps = graph.deps[u];
      for (let k = 0; k < deps.length; k++) {
        const v = deps[k];
        // The pair's second dependency is part of the first one's finding.
        if (!inComponent(v) || (pair && u !== v && u === order[1]) || ++reported > MAX_CYCLE_EDGE_REPORTS) continue;
        out.push((last = edgeDiagnostic(ctx, closed(u, v), members.length, relatedEdge, pair && u !== v)));
      }
    }
    if (last && reported > MAX_CYCLE_EDGE_REPORTS) {
      const more = formatCount(reported - MAX_CYCLE_EDGE_REPORTS);
      last.message += ` (${more} more dependencies of this cycle not shown)`;
    }
    for (let i = 0; i + 1 < base.length; i++) position[base[i]] = -1;
  }
  return out;
}

/**
 * A component's members in node order: sorted, or for a component of a good part of the graph (a 100,000-effort
 * cycle) read off the nodes' component numbers in one pass, which costs less than sorting them.
 */
function inNodeOrder(comp: Int32Array, c: number, members: Int32Array): Int32Array {
  if (members.length * 8 < comp.length) return members.slice().sort();
  const order = new Int32Array(members.length);
  let k = 0;
  for (let x = 0; x < comp.length; x++) if (comp[x] === c) order[k++] = x;
  return order;
}

const cyclic = new WeakMap<object, ReadonlySet<number>>();

/** The nodes on some cycle: only their facts can change what checkCycles reports (once per graph). */
export function cyclicNodes(ctx: CheckContext): ReadonlySet<number> {
  let set = cyclic.get(ctx.components);
  if (!set) {
    const nodes = new Set<number>();
    for (const { members } of cyclicComponents(ctx.graph, ctx.components)) for (const n of members) nodes.add(n);
    cyclic.set(ctx.components, (set = nodes));
  }
  return set;
}

/** The member whose id sorts first (the first of equals), each id parsed once. */
function smallestId(ids: readonly string[], members: Int32Array): number {
  let best = members[0];
  let bestId = parseEffortId(ids[best]);
  for (let i = 1; i < members.length; i++) {
    const id = parseEffortId(ids[members[i]]);
    if (compareParsedIds(ids[members[i]], id, ids[best], bestId) < 0) {
      best = members[i];
      bestId = id;
    }
  }
  return best;
}

/** A closed list of nodes (first = last), read by position. */
interface Cycle {
  length: number;
  at(i: number): number;
}

function fromArray(nodes: number[]): Cycle {
  return { length: nodes.length, at: (i) => nodes[i] };
}

/** u → v ⇝ root ⇝ u, from the BFS trees of one root: a closed walk through the edge (may repeat efforts). */
function walkThroughRoot(forward: Int32Array, backward: Int32Array, root: number, u: number, v: number): number[] {
  const walk = [u];
  for (let x = v; ; x = backward[x]) {
    walk.push(x);
    if (x === root) break;
  }
  const rootToU: number[] = [];
  for (let x = u; x !== root; x = forward[x]) rootToU.push(x);
  return walk.concat(rootToU.reverse());
}

/** The ids to name: all of a short cycle, the start and end of a long one. */
function cycleIds(ctx: CheckContext, cycle: Cycle): string[] {
  const n = cycle.length;
  const positions = n <= 12 ? [...Array(n).keys()] : [...Array(8).keys(), -1, n - 3, n - 2, n - 1];
  return positions.map((i) => (i < 0 ? '…' : ctx.graph.ids[cycle.at(i)]));
}

function edgeDiagnostic(
  ctx: CheckContext,
  cycle: Cycle,
  size: number,
  relatedEdge: (a: number, b: number) => Related,
  pair = false,
): PlanDiagnostic {
  const from = effortAt(ctx, cycle.at(0));
  const to = ctx.graph.ids[cycle.at(1)];
  const span = ctx.edgeSpan(cycle.at(0), cycle.at(1));
  const related = [];
  for (let i = 1; i + 1 < cycle.length && related.length < MAX_RELATED; i++)
    related.push(relatedEdge(cycle.at(i), cycle.at(i + 1)));
  const self = cycle.length === 2 && cycle.at(0) === cycle.at(1);
  const count = cycle.length - 1;
  const note =
    size > count
      ? ` (one of the cycles among ${formatCount(size)} efforts)`
      : count > 11
        ? ` (${formatCount(count)} efforts)`
        : '';
  const message = self
    ? `${from.id} depends on itself.`
    : `Dependency cycle: ${cycleIds(ctx, cycle).join(' → ')}${note}.${cycle.length === 3 ? disagreeingSources(ctx, cycle.at(0), cycle.at(1)) : ''}`;
  // Either side of a pair may be the wrong one: a fix for each, neither preferred.
  return diagnostic(span, 'dependency-cycle', 'error', message, self ? [from.id] : [from.id, to], {
    edges: pair
      ? [
          [to, from.id],
          [from.id, to],
        ]
      : [[to, from.id]],
    related,
    fixes: pair
      ? [removeDependencyFix(ctx, from.id, to), removeDependencyFix(ctx, to, from.id)]
      : [removeDependencyFix(ctx, from.id, to, true)],
  });
}
