import { strict as assert } from 'assert';
import { rmSync } from 'fs';
import * as path from 'path';
import { createEffortWorktree } from '../../../../src/core/worktrees/create';
import { pruneWorktrees, removeEffortWorktree } from '../../../../src/core/worktrees/remove';
import type { WorktreeContext } from '../../../../src/core/worktrees/session';
import { TempRepo, effort, exists, planOf } from '../../../fixtures/worktrees/tempRepo';

describe('removeEffortWorktree and prune (real repositories)', () => {
  let repo: TempRepo;
  const alpha = effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 });
  const branch = 'waveplan/phase1/wave1/alpha';
  const ctx = (efforts = [alpha]): WorktreeContext => ({ repo: repo.dir, plan: planOf(efforts) });
  let wt: string;
  beforeEach(async () => {
    repo = new TempRepo();
    wt = (await createEffortWorktree(alpha, ctx())).path!;
  });
  afterEach(() => repo.cleanup());

  it('removes a clean, merged worktree and keeps its branch', async () => {
    const result = await removeEffortWorktree(alpha, ctx());
    assert.deepEqual(result, {
      effort: 'E1.1.1',
      status: 'removed',
      branch,
      path: wt,
      branchDeleted: false,
      commands: [['worktree', 'remove', '--', wt]],
    });
    assert.ok(!exists(wt));
    assert.deepEqual(repo.branches(), ['main', branch]);
  });

  it('refuses a dirty worktree unless forced', async () => {
    repo.write('scratch.txt', 'work in progress\n', wt);
    const refused = await removeEffortWorktree(alpha, ctx());
    assert.deepEqual(refused.error, {
      code: 'dirty-worktree',
      message: `${wt} has uncommitted or untracked changes; commit them or use --force`,
    });
    assert.ok(exists(path.join(wt, 'scratch.txt')));
    const forced = await removeEffortWorktree(alpha, ctx(), { force: true });
    assert.equal(forced.status, 'removed');
    assert.deepEqual(forced.commands, [['worktree', 'remove', '--force', '--force', '--', wt]]);
    assert.ok(!exists(wt));
  });

  it('refuses unmerged commits unless forced, and deletes the branch only when asked', async () => {
    repo.write('work.go', 'package x\n', wt);
    repo.commit('effort work', wt);
    const refused = await removeEffortWorktree(alpha, ctx(), { deleteBranch: true });
    assert.equal(refused.error?.code, 'not-merged');
    assert.equal(
      refused.error?.message,
      `${branch} has commits that are in neither its base, its wave's integration branch nor the default branch; merge it or use --force`,
    );
    assert.ok(exists(wt));
    assert.deepEqual(repo.branches(), ['main', branch]);
    const forced = await removeEffortWorktree(alpha, ctx(), { force: true });
    assert.equal(forced.status, 'removed');
    assert.deepEqual(repo.branches(), ['main', branch], 'force alone never deletes the branch');
  });

  it('counts a merge into the wave integration branch as merged, and deletes the branch on request', async () => {
    repo.write('work.go', 'package x\n', wt);
    const tip = repo.commit('effort work', wt);
    repo.git('branch', 'phase1/wave1/integration', tip);
    const result = await removeEffortWorktree(alpha, ctx(), { deleteBranch: true });
    assert.equal(result.status, 'removed');
    assert.equal(result.branchDeleted, true);
    assert.deepEqual(result.commands, [
      ['worktree', 'remove', '--', wt],
      ['branch', '-D', '--', branch],
    ]);
    assert.deepEqual(repo.branches(), ['main', 'phase1/wave1/integration']);
  });

  it('refuses a locked worktree unless forced', async () => {
    repo.git('worktree', 'lock', '--reason', 'agent busy', wt);
    const refused = await removeEffortWorktree(alpha, ctx());
    assert.deepEqual(refused.error, {
      code: 'worktree-locked',
      message: `${wt} is locked (agent busy); unlock it or use --force`,
    });
    assert.equal((await removeEffortWorktree(alpha, ctx(), { force: true })).status, 'removed');
  });

  it('a dry run lists the commands and changes nothing', async () => {
    const result = await removeEffortWorktree(alpha, ctx(), { deleteBranch: true, dryRun: true });
    assert.equal(result.status, 'planned');
    assert.deepEqual(result.commands, [
      ['worktree', 'remove', '--', wt],
      ['branch', '-D', '--', branch],
    ]);
    assert.ok(exists(wt));
    assert.deepEqual(repo.branches(), ['main', branch]);
  });

  it('names what is missing: no worktree, or the main worktree', async () => {
    const beta = effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1 });
    assert.deepEqual((await removeEffortWorktree(beta, ctx([alpha, beta]))).error, {
      code: 'no-worktree',
      message: 'E1.1.2 has no worktree (branch waveplan/phase1/wave1/beta does not exist); nothing to remove',
    });
    const onMain = effort({ id: 'E1.1.3', name: 'Main', phase: 1, wave: 1, branch: 'main' });
    assert.equal((await removeEffortWorktree(onMain, ctx([onMain]), { force: true })).error?.code, 'main-worktree');
  });

  it('prunes worktrees whose folders are gone', async () => {
    rmSync(wt, { recursive: true, force: true });
    const dry = await pruneWorktrees({ repo: repo.dir }, { dryRun: true });
    assert.deepEqual(dry.pruned, [
      'worktrees/waveplan-phase1-wave1-alpha: gitdir file points to non-existent location',
    ]);
    assert.deepEqual(repo.worktreePaths(), [repo.dir, wt], 'a dry run prunes nothing');
    const real = await pruneWorktrees({ repo: repo.dir });
    assert.deepEqual(real.commands, [['worktree', 'prune', '-v']]);
    assert.equal(real.pruned.length, 1);
    assert.deepEqual(repo.worktreePaths(), [repo.dir]);
    assert.deepEqual(repo.branches(), ['main', branch], 'prune never deletes branches');
  });
});
