// What a written dependency list rules out is no dependency: `E5.1.1 and E5.1.2; not E5.1.3`. Read through
// readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const TEXT = [
  '# Phase 5: Payments',
  '',
  '## Wave 2',
  '',
  '### E5.2.3: payouts',
  '**Dependencies**: E5.1.1 and E5.1.2 (after they merge); not E5.1.3',
  '',
  '### E5.2.4: ledger-sync',
  '**Dependencies**: all of wave 5.1, except E5.1.2',
  '',
  '### E5.2.5: notifications',
  '**Dependencies**: E5.1.1, E5.2.3',
  '',
].join('\n');

describe('markdown reader: dependencies a list rules out', () => {
  const r = readPlanText('/ws/PHASE-5-PLAN.md', TEXT);
  const deps = (id: string) =>
    r.efforts.find((f) => f.id === id)!.dependsOn!.refs.map((x) => (x.external ? `(${x.id})` : x.id));

  it('leaves out `not E5.1.3` and `except E5.1.2`, and keeps the rest as written', () => {
    assert.deepEqual(deps('E5.2.3'), ['E5.1.1', 'E5.1.2']);
    assert.deepEqual(deps('E5.2.4'), ['(all of wave 5.1)']);
    assert.deepEqual(deps('E5.2.5'), ['E5.1.1', 'E5.2.3']);
  });
});
