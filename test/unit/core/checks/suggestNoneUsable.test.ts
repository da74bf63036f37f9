// Did-you-mean when no effort could be suggested (a plan of one effort whose list names 100,000 unknown ids): no
// search is made, yet the edit budget is spent as the search spends it, so the suggestions asked later are the same.
import { strict as assert } from 'assert';
import { mergeProject } from '../../../../src/core/project/merge';
import { EDIT_DISTANCE_BUDGET, IdSuggester } from '../../../../src/core/checks/suggest';
import { fact, refs, result, span } from '../../support/builders';

const FILE = 'WAVE-PLAN.md';

function projectOf(ids: readonly string[]) {
  return mergeProject([
    result(
      FILE,
      'wave-plan',
      ids.map((id, i) => fact(id, 'heading', span(FILE, i + 1))),
    ),
  ]);
}

const ref = (id: string) => refs(id, span('OTHER.md', 1)).refs[0];

/** What a search over every effort spends per question: each effort's id length times the asked id's. */
function perQuestion(ids: readonly string[], asked: string): number {
  return ids.reduce((sum, id) => sum + id.length * asked.length, 0);
}

describe('did-you-mean with no effort to suggest', () => {
  // E1.1.1 depends on efforts of later waves only: none may be suggested (a wave-order error). With 30 of them the
  // suggester sees that at once; with 100 (more than it looks at) it searches each time, as before.
  for (const later of [30, 100]) {
    it(`spends the budget as the search does (${later} efforts of a later wave)`, () => {
      const ids = ['E1.1.1', ...Array.from({ length: later }, (_, i) => `E1.2.${i + 1}`)];
      const suggester = new IdSuggester(projectOf(ids).efforts);
      const listed = new Set<string>();
      const asked = 'E1.1.77';
      assert.deepEqual(suggester.suggest(ref(asked), 'E1.1.1', listed), []);
      assert.equal(suggester.spent, perQuestion(ids, asked));
      // Until the budget is gone: the last search stops inside the list, at the first effort past it.
      const cost = perQuestion(ids, asked);
      const questions = Math.ceil(EDIT_DISTANCE_BUDGET / cost) + 3;
      for (let q = 1; q < questions; q++) assert.deepEqual(suggester.suggest(ref(asked), 'E1.1.1', listed), []);
      let left = EDIT_DISTANCE_BUDGET - (Math.ceil(EDIT_DISTANCE_BUDGET / cost) - 1) * cost;
      for (const id of ids) {
        if (left <= 0) break;
        left -= id.length * asked.length;
      }
      assert.equal(suggester.spent, EDIT_DISTANCE_BUDGET - left);
    });
  }

  it('a plan of one effort: nothing suggested for any id, the budget spent per question', () => {
    const suggester = new IdSuggester(projectOf(['E1.1.1']).efforts);
    const listed = new Set<string>();
    for (const id of ['E1.1.2', 'E1.1.10', 'E2.1.1', 'E1.2.1']) {
      const before = suggester.spent;
      assert.deepEqual(suggester.suggest(ref(id), 'E1.1.1', listed), []);
      assert.equal(suggester.spent - before, 'E1.1.1'.length * id.length);
    }
  });

  it('an effort that may be suggested still is, the excluded ones looked past', () => {
    const ids = ['E1.1.1', 'E1.1.2', 'E1.1.3'];
    const suggester = new IdSuggester(projectOf(ids).efforts);
    assert.deepEqual(suggester.suggest(ref('E1.1.9'), 'E1.1.1', new Set(['E1.1.2'])), ['E1.1.3']);
    assert.deepEqual(suggester.suggest(ref('E1.1.9'), 'E1.1.1', new Set(['E1.1.2', 'E1.1.3'])), []);
  });
});
