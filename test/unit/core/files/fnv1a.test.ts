// The checksum the engine knows a re-read text by (and the CLI its code cache): any edit that keeps the length must
// still change it, wherever it falls among the four lanes.
import { strict as assert } from 'assert';
import { fnv1aLanes } from '../../../../src/core/files/fnv1a';

describe('fnv1aLanes', () => {
  const text = 'E1.2.3 depends on E1.2.1 and E1.2.2';

  it('is the same for the same text, and differs from the empty text', () => {
    assert.equal(fnv1aLanes(text), fnv1aLanes(`${text}`));
    assert.notEqual(fnv1aLanes(''), fnv1aLanes('\0'));
  });

  it('changes with any one unit changed, in every lane and in the tail', () => {
    const seen = new Set([fnv1aLanes(text)]);
    for (let i = 0; i < text.length; i++) {
      const edited = text.slice(0, i) + (text[i] === 'x' ? 'y' : 'x') + text.slice(i + 1);
      seen.add(fnv1aLanes(edited));
    }
    assert.equal(seen.size, text.length + 1);
  });

  it('changes with units swapped between lanes or moved by four', () => {
    const swapped = new Set([fnv1aLanes('abcdefgh')]);
    for (const t of ['bacdefgh', 'abdcefgh', 'efghabcd', 'aecdbfgh']) swapped.add(fnv1aLanes(t));
    assert.equal(swapped.size, 5);
  });

  it('tells texts apart by length alone when their units hash alike', () => {
    assert.notEqual(fnv1aLanes('abcd'), fnv1aLanes('abcd\0\0\0\0'));
  });
});
