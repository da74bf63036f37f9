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

describe('markdown reader: checklist plans, the notes after a name', () => {
  it('cuts sizes written `est. 500 LOC`, `(est. 500 LOC)`, `[500 LOC]` from the name and reads them', () => {
    const { text, r } = read([
      '- [ ] E2.1.1 Ledger schema (est. 500 LOC)',
      '- [ ] E2.1.2 Currency table [300 LOC]',
      '- [ ] E2.1.3 Refunds — est. 1.2k LOC',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value]),
      [
        ['E2.1.1', 'Ledger schema', 500],
        ['E2.1.2', 'Currency table', 300],
        ['E2.1.3', 'Refunds', 1200],
      ],
    );
    assert.deepEqual(r.efforts[1].estimatedLines?.span, find(FILE, text, '300'));
  });

  it('reads `after` with an effort or a wave as dependencies, in brackets or after a dash; `(after launch)` is a note', () => {
    const { text, r } = read([
      '- [x] E2.1.1 Money type — 280 LOC',
      '- [ ] E2.1.2 Ledger schema (after E2.1.1)',
      '- [ ] E2.1.3 Currency table (~300 LOC, after E2.1.1)',
      '- [ ] E2.1.4 Invoice service — est. 700 LOC — after E2.1.1, E2.1.3',
      '- E2.1.5: Cleanup (after launch)',
      '',
      '## Wave 2: Cleanup',
      '',
      '- [ ] E2.2.1 Remove legacy billing — est. 400 LOC — after all of wave 1',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.dependsOn?.refs.map((x) => (x.external ? `(${x.id})` : x.id))]),
      [
        ['E2.1.1', 'Money type', undefined],
        ['E2.1.2', 'Ledger schema', ['E2.1.1']],
        ['E2.1.3', 'Currency table', ['E2.1.1']],
        ['E2.1.4', 'Invoice service', ['E2.1.1', 'E2.1.3']],
        ['E2.1.5', 'Cleanup (after launch)', undefined],
        ['E2.2.1', 'Remove legacy billing', ['(all of wave 1)']],
      ],
    );
    assert.deepEqual(r.efforts[1].dependsOn?.refs[0].span, find(FILE, text, 'E2.1.1', 1));
  });

  it('reads a branch part: `` branch `feat/ledger` ``, `branch: x`, a branch alone in backticks, not a file', () => {
    const { text, r } = read([
      '- [ ] E2.1.1 Ledger schema — 500 LOC — branch `feat/ledger`',
      '- [x] E2.1.2 Money type — 280 LOC — `feat/billing-money`',
      '- [ ] E2.1.3 Currency table — branch: feat/currency',
      '- [ ] E2.1.4 Invoice service — 300 LOC — `src/invoice.ts`',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.branch?.value]),
      [
        ['E2.1.1', 'Ledger schema', 'feat/ledger'],
        ['E2.1.2', 'Money type', 'feat/billing-money'],
        ['E2.1.3', 'Currency table', 'feat/currency'],
        ['E2.1.4', 'Invoice service', undefined],
      ],
    );
    assert.deepEqual(r.efforts[0].branch?.span, find(FILE, text, 'feat/ledger'));
  });
});

describe('markdown reader: checklist plans, dependencies before a size, and an id alone', () => {
  it('reads a size that follows the dependency note, after a dash or a comma, and keeps both out of the name', () => {
    const { text, r } = read([
      '- [ ] E2.1.1 Money type (~200 lines)',
      '- [ ] E2.1.2 invoice api — after E2.1.1 (~400 lines)',
      '- [ ] E2.1.3 refunds, depends on E2.1.2 (~250 LOC)',
      '- [ ] E2.1.4 Ledger schema — blocked by E2.1.1, E2.1.3 — est. 300 LOC',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E2.1.1', 'Money type', 200, undefined],
        ['E2.1.2', 'invoice api', 400, ['E2.1.1']],
        ['E2.1.3', 'refunds', 250, ['E2.1.2']],
        ['E2.1.4', 'Ledger schema', 300, ['E2.1.1', 'E2.1.3']],
      ],
    );
    assert.deepEqual(r.efforts[1].estimatedLines?.span, find(FILE, text, '400'));
    assert.deepEqual(r.efforts[2].dependsOn?.refs[0].span, find(FILE, text, 'E2.1.2', 1));
  });

  it('takes no name from a dependency note written straight after the id', () => {
    const { r } = read([
      '- [ ] E2.1.1 Money type',
      '- [ ] E2.1.2 — after E2.1.1 (~300 lines)',
      '- [ ] E2.1.3 — after launch',
    ]);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E2.1.1', 'Money type', undefined, undefined],
        ['E2.1.2', undefined, 300, ['E2.1.1']],
        ['E2.1.3', undefined, undefined, undefined],
      ],
    );
  });

  it('declares a task whose text is only its id, bold or in backticks; a bare id in prose lists stays prose', () => {
    const { r } = read(['- [ ] E2.1.1', '- [x] **E2.1.2**', '- [ ] `E2.1.3`', '', '## Notes', '', '- [ ] E2.1.9']);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value]),
      [
        ['E2.1.1', undefined, undefined],
        ['E2.1.2', undefined, 'done'],
        ['E2.1.3', undefined, undefined],
      ],
    );
  });
});
