// A split part over the limit: kcp's phase 6 records `p6w1-cluster-controller | 650→1,311 | ✅ Split into 3 branches`
// and below it `p6w1-cluster-2-split | 1,583 | ✅ Complete (needs re-split)`. The split did not bring that part within
// the limit, so the finding is an error at the part, not "It was split into 3 parts" information.
import { strict as assert } from 'assert';
import { lint } from '../../support/builders';

const F = '/ws/phase-06-wave-implementation-plan.md';

const plan = (part2: string) => `# Phase 6 Wave Implementation Plan

\`\`\`mermaid
graph TD
    W6E1[p6w1-synctarget-controller<br/>SyncTarget Controller<br/>750 lines]
    W6E2[p6w1-cluster-controller<br/>Cluster Controller<br/>650 lines]
    W6E1 --> W6E2
\`\`\`

### Wave 1: Foundation Controllers

| Agent | Branch | Lines | Dependencies | Critical Path | Status |
|-------|--------|-------|--------------|---------------|--------|
| Agent 1 | p6w1-synctarget-controller | 750→780 | Phase 5 APIs | **Yes** | ✅ Complete |
| Agent 2 | p6w1-cluster-controller | 650→1,311 | W6E1 | No | ✅ Split into 3 branches |
| - | p6w1-cluster-1-split | 332 | - | - | ✅ Complete |
| - | p6w1-cluster-2-split | ${part2} | - | - | ✅ Complete (needs re-split) |
| - | p6w1-cluster-3-split | 684 | - | - | ✅ Complete |
`;

describe('effort-oversized: a split part over the limit', () => {
  it('is an error at that part, naming its size; the split and actual lines as related information', () => {
    const text = plan('1,583');
    const { project, diagnostics } = lint({ [F]: text });
    const e = project.byId.get('E6.1.2')!;
    assert.deepEqual([e.actualLines, e.split, e.largestPart], [1311, 3, 1583]);
    const d = diagnostics.find((x) => x.code === 'effort-oversized')!;
    assert.deepEqual(
      [d.severity, d.line, text.split('\n')[d.line - 1].slice(d.column - 1, d.endColumn - 1), d.message],
      [
        'error',
        17,
        '1,583',
        'E6.1.2 has 1,311 actual lines recorded (estimated at 650), over the 800-line limit. It is marked done. It was split into 3 parts, but one part has 1,583 lines, over the 800-line limit: split it again.',
      ],
    );
    assert.deepEqual(
      d.related!.map((r) => [r.span.line, r.message]),
      [
        [15, 'E6.1.2: 1,311 actual lines recorded here'],
        [15, 'E6.1.2: split recorded here'],
      ],
    );
  });

  it('stays information when every part is within the limit', () => {
    const d = lint({ [F]: plan('295') }).diagnostics.find((x) => x.code === 'effort-oversized')!;
    assert.equal(d.severity, 'info');
    assert.equal(d.line, 6);
    assert.match(d.message, /It was split into 3 parts\.$/);
  });
});
