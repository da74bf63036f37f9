// Trackers written as to-do lists tick a task with a boolean, `done: true` or `completed: true`. Before, such a task
// read as planned, and its bare `loc: 300` as the estimate of work not yet written.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = path.resolve(__dirname, '../../../../fixtures/state/done-flags/plans/orchestrator-state.yaml');
const text = readFileSync(FILE, 'utf8');
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe("readStateFile: a to-do tracker's done flags", () => {
  const result = readPlanText(FILE, text);
  const fact = (id: string) => result.efforts.find((f) => f.id === id)!;

  it('reads `done: true` and `completed: true` as done, located at the flag', () => {
    assert.equal(fact('E2.1.1').status?.value, 'done');
    assert.equal(fact('E2.1.1').status?.span.line, lineOf('done: true'));
    assert.equal(fact('E2.2.1').status?.value, 'done');
  });

  it("counts a done task's bare `loc` as the lines written", () => {
    assert.equal(fact('E2.1.1').actualLines?.value, 300);
    assert.equal(fact('E2.1.1').estimatedLines, undefined);
  });

  it('takes no status from `done: false` or a date, and a written status first', () => {
    assert.equal(fact('E2.1.2').status, undefined);
    assert.equal(fact('E2.1.2').estimatedLines?.value, 250);
    assert.equal(fact('E2.2.3').status, undefined);
    assert.equal(fact('E2.2.2').status?.value, 'in-progress');
  });
});
