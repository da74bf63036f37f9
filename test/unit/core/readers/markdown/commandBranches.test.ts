// A plan whose table gives each effort's branch by its last part and whose shell block creates the whole branch:
// the effort's branch is the whole one, located in the command. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const TEXT = [
  '# Phase 2 Wave 1 Plan',
  '',
  '| Effort | Branch | Lines |',
  '|---|---|---|',
  '| E2.1.1 | p2w1-ledger | 400 |',
  '| E2.1.2 | p2w1-charges | 300 |',
  '| E2.1.3 | p2w1-refunds | 200 |',
  '| E2.1.4 | p2w1-audit | 200 |',
  '',
  '```bash',
  'wt-create shop/billing/p2w1-ledger p2w1-ledger',
  'git worktree add ../charges -b shop/billing/p2w1-charges main',
  'git checkout -b shop/v1/p2w1-refunds && git checkout -b shop/v2/p2w1-refunds',
  '```',
  '',
  '```text',
  'git checkout -b shop/billing/p2w1-audit',
  '```',
  '',
].join('\n');

describe('markdown reader: whole branches from the plan’s own commands', () => {
  const r = readPlanText('/ws/WAVE-2.1-PLAN.md', TEXT);
  const lines = TEXT.split('\n');

  it('completes a branch given by its last part with the one whole branch a shell block creates', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.branch?.value]),
      [
        ['E2.1.1', 'shop/billing/p2w1-ledger'],
        ['E2.1.2', 'shop/billing/p2w1-charges'],
        // Two whole branches end in it: the plan does not say which, so the table's stays.
        ['E2.1.3', 'p2w1-refunds'],
        // Not a shell block: an example, not a command.
        ['E2.1.4', 'p2w1-audit'],
      ],
    );
  });

  it('locates the whole branch in the command that creates it', () => {
    const s = r.efforts[1].branch!.span;
    assert.equal(lines[s.line - 1].slice(s.column - 1, s.endColumn - 1), 'shop/billing/p2w1-charges');
  });
});
