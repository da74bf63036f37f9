import { strict as assert } from 'assert';
import { createEffortWorktree } from '../../../../src/core/worktrees/create';
import { StatusCache, statusOf } from '../../../../src/core/worktrees/status';
import { TempRepo, effort, planOf } from '../../../fixtures/worktrees/tempRepo';

describe('statusOf: batched git status of efforts (real repository)', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  it('reports branch, worktree, dirty, ahead and merged', async () => {
    const efforts = [
      effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.3', name: 'Gamma', phase: 1, wave: 1 }),
    ];
    const plan = planOf(efforts);
    const wt = (await createEffortWorktree(efforts[0], { repo: repo.dir, plan })).path!;
    repo.write('a.go', 'x\n', wt);
    repo.commit('a', wt);
    repo.write('wip.go', 'y\n', wt);
    repo.git('branch', 'waveplan/phase1/wave1/beta', 'main');
    const status = await statusOf(efforts, { repo: repo.dir, plan });
    assert.deepEqual(status, [
      {
        effort: 'E1.1.1',
        branch: 'waveplan/phase1/wave1/alpha',
        branchExists: true,
        sha: repo.sha('waveplan/phase1/wave1/alpha'),
        worktree: wt,
        dirty: true,
        base: 'main',
        ahead: 1,
        merged: false,
      },
      // Just created from its base, no commits of its own: not "merged".
      {
        effort: 'E1.1.2',
        branch: 'waveplan/phase1/wave1/beta',
        branchExists: true,
        sha: repo.sha('main'),
        base: 'main',
        ahead: 0,
        merged: false,
      },
      { effort: 'E1.1.3', branch: 'waveplan/phase1/wave1/gamma', branchExists: false },
    ]);
  });

  it('calls a branch merged only when commits of its own are in a merge target', async () => {
    const efforts = [
      effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1, baseBranch: 'missing-base' }),
    ];
    const plan = planOf(efforts);
    repo.branchWithCommit('waveplan/phase1/wave1/alpha', 'main', 'alpha.go', 3);
    repo.git('merge', '--no-ff', '-q', '-m', 'merge alpha', 'waveplan/phase1/wave1/alpha');
    // Its declared base does not exist: ahead is unknown, and a tip equal to main's is no evidence of a merge.
    repo.git('branch', 'waveplan/phase1/wave1/beta', 'main');
    const [alpha, beta] = await statusOf(efforts, { repo: repo.dir, plan }, { dirty: false });
    assert.deepEqual([alpha.merged, alpha.mergedInto], [true, 'main']);
    assert.deepEqual([beta.merged, beta.mergedInto, beta.ahead], [false, undefined, undefined]);
  });

  it('uses a fixed number of git calls for many efforts, and none per effort once cached', async () => {
    const efforts = Array.from({ length: 30 }, (_, i) =>
      effort({ id: `E1.1.${i + 1}`, name: `e${i + 1}`, phase: 1, wave: 1 }),
    );
    for (const e of efforts.slice(0, 10))
      repo.branchWithCommit(`waveplan/phase1/wave1/${e.name}`, 'main', `${e.name}.go`, 2);
    for (const e of efforts.slice(10, 20)) repo.git('branch', `waveplan/phase1/wave1/${e.name}`, 'main');
    const calls: string[] = [];
    const cache = new StatusCache();
    const ctx = {
      repo: repo.dir,
      plan: planOf(efforts),
      trace: (args: readonly string[]) => calls.push(args.slice(0, 2).join(' ')),
    };
    const first = await statusOf(efforts, ctx, { cache, dirty: false });
    assert.deepEqual(
      first.map((s) => s.ahead ?? '-').join(','),
      [...Array(10).fill(1), ...Array(10).fill(0), ...Array(10).fill('-')].join(','),
    );
    // 2 snapshot calls + one rev-list per branch with commits + one --merged query for the shared base.
    assert.equal(calls.length, 2 + 10 + 1, calls.join('\n'));
    calls.length = 0;
    await statusOf(efforts, ctx, { cache, dirty: false });
    assert.deepEqual(calls, ['worktree list', 'for-each-ref --format=%(objectname) %(refname) %(symref)']);
  });
});
