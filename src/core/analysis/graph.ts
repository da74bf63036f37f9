// The dependency graph as index arrays, and the iterative algorithms checks and analysis share (no recursion:
// a 10,000-effort chain must not overflow the stack).
import { noItems } from '../model/arrays';
import type { Effort, Project } from '../model/model';

/** Effort id → node (index in project.efforts). */
export interface NodeIndex {
  /** `near`: a node the id's node is likely close to (a dependency is often written near its dependent). */
  get(id: string, near?: number): number | undefined;
  /** True when the nodes are numbered in compareEffortIds order and no two ids compare equal. */
  readonly inIdOrder?: boolean;
}

export interface DependencyGraph {
  /** Node index → effort id, in project.efforts order. */
  ids: string[];
  index: NodeIndex;
  /** Per node, the nodes it depends on: known efforts only, no repeats, in written order. Never written to. */
  deps: number[][];
  /** Per node, the nodes that depend on it. Never written to: lists of one node are shared with `deps`. */
  dependents: number[][];
}

export interface Components {
  /** Component number of each node. */
  comp: Int32Array;
  /** How many strongly connected components there are, numbered dependencies before dependents (a build order). */
  count: number;
  /**
   * The nodes component by component: component c is members[start[c]] up to members[start[c + 1]]. Flat, since
   * 100,000 plans of one effort each made 100,000 components of one node, each its own array (5.6 MB).
   */
  members: Int32Array;
  start: Int32Array;
}

/** The members of component `c`: a view of `components.members`, no copy (a 100,000-effort cycle is one component). */
export function membersOf(components: Components, c: number): Int32Array {
  return components.members.subarray(components.start[c], components.start[c + 1]);
}

/** The components that are cycles (several members, or one that depends on itself), in build order, with their members. */
export function cyclicComponents(
  graph: DependencyGraph,
  components: Components,
): Array<{ c: number; members: Int32Array }> {
  const out: Array<{ c: number; members: Int32Array }> = [];
  const { members, start } = components;
  for (let c = 0; c < components.count; c++) {
    const first = members[start[c]];
    if (start[c + 1] - start[c] > 1 || graph.deps[first].includes(first))
      out.push({ c, members: membersOf(components, c) });
  }
  return out;
}

/** The one empty list of the nodes without dependencies or dependents (most of many small plans): never written. */
const NO_NODES = noItems<number>();

const graphs = new WeakMap<Project, DependencyGraph>();
const lentIndexes = new WeakMap<Project, NodeIndex>();

/** The merge that made a project knows each id's node already: its graph uses that index instead of a map of its own. */
export function lendNodeIndex(project: Project, index: NodeIndex): void {
  lentIndexes.set(project, index);
}
const sccs = new WeakMap<DependencyGraph, Components>();

/** The project's graph, built once per project object. */
export function dependencyGraph(project: Project): DependencyGraph {
  let graph = graphs.get(project);
  if (graph) return graph;
  const ids = project.efforts.map((e) => e.id);
  const index = lentIndexes.get(project) ?? indexOf(ids);
  const deps = dependenciesOf(project.efforts, index, new SingleLists(ids.length));
  let dependents: number[][] | undefined;
  graph = {
    ids,
    index,
    deps,
    // Made when first read: most lints read no effort's dependents (only an oversized effort's, or a long cycle's).
    get dependents() {
      return (dependents ??= dependentsOf(deps));
    },
  };
  graphs.set(project, graph);
  return graph;
}

/**
 * Per node x, the list [x], made at its first use: a one-node list of dependencies or of dependents is that list,
 * shared (most efforts of a chain or cycle have one of each: one list per node instead of two, 56 bytes each).
 */
class SingleLists {
  private readonly made: number[][] = [];
  /** Per node, 1 + the index of its list in `made`; 0 while none is made. */
  private readonly slot: Int32Array;
  constructor(n: number) {
    this.slot = new Int32Array(n);
  }
  one(x: number): number[] {
    const s = this.slot[x];
    if (s) return this.made[s - 1];
    const list = [x];
    this.slot[x] = this.made.push(list);
    return list;
  }
  /** A list [x] made before: from now on, x's. */
  keep(list: number[]): void {
    if (!this.slot[list[0]]) this.slot[list[0]] = this.made.push(list);
  }
}

/**
 * Per node, the nodes it depends on: known efforts only, no repeats, in written order. Every list is allocated at its
 * final length: arrays grown by push keep room for 17 (152 bytes for one edge), which on 100,000 efforts was a fifth
 * of what the merged project kept.
 */
function dependenciesOf(efforts: readonly Effort[], index: NodeIndex, singles: SingleLists): number[][] {
  const n = efforts.length;
  const deps: number[][] = [];
  // seenBy[v] === u + 1 once node u lists v: repeats are dropped in O(1), however long the list.
  const seenBy = new Int32Array(n);
  // One scratch list for every node, filled up to `k`: emptied by `length = 0`, it gave up its storage and the next
  // push allocated room for 17 again (152 bytes per effort, 1.5 MB on 10,000 efforts).
  const out: number[] = [];
  // Ids in order and each once: an id equal to the node before's is that node, with no key to read (a chain or a
  // cycle written in order depends on the effort before, 100,000 times).
  const previousFirst = index.inIdOrder === true;
  for (let u = 0; u < n; u++) {
    const written = efforts[u].dependsOn;
    let k = 0;
    for (let i = 0; i < written.length; i++) {
      const v = previousFirst && u > 0 && written[i] === efforts[u - 1].id ? u - 1 : index.get(written[i], u);
      if (v === undefined || seenBy[v] === u + 1) continue;
      seenBy[v] = u + 1;
      out[k++] = v;
    }
    deps.push(k === 0 ? NO_NODES : k === 1 ? singles.one(out[0]) : out.slice(0, k));
  }
  return deps;
}

