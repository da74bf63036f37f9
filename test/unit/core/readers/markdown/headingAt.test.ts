// headingAt starts from the heading it found last (readers mostly ask for lines in order): in any order of lines, the
// innermost heading at or above a line, as a walk over every heading finds it.
import { strict as assert } from 'assert';
import { parseDoc } from '../../../../../src/core/readers/markdown/doc';
import { buildOutline, headingAt, type Outline } from '../../../../../src/core/readers/markdown/outline';
import { pathInfo } from '../../../../../src/core/readers/markdown/pathInfo';

const FILE = '/plans/WAVE-1-IMPLEMENTATION-PLAN.md';

function outlineOf(text: string): Outline {
  return buildOutline(parseDoc(FILE, text), pathInfo(FILE), false);
}

function byWalk(outline: Outline, line: number): number | undefined {
  let found: number | undefined;
  for (const h of outline.headings) if (h.line <= line) found = h.index;
  return found;
}

describe('headingAt', () => {
  const text = [
    'Preamble',
    '# Phase 1',
    '## Wave 1',
    '### E1.1.1: a',
    '**Size**: 100',
    '#### Scope',
    '- x',
    '### E1.1.2: b',
    '',
    '### E1.1.3: c',
    '## Wave 2',
    'tail',
  ].join('\n');
  const lines = text.split('\n').length + 1;

  it('finds the heading of lines asked in order, backwards, and jumping', () => {
    const orders = [
      Array.from({ length: lines + 1 }, (_, i) => i),
      Array.from({ length: lines + 1 }, (_, i) => lines - i),
      [5, 1, 12, 4, 4, 8, 3, 11, 2, 9, 0, 6, 10, 7, 13],
    ];
    for (const order of orders) {
      const outline = outlineOf(text);
      for (const line of order) assert.equal(headingAt(outline, line)?.index, byWalk(outline, line), `line ${line}`);
    }
  });

  it('finds none in a file without headings', () => {
    const outline = outlineOf('just text\n');
    assert.equal(headingAt(outline, 1), undefined);
    assert.equal(headingAt(outline, 2), undefined);
  });
});
