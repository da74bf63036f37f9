// A plan file in which no effort is found, though several of its sections carry sizes or dependencies, says so once.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';

const found = (file: string, text: string) =>
  readPlanText(file, text).diagnostics.filter((d) => d.code === 'no-efforts-found');

describe('no-efforts-found', () => {
  it('warns once, at the first sized section, in a sprint plan of tasks without ids', () => {
    const text =
      '# Payments\n\n## Milestone 1\n\n### Sprint 1\n\n#### Task 1.1: Ledger\n- Estimate: 400 lines\n\n' +
      '#### Task 1.2: Balances\n- Estimate: 300 lines\n- Depends on: Task 1.1\n';
    const d = found('/plans/PLAN.md', text);
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.equal(d[0].line, 7);
    assert.match(d[0].message, /no effort was found: 2 sections/);
  });

  it('warns for short ids with dependencies', () => {
    const text = '# Plan\n\n## Wave 1\n### E1: Args\nDepends on: nothing\n### E2: Output\nDepends on: E1\n';
    assert.equal(found('/plans/PLAN.md', text).length, 1);
  });

  it('says nothing of a file with efforts, or without sized sections', () => {
    assert.deepEqual(
      found(
        '/plans/PLAN.md',
        '# Plan\n\n### E1.1.1: Parser\n- Estimate: 400 lines\n### E1.1.2: X\n- Estimate: 1 lines\n',
      ),
      [],
    );
    assert.deepEqual(
      found('/plans/PLAN.md', '# Coordination\n\n## Rules\nAgents merge daily.\n## Contacts\n- ana\n'),
      [],
    );
    assert.deepEqual(found('/plans/PLAN.md', '# Plan\n\n### Setup\n- Estimate: 100 lines\n'), []);
  });
});
