// Thousands written as other locales write them (`1 200`, `1.200 Zeilen`, `1_200`, a narrow no-break space, `1,2k`)
// are 1,200 lines, not 1 (an oversized effort must not pass as tiny); a figure that is two things stays as it was.
// Through readPlanText and the checks.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find, lint } from '../../../support/builders';
import { readSizeCases, SIZE_CASES_FILE, sizeCasesPlan } from '../../../support/sizeCases';

const CASES: Array<[string, number | undefined]> = [
  ['1 200', 1200],
  ['1.200 Zeilen', 1200],
  ['1 200 lines', 1200],
  ['1_200', 1200],
  ["1'200 LOC", 1200],
  ['1\u202f200 lines', 1200],
  ['~1\u00a0200 lines (MUST be <800)', 1200],
  ['1,2k', 1200],
  ['0,8 KLOC', 800],
  ['12 500 lines', 12500],
  // Not thousands: a count and a figure, a version, a plain figure.
  ['2 300-line modules', 2],
  ['300 (v1.200)', 300],
  ['1,200', 1200],
  ['450', 450],
];

const FILE = SIZE_CASES_FILE;
const PLAN = sizeCasesPlan(CASES.map(([size]) => size));

describe('thousands written with a space, a point, an underscore or a decimal comma', () => {
  it('reads each as its lines', () => {
    assert.deepEqual(readSizeCases(CASES), CASES);
  });

  it('locates the whole figure and finds it over the limit', () => {
    const r = readPlanText(FILE, PLAN);
    assert.deepEqual(r.efforts[1].estimatedLines?.span, find(FILE, PLAN, '1.200'));
    const over = lint({ [FILE]: PLAN }).diagnostics.filter((d) => d.code === 'effort-oversized');
    assert.equal(over.length, 10);
  });

  it('reads a size in a heading’s note the same way', () => {
    const text = ['# Phase 1 Wave 1 Plan', '', '### E1.1.1: Parser (~1 200 lines)', ''].join('\n');
    assert.equal(readPlanText(FILE, text).efforts[0].estimatedLines?.value, 1200);
  });
});
