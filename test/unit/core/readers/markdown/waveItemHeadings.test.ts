// Headings that number a plan's work within its waves, `### W2.1 — Pipeline scoping` (item 1 of wave 2), as public
// plans write them under `## Wave 2: …`, `## Workstream W2 — …` or on their own: each is an effort of that wave, E4.2.1
// in a plan of phase 4, `w2-1-pipeline-scoping` in a plan that names no phase, and `Depends on: W1.2` names the
// effort of the heading `W1.2`. Read through the engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';
import { readPlanText } from '../../../../../src/core/readers';
import { isCoordination } from '../../../../../src/core/views/treeShape';

const FILE = '/ws/plans/HARDENING-PLAN.md';

function plan(title: string): string {
  return [
    title,
    '',
    '## Wave 1: Foundations',
    '',
    '### W1.1 — Calibration gate',
    '**Branch:** `feat/w1-1-calibration`',
    '**Size**: ~300 lines',
    '',
    '### W1.2 — Registry lookup',
    '**Depends on:** W1.1',
    '',
    '## 3. Workstream W2 — Tenant safety',
    '',
    '### W2.1 — Pipeline scoping',
    '**Depends on:** W1.2, W1.1',
    '',
    '### W2.2 — Audit log ✅ DONE',
    '',
  ].join('\n');
}

function efforts(text: string) {
  const engine = new PlanEngine();
  engine.update(FILE, text);
  const p = engine.project();
  return p.efforts.map((e) => [e.id, e.name, e.phase, e.wave, e.estimatedLines, e.dependsOn, e.status]);
}

describe('markdown reader: headings that number work within a wave, W2.1', () => {
  it('are the efforts of that wave of the plan’s phase, and their references the efforts they label', () => {
    assert.deepEqual(efforts(plan('# Phase 4: Hardening')), [
      ['E4.1.1', 'Calibration gate', 4, 1, 300, [], 'planned'],
      ['E4.1.2', 'Registry lookup', 4, 1, undefined, ['E4.1.1'], 'planned'],
      ['E4.2.1', 'Pipeline scoping', 4, 2, undefined, ['E4.1.2', 'E4.1.1'], 'planned'],
      ['E4.2.2', 'Audit log', 4, 2, undefined, [], 'done'],
    ]);
  });

  it('in a plan that names no phase, efforts of the wave under their label', () => {
    assert.deepEqual(efforts(plan('# Hardening Plan')), [
      ['w1-1-calibration-gate', 'Calibration gate', undefined, 1, 300, [], 'planned'],
      ['w1-2-registry-lookup', 'Registry lookup', undefined, 1, undefined, ['w1-1-calibration-gate'], 'planned'],
      [
        'w2-1-pipeline-scoping',
        'Pipeline scoping',
        undefined,
        2,
        undefined,
        ['w1-2-registry-lookup', 'w1-1-calibration-gate'],
        'planned',
      ],
      ['w2-2-audit-log', 'Audit log', undefined, 2, undefined, [], 'done'],
    ]);
  });

  it('are work the tree lists in their wave, not coordination documents, though some have no size or branch', () => {
    const engine = new PlanEngine();
    engine.update(FILE, plan('# Hardening Plan'));
    const p = engine.project();
    assert.deepEqual(
      p.efforts.filter((e) => isCoordination(e, p)).map((e) => e.id),
      [],
    );
  });

  it('are located at their label; a lower-case `w2.1` or a version such as `W2.1.3` is none', () => {
    const text = plan('# Phase 4: Hardening');
    const r = readPlanText(FILE, text);
    const span = r.efforts[0].wave!.span!;
    assert.equal(text.split('\n')[span.line - 1].slice(span.column - 1, span.endColumn - 1), 'W1.1');
    const other = readPlanText(FILE, '# Phase 4\n\n## Wave 1\n\n### w1.1 notes\n\n### W1.1.3 release\n');
    assert.deepEqual(other.efforts, []);
  });
});
