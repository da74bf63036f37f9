// Ids with a letter after their three numbers (`E2.1.3a`, `2.1.3b`: the parts a plan split an effort into) and ids
// of four numbers after an `E` (`E5.1.5.1`). A reader found such headings dropped in silence, and `Depends on:
// E2.1.3a` read as E2.1.3. Each is now an effort of its own, written as the plan writes it, in the wave of its
// numbers. Read through the product's readers and engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { canonicalEffortId } from '../../../../../src/core/model/ids';
import { lint } from '../../../support/builders';

const FILE = '/ws/WAVE-PLAN.md';

const PLAN = [
  '# Phase 2',
  '',
  '## Wave 2.1: Parts',
  '',
  '### E2.1.3a: Parser, part A',
  '**Size**: 300 lines',
  '',
  '### 2.1.3b: Parser, part B',
  '**Size**: 300 lines',
  '**Dependencies**: E2.1.3a',
  '',
  '### E2.1.5.1: Cache warm-up',
  '**Size**: 200 lines',
  '**Dependencies**: E2.1.3a, E2.1.3b',
  '',
].join('\n');

describe('markdown reader: ids with a letter or a fourth number', () => {
  it('declares each heading as its own effort, in the wave of its numbers, depending on the others as written', () => {
    assert.deepEqual(
      readPlanText(FILE, PLAN).efforts.map((f) => [
        f.id,
        f.name?.value,
        f.phase?.value,
        f.wave?.value,
        f.estimatedLines?.value,
        f.dependsOn?.refs.map((r) => r.id),
      ]),
      [
        ['E2.1.3a', 'Parser, part A', 2, 1, 300, undefined],
        ['E2.1.3b', 'Parser, part B', 2, 1, 300, ['E2.1.3a']],
        ['E2.1.5.1', 'Cache warm-up', 2, 1, 200, ['E2.1.3a', 'E2.1.3b']],
      ],
    );
    const { project, diagnostics } = lint({ [FILE]: PLAN });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(project.byId.get('E2.1.5.1')!.dependsOn, ['E2.1.3a', 'E2.1.3b']);
  });

  it('names a missing part as what it is, not as the effort of its three numbers', () => {
    const { diagnostics } = lint({
      [FILE]: PLAN.replace('**Dependencies**: E2.1.3a\n', '**Dependencies**: E2.1.3c\n'),
    });
    assert.deepEqual(
      diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message.split(',')[0]}`),
      ['10:19 unknown-dependency E2.1.3b depends on E2.1.3c'],
    );
  });

  it('reads the same ids in JSON blocks and state records, and a word after an id as no letter of it', () => {
    assert.deepEqual(['2.1.3a', 'E2.1.3a', 'E5.1.5.1', 'effort-2.1.3b', 'E1.2.3 and more'].map(canonicalEffortId), [
      'E2.1.3a',
      'E2.1.3a',
      'E5.1.5.1',
      'E2.1.3b',
      'E1.2.3',
    ]);
  });
});
