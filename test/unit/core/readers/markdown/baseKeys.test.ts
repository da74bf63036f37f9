// Bases written as instructions or for a scope: `Base branch for this wave: \`sync/wave-3.1-base\`` under a wave heading
// and `Branch from: \`sync/socket-layer\`` under an effort were not read (the tree showed no base and worktree creation
// fell back to the default). Read through the engine, which applies a wave's base to its efforts.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const FILE = '/ws/PHASE-3-PLAN.md';

function efforts(text: string) {
  const { project } = lint({ [FILE]: text });
  return project.efforts.map((e) => [e.id, e.baseBranch]);
}

describe('markdown reader: bases written as instructions or for a scope', () => {
  it('reads `<key> for this wave:` as the wave’s, and `Branch from:` as the effort’s own base', () => {
    const text = [
      '# Phase 3: Sync engine',
      '',
      '## Wave 3.1: Transport',
      'Base branch for this wave: `sync/wave-3.1-base`',
      '',
      '### E3.1.1: Socket layer',
      'Size: 300 lines',
      '',
      '### E3.1.2: Retry policy',
      'Size: 200 lines',
      'Branch from: `sync/socket-layer`',
      '',
      '## Wave 3.2: Conflicts',
      '**Branches off**: release/3.x',
      '',
      '### E3.2.1: Merge strategies',
      'Size: 500 lines',
      '',
    ].join('\n');
    assert.deepEqual(efforts(text), [
      ['E3.1.1', 'sync/wave-3.1-base'],
      ['E3.1.2', 'sync/socket-layer'],
      ['E3.2.1', 'release/3.x'],
    ]);
  });

  it('takes an instruction’s value only when it is written as a branch (or names a trunk)', () => {
    const text = [
      '# Phase 3: Sync engine',
      '',
      '## Wave 3.1: Transport',
      '',
      '### E3.1.1: Socket layer',
      'Branch from: the integration branch once Wave 2 lands',
      '',
      '### E3.1.2: Retry policy',
      'Forked from: main, then rebased',
      '',
    ].join('\n');
    assert.deepEqual(efforts(text), [
      ['E3.1.1', undefined],
      ['E3.1.2', 'main'],
    ]);
  });

  it('reads `All Phase 3 efforts branch from `release/3.x`` as the base of its section’s efforts', () => {
    const text = [
      '# Phase 3: Sync engine',
      '',
      'All Phase 3 efforts branch from `release/3.x` unless a wave says otherwise.',
      '',
      '## Wave 3.1: Transport',
      'Every effort of this wave starts from `sync/w1-base`.',
      '',
      '### E3.1.1: Socket layer',
      '',
      '## Wave 3.2: Conflicts',
      'All tests start from `fixtures/base` and every effort branches from its wave’s integration branch.',
      '',
      '### E3.2.1: Merge strategies',
      '',
    ].join('\n');
    assert.deepEqual(efforts(text), [
      ['E3.1.1', 'sync/w1-base'],
      ['E3.2.1', 'release/3.x'],
    ]);
  });

  it('reads a base sentence whose branch holds a version (`release/3.1`: digits either side of a dot)', () => {
    const text = [
      '# Phase 3: Sync engine',
      '',
      'All Phase 3 efforts branch from `release/3.1`.',
      '',
      '## Wave 3.1: Transport',
      '',
      '### E3.1.1: Socket layer',
      '',
    ].join('\n');
    assert.deepEqual(efforts(text), [['E3.1.1', 'release/3.1']]);
  });

  it('reads a wave that says it branches from a branch, and a clause before its efforts’ base', () => {
    const text = [
      '# Phase 3: Notifications',
      '',
      '## Wave 1: Delivery channels',
      'The efforts of this wave branch from `phase2-integration`. They can all be worked on at the same time.',
      '',
      '### Effort 3.1.1: Email sender',
      '',
      '## Wave 2: Routing',
      'This wave starts only after wave 1 is merged; its efforts branch from `phase3/wave1-integration` and run in turn.',
      '',
      '### Effort 3.2.1: Preference service',
      '',
      '## Wave 3: Digest',
      'Phase 3, wave 3. This wave branches from `phase3/wave2-integration` and is merged into `phase3-integration`.',
      '',
      '### Effort 3.3.1: Daily digest',
      '',
      '## Wave 4: Cleanup',
      'The wave branches from whatever is green that day.',
      '',
      '### Effort 3.4.1: Unsubscribe',
      '',
    ].join('\n');
    assert.deepEqual(efforts(text), [
      ['E3.1.1', 'phase2-integration'],
      ['E3.2.1', 'phase3/wave1-integration'],
      ['E3.3.1', 'phase3/wave2-integration'],
      ['E3.4.1', undefined],
    ]);
  });

  it('applies a wave’s base in a wave plan whose heading names no phase, to the efforts its ids place there', () => {
    const wave = [
      '# Wave 1 — Ingestion foundations',
      '',
      '**Base Branch**: `main`',
      '',
      '## Efforts',
      '',
      '- [x] E1.1.1 csv-reader — ~250 LOC',
      '- [ ] E1.1.2 schema-registry — ~450 LOC — after E1.1.1',
      '',
      '# Wave 2 — Transform',
      '',
      'This wave branches from `phase1/wave1-integration`.',
      '',
      '- [ ] E1.2.1 dedupe — ~350 LOC — after E1.1.2',
      '',
    ].join('\n');
    const { project } = lint({ '/ws/docs/waves/wave-1.md': wave });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.baseBranch, e.origins.baseBranch?.line]),
      [
        ['E1.1.1', 'main', 3],
        ['E1.1.2', 'main', 3],
        ['E1.2.1', 'phase1/wave1-integration', 12],
      ],
    );
  });
});
