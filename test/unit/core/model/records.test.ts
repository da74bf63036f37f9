// Facts and efforts are made by constructors (model/records.ts) so the fields they gain later stay inside them; to
// every reader of the model they must still be the plain objects they were.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../src/core/readers';
import { mergeProject } from '../../../../src/core/project/merge';
import { noItems } from '../../../../src/core/model/arrays';

const FILE = '/plans/WAVE-1-IMPLEMENTATION-PLAN.md';
const PLAN = '# Phase 1 Implementation Plan\n\n## Wave 1\n\n### E1.1.1: Kennel\n**Size Estimate**: 300 lines\n';

describe('fact and effort records', () => {
  it('are plain objects with their fields in the order they were found', () => {
    const result = readPlanText(FILE, PLAN);
    const fact = result.efforts[0];
    assert.equal(Object.getPrototypeOf(fact), Object.prototype);
    assert.deepEqual(Object.keys(fact), ['id', 'kind', 'span', 'name', 'estimatedLines', 'phase', 'wave']);
    const effort = mergeProject([result]).efforts[0];
    assert.equal(Object.getPrototypeOf(effort), Object.prototype);
    assert.equal(Object.getPrototypeOf(effort.origins), Object.prototype);
    // Deep equality compares prototypes: a record equals the literal copy of its own fields.
    assert.deepEqual(effort, { ...effort, origins: { ...effort.origins } });
    assert.deepEqual(fact, { ...fact });
    assert.deepEqual(Object.keys(effort.origins), ['name', 'phase', 'wave', 'estimatedLines']);
    assert.equal(effort.estimatedLines, 300);
  });
});

describe('the shared empty list', () => {
  it('is the one empty list of efforts, and frozen under the tests so a write to it fails', () => {
    const effort = mergeProject([readPlanText(FILE, PLAN)]).efforts[0];
    assert.equal(effort.parallelWith, noItems());
    assert.equal(effort.externalDependsOn, noItems());
    // The product leaves it unfrozen (arrays.ts): the tests' hook (support/freezeShared.ts) freezes it.
    assert.ok(Object.isFrozen(noItems()));
    assert.throws(() => effort.parallelWith.push('E1.1.2'), TypeError);
  });
});
