// Status words teams write beside the ones of the Software Factory conventions: each read as what it says, and
// words inside other words or negated (`Unreleased`, `waiting for review`) not mistaken. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../src/core/readers';

const CASES: Array<[string, string]> = [
  ['shipped', 'done'],
  ['Released in 2.3', 'done'],
  ['deployed', 'done'],
  ['landed', 'done'],
  ['Unreleased', 'unknown'],
  ['Not yet released', 'unknown'],
  ['skipped', 'cancelled'],
  ['On hold', 'blocked'],
  ['STATUS_ON_HOLD', 'blocked'],
  ['paused', 'blocked'],
  ['stalled', 'blocked'],
  ['waiting on E1.2.1', 'blocked'],
  ['waiting for review', 'review'],
  ['needs_rework', 'blocked'],
  ['In QA', 'review'],
  ['in testing', 'review'],
  ['PR #41 open', 'review'],
  ['Draft PR open', 'review'],
  ['deferred', 'planned'],
  ['postponed', 'planned'],
  ['queued', 'planned'],
  ['backlog', 'planned'],
  ['up next', 'planned'],
  ['draft', 'planned'],
  ['Implementing tests', 'in-progress'],
  ['coding', 'in-progress'],
  ['In development', 'in-progress'],
  ['under way', 'in-progress'],
  ['ongoing', 'in-progress'],
  ['Planned: coding starts Monday', 'planned'],
  ['decoding', 'unknown'],
  ['Merged; rework of docs later', 'done'],
  // Kanban columns and review verdicts: `Needs work` is the reviewer's, like `changes requested`.
  ['Doing', 'in-progress'],
  ['In flight', 'in-progress'],
  ['in_flight', 'in-progress'],
  ['Needs work', 'review'],
  ['needs-work', 'review'],
  ['NEEDS_CHANGES', 'review'],
  // Turned back or backed out: not done, still work to do.
  ['rejected', 'blocked'],
  ['reverted', 'blocked'],
  ['closed', 'done'],
  ['Closed as completed', 'done'],
  ['Closed as not planned', 'cancelled'],
  ['not closed', 'unknown'],
  ['EFFORT_PLAN_CREATION', 'planned'],
  // An orchestrator's state names: implementing, unless it is the plan being written or the work finished.
  ['IMPLEMENTATION', 'in-progress'],
  ['SPLIT_IMPLEMENTATION', 'in-progress'],
  ['In implementation', 'in-progress'],
  ['IMPLEMENTATION_PLAN_CREATION', 'planned'],
  ['Implementation plan ready', 'planned'],
  ['IMPLEMENTATION_COMPLETE', 'done'],
  ['frobnicated', 'unknown'],
];

describe('status words in other words', () => {
  it('reads each as what it says, in a state file’s records (no status where it says none)', () => {
    const efforts = Object.fromEntries(
      CASES.map(([status], i) => [`E1.1.${i + 1}`, { name: `effort-${i + 1}`, status }]),
    );
    const r = readPlanText('/ws/orchestrator-state.json', JSON.stringify({ efforts }, null, 2));
    const byId = new Map(r.efforts.map((f) => [f.id, f.status?.value ?? 'unknown']));
    assert.deepEqual(
      CASES.map(([status], i) => [status, byId.get(`E1.1.${i + 1}`)]),
      CASES,
    );
  });
});
