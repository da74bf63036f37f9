// The keys plans write a dependency list under, beside `Dependencies`/`Depends on`: `**Needs:**`, `Prerequisites`,
// `Waits for`. Read through readPlanText, each with its ids and where they are written.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const KEYS = ['**Needs:**', '**Prerequisites**:', 'Prereqs:', '**Waits for**:', 'Waits on:', '**Depends upon**:'];

describe('markdown reader: dependency keys in other words', () => {
  it('reads the list under each key as the effort’s dependencies', () => {
    const lines = ['# Wave 2.1 Plan', '', '## 1. Invoice model (E2.1.1)', '', '**Size:** ~350 lines', ''];
    KEYS.forEach((key, i) => lines.push(`## ${i + 2}. Part ${i + 2} (E2.1.${i + 2})`, '', `${key} E2.1.1`, ''));
    const r = readPlanText('/ws/WAVE-2.1-PLAN.md', lines.join('\n'));
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.dependsOn?.refs.map((x) => x.id)]),
      [['E2.1.1', undefined], ...KEYS.map((_, i) => [`E2.1.${i + 2}`, ['E2.1.1']])],
    );
  });
});
