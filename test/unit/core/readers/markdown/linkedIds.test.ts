// Effort ids written as links (`[E1.2.1](efforts/E1.2.1.md)`) declare and name the effort as the bare id does, in a
// table cell, a list item, a heading and a dependency list; what is read keeps the file's columns. Read through
// readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const TEXT = [
  '# Phase 4: Exports',
  '',
  '## Wave 1: Writers',
  '',
  '| ID | Effort | Lines | Depends On |',
  '|----|--------|-------|------------|',
  '| [E4.1.1](efforts/E4.1.1.md) | csv writer | 220 | - |',
  '| E4.1.2 ✅ | xlsx writer | 340 | E4.1.1 |',
  '',
  '## Wave 2: Delivery',
  '- [E4.2.1](efforts/E4.2.1.md) mailer (~280 lines) — depends on E4.1.1',
  '',
  '### [E4.2.2](efforts/E4.2.2.md): Bucket upload',
  '**Lines**: 310',
  '**Depends On**: [E4.1.2](efforts/E4.1.2.md)',
  '',
].join('\n');

describe('markdown reader: effort ids written as links', () => {
  const r = readPlanText('/ws/PHASE-4-PLAN.md', TEXT);
  const byId = new Map(r.efforts.map((f) => [f.id, f]));

  it('declares every linked effort with its name, size and dependencies', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id) ?? []]),
      [
        ['E4.1.1', 'csv writer', 220, []],
        ['E4.1.2', 'xlsx writer', 340, ['E4.1.1']],
        ['E4.2.1', 'mailer', 280, ['E4.1.1']],
        ['E4.2.2', 'Bucket upload', 310, ['E4.1.2']],
      ],
    );
    assert.deepEqual(r.diagnostics, []);
  });

  it('keeps the columns of the text: the heading id is located on its link text', () => {
    const span = byId.get('E4.2.2')!.name!.span;
    const line = TEXT.split('\n')[span.line - 1];
    assert.equal(line.slice(span.column - 1, span.column - 1 + 'Bucket upload'.length), 'Bucket upload');
  });

  it('reads a status mark after the id in the id cell as its status, not its name', () => {
    assert.equal(byId.get('E4.1.2')!.status?.value, 'done');
  });
});
