// Renaming an effort id rewrites every reference form the readers accept, in every plan file; read back, the model
// has the new id with the same facts, and nothing points at the old one.
import { strict as assert } from 'assert';
import { idAt, renameEffort } from '../../../../src/core/authoring/rename';
import { applyAll, projectOf, textOf, type Texts } from '../../support/readBack';

const PHASE = 'PHASE-1-IMPLEMENTATION-PLAN.md';
const WAVE = 'WAVE-2-IMPLEMENTATION-PLAN.md';
const STATE = 'orchestrator-state.json';

const phasePlan = [
  '# Phase 1: Kennel',
  '',
  '## Wave 1: Base',
  '',
  '#### E1.1.1: Store',
  '**Estimated Lines**: 300',
  '**Dependencies**: None',
  '',
  '#### E1.1.2: Index',
  '**Branch**: `kennel/phase1/wave1/effort-1.1.2-index`',
  '**Estimated Lines**: 400',
  '**Dependencies**: [E1.1.1]',
  'Builds on go-index v1.1.2; Effort 1.1.2 owns the index.',
  '',
  '## Wave 2: Use',
  '',
  '#### E1.2.1: Search',
  '**Estimated Lines**: 300',
  '**Dependencies**: E1.1.2 (Index), E1.1.1',
  '**Parallel With**: [E1.2.2]',
  '',
  '#### E1.2.2: Export',
  '**Estimated Lines**: 200',
  '**Dependencies**: [effort-1.1.2]',
  '**Parallel With**: [E1.2.1]',
  '',
  '| Effort | Depends On |',
  '|---|---|',
  '| 1.2.2 | 1.1.2 |',
  '',
  '```mermaid',
  'graph TD',
  '    W1E2[1.1.2: Index<br/>400 lines]',
  '    W2E1[1.2.1: Search<br/>300 lines]',
  '    W1E2 --> W2E1',
  '```',
  '',
].join('\n');

const wavePlan = [
  '# Wave 1.2 Implementation Plan',
  '',
  '### Effort 1.2.3: Audit',
  '',
  '```json',
  '{',
  '  "effort_id": "1.2.3",',
  '  "effort_name": "Audit",',
  '  "depends_on": ["effort:1.1.2", "integration:phase1-wave1"],',
  '  "estimated_lines": 250',
  '}',
  '```',
  '',
].join('\n');

const state = JSON.stringify(
  {
    efforts_in_progress: [
      { effort_id: 'E1.1.2', branch: 'kennel/phase1/wave1/effort-1.1.2-index', status: 'IN_PROGRESS' },
    ],
  },
  null,
  2,
);

const texts: Texts = { [PHASE]: phasePlan, [WAVE]: wavePlan };

describe('rename effort id (core edit, read back through the readers)', () => {
  it('rewrites every reference form across files and the model follows', () => {
    const before = projectOf(texts);
    const result = renameEffort(before, textOf(texts), 'E1.1.2', 'E1.1.7');
    assert.ok('edits' in result, JSON.stringify(result));
    assert.deepEqual(result.files.sort(), [PHASE, WAVE].sort());
    const after = applyAll(texts, result.edits);
    const project = projectOf(after);
    assert.equal(project.byId.has('E1.1.2'), false);
    const moved = project.byId.get('E1.1.7')!;
    assert.deepEqual(
      [moved.name, moved.phase, moved.wave, moved.estimatedLines, moved.dependsOn],
      ['Index', 1, 1, 400, ['E1.1.1']],
    );
    assert.deepEqual(project.byId.get('E1.2.1')!.dependsOn, ['E1.1.7', 'E1.1.1']);
    assert.deepEqual(project.byId.get('E1.2.2')!.dependsOn, ['E1.1.7']);
    assert.deepEqual(project.byId.get('E1.2.3')!.dependsOn, ['E1.1.7']);
    assert.deepEqual(
      project.diagnostics.filter((d) => d.code === 'unknown-dependency'),
      [],
    );
    // Each reference keeps its form; a version number in prose and the branch (a real git name) stay as they were.
    assert.match(after[PHASE], /#### E1\.1\.7: Index/);
    assert.match(after[PHASE], /Builds on go-index v1\.1\.2; Effort 1\.1\.7 owns the index\./);
    assert.match(after[PHASE], /`kennel\/phase1\/wave1\/effort-1\.1\.2-index`/);
    assert.match(after[PHASE], /\*\*Dependencies\*\*: \[effort-1\.1\.7\]/);
    assert.match(after[PHASE], /\| 1\.2\.2 \| 1\.1\.7 \|/);
    assert.match(after[PHASE], /W1E2\[1\.1\.7: Index/);
    assert.match(after[WAVE], /"depends_on": \["effort:1\.1\.7", "integration:phase1-wave1"\]/);
  });

  it('leaves state files to the orchestrator', () => {
    const withState = { ...texts, [STATE]: state };
    const result = renameEffort(projectOf(withState), textOf(withState), 'E1.1.2', 'E1.1.7');
    assert.ok('edits' in result);
    assert.ok(!result.files.includes(STATE));
  });

  it('refuses an id that exists, a non-id and an effort without a number', () => {
    const project = projectOf(texts);
    assert.deepEqual(renameEffort(project, textOf(texts), 'E1.1.2', 'E1.1.1'), {
      error: 'E1.1.1 already exists (Store).',
    });
    assert.deepEqual(renameEffort(project, textOf(texts), 'E1.1.2', 'index'), {
      error: '"index" is not an effort id such as E1.2.3.',
    });
    assert.deepEqual(renameEffort(project, textOf(texts), 'wave-planning', 'E1.1.9'), {
      error: 'wave-planning has no number to rename; rename its heading instead.',
    });
    assert.deepEqual(renameEffort(project, textOf(texts), 'E1.1.2', 'Effort 1.1.2'), { edits: [], files: [] });
  });

  it('finds the id under the cursor in any form, with the range of its number', () => {
    assert.deepEqual(idAt('**Dependencies**: E1.1.2 (Index), effort-1.1.1', 21), { id: 'E1.1.2', start: 20, end: 25 });
    assert.deepEqual(idAt('**Dependencies**: E1.1.2 (Index), effort-1.1.1', 40), { id: 'E1.1.1', start: 42, end: 47 });
    assert.equal(idAt('no id here', 3), undefined);
  });
});
