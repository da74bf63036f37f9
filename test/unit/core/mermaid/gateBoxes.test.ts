// A wave or phase gate drawn as what the plan says: every effort of Wave 2 waits for ALL of Wave 1, so the dotted
// "waits for" link leaves Wave 1's box (each wave box of a waited phase), never one effort of it, and enters the
// waiting wave's box when all of it waits. A plan that names no phase gets wave boxes too, in the full graph and the
// summary. Plans read through the product's engine.
import { strict as assert } from 'assert';
import { remainingCriticalPath } from '../../../../src/core/analysis/remaining';
import { projectToMermaid, type MermaidGraph } from '../../../../src/core/mermaid/flowchart';
import { lint } from '../../support/builders';
import { PHASE_1_PLAN, PHASE_2_PLAN, UNPHASED_PLAN } from '../../support/gatePlans';
import { assertWellFormed } from '../../support/mermaidHelpers';

/** `from>to`, ` critical` when on the path: the "waits for" links only. */
function waits(g: MermaidGraph): string[] {
  return g.edges.filter((e) => e.waits).map((e) => `${e.from}>${e.to}${e.critical ? ' critical' : ''}`);
}

function read(texts: Record<string, string>) {
  const { project } = lint(texts);
  return { project, path: remainingCriticalPath(project).efforts };
}

describe('mermaid: wave and phase gates drawn from box to box', () => {
  const unphased = read({ '/ws/PLAN.md': UNPHASED_PLAN });
  const phased = read({ '/ws/plans/PHASE-1-PLAN.md': PHASE_1_PLAN, '/ws/plans/PHASE-2-PLAN.md': PHASE_2_PLAN });

  it('gives a plan without phases a box per wave, titled as the plan writes it', () => {
    const g = projectToMermaid(unphased.project, { criticalPath: unphased.path, mode: 'full' });
    assertWellFormed(g.text);
    const lines = g.text.split('\n');
    assert.deepEqual(
      lines.filter((l) => l.startsWith('subgraph')),
      ['subgraph Wave3["Wave 3"]', 'subgraph Wave2["Wave 2"]', 'subgraph Wave1["Wave 1"]'],
    );
    assert.ok(
      lines.indexOf('  n_w1_1_parser["w1-1-parser<br/>Parser<br/>~300 lines"]') >
        lines.indexOf('subgraph Wave1["Wave 1"]'),
    );
  });

  it('draws `**Depends On**: Wave 1` as one link from Wave 1’s box to Wave 2’s: Parser waits as Store does', () => {
    const g = projectToMermaid(unphased.project, { criticalPath: unphased.path, mode: 'full' });
    assert.deepEqual(unphased.path, ['w1-2-store', 'w2-1-api', 'w2-2-cli']);
    assert.deepEqual(waits(g), ['Wave1>Wave2 critical']);
    assert.deepEqual(g.edges.find((e) => e.waits)?.notes, [
      'Every effort of Wave 2 waits for all of Wave 1; the critical path comes from w1-2-store',
    ]);
    // No link leaves one effort of Wave 1 for Wave 2.
    assert.ok(!g.edges.some((e) => e.from.startsWith('n_w1_') && e.to.includes('w2')), g.text);
    assert.ok(g.text.split('\n').includes('Wave1 -.-> Wave2'));
  });

  it('draws a phase gate from each wave box of the waited phase, and no wait another link already says', () => {
    const g = projectToMermaid(phased.project, { criticalPath: phased.path, mode: 'full' });
    assertWellFormed(g.text);
    // Phase 2 waits for all of Phase 1; its Wave 2 waits for its Wave 1, which waits for Phase 1 (not drawn again);
    // Report waits for Wave 1.2, which Phase 1 holds (not drawn again).
    assert.deepEqual(waits(g), ['W1_1>W2_1', 'W1_2>W2_1 critical', 'W2_1>W2_2 critical']);
    assert.deepEqual(
      g.edges.filter((e) => e.waits).map((e) => e.notes![0]),
      [
        'Every effort of Wave 2.1 waits for all of Phase 1',
        'Every effort of Wave 2.1 waits for all of Phase 1; the critical path comes from E1.2.1',
        'Every effort of Wave 2.2 waits for all of Wave 2.1; the critical path comes from E2.1.2',
      ],
    );
  });

  it('draws a gate whose wave or phase is out of view as a faded node that drills into it', () => {
    const g = projectToMermaid(phased.project, { mode: 'full', focus: { kind: 'wave', phase: 2, wave: 1 } });
    assertWellFormed(g.text);
    assert.deepEqual(waits(g), ['gate_Phase_1>W2_1']);
    assert.deepEqual(
      g.nodes.find((n) => n.nodeId === 'gate_Phase_1'),
      {
        nodeId: 'gate_Phase_1',
        kind: 'phase',
        id: 'P1',
        label: 'all of Phase 1',
        context: true,
        focus: { kind: 'phase', phase: 1 },
      },
    );
  });

  it('draws one link for a gate between two waves of 20 efforts each, not one per pair', () => {
    const tasks = (wave: number) =>
      Array.from(
        { length: 20 },
        (_, i) => `### Task ${wave}.${i + 1}: Part ${i + 1}\n**Size**: ~${100 + i} lines\n`,
      ).join('\n');
    const plan = `# Wide\n\n## Wave 1\n\n${tasks(1)}\n## Wave 2\n**Depends On**: Wave 1\n\n${tasks(2)}`;
    const { project } = lint({ '/ws/PLAN.md': plan });
    const g = projectToMermaid(project, { mode: 'full' });
    assert.deepEqual(waits(g), ['Wave1>Wave2']);
    assert.equal(g.edgeCount, 1);
  });

  it('summarizes a plan without phases wave by wave, not as one `No phase` node', () => {
    const g = projectToMermaid(unphased.project, { criticalPath: unphased.path, mode: 'summary' });
    assertWellFormed(g.text);
    assert.deepEqual(
      g.nodes.map((n) => n.label),
      [
        'Wave 1 · 2 efforts · ~900 lines',
        'Wave 2 · 2 efforts · ~300 lines · 1 dependency inside the wave',
        'Wave 3 · 1 effort · ~50 lines',
      ],
    );
    // Plan order says Wave 2 follows Wave 1; the critical path's step across the gate is drawn all the same.
    assert.deepEqual(waits(g), ['w_Wave1>w_Wave2 critical']);
    const phases = projectToMermaid(unphased.project, { mode: 'summary', maxEdges: 0 });
    assert.equal(phases.level, 'phase');
    assert.deepEqual(
      phases.nodes.map((n) => n.label),
      ['Release train · 3 waves · 5 efforts · ~1,250 lines'],
    );
  });
});
