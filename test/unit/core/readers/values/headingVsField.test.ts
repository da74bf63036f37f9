// A size or status in an effort's heading against the effort's own field: the field wins (explicit metadata beats
// headings, README: Precedence) and the heading's value is an effort-conflict where it is written; a past size in the
// heading (`was 1,200 lines`) is no size at all. Through readPlanText and the checks.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find, lint } from '../../../support/builders';

const FILE = '/ws/WAVE-1.1-PLAN.md';
const PLAN = [
  '# Phase 1 Wave 1 Plan',
  '',
  '### E1.1.1: Parser (~1,200 lines)',
  '**Estimated Lines**: 600',
  '',
  '### E1.1.2: Lexer — 1,200 lines',
  '**Estimated Lines**: 600',
  '',
  '### E1.1.3: Printer ✅ DONE',
  '**Status**: In progress',
  '',
  '### E1.1.4: Checker (was 1,200 lines before the split)',
  '**Estimated Lines**: 500',
  '',
  '### E1.1.5: Linter (~300 lines) — done',
  '**Estimated Lines**: 300',
  '**Status**: Done',
  '',
].join('\n');

describe('a heading’s size or status against the effort’s field', () => {
  it('takes the field’s value', () => {
    const r = readPlanText(FILE, PLAN);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.status?.value]),
      [
        ['E1.1.1', 'Parser', 600, undefined],
        ['E1.1.2', 'Lexer', 600, undefined],
        ['E1.1.3', 'Printer', undefined, 'in-progress'],
        ['E1.1.4', 'Checker', 500, undefined],
        ['E1.1.5', 'Linter', 300, 'done'],
      ],
    );
    assert.deepEqual(r.efforts[0].estimatedLines?.span, find(FILE, PLAN, '600'));
  });

  it('warns at a heading value the field contradicts, not at one it agrees with or a past size', () => {
    const { diagnostics } = lint({ [FILE]: PLAN });
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'effort-conflict').map((d) => [d.line, d.column, d.message]),
      [
        [3, 22, 'E1.1.1: estimated lines 1,200 here; 600 in line 4 wins (the field, over the heading).'],
        [6, 21, 'E1.1.2: estimated lines 1,200 here; 600 in line 7 wins (the field, over the heading).'],
        [9, 21, 'E1.1.3: status done here; in-progress in line 10 wins (the field, over the heading).'],
      ],
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'effort-oversized'),
      [],
    );
  });

  it('still reads a heading’s size and status where no field gives one', () => {
    const text = ['# Phase 1 Wave 1 Plan', '', '### E1.1.1: Parser (~1,200 lines) — blocked', ''].join('\n');
    const f = readPlanText(FILE, text).efforts[0];
    assert.deepEqual([f.estimatedLines?.value, f.status?.value], [1200, 'blocked']);
  });
});
