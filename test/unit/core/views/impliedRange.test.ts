// Hovering the dash of a range in a dependency list (`E5.1.1–E5.1.4`): it names every effort it stands for and says
// they are not written there; the ends, even their first character, are the efforts they name. Read through the engine.
import { strict as assert } from 'assert';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { impliedRangeAt, impliedRangeMarkdown } from '../../../../src/core/views/impliedRange';
import { locatorFor } from '../../../../src/core/views/locator';
import { lint } from '../../support/builders';

const FILE = '/ws/PHASE-7-PLAN.md';
const TEXT = [
  '# Phase 7: Search',
  '',
  '## Wave 1',
  '',
  '### E7.1.1: tokenizer',
  '### E7.1.2: stemmer',
  '**Estimated Lines**: 320',
  '### E7.1.3: synonyms',
  '### E7.1.4: index-writer',
  '',
  '## Wave 2',
  '',
  '### E7.2.1: query-api',
  '**Dependencies**: E7.1.1—E7.1.4',
  '',
  '### E7.2.2: ranking',
  '**Dependencies**: E7.1.1 to E7.1.3',
  '',
].join('\n');
const lines = TEXT.split('\n');

describe('views: the dash of a range in a dependency list', () => {
  const { project } = lint({ [FILE]: TEXT });
  const locator = locatorFor(project);
  const at = (line: number, text: string, offset = 0) =>
    impliedRangeAt(locator, FILE, line, lines[line - 1].indexOf(text) + 1 + offset, lines[line - 1]);

  it('stands for every effort between the ends, and knows the range as written', () => {
    const range = at(14, '—');
    assert.ok(range);
    assert.deepEqual(range.ids, ['E7.1.2', 'E7.1.3']);
    assert.equal(range.written, 'E7.1.1—E7.1.4');
    const md = impliedRangeMarkdown(range, project, DEFAULT_LIMITS);
    assert.match(
      md,
      /^\*\*E7\.1\.1—E7\.1\.4\*\*: the range also names E7\.1\.2, E7\.1\.3, which are not written here\./,
    );
    assert.match(md, /\*\*E7\.1\.2\*\* stemmer · planned · ~320\/800 lines/);
    assert.match(md, /\*\*E7\.1\.3\*\* synonyms · planned/);
  });

  it('gives the one effort a `to` range stands for in full', () => {
    const range = at(17, ' to ', 1);
    assert.ok(range);
    assert.deepEqual(range.ids, ['E7.1.2']);
    const md = impliedRangeMarkdown(range, project, DEFAULT_LIMITS);
    assert.match(md, /the range also names E7\.1\.2, which is not written here\./);
    assert.match(md, /Status: planned/);
  });

  it('is nothing on the written ends, which hover as the efforts they name', () => {
    assert.equal(at(14, 'E7.1.1'), undefined);
    assert.equal(at(14, 'E7.1.4'), undefined);
    const upper = lines[13].indexOf('E7.1.4') + 1;
    assert.equal(locator.at(FILE, 14, upper)?.id, 'E7.1.4', 'the first character of the upper end');
    assert.equal(locator.at(FILE, 14, upper - 1)?.id, 'E7.1.2', 'the dash itself');
  });
});
