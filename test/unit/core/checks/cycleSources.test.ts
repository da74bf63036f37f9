// A two-effort cycle whose two dependencies come from different sources is said to be a disagreement between them
// (kcp's phase 6: its Mermaid graph and its dependency matrix give E6.1.1 and E6.1.2 opposite directions).
import { strict as assert } from 'assert';
import { lint } from '../../support/builders';

const F = 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md';

const plan = (e1Deps: string) => `# Phase 1: Ledger Core

\`\`\`mermaid
graph TD
    W1E1[1.1.1: journal-store] --> W1E2[1.1.2: account-index]
\`\`\`

## Wave 1: Storage

#### E1.1.1: journal-store
**Size Estimate**: 300 lines
**Dependencies**: ${e1Deps}

#### E1.1.2: account-index
**Size Estimate**: 200 lines
`;

describe('checks: a cycle made by two sources that disagree', () => {
  it('names each source and what it says, once for the pair', () => {
    const cycles = lint({ [F]: plan('E1.1.2') }).diagnostics.filter((d) => d.code === 'dependency-cycle');
    assert.deepEqual(
      cycles.map((d) => [d.line, d.message, d.related!.map((r) => r.span.line)]),
      [
        [
          12,
          'Dependency cycle: E1.1.1 → E1.1.2 → E1.1.1. The sources disagree: the bold metadata field (line 12) has E1.1.1 depend on E1.1.2, the Mermaid graph (line 5) the reverse.',
          [5],
        ],
      ],
    );
  });

  it('says nothing more when one source makes the cycle', () => {
    const text = `# Phase 1: Ledger Core

## Wave 1: Storage

#### E1.1.1: journal-store
**Dependencies**: E1.1.2

#### E1.1.2: account-index
**Dependencies**: E1.1.1
`;
    const cycles = lint({ [F]: text }).diagnostics.filter((d) => d.code === 'dependency-cycle');
    assert.equal(cycles.length, 1);
    assert.doesNotMatch(cycles[0].message, /sources disagree/);
  });
});
