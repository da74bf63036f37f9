// Two-column tables of an effort's fields whose head row is a field too (`| Size | ~250 lines |` over
// `| Depends | W1.1 |`), a table of that one row, or the row on a line of its own: each row reads as the field
// it writes, with `W1.2`-style references to the plan's items. Before, only tables with two known rows under a head
// were read: E1.1.2 had no size and none of the three had dependencies. A head that only names columns
// (`| Status | Notes |`) stays a head. Read through the engine.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const PLAN = '/ws/PHASE-1-PLAN.md';
const LINES = [
  '# Phase 1: Search',
  '',
  '## Wave 1',
  '',
  '### W1.1 — Tokenizer',
  '',
  '| Status | Notes |',
  '|---|---|',
  '| Depends | see the wave plan |',
  '',
  '### W1.2 — Stemmer',
  '',
  '| Size | ~250 lines |',
  '|---|---|',
  '| Depends | W1.1 |',
  '',
  '### W1.3 — Index',
  '',
  '| Depends | W1.2 |',
  '|---|---|',
  '',
  '## Wave 2',
  '',
  '### W2.1 — Query',
  '',
  '| Depends | W1.2, W1.3 |',
  '',
];

describe('markdown reader: two-column field tables of one row, or with a field as their head', () => {
  const { project } = lint({ [PLAN]: LINES.join('\n') });
  const row = (id: string) => {
    const e = project.byId.get(id)!;
    return [e.estimatedLines ?? null, e.dependsOn, e.status];
  };

  it('reads the head row and the body rows as fields, `W1.2` naming the item of that heading', () => {
    assert.deepEqual(row('E1.1.2'), [250, ['E1.1.1'], 'planned']);
    assert.deepEqual(row('E1.1.3'), [null, ['E1.1.2'], 'planned']);
  });

  it('reads a row on a line of its own', () => {
    assert.deepEqual(row('E1.2.1'), [null, ['E1.1.2', 'E1.1.3'], 'planned']);
  });

  it('leaves a head that names columns, and a table of one known row under it, alone', () => {
    assert.deepEqual(row('E1.1.1'), [null, [], 'planned']);
    assert.equal(project.diagnostics.length, 0);
  });
});
