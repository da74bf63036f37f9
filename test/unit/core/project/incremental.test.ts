// A re-read that states nothing new (typing prose) keeps the merged, checked project; anything else, or a fix
// computed from the edited text, checks again. Either way the result equals a fresh engine's on the same texts.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { Project } from '../../../../src/core/model/model';
import { applyFix, only, type Texts } from '../../support/builders';

const A = '/plans/PHASE-1-PLAN.md';
const B = '/plans/WAVE-2-PLAN.md';

const phasePlan = (prose: string) =>
  [
    '# Phase 1',
    '## Wave 1',
    '#### E1.1.1: A',
    '**Dependencies**: E1.2.1',
    '```bash',
    prose,
    '```',
    '',
    '#### E1.1.2: Other',
    '',
    '## Wave 2',
    '#### E1.2.1: B',
    '**Estimated Size**: 750 lines',
    '',
    '## Wave 3',
    '#### E1.3.1: C',
    '',
    '## Notes',
    'text',
    '',
  ].join('\n');
const wavePlan = (prose: string, deps = 'E1.2.1') =>
  ['# Phase 1', '## Wave 2', '#### E1.2.2: C', `**Dependencies**: ${deps}`, '', prose, ''].join('\n');

function fresh(texts: Texts): Project {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(texts)) engine.update(file, text);
  return engine.project();
}

describe('engine: re-reads that state nothing new', () => {
  it('keep the project when prose changes in a file no fix edits, and match a fresh engine', () => {
    const engine = new PlanEngine();
    engine.update(A, phasePlan('# a comment'));
    engine.update(B, wavePlan('Some prose.'));
    const before = engine.project();
    assert.ok(engine.update(B, wavePlan('Some prose, typed on.')));
    assert.equal(engine.project(), before, 'no merge or check for a keystroke in prose');
    assert.deepEqual(
      engine.project().diagnostics,
      fresh({ [A]: phasePlan('# a comment'), [B]: wavePlan('Some prose, typed on.') }).diagnostics,
    );

    // A changed fact is merged and checked again.
    engine.update(B, wavePlan('Some prose, typed on.', 'E1.2.1, E1.1.9'));
    const after = engine.project();
    assert.notEqual(after, before);
    assert.ok(after.diagnostics.some((d) => d.code === 'unknown-dependency' && d.file === B));
    assert.deepEqual(
      after.diagnostics,
      fresh({ [A]: phasePlan('# a comment'), [B]: wavePlan('Some prose, typed on.', 'E1.2.1, E1.1.9') }).diagnostics,
    );
  });

  it('check again when a fix reads the edited file, so its edits come from the new text', () => {
    const plan = (notes: string) =>
      [
        '# Phase 1',
        '## Wave 1',
        '#### E1.1.1: Big',
        '```json',
        '{',
        '  "effort_id": "1.1.1",',
        '  "estimated_lines": 1000,',
        `  "notes": "${notes}"`,
        '}',
        '```',
        '',
      ].join('\n');
    const engine = new PlanEngine();
    engine.update(A, plan('first draft'));
    const splitOf = (project: Project) =>
      only(only(project.diagnostics.filter((d) => d.code === 'effort-oversized')).fixes!);
    const before = engine.project();
    assert.ok(
      splitOf(before).edits.some((e) => e.newText.includes('first draft')),
      'the split copies the block',
    );
    engine.update(A, plan('second draft'));
    const split = applyFix({ [A]: plan('second draft') }, splitOf(engine.project()))[A];
    assert.ok(split.includes('"effort_id": "1.1.2"') && split.includes('"estimated_lines": 500'), split);
    assert.ok(!split.includes('first draft'), split);
    assert.equal(split.split('second draft').length, 3, 'both halves carry the new text');
  });

  it('show a renamed wave of a plan that names no phase (its efforts and their lines unchanged)', () => {
    const plan = (name: string) =>
      ['# Syncer Plan', '', `### Wave 0: ${name}`, '', '#### Effort: sync-01-interfaces', '- Size: 300 lines', ''].join(
        '\n',
      );
    const engine = new PlanEngine();
    engine.update(B, plan('Foundation Fixes'));
    const names = () => engine.project().files.flatMap((r) => r.unphased?.waves.map((w) => w.name) ?? []);
    assert.deepEqual(names(), ['Foundation Fixes']);
    engine.update(B, plan('Renamed Fixes'));
    assert.deepEqual(names(), ['Renamed Fixes']);
  });
});
