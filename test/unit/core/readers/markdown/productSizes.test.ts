// A size written as a count times a figure (`2 × 300 lines`) is their product wherever a plan writes sizes: in a
// size field, in a list item's note and in an effort heading's tail. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find } from '../../../support/builders';

const FILE = '/ws/WAVE-1.1-IMPLEMENTATION-PLAN.md';
const TEXT = [
  '# Wave 1.1 Implementation Plan',
  '',
  '- E1.1.1 Parser (2 × 300 lines)',
  '- E1.1.2 Lexer (~250 lines)',
  '',
  '### E1.1.3: Emitter (3 x 200 lines)',
  '',
  '### E1.1.4: Linker',
  '**Size Estimate**: 4 × 150',
  '',
].join('\n');

describe('markdown reader: a count times a figure of lines', () => {
  const r = readPlanText(FILE, TEXT);
  const byId = new Map(r.efforts.map((f) => [f.id, f]));

  it('reads the product in list items, heading tails and size fields, located from the count to the figure', () => {
    assert.deepEqual(
      ['E1.1.1', 'E1.1.2', 'E1.1.3', 'E1.1.4'].map((id) => [
        byId.get(id)?.name?.value,
        byId.get(id)?.estimatedLines?.value,
      ]),
      [
        ['Parser', 600],
        ['Lexer', 250],
        ['Emitter', 600],
        ['Linker', 600],
      ],
    );
    assert.deepEqual(byId.get('E1.1.1')!.estimatedLines!.span, find(FILE, TEXT, '2 × 300'));
    assert.deepEqual(byId.get('E1.1.3')!.estimatedLines!.span, find(FILE, TEXT, '3 x 200'));
  });
});
