// Words after a dependency verb that name no effort, wave or phase are a note, not a dependency: `— needs review`,
// `— requires Go 1.22`, `(blocked by legal)` after an effort heading or list item. Read as a list, `review` matched
// the name of another effort (`Review tooling`) and made up an edge. A slug (`ledger-model`) or an id is still a
// list. Read through the engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';

function read(text: string) {
  const engine = new PlanEngine();
  engine.update('/ws/PHASE-3-PLAN.md', text);
  return engine.project().efforts.map((e) => [e.id, e.name, e.dependsOn, e.externalDependsOn]);
}

describe('markdown reader: a dependency verb followed by no work is a note', () => {
  it('after an effort heading', () => {
    const text = [
      '# Phase 3',
      '',
      '## Wave 1',
      '',
      '### E3.1.1: Review tooling',
      '### E3.1.2: Parser — needs review',
      '### E3.1.3: Checker — requires Go 1.22',
      '### E3.1.4: Emitter (blocked by E3.1.2)',
      '',
    ].join('\n');
    assert.deepEqual(read(text), [
      ['E3.1.1', 'Review tooling', [], []],
      ['E3.1.2', 'Parser — needs review', [], []],
      ['E3.1.3', 'Checker — requires Go 1.22', [], []],
      ['E3.1.4', 'Emitter', ['E3.1.2'], []],
    ]);
  });

  it('in a list item, after a dash or a size', () => {
    const text = [
      '# Phase 3',
      '',
      '## Wave 2',
      '',
      '- E3.2.1 Review tooling (~200 lines)',
      '- E3.2.2 Lexer — needs review',
      '- E3.2.3 Formatter (~300 LOC) blocked by legal',
      '- E3.2.4 Ledger — depends on ledger-model',
      '',
    ].join('\n');
    const rows = read(text);
    assert.deepEqual(
      rows.map((r) => [r[0], r[2], r[3]]),
      [
        ['E3.2.1', [], []],
        ['E3.2.2', [], []],
        ['E3.2.3', [], []],
        ['E3.2.4', [], ['ledger-model']],
      ],
    );
  });
});
