// Effort ids read by hand must read exactly as the pattern that defines them: /^E(\d+)\.(\d+)\.(\d+)$/.
import * as assert from 'assert';
import {
  canonicalEffortId,
  canonicalIdKey,
  compareEffortIds,
  keyPhase,
  keyWave,
  parseEffortId,
  plainIdOf,
} from '../../../../src/core/model/ids';

const PATTERN = /^E(\d+)\.(\d+)\.(\d+)$/;
const byPattern = (id: string) => {
  const m = PATTERN.exec(id);
  return m ? { phase: Number(m[1]), wave: Number(m[2]), n: Number(m[3]) } : undefined;
};

describe('parseEffortId', () => {
  const cases = [
    'E1.2.3',
    'E10.20.300',
    'E01.002.0003',
    'E1.2.3\n',
    'E1.2.3 ',
    ' E1.2.3',
    'e1.2.3',
    'E1.2',
    'E1.2.',
    'E1..3',
    'E.1.2',
    'E1.2.3.4',
    'E1.2.3a',
    'E١.2.3', // an Arabic-Indic digit is not \d
    'E1.2.３', // nor is a full-width one
    'E123456789012345.1.1',
    'E1234567890123456789012.1.1', // past 2^53: Number() of the digits
    'E9007199254740993.1.1',
    '',
    'E',
    'effort-1',
    'E1.2.3\u0000',
  ];
  for (const id of cases)
    it(`reads ${JSON.stringify(id)} as the pattern does`, () =>
      assert.deepStrictEqual(parseEffortId(id), byPattern(id)));

  it('keeps the numeric order of ids, slugs after numbered ids', () => {
    const ids = ['E1.2.10', 'api', 'E1.2.9', 'E1.10.1', 'E2.1.1', 'docs', 'E1.2.09'];
    assert.deepStrictEqual(ids.slice().sort(compareEffortIds), [
      'E1.2.9',
      'E1.2.09',
      'E1.2.10',
      'E1.10.1',
      'E2.1.1',
      'api',
      'docs',
    ]);
  });
});

describe('canonicalIdKey (the merge key of ids in id order)', () => {
  const ids = ['E1.2.3', 'E0.0.0', 'E10.20.300', 'E4095.1048575.1048575', 'E1.2.09', 'E01.2.3', 'E1.02.3', 'E1.2.30'];
  const extra = ['E4096.1.1', 'E1.1048576.1', 'E1.1.1048576', 'E12345678.1.1', 'E1.2.3 ', 'e1.2.3', 'E1.2', 'api', ''];

  it('keys exactly the ids written as canonicalEffortId writes them, within the packing', () => {
    for (const id of [...ids, ...extra]) {
      const p = parseEffortId(id);
      const canonical = p !== undefined && id === `E${p.phase}.${p.wave}.${p.n}` && p.phase < 4096;
      const inRange = canonical && p.wave < 2 ** 20 && p.n < 2 ** 20;
      assert.equal(canonicalIdKey(id) >= 0, inRange, id);
      if (inRange) {
        assert.equal(keyPhase(canonicalIdKey(id)), p.phase, id);
        assert.equal(keyWave(canonicalIdKey(id)), p.wave, id);
      }
    }
  });

  it('orders keys as compareEffortIds orders their ids', () => {
    const keyed = ids.filter((id) => canonicalIdKey(id) >= 0);
    const byKey = keyed.slice().sort((a, b) => canonicalIdKey(a) - canonicalIdKey(b));
    assert.deepStrictEqual(byKey, keyed.slice().sort(compareEffortIds));
  });
});

describe('plainIdOf (the shortcut before the reference patterns)', () => {
  it('takes an id as canonicalEffortId writes it, and `effort:` ids as JSON blocks write them, giving the same id', () => {
    for (const raw of ['E5.1.1', 'E0.10.999', 'effort:2.2.1', 'effort:10.3.12']) {
      assert.equal(plainIdOf(raw), canonicalEffortId(raw), raw);
    }
  });

  it('leaves every other shape to the full reading', () => {
    for (const raw of [
      'E05.1.1',
      'E1.2',
      'E1.2.3.4',
      'E1234.1.1',
      'E1.2.3 ',
      'e1.2.3',
      'effort:1.2.3x',
      'Effort:1.2.3',
      '1.2.3',
      'effort:E1.2.3',
      'E1..3',
      '',
    ])
      assert.equal(plainIdOf(raw), undefined, raw);
  });
});
