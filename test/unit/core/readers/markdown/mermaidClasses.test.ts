// A Mermaid node's style class that says a status (`A:::done`, `class B,C merged`) is that effort's status; other
// classes (`critical`, `wave1`) only style. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const TEXT = [
  '# Phase 6 Wave Plan',
  '',
  '```mermaid',
  'flowchart LR',
  '  A["E6.1.1 parser<br>300 lines"]:::done',
  '  B("E6.1.2 lexer<br/>~250 LOC")',
  '  C["E6.2.1 formatter"]:::critical',
  '  D["E6.2.2 linter"]',
  '  E["E6.2.3 profiler"]:::cancelled',
  '  A --> C',
  '  class B,D in_progress',
  '  class C wave2',
  '  class Z done',
  '  classDef done fill:#9f9',
  '```',
  '',
].join('\n');

describe('markdown reader: Mermaid classes that say a status', () => {
  const r = readPlanText('/ws/WAVE-PLAN.md', TEXT);
  const lines = TEXT.split('\n');

  it('reads `:::done` and `class B,D in_progress` as statuses, located at the class name', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.status?.value]),
      [
        ['E6.1.1', 'done'],
        ['E6.1.2', 'in-progress'],
        ['E6.2.1', undefined],
        ['E6.2.2', 'in-progress'],
        ['E6.2.3', 'cancelled'],
      ],
    );
    const at = r.efforts[0].status!.span;
    assert.equal(lines[at.line - 1].slice(at.column - 1, at.endColumn - 1), 'done');
    const later = r.efforts[1].status!.span;
    assert.equal(lines[later.line - 1].slice(later.column - 1, later.endColumn - 1), 'in_progress');
  });

  it('adds no effort for a node only a class line names', () => {
    assert.equal(r.efforts.length, 5);
  });
});
