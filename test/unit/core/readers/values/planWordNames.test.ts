// The word "Plan" in an effort's name is part of the name (`Plan catalogue`, `Pricing plan`); only the boilerplate of
// a plan's title is dropped (`Implementation Plan: X`, `Plan for X`, `X — Effort Plan`). Through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = '/ws/WAVE-1.2-PLAN.md';

function names(lines: string[]): Array<string | undefined> {
  return readPlanText(FILE, ['# Phase 1 Wave 2 Plan', '', ...lines, ''].join('\n')).efforts.map((f) => f.name?.value);
}

describe('effort names with the word Plan', () => {
  it('keeps a leading or closing Plan of a name in headings, tables and lists', () => {
    assert.deepEqual(
      names([
        '### E1.2.1 Plan catalogue',
        '### E1.2.2: Plan and price catalogue',
        '### E1.2.3 Billing plan',
        '### E1.2.4: Upgrade Subscription Plan',
        '### E1.2.5: Plan-based pricing',
        '',
        '| Effort | Name | Lines |',
        '|---|---|---|',
        '| E1.2.6 | Plan editor | 200 |',
        '',
        '- E1.2.7 Test plan runner (~200 lines)',
      ]),
      [
        'Plan catalogue',
        'Plan and price catalogue',
        'Billing plan',
        'Upgrade Subscription Plan',
        'Plan-based pricing',
        'Plan editor',
        'Test plan runner',
      ],
    );
  });

  it('drops the boilerplate around a name', () => {
    assert.deepEqual(
      names([
        '### E1.2.1: Implementation Plan: Ledger',
        '### E1.2.2: Plan for Refunds',
        '### E1.2.3: Payouts Implementation Plan',
        '### E1.2.4: Effort Plan — Invoices',
        '### E1.2.5: Disputes — Plan',
      ]),
      ['Ledger', 'Refunds', 'Payouts', 'Invoices', 'Disputes'],
    );
  });

  it('reads a wave title’s closing Plan as the file’s word', () => {
    const r = readPlanText(
      '/ws/PHASE-1-PLAN.md',
      ['# Phase 1 Plan', '', '## Wave 2: Storage plan', '', '### E1.2.1: Retention plan', '**Size**: 300', ''].join(
        '\n',
      ),
    );
    assert.deepEqual(
      r.waves.map((w) => w.name),
      ['Storage'],
    );
    assert.equal(r.efforts[0].name?.value, 'Retention plan');
  });

  it('reads an effort plan’s title without its closing Plan, and keeps a leading one that names the work', () => {
    const file = '/ws/efforts/phase2/wave1/E2.1.3-pdf/EFFORT-PLAN.md';
    const nameOf = (title: string) =>
      readPlanText(
        file,
        [title, '', '| Field | Value |', '|---|---|', '| Effort | E2.1.3 |', '| Estimate | 640 lines |'].join('\n'),
      ).efforts.find((f) => f.id === 'E2.1.3')?.name?.value;
    assert.deepEqual(['# Audit log plan', '# Plan catalogue', '# Plan: Audit log'].map(nameOf), [
      'Audit log',
      'Plan catalogue',
      'Audit log',
    ]);
  });
});
