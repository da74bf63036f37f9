// A losing dependency list that names part of the winner's efforts and nothing else (a phase plan's sketch that
// leaves edges out) contradicts nothing: info, not a warning. A list naming another effort, or `None`, still
// disagrees. Read through the product's engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';

const PHASE = (deps: string) =>
  [
    '# Phase 1 Implementation Plan',
    '',
    '## Wave 1: Core',
    '',
    '### E1.1.1: schema',
    '### E1.1.2: storage',
    '### E1.1.3: cache',
    '',
    '## Wave 2: API',
    '',
    '### E1.2.1: handlers',
    `**Dependencies**: ${deps}`,
    '',
  ].join('\n');

const WAVE = [
  '# Phase 1 Wave 2 Implementation Plan',
  '',
  '### E1.2.1: handlers',
  '**Dependencies**: E1.1.1, E1.1.2',
  '',
].join('\n');

function conflicts(deps: string) {
  const engine = new PlanEngine();
  engine.update('/ws/PHASE-1-IMPLEMENTATION-PLAN.md', PHASE(deps));
  engine.update('/ws/phase1/wave2/WAVE-IMPLEMENTATION-PLAN.md', WAVE);
  const project = engine.project();
  assert.deepEqual(project.byId.get('E1.2.1')!.dependsOn, ['E1.1.1', 'E1.1.2'], 'the wave plan wins');
  return project.diagnostics.filter((d) => d.code === 'effort-conflict');
}

describe('merge: a dependency list that names part of the winning one', () => {
  it('is information, saying whose list wins', () => {
    const [d, ...rest] = conflicts('E1.1.1');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'info');
    assert.match(
      d.message,
      /^E1\.2\.1: dependencies \[E1\.1\.1\] here are part of \[E1\.1\.1, E1\.1\.2\] in .*\. That list wins/,
    );
  });

  it('stays a warning when it names another effort, or says there are none', () => {
    assert.deepEqual(
      conflicts('E1.1.1, E1.1.3').map((d) => d.severity),
      ['warning'],
    );
    assert.deepEqual(
      conflicts('None').map((d) => d.severity),
      ['warning'],
    );
  });
});
