// What the tree shows first, from plans read by the product's own engine: the current wave, coordination documents
// listed after their wave's work (apart when no wave lists them), and compact labels.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { classifyPlanFile } from '../../../../src/core/files/classify';
import { PlanEngine } from '../../../../src/core/project/engine';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { CORPUS, describeWithShared } from '../../support/shared';
import {
  compactEffortLabel,
  coordinationApart,
  currentWaveId,
  isCoordination,
  phaseRow,
  waveRow,
} from '../../../../src/core/views/treeShape';

const PLAN = `# Phase 4 Implementation Plan

## Wave 1: Foundations

#### E4.1.1: schema-types
**Status**: done
**Size Estimate**: 320 lines

## Wave 2: Services

#### E4.2.1: sync-service
**Status**: done
**Size Estimate**: 500 lines

#### E4.2.2: retry-policy
**Size Estimate**: 260 lines
**Dependencies**: E4.2.1

## Wave 3: Rollout

#### E4.3.1: canary-rollout
**Size Estimate**: 410 lines
`;

const COORDINATION = `# Coordination plan for Phase 4, Wave 3

## Effort metadata
**Effort Name**: wave-coordination
**Branch**: \`proj/phase4/wave3/wave-coordination\`
**Size Estimate**: 150 lines (planning documents only)
**Phase**: 4
**Wave**: 3
`;

function project(files: Record<string, string>) {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(files)) engine.update(file, text, classifyPlanFile(file));
  return engine.project();
}

describe('tree shape', () => {
  it('makes the first wave with unfinished work the current one', () => {
    const p = project({ 'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN });
    assert.equal(currentWaveId(p), 'W4.2');
    const allDone = project({
      'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN.replace(/(#### E4\.[23]\.\d: [\w-]+\n)/g, '$1**Status**: done\n'),
    });
    assert.equal(currentWaveId(allDone), undefined);
  });

  it('tells coordination documents from efforts', () => {
    const p = project({
      'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN,
      'phase4/wave3/wave-coordination/IMPLEMENTATION-PLAN-20260101-120000.md': COORDINATION,
    });
    const ids = p.efforts.filter((e) => isCoordination(e, p)).map((e) => e.id);
    assert.deepEqual(ids, ['wave-coordination']);
  });

  it('lists a coordination document in the wave its plan names, after the work and counted apart', () => {
    const p = project({
      'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN,
      'phase4/wave3/wave-coordination/IMPLEMENTATION-PLAN-20260101-120000.md': COORDINATION,
    });
    const wave = p.phases[0].waves[2];
    assert.ok(wave.efforts.includes('wave-coordination'), wave.efforts.join());
    assert.equal(waveRow(wave, p).description, '1 effort · 410 lines · +1 coordination doc · Rollout');
    assert.deepEqual(coordinationApart(p), []);
    // Without its wave (no folder, no Wave line) it has nowhere to be listed but apart.
    const loose = project({
      'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN,
      'coordination/IMPLEMENTATION-PLAN-20260101-120000.md': COORDINATION.replace('**Wave**: 3\n', '').replace(
        'Phase 4, Wave 3',
        'Phase 4',
      ),
    });
    assert.deepEqual(
      coordinationApart(loose).map((e) => e.id),
      ['wave-coordination'],
    );
  });

  it('keeps a branch other efforts wait for with the work, though the plan gives it no size or branch', () => {
    // A wave plan names the branches of its waves by slug: those built already are listed bare, the later ones
    // wait for them. Waiting makes both sides work; a bare name nothing waits for stays a plan-only document.
    const p = project({
      'WAVE-PLAN.md': `# Wave Plan: Sync

### Wave 0: Fixes
**Branches**:
- Agent 1: Fix sync-01-interfaces
- Agent 2: Fix sync-02-notes

### Wave 1: Core
**Branches**:
- Agent 3: sync-04-pipeline (depends on sync-01)
`,
    });
    const ids = p.efforts.map((e) => e.id).sort();
    assert.deepEqual(ids, ['sync-01-interfaces', 'sync-02-notes', 'sync-04-pipeline']);
    assert.deepEqual(
      p.efforts.filter((e) => isCoordination(e, p)).map((e) => e.id),
      ['sync-02-notes'],
    );
  });

  it('labels a wave as the CLI and messages name it (`Wave 4.2`), count and size first in the description, its name after', () => {
    const p = project({ 'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN });
    const waves = p.phases[0].waves;
    assert.deepEqual(waveRow(waves[1], p), {
      label: 'Wave 4.2',
      description: '2 efforts · 760 lines · Services',
      title: 'Wave 4.2: Services',
    });
    assert.deepEqual(waveRow({ ...waves[2], name: undefined }, p), {
      label: 'Wave 4.3',
      description: '1 effort · 410 lines',
      title: 'Wave 4.3',
    });
  });

  it('marks a wave size as a lower bound (`350+ lines`) when some of its efforts have no size', () => {
    const p = project({ 'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN.replace('**Size Estimate**: 260 lines\n', '') });
    assert.equal(waveRow(p.phases[0].waves[1], p).description, '2 efforts · 500+ lines · Services');
    assert.equal(waveRow(p.phases[0].waves[2], p).description, '1 effort · 410 lines · Rollout');
  });

  it('labels a phase short too, its wave count before its name (a narrow sidebar cuts the name)', () => {
    const p = project({
      'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN.replace('# Phase 4 Implementation Plan', '# Phase 4: Sync Rollout'),
    });
    assert.deepEqual(phaseRow(p.phases[0], p.phases[0].waves.length), {
      label: 'Phase 4',
      description: '3 waves · Sync Rollout',
      title: 'Phase 4: Sync Rollout',
    });
    assert.deepEqual(phaseRow({ phase: 5 }, 1), { label: 'Phase 5', description: '1 wave', title: 'Phase 5' });
  });

  it('labels an effort by id and size, estimate marked with ~', () => {
    const p = project({ 'PHASE-4-IMPLEMENTATION-PLAN.md': PLAN });
    const effort = p.byId.get('E4.2.2');
    assert.ok(effort);
    assert.equal(compactEffortLabel(effort, DEFAULT_LIMITS), 'E4.2.2 ~260/800');
    assert.equal(compactEffortLabel({ ...effort, actualLines: 612 }, DEFAULT_LIMITS), 'E4.2.2 612/800');
    assert.equal(compactEffortLabel({ ...effort, estimatedLines: undefined }, DEFAULT_LIMITS), 'E4.2.2');
  });
});

describeWithShared('plan engine: read order', () => {
  // The real idpbuilder plans name Phase 1 and its waves differently in different files: read in any order (the
  // editor reads files in parallel), the merged plan must be the same.
  const IDPBUILDER = path.join(CORPUS, 'jessesanford__idpbuilder');
  const list = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((d) => (d.isDirectory() ? list(path.join(dir, d.name)) : [path.join(dir, d.name)]));

  it('merges the same plan whatever order the files were read in', () => {
    const files = list(IDPBUILDER).filter((f) => classifyPlanFile(path.relative(IDPBUILDER, f)));
    const shape = (order: string[]) => {
      const engine = new PlanEngine();
      for (const f of order) engine.updateBytes(f, fs.readFileSync(f), classifyPlanFile(path.relative(IDPBUILDER, f)));
      const p = engine.project();
      return JSON.stringify(p.phases.map((ph) => [ph.name, ph.waves.map((w) => [w.name, w.efforts])]));
    };
    assert.ok(files.length > 5);
    assert.equal(shape([...files].reverse()), shape(files));
  });
});
