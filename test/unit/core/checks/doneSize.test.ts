// A done effort is judged by what it merged: its recorded actual lines; by its estimate only when none is recorded,
// and then without the advice to split work that is already merged.
import { strict as assert } from 'assert';
import { lint, only } from '../../support/builders';

const F = 'planning/phase2/wave1/WAVE-IMPLEMENTATION-PLAN.md';

describe('size of a done effort', () => {
  const plan = (status: string, size: string) =>
    ['# Wave 2.1 Plan', '', '### E2.1.2: batch-loader', `**Size**: ${size}`, `**Status**: ${status}`, ''].join('\n');

  it('over the limit by its estimate alone, with no actual size: a warning without a split, not “split it”', () => {
    const d = only(lint({ [F]: plan('Merged', '1,200 lines') }).diagnostics);
    assert.deepEqual(
      [d.code, d.severity, d.message, d.fixes ?? []],
      [
        'effort-oversized',
        'warning',
        'E2.1.2 is estimated at 1,200 lines, over the 800-line limit. It is marked done, with no actual size recorded.',
        [],
      ],
    );
    // Still to do, the same estimate is an error with a split.
    const open = only(lint({ [F]: plan('In progress', '1,200 lines') }).diagnostics);
    assert.deepEqual([open.severity, open.fixes?.[0].kind], ['error', 'split-effort']);
  });

  it('with actual lines recorded, judged by what it merged: an estimate over the limit is then not reported', () => {
    assert.deepEqual(lint({ [F]: plan('Done', '1,200→640') }).diagnostics, []);
    const near = only(lint({ [F]: plan('Done', '750→790') }).diagnostics);
    assert.equal(
      near.message,
      'E2.1.2 has 790 actual lines recorded (estimated at 750), over the 700-line warning threshold (limit 800). It is marked done.',
    );
  });
});
