// A wave a phase plan inserts between its waves (`## Wave 1.5: Audit Fixes` under `# Phase 5`) is read as part of
// wave 5.1; what the plan says of it still holds of its own efforts. `Wave 1.5 starts after Wave 1` (or a
// `**Depends On**: Wave 1` under its heading) makes its efforts, not all of wave 5.1, wait for wave 1's; an effort's
// `**Dependencies**: Wave 1.5` depends on each of its efforts; a wave's `**Depends On**: Wave 1.5` waits for them
// only. Read through the product's engine.
import { strict as assert } from 'assert';
import { declaredWaitsOf, planWaitsOf, waitsText } from '../../../../src/core/analysis/gates';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { milestoneKey } from '../../../../src/core/model/milestones';
import { lint } from '../../support/builders';

const plan = (gate: string) => `# Phase 5: Billing

## Wave 1: Ledger

### Effort 5.1.1: Ledger Core
**Size**: ~300 lines

### Effort 5.1.2: Ledger API
**Size**: ~200 lines

## Wave 1.5: Audit Fixes (added after the review)

${gate}

### Effort 5.1.3: Audit Fixes
**Size**: ~120 lines

## Wave 2: Invoicing

### Effort 5.2.1: Invoice Model
**Size**: ~250 lines
**Dependencies**: Wave 1.5

### Effort 5.2.2: Invoice Mail
**Size**: ~150 lines

## Wave 3: Reports
**Depends On**: Wave 1.5

### Effort 5.3.1: Revenue Report
**Size**: ~100 lines
`;

const SENTENCE = plan('Wave 1.5 starts after Wave 1 is merged.');
const FIELD = plan('**Depends On**: Wave 1 (the ledger is merged)\n**Status**: Complete');

describe('gates of a wave inserted between two waves of a phase', () => {
  for (const [how, text] of [
    ['a sentence', SENTENCE],
    ['a Depends On under its heading', FIELD],
  ] as const) {
    it(`makes the inserted wave's efforts wait for the wave before it, told by ${how}`, () => {
      const { project } = lint({ '/ws/plans/PHASE-5-PLAN.md': text });
      const got = (project.constraints ?? []).map(
        (c) => `W${c.phase}.${c.wave}${c.efforts ? `[${c.efforts}]` : ''}>${c.after.map(milestoneKey).join(',')}`,
      );
      assert.deepEqual(got.sort(), ['W5.1[E5.1.3]>W5.1[E5.1.1,E5.1.2]', 'W5.3>W5.1[E5.1.3]']);
      const a = analyzeProject(project);
      assert.deepEqual(a.criticalPath.efforts, ['E5.1.1', 'E5.1.3', 'E5.2.1']);
      assert.equal(waitsText(planWaitsOf(project, project.byId.get('E5.1.3')!)), 'waits for E5.1.1, E5.1.2');
      // Wave 5.1 as a whole waits for nothing, and a status under the inserted heading is not the whole wave's.
      assert.deepEqual(declaredWaitsOf(project, { phase: 5, wave: 1 }), []);
      assert.deepEqual(
        ['E5.1.1', 'E5.1.2'].map((id) => project.byId.get(id)!.status),
        ['planned', 'planned'],
      );
    });
  }

  it("reads an effort's `Dependencies: Wave 1.5` as a dependency on each effort of the inserted wave", () => {
    const { project } = lint({ '/ws/plans/PHASE-5-PLAN.md': SENTENCE });
    const model = project.byId.get('E5.2.1')!;
    assert.deepEqual(model.dependsOn, ['E5.1.3']);
    assert.deepEqual(model.externalDependsOn, []);
    assert.equal(waitsText(declaredWaitsOf(project, { phase: 5, wave: 3 })), 'waits for E5.1.3');
  });

  it('reads `Wave 3 starts after Wave 2` as a wave gate, and `starts after` with no wave before it as nothing', () => {
    const text = [
      '# Phase 4: Search',
      '',
      'Wave 2 starts after Wave 1 is merged.',
      '',
      '## Wave 1: Index',
      '- E4.1.1 indexer (~300 lines)',
      '',
      '## Wave 2: Query',
      '- E4.2.1 ranker (~200 lines)',
      '',
      '## Wave 3: Docs',
      'The guide starts after Wave 1 is tagged.',
      '- E4.3.1 guide (~100 lines)',
      '',
    ].join('\n');
    const { project } = lint({ '/ws/plans/PHASE-4-PLAN.md': text });
    assert.deepEqual(
      (project.constraints ?? []).map((c) => `W${c.phase}.${c.wave}>${c.after.map(milestoneKey).join(',')}`),
      ['W4.2>W4.1'],
    );
  });
});
