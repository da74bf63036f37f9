// A list's pieces lose the blanks, brackets and quotes around them (values.ts, unwrapped): Unicode blanks as trim()
// knows them too, each reference located where its id starts.
import { strict as assert } from 'assert';
import { parseRefList } from '../../../../src/core/readers/values';

const ctx = { file: 'PLAN.md', line: 4, column: 10 };
const located = (text: string) =>
  parseRefList(text, ctx).map((r) => [r.id, r.raw, r.external, r.span.column, r.span.endColumn]);

describe('reference lists: marks and blanks around a piece', () => {
  it('strips ASCII and Unicode blanks, brackets and quotes on both sides, located after them', () => {
    assert.deepEqual(located('\u00a0"E1.1.2"\u3000, [ \'E1.1.3\' ]'), [
      ['E1.1.2', 'E1.1.2', false, 12, 18],
      ['E1.1.3', 'E1.1.3', false, 25, 31],
    ]);
    assert.deepEqual(located('\ufeff\u2003`E2.1.1`\t;\u2028E2.1.2\u00a0'), [
      ['E2.1.1', 'E2.1.1', false, 13, 19],
      ['E2.1.2', 'E2.1.2', false, 23, 29],
    ]);
  });

  it('keeps marks inside a piece, and reads a piece of marks alone as nothing', () => {
    assert.deepEqual(located(' "API gateway" , \u00a0"\u00a0 , E1.1.4'), [
      ['API gateway', 'API gateway', true, 12, 23],
      ['E1.1.4', 'E1.1.4', false, 33, 39],
    ]);
  });
});
