// Checklist plans: under a wave, a list item that starts with an effort id declares that effort, whatever follows the
// name (`- [ ] E2.1.3 Ledger schema`, `- [!] E2.2.2 Payment adapter — est. 650 LOC`, `` - [ ] `E2.1.3` Ledger ``).
// Task lists inside an effort, lists under a dependency key and notes that start with an id declare nothing.
// Read through readPlanText, as a user's WAVE-PLAN-billing.md writes them.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find } from '../../../support/builders';

const FILE = '/ws/WAVE-PLAN-billing.md';

function read(lines: string[]) {
  const text = ['# Billing v2 — wave plan (Phase 2)', '', '## Wave 1: Foundations', '', ...lines, ''].join('\n');
  return { text, r: readPlanText(FILE, text) };
}

function rows(lines: string[]) {
  return read(lines).r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.status?.value]);
}

describe('markdown reader: checklist plans, an item that starts with an id', () => {
  it('declares an item with a name of several words and no size, with or without a task box', () => {
    assert.deepEqual(
      rows([
        '- [ ] E2.1.1 Ledger schema',
        '- E2.1.2 Currency table',
        '- [ ] E2.1.3 Invoice service — est. 700 LOC — after E2.1.1, E2.1.2',
        '- [ ] E2.1.4 Refund flow — estimate 500 lines',
      ]),
      [
        ['E2.1.1', 'Ledger schema', undefined, undefined],
        ['E2.1.2', 'Currency table', undefined, undefined],
        ['E2.1.3', 'Invoice service', 700, undefined],
        ['E2.1.4', 'Refund flow', 500, undefined],
      ],
    );
  });

  it('takes a status from every task box: [x]/[X] done, [~]/[/] under way, [-] cancelled, [!] blocked', () => {
    const { text, r } = read([
      '- [x] E2.1.1 Money type',
      '- [X] E2.1.2 Currency table',
      '- [~] E2.1.3 Ledger schema',
      '- [-] E2.1.4 Legacy import',
      '- [!] E2.1.5 Payment adapter (Stripe) — est. 650 LOC',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value]),
      [
        ['E2.1.1', 'Money type', 'done'],
        ['E2.1.2', 'Currency table', 'done'],
        ['E2.1.3', 'Ledger schema', 'in-progress'],
        ['E2.1.4', 'Legacy import', 'cancelled'],
        ['E2.1.5', 'Payment adapter (Stripe)', 'blocked'],
      ],
    );
    assert.deepEqual(r.efforts[4].status?.span, find(FILE, text, '[!]'));
  });

  it('reads a bold or backticked id', () => {
    const { text, r } = read(['- **E2.1.1** Ledger schema', '- [ ] `E2.1.2` Currency table — 500 LOC']);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value]),
      [
        ['E2.1.1', 'Ledger schema', undefined],
        ['E2.1.2', 'Currency table', 500],
      ],
    );
    assert.deepEqual(r.efforts[1].name?.span, find(FILE, text, 'Currency table'));
  });

  it('declares nothing from notes that start with an id, task lists inside an effort or a dependency key’s list', () => {
    const { r } = read([
      '- [ ] E2.1.2 Ledger schema',
      '- E2.1.2 and E2.1.3 can run in parallel',
      '- E2.1.3 might grow past 800 lines if the schema changes',
      '- [x] E2.1.4 Merged',
      '- E2.1.5 Ledger schema could slip.',
      '- [ ] Tests pass for E2.1.6',
      '',
      '**Depends on**:',
      '',
      '- E2.1.8 Currency table',
      '',
      '### E2.1.1: Money type',
      '',
      '- [ ] E2.1.7 Migration reviewed',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value]),
      [
        ['E2.1.2', 'Ledger schema'],
        ['E2.1.1', 'Money type'],
      ],
    );
  });

  it('declares an item in a wave, not one under a heading that is not a wave', () => {
    const { r } = read(['- E2.1.3 Ledger schema', '', '## Risks', '', '- E2.1.4 Currency table']);
    assert.deepEqual(
      r.efforts.map((f) => f.id),
      ['E2.1.3'],
    );
  });
});
