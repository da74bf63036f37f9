// The graph's git state of an effort, from the tree's git view: same rules as the tree's words.
import { strict as assert } from 'assert';
import type { EffortGitView, FolderGitStatus } from '../../../../src/core/views/gitStatus';
import { graphGitState, graphGitStates } from '../../../../src/core/views/gitStatusText';

describe('extension: git state for the graph', () => {
  it('keeps worktree, branch, dirty, ahead, merged and measured; drops merged when the branch has nothing of its own', () => {
    const view: EffortGitView = {
      state: 'worktree',
      branch: 'demo/p1/w1/a',
      worktree: '/wt/a',
      dirty: true,
      base: 'main',
      ahead: 3,
      merged: true,
      mergedInto: 'main',
      measured: 612,
    };
    assert.deepEqual(graphGitState(view, true, 'in-progress'), {
      branch: true,
      worktree: true,
      branchName: 'demo/p1/w1/a',
      dirty: true,
      ahead: 3,
      merged: true,
      measured: 612,
    });
    assert.deepEqual(
      graphGitState(
        { state: 'branch-only', branch: 'b', base: 'main', ahead: 0, merged: true, mergedInto: 'main' },
        true,
        'planned',
      ),
      { branch: true, branchName: 'b' },
    );
    assert.deepEqual(graphGitState({ state: 'worktree', branch: 'b', prunable: true }, true, 'planned'), {
      branch: true,
      branchName: 'b',
    });
  });

  it('marks a missing branch only once the plan started and never for done efforts; skips naming errors', () => {
    const missing: EffortGitView = { state: 'missing', branch: 'b' };
    assert.deepEqual(graphGitState(missing, true, 'planned'), { branch: false });
    assert.equal(graphGitState(missing, false, 'planned'), undefined);
    assert.equal(graphGitState(missing, true, 'done'), undefined);
    assert.equal(graphGitState({ state: 'naming-error', error: 'no name' }, true, 'planned'), undefined);
  });

  it('maps a folder status to the efforts of its plan only', () => {
    const status: FolderGitStatus = {
      main: '/repo',
      efforts: new Map<string, EffortGitView>([
        ['E1.1.1', { state: 'worktree', branch: 'a', worktree: '/wt/a', ahead: 1, measured: 40 }],
        ['E1.1.2', { state: 'missing', branch: 'b' }],
        ['E9.9.9', { state: 'branch-only', branch: 'z' }],
      ]),
      unplanned: [],
      worktrees: [],
      linked: [],
      measured: new Map(),
      started: true,
    };
    const states = graphGitStates(status, [
      { id: 'E1.1.1', status: 'planned' },
      { id: 'E1.1.2', status: 'planned' },
      { id: 'E1.1.3', status: 'planned' },
    ]);
    assert.deepEqual(
      [...states],
      [
        ['E1.1.1', { branch: true, worktree: true, branchName: 'a', ahead: 1, measured: 40 }],
        ['E1.1.2', { branch: false }],
      ],
    );
  });
});
