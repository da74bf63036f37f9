// A base branch written as another effort's (`E1.1.1's branch (stacked)`, `stacked on E1.1.1`, `same as E1.1.2`) is
// that effort's branch (or, for `same as`, its base) where the file gives it; else no base and a warning at the
// words, never a branch named by their first word. Through readPlanText and the checks.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find, lint } from '../../../support/builders';

const FILE = '/ws/PHASE-1-PLAN.md';
const PLAN = [
  '# Phase 1 Plan',
  '',
  '## Wave 1',
  '### E1.1.1: Store',
  '**Branch**: `p1/store`',
  '**Base Branch**: `p1/base`',
  '### E1.1.2: Cache',
  '**Branch**: `p1/cache`',
  "**Base Branch**: E1.1.1's branch (stacked)",
  '### E1.1.3: Index',
  '**Base Branch**: same as E1.1.2',
  '### E1.1.4: Search',
  '**Base Branch**: stacked on E1.1.2',
  '### E1.1.5: Export',
  "**Base Branch**: E1.1.3's branch",
  '### E1.1.6: Import',
  '**Base Branch**: same as E1.1.1',
  '',
].join('\n');

describe('a base branch written as another effort’s', () => {
  it('is that effort’s branch, or for `same as` its base', () => {
    const r = readPlanText(FILE, PLAN);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.baseBranch?.value]),
      [
        ['E1.1.1', 'p1/base'],
        ['E1.1.2', 'p1/store'],
        ['E1.1.3', 'p1/store'],
        ['E1.1.4', 'p1/cache'],
        ['E1.1.5', undefined],
        ['E1.1.6', 'p1/base'],
      ],
    );
    assert.deepEqual(r.efforts[1].baseBranch?.span, find(FILE, PLAN, "E1.1.1's branch (stacked)"));
  });

  it('warns where the file does not give the branch it names', () => {
    const ds = lint({ [FILE]: PLAN }).diagnostics.filter((d) => d.code === 'metadata-invalid');
    assert.deepEqual(
      ds.map((d) => [d.line, d.column, d.message]),
      [
        [
          15,
          18,
          `E1.1.5: base branch "E1.1.3's branch" names the branch of E1.1.3, which this file does not give: no base is set. Write the branch itself.`,
        ],
      ],
    );
  });

  it('leaves a branch that only starts with an id alone', () => {
    const text = ['# Phase 1 Plan', '', '### E1.1.1: Store', '**Base Branch**: `E1.1.0-bootstrap`', ''].join('\n');
    assert.equal(readPlanText(FILE, text).efforts[0].baseBranch?.value, 'E1.1.0-bootstrap');
  });
});
