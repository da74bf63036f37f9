// One effort (E1.1.1, depending on E1.2.1 of a later wave) written in each form its wave can take, and the phase plan
// that declares waves 2 and 3: the move-to-wave fix is offered (fixes.test.ts) and applied (moveEffort.test.ts) on them.
export const LATER_WAVES_PHASE = [
  '# Phase 1: Inventory',
  '## Wave 2: Storage',
  '#### E1.2.1: Ledger store',
  '**Estimated Size**: 300 lines',
  '',
  '## Wave 3: Reports',
  '#### E1.3.1: Stock report',
  '',
].join('\n');

export const WAVE_FORMS: Readonly<Record<'field' | 'json' | 'heading', string>> = {
  field: ['# Phase 1', '## Wave 1', '#### E1.1.1: Intake form', '**Wave**: 1', '**Dependencies**: E1.2.1', ''].join(
    '\n',
  ),
  json: [
    '# Phase 1',
    '## Wave 1',
    '### Effort 1.1.1',
    '```json',
    '{',
    '  "effort_id": "1.1.1",',
    '  "parent_wave": "WAVE_1.1",',
    '  "depends_on": ["effort:1.2.1"]',
    '}',
    '```',
    '',
  ].join('\n'),
  // A fenced comment line is not a heading: the wave stays the one of the heading above.
  heading: [
    '# Phase 1',
    '## Wave 1',
    '#### E1.1.1: Intake form',
    '**Dependencies**: E1.2.1',
    '```bash',
    '# not a heading',
    '```',
    '',
    '#### E1.1.2: Barcode labels',
    '',
  ].join('\n'),
};
