// `### Final Branch List for Merge` over `- ledger-api (459 lines)`: the lines each finished branch ended with are
// its effort's actual size. Elsewhere a size beside a branch is a plan's estimate, and a split part's branch names
// no effort. Read through the product's engine.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../../src/core/project/engine';

const EFFORTS = [
  '# Phase 3: Ledger',
  '',
  '## Wave 1: Core',
  '',
  '### Effort 3.1.1: Ledger API',
  '**Branch**: `feature/ledger/ledger-api`',
  '**Size**: ~700 lines',
  '',
  '### Effort 3.1.2: Ledger store',
  '**Branch**: `feature/ledger/ledger-store`',
  '**Size**: ~600 lines',
  '',
];

function sizes(tail: string[]) {
  const engine = new PlanEngine();
  engine.update('/ws/PHASE-3-PLAN.md', [...EFFORTS, ...tail].join('\n'));
  return engine.project().efforts.map((e) => [e.id, e.actualLines ?? null, e.estimatedLines ?? null]);
}

describe('markdown reader: a list of finished branches with their lines', () => {
  it('gives each listed branch’s effort its actual lines, beside its estimate', () => {
    const list = ['## Summary', '', '### Final Branch List for Merge', '', '**Wave 1 - Core:**'];
    assert.deepEqual(sizes([...list, '- ledger-api (459 lines)', '- `ledger-store` (original, 1,204 lines)', '']), [
      ['E3.1.1', 459, 700],
      ['E3.1.2', 1204, 600],
    ]);
  });

  it('reads nothing under a heading that does not say the branches are finished, nor a split part’s branch', () => {
    assert.deepEqual(sizes(['### Branches', '', '- ledger-api (459 lines)', '']), [
      ['E3.1.1', null, 700],
      ['E3.1.2', null, 600],
    ]);
    assert.deepEqual(sizes(['### Merged Branches', '', '- ledger-api-types (66 lines)', '']), [
      ['E3.1.1', null, 700],
      ['E3.1.2', null, 600],
    ]);
  });

  it('a branch listed twice with different lines gives no size', () => {
    const list = ['### Completed Branches', '', '- ledger-api (459 lines)', '- ledger-api (470 lines)', ''];
    assert.deepEqual(sizes(list)[0], ['E3.1.1', null, 700]);
  });
});
