// Headings of split parts (`#### E1.1.1-split-001: …`) in a phase or wave plan are parts of their effort: they record
// that it was split and into how many parts, and their own fields are not the effort's. Read through readPlanText
// and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint, only } from '../../../support/builders';

const FILE = '/ws/PHASE-1-PLAN.md';
const TEXT = [
  '# Phase 1: Core',
  '',
  '## Wave 1',
  '',
  '### E1.1.1: api-types',
  '**Estimated Lines**: 1200',
  '',
  '#### E1.1.1-split-001: api-types (core)',
  '**Estimated Lines**: 600',
  '**Branch**: `core/phase1/wave1/api-types--split-001`',
  '',
  '#### E1.1.1--split-002: api-types (extensions)',
  '**Estimated Lines**: 600',
  '',
  '### E1.1.2: controllers',
  '**Estimated Lines**: 500',
  '',
].join('\n');

describe('markdown reader: headings of split parts', () => {
  it('are no declarations of their effort: one E1.1.1 with its own size and no branch, split into 2 parts', () => {
    const r = readPlanText(FILE, TEXT);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.estimatedLines?.value, f.branch?.value, f.split?.value]),
      [
        ['E1.1.1', 1200, undefined, 2],
        ['E1.1.2', 500, undefined, undefined],
      ],
    );
  });

  it('turn the oversized error into information that names the split, with no conflict', () => {
    const { diagnostics } = lint({ [FILE]: TEXT });
    const d = only(diagnostics);
    assert.deepEqual([d.code, d.severity], ['effort-oversized', 'info']);
    assert.match(d.message, /It was split into 2 parts\./);
  });
});

describe('the split fix: where it is offered', () => {
  it('is offered for an effort declared by a heading, not for one declared only by a table row or a list item', () => {
    const file = '/ws/WAVE-3.1-PLAN.md';
    const text = [
      '# Wave 3.1 — Notifications (Phase 3)',
      '',
      '| ID | Effort | Size |',
      '|----|--------|------|',
      '| E3.1.3 | push-sender | 1.1k |',
      '',
      '- E3.1.4 digest-mailer (~900 lines)',
      '',
      '### E3.1.5: sms-gateway',
      '**Estimated Lines**: 950',
      '',
    ].join('\n');
    const oversized = lint({ [file]: text }).diagnostics.filter((d) => d.code === 'effort-oversized');
    assert.deepEqual(
      oversized.map((d) => [d.efforts[0], (d.fixes ?? []).some((f) => f.kind === 'split-effort')]),
      [
        ['E3.1.3', false],
        ['E3.1.4', false],
        ['E3.1.5', true],
      ],
    );
  });
});
