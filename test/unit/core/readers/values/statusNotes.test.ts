// A status with a note after it: the leading status is the effort's, words in the note are not (`In progress (rework
// after review)` is in progress, `In review — not blocked` in review). Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const CASES: Array<[string, string]> = [
  ['In progress (rework after review)', 'in-progress'],
  ['In review — not blocked', 'review'],
  ['In review (was blocked by CI)', 'review'],
  ['Planned; waiting on design', 'planned'],
  ['Done (reverted once, re-landed)', 'done'],
  ['Not started (blocked by E1.1.1)', 'planned'],
  ['Cancelled — not started', 'cancelled'],
  // No status before the note: the whole text says it.
  ['⏸ (on hold)', 'blocked'],
  ['Blocked (waiting on E1.1.1)', 'blocked'],
  ['In progress, not blocked', 'in-progress'],
  ['Unblocked', 'unknown'],
];

describe('a status with a note', () => {
  it('reads the leading status, not the words of its note', () => {
    const lines = ['# Phase 1 Wave 1 Plan', '', '| Effort | Name | Status |', '|---|---|---|'];
    CASES.forEach(([status], i) => lines.push(`| E1.1.${i + 1} | part ${i + 1} | ${status} |`));
    const r = readPlanText('/ws/WAVE-1.1-PLAN.md', lines.join('\n') + '\n');
    assert.deepEqual(
      r.efforts.map((f) => [CASES[Number(f.id.split('.')[2]) - 1][0], f.status?.value]),
      CASES,
    );
  });

  it('reads the same in a bold status field and a state file', () => {
    const text = ['# Phase 1 Wave 1 Plan', '', '### E1.1.1: Parser', '**Status**: In progress (rework after review)'];
    assert.equal(readPlanText('/ws/WAVE-1.1-PLAN.md', text.join('\n')).efforts[0].status?.value, 'in-progress');
    const state = { efforts: { 'E1.1.1': { name: 'parser', status: 'IN_REVIEW - not blocked' } } };
    const s = readPlanText('/ws/orchestrator-state.json', JSON.stringify(state));
    assert.equal(s.efforts[0].status?.value, 'review');
  });
});
