// A critical path that crosses a wave gate (`**Dependencies**: Wave 1.1 completion`) is drawn as one chain: the gate's
// dotted "waits for" link, from the waited wave's box to the effort that waits for the whole wave, is on the path, in
// the full graph and in the wave summary (it was two unlinked chains, one per wave).
import { strict as assert } from 'assert';
import { remainingCriticalPath } from '../../../../src/core/analysis/remaining';
import { projectToMermaid, type MermaidGraph } from '../../../../src/core/mermaid/flowchart';
import { lint } from '../../support/builders';
import { assertWellFormed } from '../../support/mermaidHelpers';

const PLAN = `# Phase 1: Checker

## Wave 1.1: Foundations

#### E1.1.1: Parser
**Size Estimate**: ~400 lines

#### E1.1.2: Checker
**Size Estimate**: ~500 lines
**Dependencies**: E1.1.1

#### E1.1.3: Docs
**Size Estimate**: ~100 lines

## Wave 1.2: Reports

#### E1.2.1: Reporter
**Size Estimate**: ~600 lines
**Dependencies**: Wave 1.1 completion

#### E1.2.2: Exporter
**Size Estimate**: ~300 lines
**Dependencies**: E1.2.1
`;

function read() {
  const { project } = lint({ 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN });
  return { project, path: remainingCriticalPath(project).efforts };
}

/** The critical edges as a chain of node ids, walked from `start` (throws where the chain breaks). */
function criticalChain(g: MermaidGraph, start: string): string[] {
  const next = new Map(g.edges.filter((e) => e.critical).map((e) => [e.from, e.to]));
  const chain = [start];
  for (let at = next.get(start); at; at = next.get(at)) chain.push(at);
  return chain;
}

describe('mermaid: a critical path across a wave gate', () => {
  it('runs through the gate (E1.2.1 waits for all of Wave 1.1, E1.1.2 finishes it last)', () => {
    assert.deepEqual(read().path, ['E1.1.1', 'E1.1.2', 'E1.2.1', 'E1.2.2']);
  });

  it("is one chain in the full graph: into Wave 1.1's box, then a dotted link from the box to the effort that waits", () => {
    const { project, path } = read();
    const g = projectToMermaid(project, { criticalPath: path, mode: 'full' });
    assertWellFormed(g.text);
    // The path's efforts in Wave 1.1 are in its box; the gate's link leaves the box, so E1.1.3 waits as well.
    assert.deepEqual(criticalChain(g, 'n_E1_1_1'), ['n_E1_1_1', 'n_E1_1_2']);
    assert.deepEqual(criticalChain(g, 'W1_1'), ['W1_1', 'n_E1_2_1', 'n_E1_2_2']);
    const lines = g.text.split('\n');
    assert.ok(lines.includes('subgraph W1_1["Phase 1 #183; Wave 1#58; Foundations"]'), g.text);
    const links = lines.filter((l) => / -->|-\.->/.test(l));
    assert.deepEqual(links, ['n_E1_1_1 --> n_E1_1_2', 'n_E1_2_1 --> n_E1_2_2', 'W1_1 -.-> n_E1_2_1']);
    assert.ok(lines.includes('linkStyle 0,1,2 stroke:#3794ff,stroke-width:3px'), g.text);
    // Real links keep Mermaid's indexes 0..n-1: the invisible wave-order links come after the gate's link.
    assert.ok(lines.indexOf('W1_1 -.-> n_E1_2_1') < lines.findIndex((l) => l.includes(' ~~~ ')));
    assert.equal(g.edgeCount, 3);
    assert.deepEqual(
      g.edges.find((e) => e.waits),
      {
        from: 'W1_1',
        to: 'n_E1_2_1',
        waits: true,
        critical: true,
        notes: ['E1.2.1 waits for all of Wave 1.1; the critical path comes from E1.1.2'],
      },
    );
    assert.ok(g.legend.some((e) => e.key === 'edge-waits'));
  });

  it('draws the gate without the path too, off the critical path', () => {
    const { project } = read();
    const g = projectToMermaid(project, { mode: 'full' });
    assert.deepEqual(
      g.edges.filter((e) => e.waits),
      [{ from: 'W1_1', to: 'n_E1_2_1', waits: true, notes: ['E1.2.1 waits for all of Wave 1.1'] }],
    );
    assert.equal(g.edgeCount, 3);
  });

  it('links the two waves on the path in the wave summary, though plan order already says wave 1.2 follows 1.1', () => {
    const { project, path } = read();
    const g = projectToMermaid(project, { criticalPath: path, mode: 'summary' });
    assertWellFormed(g.text);
    assert.deepEqual(
      g.edges.map((e) => `${e.from}>${e.to}${e.waits ? ' waits' : ''}${e.critical ? ' critical' : ''}`),
      ['w_W1_1>w_W1_2 waits critical'],
    );
    assert.ok(g.text.split('\n').includes('w_W1_1 -.-> w_W1_2'));
  });
});
