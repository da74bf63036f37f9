import { strict as assert } from 'assert';
import * as path from 'path';
import { listWorktrees } from '../../../../src/core/worktrees/list';
import { TempRepo, effort, planOf } from '../../../fixtures/worktrees/tempRepo';

describe('listWorktrees: plan ↔ git reconciliation (real repository)', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  it('reports each planned effort and every worktree or pattern branch that no plan mentions', async () => {
    const plan = planOf([
      effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.3', name: 'Gamma', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.4', name: 'Remote', phase: 1, wave: 1 }),
      effort({ id: 'loose-notes', name: 'Loose notes' }),
    ]);
    const at = (name: string) => path.join(repo.root, name);
    repo.git('worktree', 'add', '-q', '-b', 'waveplan/phase1/wave1/alpha', at('alpha'), 'main');
    repo.git('branch', 'waveplan/phase1/wave1/beta', 'main');
    repo.git('worktree', 'add', '-q', '-b', 'waveplan/phase1/wave1/beta-split-001', at('beta-split'), 'main');
    repo.git('update-ref', 'refs/remotes/origin/waveplan/phase1/wave1/remote', repo.sha('main'));
    repo.git('worktree', 'add', '-q', '-b', 'feature/random', at('random'), 'main');
    repo.git('worktree', 'add', '-q', '--detach', at('detached'), 'main');
    repo.git('branch', 'waveplan/phase9/wave9/ghost', 'main');
    repo.git('branch', 'feature/unrelated', 'main');

    const listing = await listWorktrees({ repo: repo.dir, plan });
    assert.equal(listing.main, repo.dir);
    assert.deepEqual(listing.efforts, [
      {
        effort: 'E1.1.1',
        branch: 'waveplan/phase1/wave1/alpha',
        state: 'worktree',
        branchExists: true,
        worktree: at('alpha'),
      },
      { effort: 'E1.1.2', branch: 'waveplan/phase1/wave1/beta', state: 'branch-only', branchExists: true },
      { effort: 'E1.1.3', branch: 'waveplan/phase1/wave1/gamma', state: 'missing', branchExists: false },
      {
        effort: 'E1.1.4',
        branch: 'waveplan/phase1/wave1/remote',
        state: 'missing',
        branchExists: false,
        remoteBranch: 'origin/waveplan/phase1/wave1/remote',
      },
      // No phase and no wave: the built-in template's name without them.
      { effort: 'loose-notes', branch: 'waveplan/loose-notes', state: 'missing', branchExists: false },
    ]);
    assert.deepEqual(listing.unplanned, [
      { kind: 'worktree', worktree: at('detached'), detached: true },
      { kind: 'worktree', branch: 'feature/random', worktree: at('random') },
      { kind: 'branch', branch: 'waveplan/phase9/wave9/ghost' },
    ]);
    assert.deepEqual(
      listing.worktrees.map((w) => [path.basename(w.path), w.effort]),
      [
        ['repo', undefined],
        ['alpha', 'E1.1.1'],
        ['beta-split', 'E1.1.2'],
        ['detached', undefined],
        ['random', undefined],
      ],
    );
  });

  it('fails with not-a-repository outside git', async () => {
    await assert.rejects(listWorktrees({ repo: repo.root, plan: planOf([]) }), { code: 'not-a-repository' });
  });
});
