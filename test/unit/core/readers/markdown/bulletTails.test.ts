// Effort bullets whose tail says what they wait for or how big they are: `(blocked by E2.1.1)`, `— waits for …`,
// `Lexer: ~200 lines`. The same dependency words are read in list items, their parts and Mermaid link labels.
// Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

function read(lines: string[]): Array<[string, string | undefined, number | undefined, string[] | undefined]> {
  const r = readPlanText('/ws/WAVE-PLAN.md', ['# Phase 2 Wave 1 Plan', '', ...lines, ''].join('\n'));
  return r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id)]);
}

describe('markdown reader: what a bullet’s tail says', () => {
  it('reads every dependency word in a tail: `(blocked by …)`, `— waits for …`, `, waits on …`, `(requires …)`', () => {
    assert.deepEqual(
      read([
        '- E2.1.1 storage-core (~300 lines)',
        '- E2.1.2 storage-index (~250 lines) (blocked by E2.1.1)',
        '- E2.1.3: Query API (~200 lines) — waits for E2.1.2',
        '- E2.1.4: Query CLI, ~100 lines, waits on E2.1.3',
        '- E2.1.5: Query SDK (~120 lines) (requires E2.1.3)',
      ]),
      [
        ['E2.1.1', 'storage-core', 300, undefined],
        ['E2.1.2', 'storage-index', 250, ['E2.1.1']],
        ['E2.1.3', 'Query API', 200, ['E2.1.2']],
        ['E2.1.4', 'Query CLI', 100, ['E2.1.3']],
        ['E2.1.5', 'Query SDK', 120, ['E2.1.3']],
      ],
    );
  });

  it('declares `- E2.1.3 query-api — depends on E2.1.2` without a size; prose that names no id stays prose', () => {
    assert.deepEqual(
      read([
        '- E2.1.2 storage-index (~250 lines)',
        '- E2.1.3 query-api — depends on E2.1.2',
        '- E2.1.4 moved to the next wave — needs a new owner',
        '- E2.1.2 and E2.1.3 can run in parallel',
      ]),
      [
        ['E2.1.2', 'storage-index', 250, undefined],
        ['E2.1.3', 'query-api', undefined, ['E2.1.2']],
      ],
    );
  });

  it('ends the name where a size after a colon, comma or dash ends the item', () => {
    assert.deepEqual(
      read([
        '- E3.1.2: Lexer: ~200 lines',
        '- E3.1.3: Printer, ~250 lines',
        '- E3.1.4: Checker - 300 LOC',
        '- E3.1.5 formatter: ~120 lines',
        '- E3.1.6: Parser — 300 lines of code',
        '- E3.1.7: Emitter v2: 150 lines.',
      ]),
      [
        ['E3.1.2', 'Lexer', 200, undefined],
        ['E3.1.3', 'Printer', 250, undefined],
        ['E3.1.4', 'Checker', 300, undefined],
        ['E3.1.5', 'formatter', 120, undefined],
        ['E3.1.6', 'Parser', 300, undefined],
        ['E3.1.7', 'Emitter v2', 150, undefined],
      ],
    );
  });

  it('does not cut inside brackets: `Store (v2, ~90 lines)` is named Store, not `Store (v2`', () => {
    assert.deepEqual(read(['- E3.2.2: Store (v2, ~90 lines)']), [['E3.2.2', 'Store', 90, undefined]]);
  });

  it('reads a status closing the item after a comma as its status, not its name: `Cart, 610 lines, merged`', () => {
    const r = readPlanText(
      '/ws/WAVE-PLAN.md',
      [
        '# Phase 3 Wave 1 Plan',
        '',
        '- E3.1.1: 520 lines, merged',
        '- E3.1.2: Checkout — 610 lines, merged',
        '- E3.1.3: Cart, 610 lines, done',
        '- E3.1.4 Wishlist: 300 lines, in review.',
        '- E3.1.5: Search, tokenizer, ranking',
        '- [ ] E3.1.6: Payments, blocked',
        '- E3.1.7: Parser, complete rewrite',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.status?.value]),
      [
        ['E3.1.1', undefined, 520, 'done'],
        ['E3.1.2', 'Checkout', 610, 'done'],
        ['E3.1.3', 'Cart', 610, 'done'],
        ['E3.1.4', 'Wishlist', 300, 'review'],
        ['E3.1.5', 'Search, tokenizer, ranking', undefined, undefined],
        // An open box says only that the task is not done: the words say what it is.
        ['E3.1.6', 'Payments', undefined, 'blocked'],
        ['E3.1.7', 'Parser, complete rewrite', undefined, undefined],
      ],
    );
    const merged = r.efforts.find((f) => f.id === 'E3.1.2')!.status!.span;
    assert.deepEqual([merged.line, merged.column, merged.endColumn], [4, 33, 39]);
  });

  it('a size inside a sentence that goes on is prose about a possible effort, not its declaration', () => {
    assert.deepEqual(
      read([
        '- E2.1.1 xml-parser (~650 lines)',
        '- E2.1.2 csv-parser (~300 LOC) — blocked by E2.1.1',
        '- E2.1.4 reconciliation (~600 lines) may be added if finance asks for it.',
      ]),
      [
        ['E2.1.1', 'xml-parser', 650, undefined],
        ['E2.1.2', 'csv-parser', 300, ['E2.1.1']],
      ],
    );
  });
});
