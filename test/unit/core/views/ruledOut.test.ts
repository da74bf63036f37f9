// Hovering an id a list rules out (`Depends on: E5.1.1, not E5.1.3`): the reader makes it no dependency, and the hover
// says it is named as not one and shows the effort, as hovers of other references do (it showed nothing). Read
// through the engine.
import { strict as assert } from 'assert';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { ruledOutRefs } from '../../../../src/core/readers/values';
import { locatorFor } from '../../../../src/core/views/locator';
import { ruledOutAt, ruledOutMarkdown } from '../../../../src/core/views/ruledOut';
import { lint } from '../../support/builders';

const FILE = '/ws/PHASE-5-PLAN.md';
const TEXT = [
  '# Phase 5: Sync',
  '',
  '## Wave 1',
  '',
  '### E5.1.1: SyncTarget API',
  '### E5.1.2: Conflict rules',
  '**Depends on**: E5.1.1, not E5.1.3',
  '',
  '### E5.1.3: Docs',
  '**Estimated Lines**: 120',
  '',
  '### E5.1.4: Replay',
  '**Dependencies**: [E5.1.1, except E5.1.2]',
  '**Parallel With**: E5.1.3, not E5.1.1 (API first)',
  '',
  '### E5.1.5: Audit',
  '**Dependencies**: E5.1.1, not E9.9.9',
  '',
].join('\n');
const lines = TEXT.split('\n');

describe('views: an id a dependency list rules out', () => {
  const { project } = lint({ [FILE]: TEXT });
  const locator = locatorFor(project);
  const at = (line: number, text: string, offset = 0) =>
    ruledOutAt(locator, FILE, line, lines[line - 1].lastIndexOf(text) + 1 + offset, lines[line - 1]);

  it('is still no dependency', () => {
    assert.deepEqual(project.byId.get('E5.1.2')!.dependsOn, ['E5.1.1']);
    assert.deepEqual(project.byId.get('E5.1.4')!.dependsOn, ['E5.1.1']);
    assert.deepEqual(project.byId.get('E5.1.4')!.parallelWith, ['E5.1.3']);
  });

  it('is found under every character of its id, located at the id, with the list it is in', () => {
    for (let offset = 0; offset < 'E5.1.3'.length; offset++) {
      const hit = at(7, 'E5.1.3', offset);
      assert.ok(hit, `offset ${offset}`);
      assert.equal(hit.id, 'E5.1.3');
      assert.equal(hit.owner, 'E5.1.2');
      assert.equal(hit.field, 'dependsOn');
      const column = lines[6].lastIndexOf('E5.1.3') + 1;
      assert.deepEqual(hit.span, { file: FILE, line: 7, column, endLine: 7, endColumn: column + 6 });
    }
    // Not the negation itself, nor the dependency beside it, nor past the id.
    assert.equal(at(7, 'not'), undefined);
    assert.equal(at(7, 'E5.1.1'), undefined);
    assert.equal(at(7, 'E5.1.3', 6), undefined);
  });

  it('shows the effort, saying it is named as not a dependency', () => {
    const md = ruledOutMarkdown(at(7, 'E5.1.3')!, project, DEFAULT_LIMITS);
    assert.match(
      md,
      /^\*\*E5\.1\.3\*\* is named here as \*\*not\*\* a dependency of E5\.1\.2: the list rules it out\.\n/,
    );
    assert.match(md, /\*\*E5\.1\.3\*\* Docs/);
    assert.match(md, /~120\/800 lines/);
  });

  it('reads `except` in brackets, a parallel-with list, and an unknown id', () => {
    const except = at(13, 'E5.1.2');
    assert.deepEqual([except?.id, except?.owner, except?.field], ['E5.1.2', 'E5.1.4', 'dependsOn']);
    const parallel = at(14, 'E5.1.1');
    assert.deepEqual([parallel?.id, parallel?.field], ['E5.1.1', 'parallelWith']);
    assert.match(ruledOutMarkdown(parallel!, project, DEFAULT_LIMITS), /\*\*not\*\* parallel with E5\.1\.4/);
    const unknown = at(17, 'E9.9.9');
    assert.equal(unknown?.id, 'E9.9.9');
    assert.match(ruledOutMarkdown(unknown!, project, DEFAULT_LIMITS), /No effort with this id in the plan\./);
  });

  it('reads a list of 20,000 blanks around the negation in linear time (no backtracking pattern)', () => {
    const blanks = ' '.repeat(20_000);
    const refs = ruledOutRefs(`E5.1.1,${blanks}not${blanks}E5.1.3${blanks}`, { file: FILE, line: 1, column: 1 });
    assert.deepEqual(
      refs.map((r) => [r.id, r.span.column]),
      [['E5.1.3', 7 + 20_000 + 3 + 20_000 + 1]],
    );
  });
});
