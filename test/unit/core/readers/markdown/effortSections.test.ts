// A later heading about an effort the file declared (`### E1.1.1 acceptance criteria`, `### E1.1.1 — merged`,
// `### E1.1.1 (continued)`) is a section of that effort, not a second declaration; a ticked box before an effort
// heading's id is its status, as a checklist item's.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { mergeProject } from '../../../../../src/core/project/merge';

const FILE = '/plans/WAVE-PLAN.md';
const HEAD =
  '# Phase 1 Wave 1 Plan\n\n### E1.1.1: Parser\n**Estimated Lines**: 300\n### E1.1.2: Printer\n**Estimated Lines**: 400\n\n';

const project = (body: string, head = HEAD) => mergeProject([readPlanText(FILE, head + body)]);
const codes = (body: string, head = HEAD) => project(body, head).diagnostics.map((d) => `${d.line} ${d.code}`);
const effort = (body: string, id: string, head = HEAD) => project(body, head).byId.get(id)!;

describe('sections about a declared effort', () => {
  for (const heading of [
    '### E1.1.1 acceptance criteria',
    '### E1.1.2 Tests',
    '### E1.1.1 (continued)',
    '#### E1.1.1 review (round 2)',
    '### E1.1.1 risks',
    '### E1.1.1',
    '### E1.1.1 — merged',
    '### E1.1.2 — in review',
  ])
    it(`reads "${heading}" as a section, not a second declaration`, () => {
      assert.deepEqual(codes(`## Notes\n\n${heading}\n- some text\n`), []);
      assert.equal(effort(`## Notes\n\n${heading}\n`, 'E1.1.1').name, 'Parser');
      assert.equal(effort(`## Notes\n\n${heading}\n`, 'E1.1.2').name, 'Printer');
    });

  it('takes a status update as the effort status, located at the update', () => {
    const body = '## Status update\n\n### E1.1.1 — merged\nCame in at 310 lines.\n### E1.1.2 — in review\n';
    const p = project(body);
    assert.equal(p.byId.get('E1.1.1')!.status, 'done');
    assert.equal(p.byId.get('E1.1.1')!.origins.status?.line, 10);
    assert.equal(p.byId.get('E1.1.2')!.status, 'review');
    assert.deepEqual(p.diagnostics, []);
  });

  it('lets a later status update win over the status the declaration wrote', () => {
    const head = '# Phase 1 Wave 1 Plan\n\n### E1.1.1: Parser\n**Status**: In progress\n\n';
    const e = effort('## Updates\n### E1.1.1 — merged\n', 'E1.1.1', head);
    assert.equal(e.status, 'done');
    assert.equal(e.origins.status?.line, 7);
    const bold = effort('## Updates\n### E1.1.1 status\n**Status**: Done\n', 'E1.1.1', head);
    assert.equal(bold.status, 'done');
    assert.equal(bold.origins.status?.line, 8);
  });

  it("gives a section's fields to its effort", () => {
    const e = effort('## Details\n### E1.1.1 (continued)\nDepends on: E1.1.2\n', 'E1.1.1');
    assert.deepEqual(e.dependsOn, ['E1.1.2']);
  });

  it('keeps a second name or a size of its own a duplicate declaration', () => {
    assert.deepEqual(codes('### E1.1.1: Lexer\n'), ['8 duplicate-effort']);
    assert.deepEqual(codes('### E1.1.2 Tests (~500 lines)\n'), ['8 duplicate-effort']);
  });

  it('reads the first heading of an id as its declaration, whatever its words', () => {
    const e = effort('### E1.1.3 Tests\n**Estimated Lines**: 200\n', 'E1.1.3');
    assert.equal(e.name, 'Tests');
    assert.equal(e.estimatedLines, 200);
  });

  it('keeps word-for-word repeats of a declaration duplicates, and reads repeated sections as sections', () => {
    const bare = '# Phase 1 Wave 1 Plan\n\n### E1.1.1: Parser\n\n';
    assert.deepEqual(codes('### E1.1.1: Parser\n', bare), ['5 duplicate-effort']);
    const twice = '### E1.1.1 (continued)\n\n### E1.1.1 (continued)\nDepends on: E1.1.2\n';
    assert.deepEqual(codes(twice), []);
    assert.deepEqual(effort(twice, 'E1.1.1').dependsOn, ['E1.1.2']);
  });
});

describe('task boxes in effort headings', () => {
  const head = '# Phase 1 Wave 2 Plan\n\n';
  for (const [heading, status] of [
    ['### [x] E1.2.2 Session store', 'done'],
    ['### [X] E1.2.2: Session store', 'done'],
    ['### ✅ [x] E1.2.2 Session store', 'done'],
    ['### [ ] E1.2.2 Session store', 'planned'],
    ['### [-] E1.2.2 Session store', 'cancelled'],
    ['### [x] E1.2.2 Session store (in progress)', 'in-progress'],
  ] as const)
    it(`reads "${heading}" as an effort, ${status}`, () => {
      const e = effort(`${heading}\nSize: 300 lines\n`, 'E1.2.2', head);
      assert.equal(e.name, 'Session store');
      assert.equal(e.status, status);
      assert.equal(e.estimatedLines, 300);
    });

  it('locates the status at the box', () => {
    const e = effort('### [x] E1.2.2 Session store\n', 'E1.2.2', head);
    assert.deepEqual(e.origins.status, { file: FILE, line: 3, column: 5, endLine: 3, endColumn: 8 });
  });
});
