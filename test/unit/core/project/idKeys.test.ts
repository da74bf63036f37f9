import { strict as assert } from 'assert';
import { mergeProject } from '../../../../src/core/project/merge';
import {
  highestNumberIn,
  idKeysOf,
  nodesOfPhaseNumbered,
  nodesOfWave,
  nodesOfWaveNumbered,
} from '../../../../src/core/project/idKeys';
import { IdSuggester } from '../../../../src/core/checks/suggest';
import { highestNumbers, parseEffortId, waveKey } from '../../../../src/core/model/ids';
import { fact, refs, result, span } from '../../support/builders';

const FILE = 'WAVE-PLAN.md';

/** A project of the ids, declared in the given order, one heading each. */
function projectOf(ids: readonly string[]) {
  return mergeProject([
    result(
      FILE,
      'wave-plan',
      ids.map((id, i) => fact(id, 'heading', span(FILE, i + 1))),
    ),
  ]);
}

describe('id keys: each effort id read once per project', () => {
  let seed = 11;
  const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;

  /** Random ids over a few phases and waves (some waves long, past the suggester's 256 candidates), in id order or not. */
  function randomIds(shuffled: boolean): string[] {
    const ids: string[] = [];
    for (let p = 1; p <= 3; p++)
      for (let w = 1; w <= 4; w++) {
        const count = random(2) ? random(8) : 260 + random(60);
        for (let n = 1; n <= count; n++) if (random(4)) ids.push(`E${p}.${w}.${n}`);
      }
    if (shuffled) {
      for (let i = ids.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [ids[i], ids[j]] = [ids[j], ids[i]];
      }
      // Ids that are not numbered, and one with a leading zero (the same key as E2.2.1).
      ids.push('setup', 'E02.2.1', 'wave-planning');
    }
    return ids;
  }

  for (const shuffled of [false, true])
    it(`the merge lends keys that give the answers a scan of every id gives (${shuffled ? 'out of' : 'in'} id order)`, () => {
      let found = 0;
      for (let round = 0; round < 6; round++) {
        const project = projectOf(randomIds(shuffled));
        const keys = idKeysOf(project);
        assert.ok(keys, 'keys lent');
        const numbers = project.efforts.map((e) => parseEffortId(e.id));
        const where = (test: (p: { phase: number; wave: number; n: number }) => boolean) =>
          numbers.flatMap((p, node) => (p && test(p) ? [node] : []));
        for (let a = 0; a <= 5; a++)
          for (let b = 0; b <= 330; b += 1 + random(20)) {
            assert.deepEqual(
              nodesOfWave(keys, a, b % 6),
              where((p) => p.phase === a && p.wave === b % 6),
            );
            assert.deepEqual(
              nodesOfPhaseNumbered(keys, a, b),
              where((p) => p.phase === a && p.n === b),
            );
            assert.deepEqual(
              nodesOfWaveNumbered(keys, a, b),
              where((p) => p.wave === a && p.n === b),
            );
          }
        const highest = highestNumbers(project.efforts.map((e) => e.id));
        for (let p = 0; p <= 4; p++)
          for (let w = 0; w <= 5; w++)
            assert.equal(highestNumberIn(keys, p, w), highest.get(waveKey(p, w)) ?? 0, `highest of ${p}.${w}`);
        for (let q = 0; q < 40; q++) {
          // A suggester per question: its first 16 keys are searched alone, the rest from one index of every id.
          const searched: IdSuggester = new IdSuggester(project.efforts, keys);
          const scanned: IdSuggester = new IdSuggester(project.efforts);
          const id = `E${1 + random(4)}.${1 + random(5)}.${1 + random(330)}`;
          const ref = refs(id, span('OTHER.md', 1)).refs[0];
          const from = `E${1 + random(4)}.${1 + random(5)}.1`;
          const blocks = random(2) === 0;
          const expected = scanned.suggest(ref, from, new Set(), blocks);
          assert.deepEqual(searched.suggest(ref, from, new Set(), blocks), expected, id);
          found += expected.length;
        }
      }
      assert.ok(found > 100, `${found} suggestions`);
    });

  it('no keys are lent when a numbered id does not pack', () => {
    assert.equal(idKeysOf(projectOf(['E1.1.2', 'E1.1.1', 'E1.1.99999999'])), undefined);
    assert.ok(idKeysOf(projectOf(['E1.1.2', 'E1.1.1'])));
  });
});
