// The critical path of the remaining work, from plans read by the product's engine: done (and merged) efforts are
// left out, so the path the graph draws never runs through delivered work.
import { strict as assert } from 'assert';
import { isFinished, remainingCriticalPath } from '../../../../src/core/analysis/remaining';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { lint } from '../../support/builders';

const PLAN = `# Phase 1: Ledger

## Wave 1: Storage

#### E1.1.1: journal-store
**Status**: done
**Size Estimate**: 700 lines

#### E1.1.2: snapshot-codec
**Size Estimate**: 260 lines

## Wave 2: Queries

#### E1.2.1: balance-queries
**Size Estimate**: 500 lines
**Dependencies**: E1.1.1

#### E1.2.2: ledger-export
**Size Estimate**: 300 lines
**Dependencies**: E1.1.2

## Wave 3: Reports

#### E1.3.1: monthly-report
**Size Estimate**: 250 lines
**Dependencies**: E1.2.1, E1.2.2
`;

describe('analysis: critical path of the remaining work', () => {
  const { project } = lint({ 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN });

  it('leaves out done efforts: the path runs through unfinished work only', () => {
    // The whole plan's path starts at the done journal store (700 + 500 + 250).
    assert.deepEqual(analyzeProject(project).criticalPath, {
      efforts: ['E1.1.1', 'E1.2.1', 'E1.3.1'],
      totalLines: 1450,
    });
    // What remains: balance queries no longer wait for anything; snapshot codec → export → report is longer.
    assert.deepEqual(remainingCriticalPath(project), { efforts: ['E1.1.2', 'E1.2.2', 'E1.3.1'], totalLines: 810 });
  });

  it('takes what the caller knows is finished (a merged branch) as done too', () => {
    const merged = new Set(['E1.1.2']);
    assert.deepEqual(
      remainingCriticalPath(project, (e) => isFinished(e) || merged.has(e.id)),
      { efforts: ['E1.2.1', 'E1.3.1'], totalLines: 750 },
    );
  });

  it('is what the graph marks, with one legend entry that says so', () => {
    const g = projectToMermaid(project, { criticalPath: remainingCriticalPath(project).efforts });
    assert.deepEqual(
      g.nodes.filter((n) => n.critical).map((n) => n.id),
      ['E1.1.2', 'E1.2.2', 'E1.3.1'],
    );
    assert.ok(!g.nodes.find((n) => n.id === 'E1.1.1')?.critical, 'the done effort is not on the path');
    const entries = g.legend.filter((e) => /critical/.test(e.key));
    assert.deepEqual(
      entries.map((e) => e.label),
      ['critical path of the remaining work'],
    );
    assert.match(entries[0].detail ?? '', /done and merged efforts are left out/);
  });
});
