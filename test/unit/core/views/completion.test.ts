// Effort id completion: offered in dependency and Parallel With values (bold metadata, JSON, YAML), with names and
// waves from the model the readers built, and nowhere else.
import { strict as assert } from 'assert';
import { effortIdCompletions } from '../../../../src/core/views/completion';
import { projectOf } from '../../support/readBack';

const PLAN = [
  '# Phase 1: Kennel',
  '## Wave 1: Base',
  '#### E1.1.1: Store',
  '**Estimated Lines**: 300',
  '#### E1.1.2: Index',
  '**Estimated Lines**: 300',
  '## Wave 2: Use',
  '#### E1.2.1: Search',
  '**Dependencies**: [E1.1.1, ',
  '',
].join('\n');
const project = projectOf({ 'PHASE-1-IMPLEMENTATION-PLAN.md': PLAN });
const none = () => undefined;
const at = (line: string, above: string[] = []) =>
  effortIdCompletions(project, line, line.length + 1, (back) => above[above.length - back]);

describe('effort id completion', () => {
  it('lists every effort with its name and wave in a Dependencies value, replacing the partial id', () => {
    const items = at('**Dependencies**: [E1.1.1, E1.');
    assert.deepEqual(
      items.map((i) => [i.id, i.detail]),
      [
        ['E1.1.1', 'Store · wave 1.1'],
        ['E1.1.2', 'Index · wave 1.1'],
        ['E1.2.1', 'Search · wave 1.2'],
      ],
    );
    assert.deepEqual([items[0].start, items[0].end], [28, 31]);
  });

  it('in Parallel With, JSON depends_on and parallel_with, YAML lists inline and as items', () => {
    for (const line of [
      '**Parallel With**: ',
      '- Dependencies: E',
      '  "depends_on": ["effort:1.1.1", "',
      '  "parallel_with": [',
      'depends_on: [',
    ])
      assert.equal(at(line).length, 3, line);
    assert.equal(at('  - "E1', ['```yaml', 'dependencies:', '  - "E1.1.1"']).length, 3);
    assert.equal(at('  - ', ['depends_on:']).length, 3);
  });

  it('offers nothing elsewhere: other keys, before the colon, prose, list items under other keys', () => {
    for (const line of ['**Estimated Lines**: ', '**Dependen', 'Some prose E1.', '  "branch_name": "'])
      assert.deepEqual(at(line), [], line);
    assert.deepEqual(effortIdCompletions(project, '**Dependencies**: x', 5, none), []);
    assert.deepEqual(at('  - ', ['files_touched:', '  - a.go']), []);
  });
});
