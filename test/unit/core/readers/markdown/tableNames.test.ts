// A wave table whose Depends-on column names efforts by the names the table gives them. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const TEXT = [
  '# Phase 3 Wave 2 Plan: Search',
  '',
  '| Effort | Est. lines | Depends on | Branch |',
  '|--------|-----------:|------------|--------|',
  '| E3.2.1 `indexer` | 450 | — | `search/p3w2/indexer` |',
  '| E3.2.2 `query-parser` | 300 | — | `search/p3w2/query-parser` |',
  '| E3.2.3 `ranker` | 520 | indexer, query-parser | `search/p3w2/ranker` |',
  '| E3.2.4 `search-api` | 610 | `p3w2/ranker`, billing-api | `search/p3w2/search-api` |',
  '',
].join('\n');

describe('markdown reader: a table’s dependencies by name', () => {
  const r = readPlanText('/ws/WAVE-3.2-PLAN.md', TEXT);

  it('resolves names and branches the table itself gives to efforts; an unknown name stays external', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.dependsOn?.refs.map((x) => [x.id, x.external])]),
      [
        ['E3.2.1', []],
        ['E3.2.2', []],
        [
          'E3.2.3',
          [
            ['E3.2.1', false],
            ['E3.2.2', false],
          ],
        ],
        [
          'E3.2.4',
          [
            ['E3.2.3', false],
            ['billing-api', true],
          ],
        ],
      ],
    );
  });
});
