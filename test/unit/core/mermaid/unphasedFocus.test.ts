// Drilling into a wave of a plan that names no phase: its summary node carries a focus naming the plan and the wave,
// the focus draws that wave's efforts with their neighbours outside it, a plan's node draws the plan, and the focus
// survives the webview's message check. Plans read by the product's engine.
import { strict as assert } from 'assert';
import { projectToMermaid, viewForEffort } from '../../../../src/core/mermaid/flowchart';
import { parseView } from '../../../../src/shared/graphMessages';
import { lint } from '../../support/builders';
import { assertWellFormed } from '../../support/mermaidHelpers';

const ROLLOUT = `# Checkout Rollout

## Wave 1: Foundations

### Task 1.1: cart-model
**Size**: 300 lines

### Task 1.2: payment-types
**Size**: 200 lines

## Wave 2: Flows

### Task 2.1: checkout-flow
**Size**: 400 lines
**Dependencies**: Task 1.1, Task 1.2

## Wave 3: Receipts

### Task 3.1: receipts
**Size**: 150 lines
**Dependencies**: Task 2.1
`;

const SEARCH = `# Search Revamp

## Wave 1: Index

### Task 1.1: index-schema
**Size**: 250 lines
`;

function projectOf() {
  return lint({ '/ws/plans/ROLLOUT.md': ROLLOUT, '/ws/plans/SEARCH.md': SEARCH }).project;
}

describe('mermaid: drilling into a wave of a plan without phases', () => {
  it('gives each wave node of the summary a focus on its plan and wave', () => {
    const project = projectOf();
    const waves = projectToMermaid(project, { mode: 'summary' });
    const focuses = waves.nodes.filter((n) => n.kind === 'wave').map((n) => n.focus);
    assert.deepEqual(focuses, [
      { kind: 'planWave', plan: '/ws/plans/ROLLOUT.md', wave: 1 },
      { kind: 'planWave', plan: '/ws/plans/ROLLOUT.md', wave: 2 },
      { kind: 'planWave', plan: '/ws/plans/ROLLOUT.md', wave: 3 },
      { kind: 'planWave', plan: '/ws/plans/SEARCH.md', wave: 1 },
    ]);
  });

  it('draws the focused wave’s efforts and, faded, their neighbours outside it; not the other plan’s wave 2', () => {
    const project = projectOf();
    const g = projectToMermaid(project, {
      mode: 'full',
      focus: { kind: 'planWave', plan: '/ws/plans/ROLLOUT.md', wave: 2 },
    });
    assertWellFormed(g.text);
    const drawn = g.nodes.filter((n) => n.kind === 'effort');
    const names = (context: boolean) =>
      drawn
        .filter((n) => !!n.context === context)
        .map((n) => project.byId.get(n.id)!.name)
        .sort();
    assert.deepEqual(names(false), ['checkout-flow']);
    assert.deepEqual(names(true), ['cart-model', 'payment-types', 'receipts']);
    assert.equal(g.title, 'Checkout Rollout · Wave 2');
  });

  it('draws a whole plan for a plan focus, and Show in Graph of its effort opens the effort’s wave', () => {
    const project = projectOf();
    const g = projectToMermaid(project, { mode: 'full', focus: { kind: 'plan', plan: '/ws/plans/SEARCH.md' } });
    const drawn = g.nodes.filter((n) => n.kind === 'effort').map((n) => project.byId.get(n.id)!.name);
    assert.deepEqual(drawn, ['index-schema']);
    const receipts = project.efforts.find((e) => e.name === 'receipts')!;
    assert.deepEqual(viewForEffort(project, receipts.id, 2), {
      mode: 'auto',
      focus: { kind: 'planWave', plan: '/ws/plans/ROLLOUT.md', wave: 3 },
    });
  });

  it('the webview’s focus passes the message check; a malformed one is dropped', () => {
    const focus = { kind: 'planWave', plan: '/ws/plans/ROLLOUT.md', wave: 2 };
    assert.deepEqual(parseView({ mode: 'auto', focus }), { mode: 'auto', focus });
    assert.equal(parseView({ mode: 'auto', focus: { kind: 'planWave', plan: '', wave: 2 } }), undefined);
    assert.equal(parseView({ mode: 'auto', focus: { kind: 'plan', plan: 7 } }), undefined);
  });
});
