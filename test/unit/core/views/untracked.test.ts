// A plan that sizes its work under wave headings without effort ids (own-c: `### Wave 1 — Indexing core` /
// `#### 1. Tokenizer rewrite` / `- Estimate: ~450 lines`). Problems listed 3 `effort-without-id` warnings, yet the
// tree's wave rows had no mark and the graph said "No efforts in the plans of this folder yet" with Create Example
// Plan. Now the wave rows carry the warning and the graph's empty state counts the efforts found without an id.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import { waveFindings } from '../../../../src/core/views/effortText';
import { untrackedEfforts } from '../../../../src/core/views/untracked';

const NO_IDS_PLAN = `---
phase: 3
title: Search revamp
---
# Search revamp

### Wave 1 — Indexing core
#### 1. Tokenizer rewrite
- Estimate: ~450 lines

#### 2. Index writer
- Estimate: ~700 lines
- Depends on: Tokenizer rewrite

### Wave 2 — Query side
#### 1. Query parser
- Estimate: ~500 lines
`;

describe('views: efforts written without ids', () => {
  const engine = new PlanEngine();
  engine.update('/ws/PHASE-PLAN.md', NO_IDS_PLAN);
  const project = engine.project();

  it('are counted for the graph, which has no effort to draw', () => {
    assert.equal(project.efforts.length, 0);
    assert.equal(untrackedEfforts(project), 3);
  });

  it('mark the rows of their waves, as the rows of efforts with findings are', () => {
    const [w1, w2] = project.phases.find((p) => p.phase === 3)!.waves;
    assert.deepEqual(waveFindings(project, w1), {
      worst: 'warning',
      lines: ['Problems: 2 warnings about this wave'],
    });
    assert.deepEqual(waveFindings(project, w2), { worst: 'warning', lines: ['Problems: 1 warning about this wave'] });
  });

  it('leave the mark once the heading has its id', () => {
    engine.update('/ws/PHASE-PLAN.md', NO_IDS_PLAN.replace('#### 1. Query parser', '#### E3.2.1 Query parser'));
    const after = engine.project();
    const w2 = after.phases.find((p) => p.phase === 3)!.waves[1];
    assert.deepEqual(waveFindings(after, w2), { worst: undefined, lines: [] });
    assert.equal(untrackedEfforts(after), 2);
  });
});
