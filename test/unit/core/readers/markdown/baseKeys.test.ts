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
});
