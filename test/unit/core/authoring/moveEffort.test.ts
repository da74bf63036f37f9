// Move a numbered effort to another wave: renumbered (E1.1.2 → E1.3.2), its section moved under the target wave,
// every reference in every file updated. Read back through the readers, the wave-order error is gone.
import { strict as assert } from 'assert';
import { moveNumberedEffort } from '../../../../src/core/authoring/moveEffort';
import { textCache } from '../../../../src/core/fixes/text';
import { applyAll, projectOf, textOf, type Texts } from '../../support/readBack';
import { LATER_WAVES_PHASE, WAVE_FORMS } from '../../support/waveForms';

const P1 = 'PHASE-1-IMPLEMENTATION-PLAN.md';
const P2 = 'PHASE-2-IMPLEMENTATION-PLAN.md';

const phase1 = [
  '# Phase 1: Kennel',
  '',
  '## Wave 1: Base',
  '',
  '### E1.1.1: Store',
  '**Estimated Lines**: 300',
  '**Dependencies**: None',
  '',
  '### E1.1.2: Index',
  '**Estimated Lines**: 400',
  '**Dependencies**: [E1.2.1]',
  '',
  '## Wave 2: Use',
  '',
  '### E1.2.1: Search',
  '**Estimated Lines**: 300',
  '**Dependencies**: [E1.1.1]',
  '',
  '## Wave 3: Reports',
  '',
  '### E1.3.1: Report',
  '**Estimated Lines**: 200',
  '**Dependencies**: [E1.2.1]',
  '',
].join('\n');

const phase2 = [
  '# Phase 2: Sync',
  '',
  '## Wave 1: Feed',
  '',
  '### E2.1.1: Feed',
  '**Estimated Lines**: 300',
  '**Dependencies**: [E1.1.2, E1.3.1]',
  '',
].join('\n');

const texts: Texts = { [P1]: phase1, [P2]: phase2 };

function moveFix() {
  const project = projectOf(texts);
  const d = project.diagnostics.find((x) => x.code === 'wave-order')!;
  return { d, fix: d.fixes!.find((f) => f.kind === 'move-to-wave') };
}

