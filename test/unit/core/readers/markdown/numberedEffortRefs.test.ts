// A plan that names no phase and numbers its efforts within each wave (`### Effort 1: Canary` under `## Wave 2`)
// refers to them as `Effort 1`: that is the referrer's own wave's effort 1 (a slug id, as such efforts have), not an
// unknown external reference. Read through the engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';

const PLAN = [
  '# Hardening plan',
  '',
  '## Wave 1: Foundations',
  '',
  '### Effort 1: Calibration gate',
  '**Size**: 300 lines',
  '',
  '### Effort 2: Registry',
  '**Depends**: Effort 1',
  '',
  '## Wave 2: Rollout',
  '',
  '### Effort 1: Canary',
  '**Size**: 200 lines',
  '',
  '### Effort 2: Dashboards',
  '**Depends**: Effort 1',
  '',
].join('\n');

describe('markdown reader: `Effort N` references in a plan without phases', () => {
  it('name effort N of the referrer’s wave', () => {
    const engine = new PlanEngine();
    engine.update('/ws/WAVE-PLAN.md', PLAN);
    const p = engine.project();
    assert.deepEqual(
      p.efforts.map((e) => [e.id, e.wave, e.dependsOn, e.externalDependsOn]),
      [
        ['effort-1-calibration-gate', 1, [], []],
        ['effort-1-canary', 2, [], []],
        ['effort-2-dashboards', 2, ['effort-1-canary'], []],
        ['effort-2-registry', 1, ['effort-1-calibration-gate'], []],
      ],
    );
  });
});
