// A table that names its efforts in a `Short name` column (the id in `Effort`) and whose dependency cells use those
// names: the names are the efforts' names and the dependencies resolve to them. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const TEXT = [
  '# Phase 6: Billing',
  '',
  '| Wave | Effort | Short name | Est. lines | Needs |',
  '|------|--------|------------|-----------:|-------|',
  '| 1 | 6.1.1 | rate-cards | 300 | — |',
  '| 1 | 6.1.2 | usage-meter | 420 | — |',
  '| 2 | 6.2.1 | invoice-run | 560 | rate-cards, usage-meter |',
  '',
].join('\n');

describe('markdown reader: a table’s Short name column', () => {
  it('names the efforts, and the dependency cells that use those names resolve to them', () => {
    const r = readPlanText('/ws/PHASE-6-PLAN.md', TEXT);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.dependsOn?.refs.map((x) => [x.id, x.external]) ?? []]),
      [
        ['E6.1.1', 'rate-cards', []],
        ['E6.1.2', 'usage-meter', []],
        [
          'E6.2.1',
          'invoice-run',
          [
            ['E6.1.1', false],
            ['E6.1.2', false],
          ],
        ],
      ],
    );
  });
});
