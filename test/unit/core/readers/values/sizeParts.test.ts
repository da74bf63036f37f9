// A size written as its parts: parts that all count are summed (`450 (Go) + 400 (TypeScript)` is 850); a total split
// into what the line counter counts and what it leaves out by default (tests, generated code, docs) is the counted
// part (`900 (600 code + 300 tests)` is 600): the measured size the limit holds leaves them out. The limit restated
// alone (`<800`) is no estimate. Through readPlanText and the checks.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { find, lint } from '../../../support/builders';
import { readSizeCases, SIZE_CASES_FILE, sizeCasesPlan } from '../../../support/sizeCases';

const CASES: Array<[string, number | undefined]> = [
  ['450 (Go) + 400 (TypeScript)', 850],
  ['300 lines + 250 lines', 550],
  ['900 (600 code + 300 tests)', 600],
  ['300 lines + 250 lines of tests', 300],
  ['1,200 (of which 900 generated protobuf)', 300],
  ['~1,000 total, ~550 excluding tests and generated code', 550],
  ['<800', undefined],
  // As before: a note of tests after the figure, a limit in the note, a bound in words.
  ['350 (+200 tests)', 350],
  ['~380 lines (MUST be <800)', 380],
  ['under 500 lines', 500],
];

const FILE = SIZE_CASES_FILE;
const PLAN = sizeCasesPlan(CASES.map(([size]) => size));

describe('a size written as its parts', () => {
  it('reads the lines the counter counts', () => {
    assert.deepEqual(readSizeCases(CASES), CASES);
  });

  it('is over the limit when the counted parts are, and locates the parts it sums', () => {
    const r = readPlanText(FILE, PLAN);
    assert.deepEqual(r.efforts[1].estimatedLines?.span, find(FILE, PLAN, '300 lines + 250'));
    const over = lint({ [FILE]: PLAN }).diagnostics.filter((d) => d.code.startsWith('effort-'));
    assert.deepEqual(
      over.map((d) => [d.code, d.efforts]),
      [['effort-oversized', ['E1.1.1']]],
    );
  });
});
