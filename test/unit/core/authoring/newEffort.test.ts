// "New Effort": a new section in the file's own form, read back through the product's readers: the next free id of
// the wave, the placeholders as its values, nothing an existing effort has of its own (status, actual lines, prose).
import { strict as assert } from 'assert';
import {
  fileForNewEffort,
  newEffortIn,
  NEW_EFFORT_DEFAULTS,
  wavesForNewEffort,
} from '../../../../src/core/authoring/newEffort';
import { applyAll, projectOf, type Texts } from '../../support/readBack';

const P1 = 'PHASE-1-IMPLEMENTATION-PLAN.md';
const STATE = 'orchestrator-state.json';

const phase1 = [
  '# Phase 1: Kennel',
  '',
  '## Wave 1: Base',
  '',
  '### E1.1.1: Store',
  '**Branch**: `kennel/phase1/wave1/store`',
  '**Status**: Done',
  '**Actual Lines**: 310',
  '**Estimated Lines**: 300',
  '**Dependencies**: None',
  '',
  'Keeps the dogs in a $HOME folder.',
  '',
  '### E1.1.2: Index',
  '**Branch**: `kennel/phase1/wave1/index`',
  '**Can Parallelize**: No',
  '**Estimated Lines**: 400',
  '**Dependencies**: [E1.1.1]',
  '',
  '## Wave 2: Use',
  '',
  '## Wave 3: Later',
  '',
  '### E1.3.1: Report',
  '**Estimated Lines**: 200',
  '**Dependencies**: [E1.1.2]',
  '',
].join('\n');

function added(texts: Texts, file: string, phase: number, wave: number) {
  const project = projectOf(texts);
  const made = newEffortIn(project, file, texts[file], phase, wave);
  if ('error' in made) throw new Error(made.error);
  const after = applyAll(texts, [made.edit]);
  return { made, after, project: projectOf(after) };
}

describe('new effort', () => {
  it('adds the next id of the wave after its last effort, in the form of that effort', () => {
    const { made, after, project } = added({ [P1]: phase1 }, P1, 1, 1);
    assert.equal(made.id, 'E1.1.3');
    const e = project.byId.get('E1.1.3')!;
    assert.deepEqual(
      [e.name, e.wave, e.estimatedLines, e.dependsOn, e.canParallelize, e.branch],
      [NEW_EFFORT_DEFAULTS.name, 1, 400, [], false, 'kennel/phase1/wave1/new-effort'],
    );
    const lines = after[P1].split('\n');
    assert.equal(
      lines.indexOf('### E1.1.3: new-effort'),
      lines.indexOf('**Dependencies**: [E1.1.1]') + 2,
      'after E1.1.2, set off by a blank line',
    );
    assert.ok(lines.indexOf('## Wave 2: Use') > lines.indexOf('### E1.1.3: new-effort'));
    assert.deepEqual(
      project.diagnostics.filter((d) => d.efforts.includes('E1.1.3')),
      [],
      'the new effort lints clean',
    );
  });

  it('writes no status, actual lines or prose of the model effort', () => {
    const { after } = added({ [P1]: phase1 }, P1, 1, 1);
    const section = after[P1].slice(after[P1].indexOf('### E1.1.3'), after[P1].indexOf('## Wave 2'));
    assert.ok(!/Status|Actual|\$HOME|Index/.test(section), section);
  });

  it('fills a wave section that has no effort yet, copying the form of another wave', () => {
    const { made, after, project } = added({ [P1]: phase1 }, P1, 1, 2);
    assert.equal(made.id, 'E1.2.1');
    assert.equal(project.byId.get('E1.2.1')?.wave, 2);
    const lines = after[P1].split('\n');
    const at = lines.indexOf('### E1.2.1: new-effort');
    assert.ok(at > lines.indexOf('## Wave 2: Use') && at < lines.indexOf('## Wave 3: Later'), after[P1]);
    assert.equal(project.byId.get('E1.2.1')?.branch, undefined, "another wave's branch is not copied");
  });

  it('is a snippet whose tab stops are the name (mirrored in the branch), dependencies and estimate', () => {
    const { made } = added({ [P1]: phase1 }, P1, 1, 1);
    assert.match(made.snippet, /### E1\.1\.3: \$\{1:new-effort\}/);
    assert.match(made.snippet, /kennel\/phase1\/wave1\/\$1`/);
    assert.match(made.snippet, /\*\*Dependencies\*\*: \$\{2:None\}/);
    assert.match(made.snippet, /\*\*Estimated Lines\*\*: \$\{3:400\}/);
  });

  it('keeps the written id form and the file line breaks', () => {
    const crlf = [
      '# Phase 2',
      '',
      '## Wave 1',
      '',
      '### Effort 2.1.1 - Gate',
      '- **Estimated Lines**: 120',
      '- **Dependencies**: none',
      '',
    ].join('\r\n');
    const { made, after, project } = added({ [P1]: crlf }, P1, 2, 1);
    assert.equal(made.id, 'E2.1.2');
    assert.ok(
      after[P1].includes('### Effort 2.1.2 - new-effort\r\n- **Estimated Lines**: 400\r\n'),
      JSON.stringify(after[P1]),
    );
    assert.ok(!/[^\r]\n/.test(after[P1]), 'only CRLF line breaks');
    assert.equal(project.byId.get('E2.1.2')?.estimatedLines, 400);
  });

  it('says why when the file has no effort heading to copy, or no section for the wave', () => {
    const table = ['# Phase 1', '', '## Wave 1', '', '| Effort | Lines |', '|---|---|', '| E1.1.1 | 100 |', ''].join(
      '\n',
    );
    const project = projectOf({ [P1]: table });
    const r = newEffortIn(project, P1, table, 1, 1);
    assert.ok('error' in r && /numbered heading/.test(r.error));
    const p = projectOf({ [P1]: phase1 });
    const none = newEffortIn(p, P1, phase1, 1, 7);
    assert.ok('error' in none && /no section for wave 7/.test(none.error));
  });

  it('picks the wave around the cursor, and the plan declaring most of a wave', () => {
    const state = JSON.stringify({ efforts: { 'E1.1.1': { status: 'done' } } });
    const project = projectOf({ [P1]: phase1, [STATE]: state });
    const line = phase1.split('\n').indexOf('## Wave 2: Use') + 2;
    assert.deepEqual(wavesForNewEffort(project, P1, line), [{ phase: 1, wave: 2 }]);
    assert.deepEqual(wavesForNewEffort(project, P1, 1), [
      { phase: 1, wave: 1 },
      { phase: 1, wave: 2 },
      { phase: 1, wave: 3 },
    ]);
    assert.equal(fileForNewEffort(project, 1, 1), P1);
    assert.equal(fileForNewEffort(project, 4, 1), undefined);
  });
});