/** Per node, the nodes that depend on it, in node order. */
function dependentsOf(deps: readonly number[][]): number[][] {
  const n = deps.length;
  const dependentCount = new Int32Array(n);
  // The dependencies' lists of one node are shared again (dependenciesOf made each with `one`).
  const singles = new SingleLists(n);
  for (let u = 0; u < n; u++) {
    const list = deps[u];
    if (list.length === 1) singles.keep(list);
    for (let i = 0; i < list.length; i++) dependentCount[list[i]]++;
  }
  // new Array(k) past ~100,000 elements would be a dictionary: long lists grow by appending at their length instead.
  const dependents: number[][] = [];
  for (let v = 0; v < n; v++) {
    const k = dependentCount[v];
    dependents.push(k <= 1 ? NO_NODES : k <= 1024 ? new Array<number>(k) : []);
  }
  const filled = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const list = deps[u];
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (dependentCount[v] === 1) dependents[v] = singles.one(u);
      else dependents[v][filled[v]++] = u;
    }
  }
  return dependents;
}

function indexOf(ids: readonly string[]): NodeIndex {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  return index;
}

/**
 * Lends a project the graph of an earlier one whose efforts (in the same order) depend on the same efforts: the
 * incremental engine, after an edit that changed no dependency.
 */
export function adoptGraph(project: Project, graph: DependencyGraph): void {
  graphs.set(project, graph);
}

/** Tarjan's algorithm with an explicit stack. */
export function stronglyConnected(graph: DependencyGraph): Components {
  const cached = sccs.get(graph);
  if (cached) return cached;
  const n = graph.ids.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const comp = new Int32Array(n).fill(-1);
  const members = new Int32Array(n);
  const start = new Int32Array(n + 1);
  let count = 0;
  let placed = 0;
  // Both stacks hold each node at most once: typed arrays of n, with their heights (a 100,000-node cycle grew both).
  const stack = new Int32Array(n);
  let stackHeight = 0;
  const calls = new Int32Array(n);
  let depth = 0;
  let counter = 0;
  const enter = (v: number): void => {
    order[v] = low[v] = counter++;
    next[v] = 0;
    stack[stackHeight++] = v;
    onStack[v] = 1;
    calls[depth++] = v;
  };
  for (let s = 0; s < n; s++) {
    if (order[s] !== -1) continue;
    enter(s);
    while (depth) {
      const v = calls[depth - 1];
      const out = graph.deps[v];
      if (next[v] < out.length) {
        const w = out[next[v]++];
        if (order[w] === -1) enter(w);
        else if (onStack[w] && order[w] < low[v]) low[v] = order[w];
        continue;
      }
      depth--;
      if (depth) {
        const parent = calls[depth - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] !== order[v]) continue;
      let w: number;
      do {
        w = stack[--stackHeight];
        onStack[w] = 0;
        comp[w] = count;
        members[placed++] = w;
      } while (w !== v);
      start[++count] = placed;
    }
  }
  const result = { comp, count, members, start };
  sccs.set(graph, result);
  return result;
}

/** Breadth-first searches that reuse their scratch arrays, so many small searches cost no allocation. */
export class PathFinder {
  private readonly seen: Int32Array;
  private readonly parent: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(private readonly graph: DependencyGraph) {
    const n = graph.ids.length;
    this.seen = new Int32Array(n);
    this.parent = new Int32Array(n);
    this.queue = new Int32Array(n);
  }

  /**
   * Shortest path from `from` to the first node `isTarget` accepts (`from` itself counts when reached again,
   * which finds cycles), following dependencies (or dependents when `reverse`), expanding only nodes `allow` accepts.
   * Returns the nodes from `from` to the target, both included.
   */
  find(
    from: number,
    isTarget: (n: number) => boolean,
    allow: (n: number) => boolean = () => true,
    reverse = false,
  ): number[] | undefined {
    const edges = reverse ? this.graph.dependents : this.graph.deps;
    const stamp = ++this.stamp;
    this.seen[from] = stamp;
    this.queue[0] = from;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = this.queue[head++];
      for (const v of edges[u]) {
        if (isTarget(v)) return this.pathTo(u, from).concat(v);
        if (this.seen[v] === stamp) continue;
        this.seen[v] = stamp;
        this.parent[v] = u;
        if (allow(v)) this.queue[tail++] = v;
      }
    }
    return undefined;
  }

  private pathTo(u: number, from: number): number[] {
    const path = [u];
    while (path[path.length - 1] !== from) path.push(this.parent[path[path.length - 1]]);
    return path.reverse();
  }
}

/** BFS tree from `root`: parent[x] is the neighbour x was reached from (-1 if unreached). */
export function bfsTree(
  graph: DependencyGraph,
  root: number,
  allow: (n: number) => boolean,
  reverse = false,
): Int32Array {
  const edges = reverse ? graph.dependents : graph.deps;
  const parent = new Int32Array(graph.ids.length).fill(-1);
  parent[root] = root;
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const v of edges[u]) {
      if (parent[v] !== -1 || !allow(v)) continue;
      parent[v] = u;
      queue.push(v);
    }
  }
  return parent;
}
