// Task lists laid out by waves, `## Wave 2` over `### Task 2.1: Wire the CLI` (task 1 of wave 2), with
// `- **Dependencies**: Task 1.1` and `- **Status**: [x] complete` / `[>] in-progress` / `[-] discarded`: each task is an
// effort of its wave, as `### W2.1 — …` is (E3.2.1 in a plan of phase 3, `w2-1-…` in one that names no phase), and
// `Task 1.1` names the effort of that heading. Before, none of them was read. A task whose first number is not its
// wave's (`### Task 4.1` under `## Phase 4`) is no wave's item, and a plan that numbers a task under wave 2
// `Task 1.3` numbers its tasks otherwise: none of them is. Read through the engine.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const BODY = [
  '## Wave 1',
  '',
  '### Task 1.1: Schema',
  '- **Dependencies**: None',
  '- **Size**: ~200 lines',
  '- **Status**: [x] complete',
  '',
  '### Task 1.2: Writer',
  '- **Dependencies**: Task 1.1',
  '- **Status**: [ ] pending',
  '',
  '## Wave 2',
  '',
  '- **Depends On**: Wave 1',
  '',
  '### Task 2.1: CLI command',
  '- **Dependencies**: Task 1.2',
  '- **Status**: [>] in-progress',
];

const rows = (files: Record<string, string>) =>
  lint(files).project.efforts.map((e) => [e.id, e.wave, e.name, e.dependsOn, e.status]);

describe('markdown reader: `### Task 2.1: …` under `## Wave 2` is task 1 of wave 2', () => {
  it('in a plan of phase 3: E3.1.1 …, `Task 1.1` naming the effort of that heading', () => {
    const text = ['# Phase 3: Export', '', ...BODY, '', '## Phase 4', '', '### Task 4.1: Later', ''].join('\n');
    assert.deepEqual(rows({ '/ws/PHASE-3-PLAN.md': text }), [
      ['E3.1.1', 1, 'Schema', [], 'done'],
      ['E3.1.2', 1, 'Writer', ['E3.1.1'], 'planned'],
      ['E3.2.1', 2, 'CLI command', ['E3.1.2'], 'in-progress'],
    ]);
  });

  it('in a plan that names no phase: slugs of the wave items, as `### W2.1 — …` gives', () => {
    const text = ['# Tasks for: export-command', '', ...BODY, ''].join('\n');
    assert.deepEqual(rows({ '/ws/plans/PLAN.md': text }), [
      ['w1-1-schema', 1, 'Schema', [], 'done'],
      ['w1-2-writer', 1, 'Writer', ['w1-1-schema'], 'planned'],
      ['w2-1-cli-command', 2, 'CLI command', ['w1-2-writer'], 'in-progress'],
    ]);
  });

  it('reads no task as a wave item in a plan whose task numbers are not their waves', () => {
    const text = [
      '# Phase 1: Export',
      '',
      '## Wave 1',
      '',
      '### Task 1.1: Schema',
      '',
      '## Wave 2',
      '',
      '### Task 1.2: CLI',
      '',
    ];
    assert.deepEqual(rows({ '/ws/PHASE-1-PLAN.md': text.join('\n') }), []);
  });

  it('reads `[-] shelved` (not to be done, reversible) and `[-] discarded` as cancelled: a task waiting for one is told', () => {
    const text = [
      '# Phase 2: Sync',
      '',
      '## Wave 1',
      '',
      '### Task 1.1: Lock protocol',
      '- **Status**: [-] shelved',
      '',
      '### Task 1.2: Retry',
      '- **Status**: [-] discarded',
      '',
      '### Task 1.3: Ordering',
      '- **Dependencies**: Task 1.1',
      '- **Status**: [ ] pending',
      '',
    ].join('\n');
    const { project } = lint({ '/ws/PHASE-2-PLAN.md': text });
    assert.deepEqual(
      project.efforts.map((e) => e.status),
      ['cancelled', 'cancelled', 'planned'],
    );
    assert.deepEqual(
      project.diagnostics.map((d) => [d.code, d.efforts]),
      [['cancelled-dependency', ['E2.1.3']]],
    );
  });
});
