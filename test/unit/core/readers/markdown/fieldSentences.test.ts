// Fields written as sentences or parts of one paragraph line, under an effort heading: a plan in `.plans/phase-2.md`
// wrote `Owner: agent-3 · Size: ~450 lines · Branch: \`pay/ledger\``, `Size: 300 LOC. Depends on E2.1.1.`,
// `Status: in review. Size: 350 lines. Depends on E2.2.1.`, `Depends on E2.1.1 and E2.1.2.`, `**Depends on** E2.1.2,
// E2.1.3`, `**Size** 600 lines` and `Estimated 300 lines.`. Only the first field of a line was read, and none when the line began with a key
// Waveplan does not know or had no colon: every dependency of the plan was lost, an unknown one among them. Read through
// readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

const FILE = '/ws/.plans/phase-2.md';

function plan(...sections: string[]): string {
  return ['# Phase 2 — Payments', '', '## Wave 2.1 — Foundations', '', ...sections].join('\n');
}

function read(text: string) {
  return readPlanText(FILE, text).efforts.map((f) => ({
    id: f.id,
    size: f.estimatedLines?.value,
    deps: f.dependsOn?.refs.map((r) => r.id),
    branch: f.branch?.value,
    status: f.status?.value,
  }));
}

describe('markdown reader: fields written as sentences and parts of a line', () => {
  it('reads every field of a line whose parts are apart by marks, after a key it does not know', () => {
    const text = plan('### E2.1.1 · Ledger schema', 'Owner: agent-3 · Size: ~450 lines · Branch: `pay/ledger`', '');
    assert.deepEqual(read(text), [
      { id: 'E2.1.1', size: 450, deps: undefined, branch: 'pay/ledger', status: undefined },
    ]);
    const branch = readPlanText(FILE, text).efforts[0].branch!.span;
    assert.deepEqual([branch.line, branch.column, branch.endColumn], [6, 46, 56], 'located at its value');
  });

  it('reads each sentence that is a field, the colon-less dependency sentence too', () => {
    const text = plan(
      '### E2.1.1 · Ledger schema',
      'Size: 300 LOC.',
      '',
      '### E2.1.2 · Currency types',
      'Size: 300 LOC. Depends on E2.1.1.',
      '',
      '### E2.1.3 · Rate provider',
      'Status: in review. Size: 350 lines. Depends on E2.1.1 and E2.1.2.',
      '',
      '### E2.1.4 · Webhooks',
      'Blocked by E2.1.3 (not merged yet).',
      '',
    );
    assert.deepEqual(read(text), [
      { id: 'E2.1.1', size: 300, deps: undefined, branch: undefined, status: undefined },
      { id: 'E2.1.2', size: 300, deps: ['E2.1.1'], branch: undefined, status: undefined },
      { id: 'E2.1.3', size: 350, deps: ['E2.1.1', 'E2.1.2'], branch: undefined, status: 'review' },
      { id: 'E2.1.4', size: undefined, deps: ['E2.1.3'], branch: undefined, status: undefined },
    ]);
  });

  it('reads a colon-less field in a later sentence, after the line’s last colon', () => {
    const text = plan(
      '### E2.1.1 · Ledger',
      'Status: done. **Size** 600 lines. Branch: `pay/ledger`. **Size** 700',
      '',
    );
    assert.deepEqual(read(text), [{ id: 'E2.1.1', size: 600, deps: undefined, branch: 'pay/ledger', status: 'done' }]);
    assert.deepEqual(read(plan('### E2.1.1 · Ledger', 'Status: done. **Size** 600 lines', '')), [
      { id: 'E2.1.1', size: 600, deps: undefined, branch: undefined, status: 'done' },
    ]);
  });

  it('reads a bold key with no colon before ids, a figure or a backticked name', () => {
    const text = plan(
      '### E2.1.1 · Ledger',
      '',
      '### E2.1.2 · Charge API',
      '**Depends on** E2.1.1',
      '**Size** 600 lines',
      '**Branch** `pay/charge`',
      '',
    );
    assert.deepEqual(read(text)[1], {
      id: 'E2.1.2',
      size: 600,
      deps: ['E2.1.1'],
      branch: 'pay/charge',
      status: undefined,
    });
  });

  it('reads a size sentence with no colon: `Estimated 300 lines.`, `Est. 90 lines` in a list', () => {
    const text = plan(
      '### E2.1.1 · Ledger',
      'Estimated 300 lines. Depends on E2.1.0.',
      '',
      '### E2.1.2 · Charge API',
      'Status: planned. Estimated at ~450 LOC.',
      '',
      '### E2.1.3 · Refunds',
      '- Est. 90 lines',
      '',
      '### E2.1.4 · Payouts',
      'Estimated effort is small; the old module was 2,000 lines. Estimated 3 days. We estimated 500 lines once.',
      '',
    );
    assert.deepEqual(
      read(text).map((e) => [e.id, e.size, e.deps]),
      [
        ['E2.1.1', 300, ['E2.1.0']],
        ['E2.1.2', 450, undefined],
        ['E2.1.3', 90, undefined],
        ['E2.1.4', undefined, undefined],
      ],
    );
    const size = readPlanText(FILE, text).efforts[1].estimatedLines!.span;
    assert.deepEqual([size.line, size.column], [9, 32], 'located at its figure');
  });

  it('leaves prose alone: sentences that are not fields, numbers that are not ids, bold words that are not keys', () => {
    const text = plan(
      '### E2.1.1 · Ledger',
      'We keep it small. Size matters here: see the guide. Requires 1.5 GB of RAM.',
      'After the demo we freeze the schema. Owner: agent-3. Reviewer: agent-5.',
      '**Size** matters more than speed here, and **Status** is tracked elsewhere.',
      '**Notes** 2.0 is out. See E2.1.2 for the API.',
      '',
      '### E2.1.2 · API',
      '',
    );
    assert.deepEqual(read(text), [
      { id: 'E2.1.1', size: undefined, deps: undefined, branch: undefined, status: undefined },
      { id: 'E2.1.2', size: undefined, deps: undefined, branch: undefined, status: undefined },
    ]);
  });

  it('draws the edges and finds the unknown dependency, as the plan’s author would', () => {
    const { project, diagnostics } = lint({
      [FILE]: plan(
        '### E2.1.1 · Ledger',
        'Size: 300 LOC.',
        '',
        '### E2.1.2 · Webhooks',
        'Size: 200 lines. Blocked by E2.1.9 (not planned yet).',
        '',
      ),
    });
    assert.deepEqual(project.byId.get('E2.1.2')?.dependsOn, ['E2.1.9']);
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'unknown-dependency').map((d) => [d.line, d.column]),
      [[9, 29]],
    );
  });

  it('reads the sentences after a list item’s name: `1. **E2.1.1** Feed (~500 lines). Depends on E1.2.1.`', () => {
    const text = plan(
      '1. **E2.1.1** Feed (~500 lines). Depends on E2.1.0.',
      '2. **E2.1.2** Chat (~1,200 lines). Depends on E2.1.1. Will be split in two.',
      '3. **E2.1.3** Export (approx. 300 lines). Needs E2.1.1.',
      '',
    );
    const efforts = readPlanText(FILE, text).efforts.map((f) => [
      f.id,
      f.name?.value,
      f.estimatedLines?.value,
      f.dependsOn?.refs.map((r) => r.id),
    ]);
    assert.deepEqual(efforts, [
      ['E2.1.1', 'Feed', 500, ['E2.1.0']],
      ['E2.1.2', 'Chat', 1200, ['E2.1.1']],
      ['E2.1.3', 'Export', 300, ['E2.1.1']],
    ]);
    const deps = readPlanText(FILE, text).efforts[0].dependsOn!.span;
    assert.deepEqual(
      [deps.line, deps.column, deps.endColumn],
      [5, 45, 51],
      'the list located after `Depends on`, without the full stop',
    );
  });
});
