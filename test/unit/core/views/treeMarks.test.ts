// Which rows of the tree carry an error or warning icon: a finding about a dependency
// marks the effort whose list holds it; any other finding every effort it names; information and hints nothing.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import { worstFinding } from '../../../../src/core/views/effortText';

const PLAN = `# Phase 1 Implementation Plan

## Wave 1: Storage

### E1.1.1: journal
**Size Estimate**: 720 lines
**Dependencies**: E1.2.1

## Wave 2: Queries

### E1.2.1: balances
**Size Estimate**: 300 lines

### E1.2.2: reports
**Size Estimate**: 200 lines
`;

describe('tree marks', () => {
  const engine = new PlanEngine();
  engine.update('/ws/PHASE-1-IMPLEMENTATION-PLAN.md', PLAN);
  const project = engine.project();

  it('a wave-order error marks the effort that depends too late, not the one it names', () => {
    const order = project.diagnostics.find((d) => d.code === 'wave-order');
    assert.deepEqual(order?.efforts, ['E1.1.1', 'E1.2.1']);
    assert.equal(worstFinding(project, ['E1.1.1']), 'error');
    assert.equal(worstFinding(project, ['E1.2.1']), undefined);
  });

  it('a wave shows the worst of its efforts; a clean one nothing', () => {
    assert.equal(worstFinding(project, ['E1.2.1', 'E1.2.2']), undefined);
    assert.equal(worstFinding(project, ['E1.1.1']), 'error');
    const near = new PlanEngine();
    near.update('/ws/PHASE-1-IMPLEMENTATION-PLAN.md', PLAN.replace('**Dependencies**: E1.2.1', ''));
    assert.equal(worstFinding(near.project(), ['E1.1.1']), 'warning');
  });

  it('a cycle of two efforts is one finding that marks both (each holds one of its dependencies)', () => {
    const pair = new PlanEngine();
    pair.update(
      '/ws/PHASE-1-IMPLEMENTATION-PLAN.md',
      PLAN.replace('**Dependencies**: E1.2.1', '').replace(
        '**Size Estimate**: 200 lines',
        '**Dependencies**: E1.2.1\n**Blocks**: E1.2.1',
      ),
    );
    const p = pair.project();
    assert.equal(p.diagnostics.filter((d) => d.code === 'dependency-cycle').length, 1);
    assert.equal(worstFinding(p, ['E1.2.1']), 'error');
    assert.equal(worstFinding(p, ['E1.2.2']), 'error');
  });
});
