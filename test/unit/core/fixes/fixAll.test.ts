// Fix All: the one selector takes only certain fixes (never a did-you-mean guess), and says what it changed.
import { strict as assert } from 'assert';
import { fixAllSummary, selectFixAll } from '../../../../src/core/fixes/fixAll';
import type { Fix, PlanDiagnostic, TextEdit } from '../../../../src/core/model/model';
import { applyAll, projectOf } from '../../support/readBack';

const edit = (line: number, column: number, endColumn: number, newText = '', file = 'a.md'): TextEdit => ({
  file,
  line,
  column,
  endLine: line,
  endColumn,
  newText,
});
const fix = (title: string, edits: TextEdit[], certain = true): Fix => ({
  title,
  kind: 'remove-parallel-with',
  edits,
  certain,
});
const finding = (fixes: Fix[] | undefined, effort = 'E1.1.1'): PlanDiagnostic => ({
  file: 'a.md',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  code: 'parallel-conflict',
  severity: 'error',
  message: 'm',
  efforts: [effort],
  fixes,
});
const titles = (ds: PlanDiagnostic[]) => selectFixAll(ds).map((c) => c.fix.title);

const PLAN = [
  '# Phase 1: Core',
  '',
  '## Wave 1: Base',
  '',
  '#### E1.1.1: Store',
  '**Estimated Lines**: 300',
  '**Parallel With**: [E1.1.2]',
  '**Dependencies**: None',
  '',
  '#### E1.1.2: Index',
  '**Estimated Lines**: 300',
  '**Dependencies**: [E1.1.1]',
  '',
  '## Wave 2: Reports',
  '',
  '#### E1.2.1: Report',
  '**Estimated Lines**: 300',
  '**Dependencies**: [E1.1.9]',
  '',
].join('\n');
const F = 'PHASE-1-IMPLEMENTATION-PLAN.md';

describe('Fix All selection (core, shared by the editor)', () => {
  it('takes the certain fix of each finding and skips findings without one, and guesses', () => {
    const a = fix('a', [edit(1, 1, 3)]);
    const guess = fix('guess', [edit(2, 1, 3)], false);
    const c = fix('c', [edit(2, 5, 7)]);
    assert.deepEqual(titles([finding([a]), finding([guess, c]), finding([guess]), finding(undefined), finding([])]), [
      'a',
      'c',
    ]);
  });

  it('never takes two fixes whose edits overlap, but allows touching edits and an insertion at an edge', () => {
    const first = fix('first', [edit(3, 5, 10)]);
    const overlapping = fix('overlapping', [edit(1, 1, 2), edit(3, 9, 12)]);
    const touching = fix('touching', [edit(3, 10, 12)]);
    const insertInside = fix('insert inside', [edit(3, 7, 7, 'x')]);
    const insertAtEdge = fix('insert at edge', [edit(3, 5, 5, 'y')]);
    const otherFile = fix('other file', [edit(3, 5, 10, '', 'b.md')]);
    const multiLine = fix('multi-line', [{ file: 'a.md', line: 5, column: 1, endLine: 8, endColumn: 1, newText: '' }]);
    const insideMulti = fix('inside multi-line', [edit(6, 2, 4)]);
    const picked = titles(
      [first, overlapping, touching, insertInside, insertAtEdge, otherFile, multiLine, insideMulti].map((f) =>
        finding([f]),
      ),
    );
    assert.deepEqual(picked, ['first', 'touching', 'insert at edge', 'other file', 'multi-line']);
  });

  it('applies a fix reported by several findings once (and counts both findings), two insertions at one point once', () => {
    const choices = selectFixAll([
      finding([fix('same', [edit(4, 2, 6)])], 'E1.1.1'),
      finding([fix('same', [edit(4, 2, 6)])], 'E1.1.2'),
      finding([fix('i1', [edit(9, 1, 1, 'a')])]),
      finding([fix('i2', [edit(9, 1, 1, 'b')])]),
    ]);
    assert.deepEqual(
      choices.map((c) => [c.fix.title, c.diagnostics.map((d) => d.efforts[0])]),
      [
        ['same', ['E1.1.1', 'E1.1.2']],
        ['i1', ['E1.1.1']],
      ],
    );
    assert.equal(fixAllSummary(choices), 'Fixed 3 problems: removed from Parallel With ×2 (E1.1.1, E1.1.2).');
    assert.equal(fixAllSummary([]), 'Nothing to fix: no finding has a certain fix.');
  });

  it('on a real plan: fixes the parallel claim, leaves the unknown dependency (a guess) as written, and says so', () => {
    const texts = { [F]: PLAN };
    const before = projectOf(texts);
    const unknown = before.diagnostics.find((d) => d.code === 'unknown-dependency')!;
    // Two equally close candidates: both offered, neither preferred nor certain.
    assert.equal(
      unknown.message,
      'E1.2.1 depends on E1.1.9, which is not an effort of this plan. Did you mean E1.1.1 or E1.1.2?',
    );
    assert.deepEqual(
      unknown.fixes!.map((f) => [f.title, !!f.preferred, !!f.certain]),
      [
        ['Change E1.1.9 to E1.1.1 (Store)', false, false],
        ['Change E1.1.9 to E1.1.2 (Index)', false, false],
        ['Remove E1.1.9 from the dependencies of E1.2.1', false, false],
      ],
    );
    const choices = selectFixAll(before.diagnostics);
    assert.deepEqual(
      choices.map((c) => c.fix.kind),
      ['remove-parallel-with'],
    );
    assert.equal(fixAllSummary(choices), 'Fixed 1 problem: removed from Parallel With ×1 (E1.1.1).');
    const after = projectOf(
      applyAll(
        texts,
        choices.flatMap((c) => c.fix.edits),
      ),
    );
    assert.deepEqual(after.byId.get('E1.1.1')!.parallelWith, []);
    assert.deepEqual(after.byId.get('E1.2.1')!.dependsOn, ['E1.1.9']);
    assert.deepEqual(
      after.diagnostics.map((d) => d.code),
      ['unknown-dependency'],
    );
  });

  it('each did-you-mean candidate fix reads back as that dependency', () => {
    const texts = { [F]: PLAN };
    const unknown = projectOf(texts).diagnostics.find((d) => d.code === 'unknown-dependency')!;
    const deps = unknown
      .fixes!.slice(0, 2)
      .map((f) => projectOf(applyAll(texts, f.edits)).byId.get('E1.2.1')!.dependsOn);
    assert.deepEqual(deps, [['E1.1.1'], ['E1.1.2']]);
  });
});
