// HeadingRepeats finds the first heading written like a given one: without a Map entry for headings that lead with
// ids in increasing order, and the same answers as a Map of every text would give whatever the order.
import { strict as assert } from 'assert';
import { HeadingRepeats, idKey } from '../../../../../src/core/readers/markdown/headingRepeats';

/** The index of the first earlier text equal to each text, or -1: what a Map of every text gives. */
function byMap(texts: string[]): number[] {
  const first = new Map<string, number>();
  return texts.map((t, i) => {
    const f = first.get(t);
    if (f === undefined) first.set(t, i);
    return f ?? -1;
  });
}

function byRepeats(texts: string[]): number[] {
  const repeats = new HeadingRepeats<{ text: string; i: number }>();
  return texts.map((text, i) => repeats.firstLike({ text, i })?.i ?? -1);
}

describe('HeadingRepeats', () => {
  it('reads the id a text leads with as one number, and -1 for any other text', () => {
    assert.equal(idKey('E1.2.3: api'), 1002003);
    assert.equal(idKey('E12.345.6'), 12345006);
    assert.equal(idKey('E01.2.3'), 1002003);
    for (const t of ['Scope', 'E1.2', 'E.1.2', 'e1.2.3', '1.2.3', 'Effort 1.2.3', 'E1.2.x', ''])
      assert.equal(idKey(t), -1, t);
  });

  it('finds repeats in increasing, decreasing and mixed order, and texts with one key written differently', () => {
    const cases = [
      ['E1.1.1: a', 'E1.1.2: b', 'E1.1.3: c', 'E1.1.2: b', 'E1.1.1: a', 'E1.1.4: d', 'E1.1.4: d'],
      ['E1.1.3: c', 'E1.1.2: b', 'E1.1.1: a', 'E1.1.2: b', 'E1.1.3: c', 'E1.1.2: b'],
      ['E1.1.1: a', 'E01.1.1: a', 'E1.1.1: a', 'E01.1.1: a', 'E1.1.1: other', 'E1.1.1: other'],
      ['Scope', 'E1.1.1', 'Scope', 'Step 1', 'E1.1.1', 'Step 1', 'E1.1.10', 'E1.1.1000', 'E1.1.100', 'E1.1.1000'],
      ['E2.1.1: x', 'E1.9.9: y', 'E2.1.1: x', 'E3.1.1: z', 'E1.9.9: y', 'E3.1.1: z', 'E2.1.1: x'],
    ];
    for (const texts of cases) assert.deepEqual(byRepeats(texts), byMap(texts), texts.join(' | '));
  });

  it('agrees with a Map on random texts', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 200; round++) {
      const texts = Array.from({ length: 40 }, () =>
        random(5) === 0
          ? `Step ${random(4)}`
          : `E${random(3)}.${random(3)}.${random(12)}${random(4) === 0 ? ' x' : ''}`,
      );
      assert.deepEqual(byRepeats(texts), byMap(texts), texts.join(' | '));
    }
  });
});
