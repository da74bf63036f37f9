import { strict as assert } from 'assert';
import {
  bfsTree,
  dependencyGraph,
  cyclicComponents,
  membersOf,
  PathFinder,
  stronglyConnected,
  type DependencyGraph,
} from '../../../../src/core/analysis/graph';
import { mergeProject } from '../../../../src/core/project/merge';
import { fact, refs, result, span } from '../../support/builders';

/** A project whose effort i depends on the listed efforts (ids E1.1.<i+1>). */
function graphOf(edges: number[][]): DependencyGraph {
  const F = 'WAVE-PLAN.md';
  const id = (i: number): string => `E1.1.${i + 1}`;
  const facts = edges.map((deps, i) =>
    fact(
      id(i),
      'metadata',
      span(F, i + 1),
      deps.length ? { dependsOn: refs(deps.map(id).join(', '), span(F, i + 1, 10)) } : {},
    ),
  );
  return dependencyGraph(mergeProject([result(F, 'wave-plan', facts)]));
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function reaches(g: DependencyGraph, a: number, b: number): boolean {
  const seen = new Set([a]);
  const stack = [a];
  while (stack.length) {
    for (const v of g.deps[stack.pop()!]) {
      if (v === b) return true;
      if (!seen.has(v)) {
        seen.add(v);
        stack.push(v);
      }
    }
  }
  return false;
}

describe('graph', () => {
  it('builds deduplicated dependency and dependent lists of known efforts', () => {
    const g = graphOf([[], [0, 0], [1, 0]]);
    assert.deepEqual(g.ids, ['E1.1.1', 'E1.1.2', 'E1.1.3']);
    assert.deepEqual(g.deps, [[], [0], [1, 0]]);
    assert.deepEqual(g.dependents, [[1, 2], [2], []]);
  });

  it('strongly connected components agree with brute-force reachability on random graphs, in build order', () => {
    const random = rng(42);
    for (let round = 0; round < 40; round++) {
      const n = 2 + Math.floor(random() * 14);
      const edges = Array.from({ length: n }, () =>
        Array.from({ length: Math.floor(random() * 3) }, () => Math.floor(random() * n)),
      );
      const g = graphOf(edges);
      const components = stronglyConnected(g);
      const { comp } = components;
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < n; b++) {
          const same = a === b || (reaches(g, a, b) && reaches(g, b, a));
          assert.equal(comp[a] === comp[b], same, `round ${round}: ${a} ${b} ${JSON.stringify(edges)}`);
        }
        // Dependencies come first: every dependency's component is not after its dependent's.
        for (const v of g.deps[a]) assert.ok(comp[v] <= comp[a]);
      }
      const all = Array.from({ length: components.count }, (_, c) => membersOf(components, c));
      assert.equal(
        all.reduce((sum, members) => sum + members.length, 0),
        n,
      );
      all.forEach((members, c) => members.forEach((u) => assert.equal(comp[u], c)));
      const cycles = all.filter((m) => m.length > 1 || g.deps[m[0]].includes(m[0]));
      assert.deepEqual(
        cyclicComponents(g, components),
        cycles.map((members) => ({ c: comp[members[0]], members })),
      );
    }
  });

  it('finds shortest paths and cycles, within allowed nodes, without allocating per search', () => {
    const g = graphOf([[1], [2, 3], [0], [2]]);
    const paths = new PathFinder(g);
    assert.deepEqual(
      paths.find(0, (n) => n === 0),
      [0, 1, 2, 0],
    );
    assert.deepEqual(
      paths.find(1, (n) => n === 0),
      [1, 2, 0],
    );
    assert.deepEqual(
      paths.find(3, (n) => n === 1),
      [3, 2, 0, 1],
    );
    assert.equal(
      paths.find(
        3,
        (n) => n === 1,
        (n) => n !== 2,
      ),
      undefined,
    );
    assert.deepEqual(
      paths.find(0, (n) => n === 3, undefined, true),
      [0, 2, 3],
    );
    const tree = bfsTree(g, 0, () => true);
    assert.deepEqual([...tree], [0, 0, 1, 1]);
  });
});
