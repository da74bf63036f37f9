// Waves one under the other: every effort of a wave is ranked below every effort of the wave before, by the drawn
// dependencies and invisible links alone (Mermaid ranks a subgraph with outside links with the rest of the graph).
// Before, one link between the two subgraphs ranked one pair of their efforts: a wave whose first efforts shared a rank
// with the last ones of the wave before was put beside it, and the waves drifted right, a step per wave.
import { strict as assert } from 'assert';
import { projectToMermaid, type MermaidGraph } from '../../../../src/core/mermaid/flowchart';
import { MAX_PAIRS } from '../../../../src/core/mermaid/waveRows';
import { lint } from '../../support/builders';
import { assertWellFormed, layeredProject } from '../../support/mermaidHelpers';

const PHASE_1 = `# Phase 1: Ledger Core

## Wave 1: Storage

#### E1.1.1: journal-store
#### E1.1.2: account-index
#### E1.1.3: import-pipeline
#### E1.1.4: export-formats

## Wave 2: Queries

#### E1.2.1: balance-queries
**Dependencies**: E1.1.1, E1.1.2

#### E1.2.2: statement-report
**Dependencies**: E1.2.1

#### E1.2.3: audit-trail
**Dependencies**: E1.1.1
`;

const PHASE_2 = `# Phase 2: Sync

## Wave 1: Replication

#### E2.1.1: change-feed
**Dependencies**: E1.2.1

#### E2.1.2: conflict-resolver
**Dependencies**: E2.1.1
`;

/** Each node's rank as Mermaid's layout would give it: the longest chain of links above it (`a <link> b`: b below). */
function ranks(g: MermaidGraph): Map<string, number> {
  const links = g.text
    .split('\n')
    .map((l) => /^(\w+) (?:-->|---|-\.->|~~~) (\w+)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [m[1], m[2]] as const);
  const rank = new Map<string, number>();
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false;
    for (const [a, b] of links) {
      const r = (rank.get(a) ?? 0) + 1;
      if (r > (rank.get(b) ?? 0)) {
        rank.set(b, r);
        changed = true;
      }
    }
  }
  return rank;
}

/** Whether every node of each subgraph ranks below every node of the subgraph before it (in plan order). */
function stacked(g: MermaidGraph, waves: string[][]): string[] {
  const rank = ranks(g);
  const r = (id: string) => rank.get(id) ?? 0;
  const problems: string[] = [];
  for (let i = 1; i < waves.length; i++) {
    const above = Math.max(...waves[i - 1].map(r));
    const top = Math.min(...waves[i].map(r));
    if (top <= above) problems.push(`wave ${i + 1} starts at rank ${top}, wave ${i} ends at ${above}`);
  }
  return problems;
}

describe('mermaid: waves one under the other', () => {
  it('ranks every effort of a wave below the whole wave before it', () => {
    const { project } = lint({
      'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PHASE_1,
      'phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md': PHASE_2,
    });
    const g = projectToMermaid(project, { mode: 'full', layoutBackwardEdges: true });
    assertWellFormed(g.text);
    const waves = [
      ['n_E1_1_1', 'n_E1_1_2', 'n_E1_1_3', 'n_E1_1_4'],
      ['n_E1_2_1', 'n_E1_2_2', 'n_E1_2_3'],
      ['n_E2_1_1', 'n_E2_1_2'],
    ];
    assert.deepEqual(stacked(g, waves), []);
    // From the efforts that end a wave to those that start the next, unless a dependency already joins them.
    const hidden = g.text.split('\n').filter((l) => l.includes(' ~~~ '));
    // E1.2.1 depends on E1.1.1 and E1.1.2, E1.2.3 on E1.1.1: those pairs are ranked already.
    assert.deepEqual(hidden, [
      'n_E1_1_2 ~~~ n_E1_2_3',
      'n_E1_1_3 ~~~ n_E1_2_1',
      'n_E1_1_3 ~~~ n_E1_2_3',
      'n_E1_1_4 ~~~ n_E1_2_1',
      'n_E1_1_4 ~~~ n_E1_2_3',
      'n_E1_2_2 ~~~ n_E2_1_1',
      'n_E1_2_3 ~~~ n_E2_1_1',
    ]);
    assert.equal(g.hiddenLinks, hidden.length);
    // After the real links, so Mermaid's link indexes stay those of g.edges.
    const lines = g.text.split('\n');
    assert.ok(lines.indexOf(hidden[0]) > Math.max(...lines.map((l, i) => (/ (-->|-\.->|---) /.test(l) ? i : -1))));
  });

  it(`joins wide waves (more than ${MAX_PAIRS} end × start pairs) through one invisible gate node each`, () => {
    const g = projectToMermaid(layeredProject(1, 3, 6), { mode: 'full' });
    assertWellFormed(g.text);
    const gates = g.text.split('\n').filter((l) => /^gate_\w+\[" "\]$/.test(l));
    assert.equal(gates.length, 2);
    // Six efforts end wave 1 and six start wave 2 (no dependencies inside a wave): 12 links per gate, not 36.
    assert.equal(g.hiddenLinks, 24);
    assert.match(g.text, /^class gate_W1_2,gate_W1_3 gate$/m);
    assert.match(g.text, /^classDef gate fill:none,stroke:none$/m);
    assert.ok(!g.nodes.some((n) => n.nodeId.startsWith('gate_')), 'gates are no node the panel knows');
    const wave = (w: number) => [1, 2, 3, 4, 5, 6].map((n) => `n_E1_${w}_${n}`);
    assert.deepEqual(stacked(g, [wave(1), wave(2), wave(3)]), []);
  });

  it("keeps one link per wave when the rows' links would break Mermaid's edge limit", () => {
    const g = projectToMermaid(layeredProject(1, 3, 6), { mode: 'full', maxEdges: 40 });
    assert.equal(g.kind, 'full');
    assert.deepEqual(
      g.text.split('\n').filter((l) => l.includes(' ~~~ ')),
      ['W1_1 ~~~ W1_2', 'W1_2 ~~~ W1_3'],
    );
    assert.equal(g.hiddenLinks, 2);
  });
});
