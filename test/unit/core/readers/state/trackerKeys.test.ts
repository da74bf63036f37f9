// A tracker's export names its records' titles `summary` and their sizes `loc_estimate` / `loc_actual`. Before, such
// an effort showed its id as its name and no size at all, so no size check could see it.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = path.resolve(__dirname, '../../../../fixtures/state/tracker-keys/plans/status.yaml');
const text = readFileSync(FILE, 'utf8');
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe("readStateFile: a tracker's summary and loc_* keys", () => {
  const result = readPlanText(FILE, text);
  const fact = (id: string) => result.efforts.find((f) => f.id === id)!;

  it('names an effort by its summary, located there', () => {
    assert.equal(fact('E1.1.1').name?.value, 'Repo layout');
    assert.equal(fact('E1.1.1').name?.span.line, lineOf('Repo layout'));
    assert.equal(fact('E1.1.2').name?.value, 'CI pipeline');
  });

  it('reads loc_estimate as the estimate and loc_actual as the actual lines', () => {
    assert.equal(fact('E1.1.1').estimatedLines?.value, 200);
    assert.equal(fact('E1.1.1').actualLines?.value, 236);
    assert.equal(fact('E1.1.1').actualLines?.span.line, lineOf('loc_actual: 236'));
    assert.equal(fact('E1.1.2').estimatedLines?.value, 350);
  });

  it('a record that has only a summary is no effort', () => {
    assert.deepEqual(
      result.efforts.map((f) => f.id),
      ['E1.1.1', 'E1.1.2'],
    );
  });
});
