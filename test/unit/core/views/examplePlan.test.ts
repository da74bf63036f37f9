import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import { EXAMPLE_PLAN, EXAMPLE_PLAN_NAME } from '../../../../src/core/views/examplePlan';
import { PlanFileFilter } from '../../../../src/core/files/filter';
import { PLAN_GLOBS } from '../../../../src/core/files/classify';

describe('extension: the example plan', () => {
  it('is found as a phase plan under its file name', () => {
    const filter = new PlanFileFilter({ planGlobs: PLAN_GLOBS, exclude: [], worktreeRoot: '' });
    assert.equal(filter.kindOf(`${EXAMPLE_PLAN_NAME}.md`), 'phase-plan');
    assert.equal(filter.kindOf(`${EXAMPLE_PLAN_NAME}-2.md`), 'phase-plan');
  });

  it('reads as one phase, two waves, three efforts and no findings', () => {
    const engine = new PlanEngine();
    engine.update(`/ws/${EXAMPLE_PLAN_NAME}.md`, EXAMPLE_PLAN);
    const p = engine.project();
    assert.deepEqual(
      p.phases.map((ph) => [ph.phase, ph.waves.map((w) => [w.id, w.efforts])]),
      [
        [
          1,
          [
            ['W1.1', ['E1.1.1', 'E1.1.2']],
            ['W1.2', ['E1.2.1']],
          ],
        ],
      ],
    );
    assert.deepEqual(p.byId.get('E1.2.1')?.dependsOn, ['E1.1.1', 'E1.1.2']);
    assert.deepEqual(
      p.diagnostics.map((d) => `${d.code}: ${d.message}`),
      [],
    );
  });
});
