// A heading written word for word like an earlier one keeps a fact of its place only, until metadata lines make
// either of them more than the heading; lint's findings on such files are those of full facts (corpus tests, merge).
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { mergeProject } from '../../../../../src/core/project/merge';

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
});
