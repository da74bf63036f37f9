// A heading written word for word like an earlier one keeps a fact of its place only, until metadata lines make
// either of them more than the heading, and past 51 such bare repeats only its line; lint's findings on such files are
// those of full facts (corpus tests, merge), and the editor locates every repeat.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { mergeProject } from '../../../../../src/core/project/merge';
import { PlanEngine } from '../../../../../src/core/project/engine';
import { renameEffort } from '../../../../../src/core/authoring/rename';
import { ProjectLocator } from '../../../../../src/core/views/locator';

const FILE = '/plans/WAVE-1-IMPLEMENTATION-PLAN.md';
const HEAD = '# Phase 1 Implementation Plan\n\n## Wave 1: Kennel\n\n';

const read = (body: string) => readPlanText(FILE, HEAD + body).efforts;

describe('repeated effort headings', () => {
  it('keeps the place of a word-for-word repeat and nothing else', () => {
    const [first, repeat] = read(
      '### E1.1.1: Feeding schedule (200 lines)\n\n### E1.1.1: Feeding schedule (200 lines)\n',
    );
    assert.equal(first.name?.value, 'Feeding schedule');
    assert.equal(first.estimatedLines?.value, 200);
    assert.deepEqual(repeat, {
      id: 'E1.1.1',
      kind: 'heading',
      span: { file: FILE, line: 7, column: 5, endLine: 7, endColumn: 41 },
    });
  });

  it('gives a repeat its own values once it takes a metadata line', () => {
    const facts = read('### E1.1.1: Feeding schedule\n\n### E1.1.1: Feeding schedule\n**Dependencies**: E1.1.2\n');
    const repeat = facts[1];
    assert.equal(repeat.kind, 'metadata');
    assert.equal(repeat.name?.value, 'Feeding schedule');
    assert.deepEqual(repeat.phase?.span, { file: FILE, line: 7, column: 5, endLine: 7, endColumn: 11 });
    assert.deepEqual(
      repeat.dependsOn?.refs.map((r) => r.id),
      ['E1.1.2'],
    );
  });

  it('locates a repeat at its own id when its heading level moves the text', () => {
    // The repeat shares the parse of `### …`; its id is found from its own line and column, made when it is settled.
    const facts = read('### E1.1.1: Feeding schedule\n\n##### E1.1.1: Feeding schedule\n**Status**: done\n');
    assert.deepEqual(facts[1].span, { file: FILE, line: 7, column: 7, endLine: 7, endColumn: 31 });
    assert.deepEqual(facts[1].name?.span, { file: FILE, line: 7, column: 15, endLine: 7, endColumn: 31 });
    assert.deepEqual(facts[1].wave?.span, { file: FILE, line: 7, column: 7, endLine: 7, endColumn: 13 });
    assert.equal(facts[1].status?.value, 'done');
  });

  it('gives a repeat its own values when the heading it repeats took metadata lines', () => {
    const facts = read('### E1.1.1: Feeding schedule\n**Status**: done\n\n### E1.1.1: Feeding schedule\n');
    assert.equal(facts[0].kind, 'metadata');
    assert.equal(facts[1].kind, 'heading');
    assert.equal(facts[1].name?.value, 'Feeding schedule');
    assert.equal(facts[1].wave?.span.line, 8);
  });

  it('reports each repeat as a duplicate at its own line, with at most 50 findings', () => {
    const project = mergeProject([readPlanText(FILE, HEAD + '### E1.1.1: Feeding schedule\n\n'.repeat(60))]);
    const dups = project.diagnostics.filter((d) => d.code === 'duplicate-effort');
    assert.equal(dups.length, 50);
    assert.deepEqual(
      dups.slice(0, 2).map((d) => [d.line, d.message]),
      [
        [7, 'E1.1.1 is declared twice in this file (first at line 5).'],
        [9, 'E1.1.1 is declared twice in this file (first at line 5).'],
      ],
    );
    assert.match(dups[49].message, /\(9 more duplicate declarations of E1\.1\.1 not shown\)$/);
    assert.equal(project.byId.get('E1.1.1')?.name, 'Feeding schedule');
  });

  // Line 5 is the heading, 7, 9, … its repeats: the 52nd repeat (line 109) and later are lines only.
  const SIXTY = '### E1.1.1: Feeding schedule\n\n'.repeat(60);
  const dropped = Array.from({ length: 8 }, (_, i) => 109 + 2 * i);

  it('keeps the first 51 bare repeats as facts and the rest as lines only, counted as duplicates', () => {
    const result = readPlanText(FILE, HEAD + SIXTY);
    assert.equal(result.efforts.length, 52);
    assert.deepEqual(result.repeats, [{ id: 'E1.1.1', column: 5, length: 24, lines: dropped }]);
    const dups = mergeProject([result]).diagnostics.filter((d) => d.code === 'duplicate-effort');
    assert.equal(dups.length, 50);
    assert.match(dups[49].message, /\(9 more duplicate declarations of E1\.1\.1 not shown\)$/);
  });

  it('counts every repeat when the heading it repeats took a metadata line (that heading is no heading fact then)', () => {
    const result = readPlanText(FILE, HEAD + '### E1.1.1: Feeding schedule\n**Status**: done\n\n' + SIXTY.slice(30));
    assert.equal(result.repeats?.[0].lines.length, 8);
    const dups = mergeProject([result]).diagnostics.filter((d) => d.code === 'duplicate-effort');
    // 59 repeats: the first is the file's first heading fact, 58 are duplicates.
    assert.equal(dups[0].line, 10);
    assert.match(dups[49].message, /\(8 more duplicate declarations of E1\.1\.1 not shown\)$/);
  });

  it('keeps as facts repeats with something under them or at another column', () => {
    const result = readPlanText(
      FILE,
      HEAD + SIXTY + '### E1.1.1: Feeding schedule\nNotes.\n\n####  E1.1.1: Feeding schedule\n',
    );
    assert.deepEqual(result.repeats?.[0].lines, dropped);
    assert.deepEqual(
      result.efforts.slice(-2).map((f) => [f.span.line, f.span.column]),
      [
        [125, 5],
        [128, 7],
      ],
    );
  });

  it('counts again when only the number of repeats kept as lines changes', () => {
    const engine = new PlanEngine();
    engine.update(FILE, HEAD + SIXTY);
    assert.match(engine.project().diagnostics[49].message, /\(9 more/);
    engine.update(FILE, HEAD + SIXTY + '### E1.1.1: Feeding schedule\n');
    assert.match(engine.project().diagnostics[49].message, /\(10 more/);
  });

  it('still locates and renames the repeats kept as lines', () => {
    const text = HEAD + SIXTY.replace(/E1\.1\.1/g, '1.1.1');
    const engine = new PlanEngine();
    engine.update(FILE, text);
    const project = engine.project();
    assert.equal(project.files[0].repeats?.[0].lines.length, 8);
    const locator = new ProjectLocator(project);
    assert.equal(locator.occurrencesOf('E1.1.1').length, 60);
    assert.equal(locator.effortAt(FILE, 123, 6)?.id, 'E1.1.1');
    const renamed = renameEffort(project, () => text, 'E1.1.1', 'E1.1.4');
    assert.ok('edits' in renamed);
    assert.equal(renamed.edits.length, 60);
  });
});
