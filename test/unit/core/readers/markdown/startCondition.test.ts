// A wave's `**Start Condition**:` (as kcp's wave sections write it) gates the wave like `**Depends On**:` does, when
// it names a wave; `Immediate` names nothing. Read through the product's engine and schedule.
import { strict as assert } from 'assert';
import { analyzeProject } from '../../../../../src/core/analysis/schedule';
import { PlanEngine } from '../../../../../src/core/project/engine';

const PLAN = [
  '# Phase 2: Notifications',
  '',
  '### Wave 1: Core',
  '**Start Condition**: Immediate',
  '- E2.1.1 smtp-client (~200 lines)',
  '- E2.1.2 templates (~300 lines)',
  '',
  '### Wave 2: Extras',
  '**Start Condition**: Wave 1 complete',
  '- E2.2.1 digest (~250 lines)',
  '',
].join('\n');

describe('markdown reader: a wave’s start condition', () => {
  it('makes the wave wait for the wave it names, and nothing for "Immediate"', () => {
    const engine = new PlanEngine();
    engine.update('/ws/PHASE-2-PLAN.md', PLAN);
    const analysis = analyzeProject(engine.project());
    const earliest = (id: string) => analysis.byId.get(id)?.earliestWave;
    assert.deepEqual(['E2.1.1', 'E2.1.2', 'E2.2.1'].map(earliest), [1, 1, 2]);
    // Without the condition the digest could start at once: the gate is what moves it.
    const free = new PlanEngine();
    free.update('/ws/PHASE-2-PLAN.md', PLAN.replace('**Start Condition**: Wave 1 complete\n', ''));
    assert.equal(analyzeProject(free.project()).byId.get('E2.2.1')?.earliestWave, 1);
    assert.deepEqual(engine.project().diagnostics, []);
  });
});
