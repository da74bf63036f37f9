// Phase and wave names written as header metadata (`**Phase**: Phase 4 - Reports`, `**Wave**: 4 - Debug tooling`):
// they name the plan's phase and wave as its headings would, over a title that only says how the plan is organised,
// and a name written in an effort plan names a wave that no other file names. Read through the product's engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';

function names(files: Record<string, string>) {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project().phases.map((p) => [p.phase, p.name, p.waves.map((w) => [w.wave, w.name])]);
}

describe('markdown reader: phase and wave names written as metadata', () => {
  it('`**Phase**: Name` names the plan’s phase over a title that names its method', () => {
    const text = [
      '# Phase 5: Wave-Based Implementation Plan for Optimal Parallelization',
      '',
      '## Summary',
      '',
      '**Phase**: Billing Contracts  ',
      '**Total Branches**: 4  ',
      '',
      '## Wave 5.1: Types',
      '',
      '### E5.1.1: Invoice type',
      '**Size Estimate**: 300 lines',
      '',
    ].join('\n');
    assert.deepEqual(names({ '/ws/phase-05-wave-plan.md': text }), [[5, 'Billing Contracts', [[1, 'Types']]]]);
  });

  it('`**Phase**: Phase 2 - Name` and `**Wave**: 2.1 - Name` name what the headings leave unnamed', () => {
    const text = [
      '# Wave Implementation Plan',
      '',
      '**Phase**: Phase 2 - Sync Engine',
      '**Wave**: 2.1 - Foundations',
      '',
      '## Efforts',
      '',
      '### E2.1.1: Storage schema',
      '**Size Estimate**: 400 lines',
      '',
    ].join('\n');
    assert.deepEqual(names({ '/ws/WAVE-PLAN.md': text }), [[2, 'Sync Engine', [[1, 'Foundations']]]]);
  });

  it('an effort plan’s `**Wave**: 4 - Name` names its wave; a note in brackets is not part of the name', () => {
    const plan = (id: string, wave: string) =>
      [
        `# EFFORT PLAN - ${id} Tracer`,
        '',
        `**Effort ID**: ${id}`,
        '**Phase**: 1 - Core Push (TDD - tests first)',
        `**Wave**: ${wave}`,
        '**Estimated Lines**: 150',
        '',
      ].join('\n');
    assert.deepEqual(
      names({
        '/ws/phase1/wave4/E1.4.1-tracer/IMPLEMENTATION-PLAN.md': plan('E1.4.1', '4 - Debug Capabilities'),
        '/ws/phase1/wave3/E1.3.1-cache/IMPLEMENTATION-PLAN.md': plan('E1.3.1', 'Wave 3 (parallel)'),
      }),
      [
        [
          1,
          'Core Push',
          [
            [3, undefined],
            [4, 'Debug Capabilities'],
          ],
        ],
      ],
    );
  });

  it('a name in passing never renames a phase or wave another plan declares with a name', () => {
    const effortPlan = [
      '# EFFORT PLAN - E1.1.1 Credentials',
      '',
      '**Effort ID**: E1.1.1',
      '**Phase**: Phase 1 - Core OCI Push',
      '**Wave**: Wave 1 - Foundation',
      '',
    ].join('\n');
    const phasePlan = ['# Phase 1: Interfaces', '', '## Wave 1.1: Contracts', '', '### E1.1.1: Credentials', ''].join(
      '\n',
    );
    assert.deepEqual(
      names({ '/ws/phase1/wave1/E1.1.1/IMPLEMENTATION-PLAN.md': effortPlan, '/ws/PHASE-1-PLAN.md': phasePlan }),
      [[1, 'Interfaces', [[1, 'Contracts']]]],
    );
  });

  it('a longer wording of the heading’s name keeps the heading’s; workflow words and numbers alone name nothing', () => {
    const plan = (phase: string) =>
      [
        '# Phase 8: Cross-Workspace Runtime - Wave Plan',
        '',
        `**Phase**: ${phase}`,
        '',
        '## Wave 8.1: Discovery',
        '',
      ].join('\n');
    for (const value of ['Phase 8 - Cross-Workspace Runtime Implementation', 'Implementation', '8', 'Phase 8'])
      assert.deepEqual(
        names({ '/ws/PHASE-8-PLAN.md': plan(value) }),
        [[8, 'Cross-Workspace Runtime', [[1, 'Discovery']]]],
        value,
      );
  });

  it('metadata under a wave or an effort speaks for that section, not for the plan', () => {
    const text = [
      '# Phase 3: Search',
      '',
      '## Wave 3.1: Indexing',
      '',
      '**Phase**: Phase 3 - Something else',
      '',
      '### E3.1.1: Tokenizer',
      '**Wave**: 3.1 - Renamed',
      '',
    ].join('\n');
    assert.deepEqual(names({ '/ws/PHASE-3-PLAN.md': text }), [[3, 'Search', [[1, 'Indexing']]]]);
  });

  it('a re-read that only renames the wave in its metadata shows the new name', () => {
    const engine = new PlanEngine();
    const file = '/ws/phase1/wave4/E1.4.1-tracer/IMPLEMENTATION-PLAN.md';
    const text = (name: string) => `# EFFORT PLAN - E1.4.1\n\n**Effort ID**: E1.4.1\n**Wave**: 4 - ${name}\n`;
    engine.update(file, text('Debug'));
    assert.equal(engine.project().phases[0].waves[0].name, 'Debug');
    engine.update(file, text('Tracing'));
    assert.equal(engine.project().phases[0].waves[0].name, 'Tracing');
  });
});
