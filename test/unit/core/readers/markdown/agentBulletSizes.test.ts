// G0 agent bullets with a size note, `- Agent 1: idx-01-tokenizer (~300 lines)` and `- Agent 3: idx-03-index
// (depends on idx-01, idx-02) (~600 lines)`: each declares its effort with that size and those dependencies, as the
// bullet without the note does. Read through the product's engine (readPlanText, merge).
import { strict as assert } from 'assert';
import { lint, find } from '../../../support/builders';

const file = '/ws/WAVE-IMPLEMENTATION-PLAN.md';
const text = [
  '# Search Indexer — Wave Implementation Plan',
  '',
  '## Wave 1 (parallel, no dependencies)',
  '- Agent 1: idx-01-tokenizer (~300 lines)',
  '- Agent 2: idx-02-stemmer (250 LOC)',
  '',
  '## Wave 2 (after Wave 1 merges)',
  '- Agent 3: idx-03-inverted-index (depends on idx-01, idx-02) (~600 lines)',
  '- Agent 4: idx-04-query-parser (~450 lines) (depends on idx-01)',
  '',
  '## Wave 3',
  '- Agent 5: idx-05-ranker (depends on idx-03 and idx-04) (~900 lines, will need a split)',
  '- Agent 7: Review the ranking with the search team (1 day)',
  '',
].join('\n');

describe('markdown reader: agent bullets with a size note', () => {
  const { project } = lint({ [file]: text });
  const rows = () => project.efforts.map((e) => [e.id, e.estimatedLines, e.dependsOn, e.wave]);

  it('declares each agent’s effort with its size and dependencies', () => {
    assert.deepEqual(rows(), [
      ['idx-01-tokenizer', 300, [], 1],
      ['idx-02-stemmer', 250, [], 1],
      ['idx-03-inverted-index', 600, ['idx-01-tokenizer', 'idx-02-stemmer'], 2],
      ['idx-04-query-parser', 450, ['idx-01-tokenizer'], 2],
      ['idx-05-ranker', 900, ['idx-03-inverted-index', 'idx-04-query-parser'], 3],
    ]);
  });

  it('locates the size at its figure, and an oversized one is an error there', () => {
    assert.deepEqual(project.byId.get('idx-01-tokenizer')!.origins.estimatedLines, find(file, text, '300'));
    const oversized = project.diagnostics.filter((d) => d.code === 'effort-oversized');
    assert.deepEqual(
      oversized.map((d) => [d.efforts, d.line, d.column]),
      [[['idx-05-ranker'], 12, find(file, text, '900').column]],
    );
  });
});
