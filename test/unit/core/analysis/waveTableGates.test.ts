// A table of waves with a dependency column (`| Wave | Branches | … | Dependencies |`, as kcp's wave summaries write
// it) gates each row's wave as its `**Depends On**:` would: `Wave 1` waits for all of wave 1, `Phase 3, Wave 1
// Metrics` for phase 3 and the Metrics effort of wave 1 (not a wave 3.1). A table whose rows are efforts is not read
// so. Read through the product's engine.
import { strict as assert } from 'assert';
import { declaredWaitsOf, waitsText } from '../../../../src/core/analysis/gates';
import { lint } from '../../support/builders';

const PLAN = `# Phase 4: Operations

| Wave | Branches | Max Parallel Agents | Dependencies | Total Lines |
|------|----------|---------------------|--------------|-------------|
| 1 | 4.1.1 Metrics, 4.1.2 Health | 2 | Phase 2 | 500 |
| 2 | 4.2.1 CLI | 1 | Wave 1 | 200 |
| 3 | 4.3.1 Canary | 1 | Phase 3, Wave 1 Metrics | 300 |

## Wave 1: Observability
- E4.1.1 Metrics (~300 lines)
- E4.1.2 Health (~200 lines)

## Wave 2: Tools
- E4.2.1 CLI (~200 lines)

## Wave 3: Rollouts
- E4.3.1 Canary (~300 lines)
`;

describe('a table of waves with a dependency column', () => {
  const { project } = lint({ '/ws/plans/PHASE-4-PLAN.md': PLAN });
  const waits = (wave: number) => waitsText(declaredWaitsOf(project, { phase: 4, wave }));

  it("gates each row's wave by its dependency cell", () => {
    assert.deepEqual([1, 2, 3].map(waits), [
      'waits for all of Phase 2',
      'waits for all of Wave 4.1',
      'waits for E4.1.1 and all of Phase 3',
    ]);
  });
});
