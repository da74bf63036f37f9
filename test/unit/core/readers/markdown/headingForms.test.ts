// Effort headings a user's look found declaring nothing, with no finding: `### E-1.2.3: Name` and
// `### Story E1.2.3: Name` (as `### Task E1.2.3` already did, and the other words plans call efforts). Read through
// readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

const FILE = '/ws/WAVE-PLAN.md';

function plan(heading: string): string {
  return ['# Phase 1: Payments', '', '## Wave 2: Charges', '', heading, '**Size**: 900 lines', ''].join('\n');
}

const FORMS: Array<[string, number, number]> = [
  ['### E-1.2.3: Refunds', 5, 12],
  ['### Story E1.2.3: Refunds', 11, 17],
  ['### Ticket E1.2.3: Refunds', 12, 18],
  ['### Work item E1.2.3 — Refunds', 15, 21],
  ['### Item E-1.2.3: Refunds', 10, 17],
];

describe('markdown reader: effort headings as other plans write them', () => {
  for (const [heading, column, end] of FORMS) {
    it(`\`${heading}\` declares E1.2.3, named, sized, located at its id (the id’s span holds its phase)`, () => {
      const r = readPlanText(FILE, plan(heading));
      assert.deepEqual(
        r.efforts.map((f) => [
          f.id,
          f.name?.value,
          f.estimatedLines?.value,
          f.phase?.span?.line,
          f.phase?.span?.column,
          f.phase?.span?.endColumn,
        ]),
        [['E1.2.3', 'Refunds', 900, 5, column, end]],
      );
    });
  }

  it('gives the 900-line effort its oversized error, not silence', () => {
    for (const [heading] of FORMS) {
      const found = lint({ [FILE]: plan(heading) }).diagnostics.map((d) => `${d.code} ${d.efforts.join(',')}`);
      assert.deepEqual(found, ['effort-oversized E1.2.3'], heading);
    }
  });

  it('a heading that only mentions an id declares nothing', () => {
    const r = readPlanText(FILE, plan('### Notes on E1.2.3: Refunds'));
    assert.deepEqual(
      r.efforts.map((f) => f.id),
      [],
    );
  });
});
