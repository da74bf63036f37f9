// A wave gate that names efforts of the wave it waits for (`- **Wave 2 Depends On**: Wave 1 p9w1-index-schema (…)`,
// `**Start Condition**: Wave 1 p9w1-index-schema complete`, `Wave 2 (E9.2.2)`) waits for those efforts, not the whole
// wave: the schedule, inspect's and the tree's "(waits for …)", the hover, and the graph's link all say the narrower
// wait. Words after the wave that name no effort of it (`Wave 3 critical path`) keep the whole wave. Read through the
// product's engine.
import { strict as assert } from 'assert';
import { declaredWaitsOf, planWaitsOf, waitsText } from '../../../../src/core/analysis/gates';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { remainingCriticalPath } from '../../../../src/core/analysis/remaining';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { milestoneKey } from '../../../../src/core/model/milestones';
import { dependencyLensTitle } from '../../../../src/core/views/effortText';
import { lint } from '../../support/builders';
import { assertWellFormed } from '../../support/mermaidHelpers';

const PLAN = `# Phase 9: Search Platform

## Wave-Level Dependencies
- **Wave 2 Depends On**: Wave 1 p9w1-index-schema (the schema is frozen first)
- **Wave 3 Depends On**: Wave 2 (E9.2.2)
- **Wave 4 Depends On**: Wave 3 critical path (serving must be up)

## Wave 1: Foundations

### Effort 9.1.1: Index Schema
**Branch**: \`p9w1-index-schema\`
**Size**: ~400 lines

### Effort 9.1.2: Crawler
**Branch**: \`p9w1-crawler\`
**Size**: ~700 lines

## Wave 2: Query
**Start Condition**: Wave 1 p9w1-index-schema complete

### Effort 9.2.1: Tokenizer
**Size**: ~300 lines

### Effort 9.2.2: Ranker
**Size**: ~500 lines

## Wave 3: Serving

### Effort 9.3.1: Search API
**Size**: ~200 lines

## Wave 4: Launch

### Effort 9.4.1: Rollout
**Size**: ~100 lines
`;

describe('wave gates that name efforts of the wave they wait for', () => {
  const { project, diagnostics } = lint({ '/ws/plans/PHASE-9-PLAN.md': PLAN });

  it('reads the named efforts into the gate; other words after the wave keep the whole wave', () => {
    const got = (project.constraints ?? []).map((c) => `W${c.phase}.${c.wave}>${c.after.map(milestoneKey).join(',')}`);
    assert.deepEqual(got, ['W9.2>W9.1[E9.1.1]', 'W9.3>W9.2[E9.2.2]', 'W9.4>W9.3']);
    assert.deepEqual(diagnostics, []);
  });

  it('schedules a wave after the named efforts only', () => {
    const a = analyzeProject(project);
    const earliest = (id: string) => a.byId.get(id)!.earliestWave;
    assert.deepEqual(['E9.1.1', 'E9.1.2', 'E9.2.1', 'E9.2.2', 'E9.3.1', 'E9.4.1'].map(earliest), [1, 1, 2, 2, 3, 4]);
    // The crawler (700 lines) holds up nothing: the path runs through the schema and the ranker.
    assert.deepEqual(a.criticalPath.efforts, ['E9.1.1', 'E9.2.2', 'E9.3.1', 'E9.4.1']);
  });

  it('says the narrower wait where a wave row and an effort say what they wait for', () => {
    const waits = (wave: number) => waitsText(declaredWaitsOf(project, { phase: 9, wave }));
    assert.deepEqual([1, 2, 3, 4].map(waits), [
      undefined,
      'waits for E9.1.1',
      'waits for E9.2.2',
      'waits for all of Wave 9.3',
    ]);
    const tokenizer = project.byId.get('E9.2.1')!;
    assert.equal(dependencyLensTitle([], planWaitsOf(project, tokenizer)), 'waits for E9.1.1');
    // A named effort does not wait for itself; the ranker of wave 2 is not held by wave 3's gate.
    assert.deepEqual(planWaitsOf(project, project.byId.get('E9.1.1')!), []);
  });

  it('draws the wait from the named effort to the waiting wave, not from its wave box', () => {
    const path = remainingCriticalPath(project).efforts;
    const g = projectToMermaid(project, { criticalPath: path, mode: 'full' });
    assertWellFormed(g.text);
    const links = g.edges.filter((e) => e.waits).map((e) => `${e.from}>${e.to} ${e.notes![0]}`);
    assert.deepEqual(links, [
      'n_E9_1_1>W9_2 Every effort of Wave 9.2 waits for E9.1.1; the critical path comes from E9.1.1',
      'n_E9_2_2>W9_3 Every effort of Wave 9.3 waits for E9.2.2; the critical path comes from E9.2.2',
      'W9_3>W9_4 Every effort of Wave 9.4 waits for all of Wave 9.3; the critical path comes from E9.3.1',
    ]);
  });
});