describe('move a numbered effort to another wave (core edit, read back through the readers)', () => {
  it('the wave-order finding offers it, renumbered to the next free id of the target wave', () => {
    const { d, fix } = moveFix();
    assert.equal(
      d.message,
      "E1.1.2 depends on E1.2.1, which is in wave 2 (a later wave than E1.1.2's wave 1). E1.1.2 can start in wave 3 at the earliest.",
    );
    assert.equal(fix?.title, 'Move E1.1.2 to wave 3 as E1.3.2');
    assert.equal(fix?.preferred, true);
    assert.notEqual(fix?.certain, true);
  });

  it('renumbers, moves the section under the target wave and updates references in every file', () => {
    const after = applyAll(texts, moveFix().fix!.edits);
    const project = projectOf(after);
    assert.equal(project.byId.has('E1.1.2'), false);
    const moved = project.byId.get('E1.3.2')!;
    assert.deepEqual(
      [moved.name, moved.phase, moved.wave, moved.estimatedLines, moved.dependsOn],
      ['Index', 1, 3, 400, ['E1.2.1']],
    );
    assert.deepEqual(project.byId.get('E2.1.1')!.dependsOn, ['E1.3.2', 'E1.3.1']);
    assert.deepEqual(
      project.phases[0].waves.map((w) => [w.wave, w.efforts]),
      [
        [1, ['E1.1.1']],
        [2, ['E1.2.1']],
        [3, ['E1.3.1', 'E1.3.2']],
      ],
    );
    assert.deepEqual(project.diagnostics, []);
    // The section sits at the end of Wave 3, set off by blank lines, and Wave 1 closes cleanly.
    assert.match(after[P1], /\*\*Dependencies\*\*: None\n\n## Wave 2: Use/);
    assert.match(
      after[P1],
      /### E1\.3\.1: Report\n[^#]*\n\n### E1\.3\.2: Index\n\*\*Estimated Lines\*\*: 400\n\*\*Dependencies\*\*: \[E1\.2\.1\]\n$/,
    );
  });

  it('explains why when the move cannot be made', () => {
    const ctx = { project: projectOf(texts), text: textCache(textOf(texts)) };
    assert.deepEqual(moveNumberedEffort(ctx, 'E1.1.2', 1), { error: 'E1.1.2 is already in wave 1.' });
    assert.deepEqual(moveNumberedEffort(ctx, 'index', 3), { error: 'index has no number: move its section instead.' });
  });

  it('adds a heading for the target wave where the file has none yet', () => {
    const ctx = { project: projectOf(texts), text: textCache(textOf(texts)) };
    const moved = moveNumberedEffort(ctx, 'E1.1.2', 4);
    assert.ok('edits' in moved, JSON.stringify(moved));
    const after = applyAll(texts, moved.edits);
    assert.match(
      after[P1],
      /\*\*Dependencies\*\*: \[E1\.2\.1\]\n\n## Wave 4\n\n### E1\.4\.1: Index\n\*\*Estimated Lines\*\*: 400\n\*\*Dependencies\*\*: \[E1\.2\.1\]\n$/,
    );
    const project = projectOf(after);
    assert.deepEqual(
      project.phases[0].waves.map((w) => [w.wave, w.efforts]),
      [
        [1, ['E1.1.1']],
        [2, ['E1.2.1']],
        [3, ['E1.3.1']],
        [4, ['E1.4.1']],
      ],
    );
    assert.deepEqual(project.byId.get('E2.1.1')!.dependsOn, ['E1.4.1', 'E1.3.1']);
  });

  it('moves to an earlier wave too, keeping CRLF line breaks', () => {
    const crlf = { [P1]: phase1.replace(/\n/g, '\r\n'), [P2]: phase2 };
    const ctx = { project: projectOf(crlf), text: textCache(textOf(crlf)) };
    const moved = moveNumberedEffort(ctx, 'E1.3.1', 2);
    assert.ok('edits' in moved, JSON.stringify(moved));
    const after = applyAll(crlf, moved.edits);
    assert.ok(!/[^\r]\n/.test(after[P1]), 'only CRLF');
    const project = projectOf(after);
    assert.deepEqual(
      project.phases[0].waves.map((w) => [w.wave, w.efforts]),
      [
        [1, ['E1.1.1', 'E1.1.2']],
        [2, ['E1.2.1', 'E1.2.2']],
        [3, []],
      ],
    );
    assert.deepEqual(project.byId.get('E2.1.1')!.dependsOn, ['E1.1.2', 'E1.2.2']);
  });
});

describe('move a numbered effort: every form its wave is written in', () => {
  for (const [form, text] of Object.entries(WAVE_FORMS)) {
    it(`${form}: renumbered to E1.3.2, wave fields rewritten, read back in wave 3 with no wave-order error`, () => {
      const texts: Texts = { 'WAVE-1-PLAN.md': text, 'PHASE-1-PLAN.md': LATER_WAVES_PHASE };
      const d = projectOf(texts).diagnostics.find((x) => x.code === 'wave-order')!;
      const move = d.fixes!.find((f) => f.kind === 'move-to-wave')!;
      assert.equal(move.title, 'Move E1.1.1 to wave 3 as E1.3.2');
      const after = applyAll(texts, move.edits);
      const project = projectOf(after);
      assert.equal(project.byId.has('E1.1.1'), false);
      assert.deepEqual([project.byId.get('E1.3.2')!.wave, project.byId.get('E1.3.2')!.dependsOn], [3, ['E1.2.1']]);
      assert.deepEqual(
        project.diagnostics.filter((x) => x.code === 'wave-order' || x.code === 'effort-conflict'),
        [],
      );
      if (form === 'json')
        assert.match(after['WAVE-1-PLAN.md'], /"effort_id": "1\.3\.2",\n {2}"parent_wave": "WAVE_1\.3"/);
      if (form === 'field') assert.match(after['WAVE-1-PLAN.md'], /#### E1\.3\.2: Intake form\n\*\*Wave\*\*: 3\n/);
      // A plan of one wave keeps its sections: the new id alone places the effort.
      if (form === 'heading') assert.match(after['WAVE-1-PLAN.md'], /## Wave 1\n#### E1\.3\.2: Intake form\n/);
    });
  }
});
