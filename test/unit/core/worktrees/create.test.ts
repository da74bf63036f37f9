import { strict as assert } from 'assert';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createEffortWorktree, createWaveWorktrees, type CreateResult } from '../../../../src/core/worktrees/create';
import type { WorktreeContext } from '../../../../src/core/worktrees/session';
import { TempRepo, effort, exists, planOf } from '../../../fixtures/worktrees/tempRepo';

const READ_ONLY = new Set(['worktree list', 'for-each-ref', 'check-ref-format', 'rev-parse', 'merge-base']);

describe('createEffortWorktree (real repositories)', () => {
  let repo: TempRepo;
  let calls: string[][];
  const alpha = effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 });
  const beta = effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1, dependsOn: ['E1.1.1'] });
  const ctx = (efforts = [alpha, beta], extra: Partial<WorktreeContext> = {}): WorktreeContext => ({
    repo: repo.dir,
    plan: planOf(efforts),
    trace: (args) => calls.push([...args]),
    ...extra,
  });
  const wtRoot = () => path.join(repo.root, 'repo-worktrees');
  const mutating = () => calls.filter((c) => !READ_ONLY.has(c.slice(0, 2).join(' ')) && !READ_ONLY.has(c[0]));

  beforeEach(() => {
    repo = new TempRepo();
    calls = [];
  });
  afterEach(() => repo.cleanup());

  it('creates the branch from its base and the worktree beside the repository', async () => {
    const result = await createEffortWorktree(alpha, ctx());
    const wt = path.join(wtRoot(), 'waveplan-phase1-wave1-alpha');
    assert.deepEqual(result, {
      effort: 'E1.1.1',
      status: 'created',
      branch: 'waveplan/phase1/wave1/alpha',
      path: wt,
      base: 'main',
      baseReason: 'R308: the first wave of the first phase (default branch)',
      commands: [
        ['check-ref-format', '--branch', 'waveplan/phase1/wave1/alpha'],
        ['worktree', 'add', '--no-track', '-b', 'waveplan/phase1/wave1/alpha', '--', wt, 'refs/heads/main'],
      ],
      warnings: [],
    });
    assert.equal(repo.sha('waveplan/phase1/wave1/alpha'), repo.sha('main'));
    assert.equal(repo.gitIn(wt, 'rev-parse', '--abbrev-ref', 'HEAD').trim(), 'waveplan/phase1/wave1/alpha');
    assert.equal(readFileSync(path.join(wt, 'README'), 'utf8'), 'hello\n');
  });

  it('reuses an existing branch without resetting it', async () => {
    const tip = repo.branchWithCommit('waveplan/phase1/wave1/alpha', 'main', 'src/a.go', 3);
    const result = await createEffortWorktree(alpha, ctx());
    assert.equal(result.status, 'created');
    assert.equal(result.reusedBranch, true);
    assert.deepEqual(result.commands[1], ['worktree', 'add', '--', result.path!, 'waveplan/phase1/wave1/alpha']);
    assert.equal(repo.sha('waveplan/phase1/wave1/alpha'), tip, 'the branch keeps its commit');
    assert.equal(repo.gitIn(result.path!, 'rev-parse', 'HEAD').trim(), tip);
  });

  it('a branch that exists only on a remote becomes a local branch at the same commit', async () => {
    const tip = repo.branchWithCommit('tmp-remote', 'main', 'r.go', 4);
    repo.git('update-ref', 'refs/remotes/origin/waveplan/phase1/wave1/alpha', tip);
    repo.git('branch', '-D', 'tmp-remote');
    const result = await createEffortWorktree(alpha, ctx());
    assert.equal(result.status, 'created', JSON.stringify(result.error));
    assert.equal(result.base, 'origin/waveplan/phase1/wave1/alpha');
    assert.deepEqual(result.commands[1], [
      'worktree',
      'add',
      '--no-track',
      '-b',
      'waveplan/phase1/wave1/alpha',
      '--',
      result.path!,
      'refs/remotes/origin/waveplan/phase1/wave1/alpha',
    ]);
    assert.equal(repo.sha('waveplan/phase1/wave1/alpha'), tip);
  });

  it('a second create reports the existing worktree and changes nothing', async () => {
    const first = await createEffortWorktree(alpha, ctx());
    const branches = repo.branches();
    const worktrees = repo.worktreePaths();
    calls = [];
    const second = await createEffortWorktree(alpha, ctx());
    assert.equal(second.status, 'skipped');
    assert.equal(second.path, first.path);
    assert.deepEqual(second.warnings, [
      `E1.1.1 already has a worktree at ${first.path} (branch waveplan/phase1/wave1/alpha); nothing changed`,
    ]);
    assert.deepEqual(mutating(), []);
    assert.deepEqual(repo.branches(), branches);
    assert.deepEqual(repo.worktreePaths(), worktrees);
  });

  it('refuses an existing non-empty folder and leaves it untouched', async () => {
    const wt = path.join(wtRoot(), 'waveplan-phase1-wave1-alpha');
    mkdirSync(wt, { recursive: true });
    writeFileSync(path.join(wt, 'precious.txt'), 'keep me\n');
    const result = await createEffortWorktree(alpha, ctx());
    assert.equal(result.status, 'failed');
    assert.deepEqual(result.error, {
      code: 'path-exists',
      message: `${wt} already exists and is not empty; nothing was changed`,
    });
    assert.equal(readFileSync(path.join(wt, 'precious.txt'), 'utf8'), 'keep me\n');
    assert.deepEqual(repo.branches(), ['main']);
    assert.deepEqual(mutating(), []);
  });

  it('names a worktree whose folder was deleted instead of pretending it exists', async () => {
    const first = await createEffortWorktree(alpha, ctx());
    rmSync(first.path!, { recursive: true, force: true });
    const again = await createEffortWorktree(alpha, ctx());
    assert.deepEqual(again.error, {
      code: 'branch-checked-out',
      message: `waveplan/phase1/wave1/alpha is registered to the worktree ${first.path}, whose folder is gone; prune worktrees (git worktree prune) first`,
    });
  });

  it('refuses a folder that is already the worktree of another branch', async () => {
    const folder = path.join(wtRoot(), 'same');
    repo.git('worktree', 'add', '-q', '-b', 'hand-made', folder, 'main');
    const two = await createEffortWorktree(beta, ctx([beta], { settings: { directoryTemplate: 'same' } }));
    assert.deepEqual(two.error, {
      code: 'path-exists',
      message: `${folder} is already the worktree of hand-made; nothing was changed`,
    });
  });

  it('refuses, before git runs, an effort whose folder another planned effort would get too', async () => {
    const twinFolder = { directoryTemplate: 'same' };
    const one = await createEffortWorktree(alpha, ctx(undefined, { settings: twinFolder }));
    assert.deepEqual(one.error, {
      code: 'duplicate-folder',
      message: `E1.1.1 and E1.1.2 would get the same worktree folder ${path.join(wtRoot(), 'same')}; declare a Directory or Branch that tells them apart; nothing was run`,
    });
    assert.deepEqual(mutating(), []);
  });

  it('accepts an existing empty folder', async () => {
    const wt = path.join(wtRoot(), 'waveplan-phase1-wave1-alpha');
    mkdirSync(wt, { recursive: true });
    assert.equal((await createEffortWorktree(alpha, ctx())).status, 'created');
    assert.ok(exists(path.join(wt, 'README')));
  });

  it('refuses a target folder, or a folder below the root, that is a symbolic link', async () => {
    const elsewhere = path.join(repo.root, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(wtRoot());
    const link = path.join(wtRoot(), 'waveplan-phase1-wave1-alpha');
    symlinkSync(elsewhere, link);
    const direct = await createEffortWorktree(alpha, ctx());
    assert.deepEqual(direct.error, {
      code: 'path-exists',
      message: `${link} is a symbolic link; Waveplan does not create worktrees through links; nothing was changed`,
    });
    const sub = path.join(wtRoot(), 'sub');
    symlinkSync(elsewhere, sub);
    const nested = await createEffortWorktree(alpha, ctx(undefined, { settings: { directoryTemplate: 'sub/{slug}' } }));
    assert.deepEqual(nested.error, {
      code: 'path-exists',
      message: `${sub} is a symbolic link; Waveplan does not create worktrees through links; nothing was changed`,
    });
    assert.deepEqual(readdirSync(elsewhere), []);
    assert.deepEqual(repo.branches(), ['main']);
    assert.deepEqual(mutating(), []);
  });

  it('refuses a folder whose parent is a file before creating anything', async () => {
    const blocker = path.join(repo.root, 'a-file');
    writeFileSync(blocker, 'not a folder\n');
    const result = await createEffortWorktree(alpha, ctx(undefined, { root: blocker }));
    assert.equal(result.error?.code, 'path-exists');
    assert.match(result.error!.message, /cannot be created: one of its parents is a file; nothing was changed$/);
    assert.deepEqual(mutating(), []);
    assert.equal(readFileSync(blocker, 'utf8'), 'not a folder\n');
  });

  it('rolls back the branch it created when git worktree add fails after creating it', async () => {
    // git 2.39 creates the branch, then checks the folder: a reference-transaction hook fills the folder in between.
    const wt = path.join(wtRoot(), 'waveplan-phase1-wave1-alpha');
    const hooks = path.join(repo.root, 'hooks');
    mkdirSync(hooks);
    writeFileSync(
      path.join(hooks, 'reference-transaction'),
      `#!/bin/sh\n[ "$1" = committed ] && mkdir -p '${wt}' && echo intruder > '${wt}/other.txt'\nexit 0\n`,
    );
    chmodSync(path.join(hooks, 'reference-transaction'), 0o755);
    repo.git('config', 'core.hooksPath', hooks);
    const result = await createEffortWorktree(alpha, ctx());
    assert.equal(result.status, 'failed');
    assert.equal(result.error?.code, 'path-exists');
    assert.deepEqual(result.rolledBack, [
      `left ${wt} in place: it holds files this create did not make`,
      'deleted branch waveplan/phase1/wave1/alpha',
    ]);
    assert.match(
      result.error!.message,
      /^git worktree add .* failed: '.*' already exists; undone: left .* in place: .*; deleted branch waveplan\/phase1\/wave1\/alpha$/,
    );
    assert.deepEqual(repo.branches(), ['main'], 'no half-made branch is left');
    assert.deepEqual(repo.worktreePaths(), [repo.dir]);
    assert.equal(readFileSync(path.join(wt, 'other.txt'), 'utf8'), 'intruder\n');
  });

  it('rolls back a worktree that a cancel interrupted half-way (branch, registration and folders)', async function () {
    this.timeout(20000);
    const hooks = path.join(repo.root, 'hooks');
    mkdirSync(hooks);
    const marker = path.join(repo.root, 'hook-started');
    writeFileSync(path.join(hooks, 'post-checkout'), `#!/bin/sh\ntouch '${marker}'\nsleep 20\n`);
    chmodSync(path.join(hooks, 'post-checkout'), 0o755);
    repo.git('config', 'core.hooksPath', hooks);
    const controller = new AbortController();
    const root = path.join(repo.root, 'deep', 'er');
    const pending = createEffortWorktree(alpha, ctx(undefined, { signal: controller.signal, root }));
    // Abort while git runs the post-checkout hook: the worktree is registered and checked out, git is not done.
    for (let i = 0; i < 400 && !exists(marker); i++) await new Promise((r) => setTimeout(r, 25));
    assert.ok(exists(marker), 'the hook started');
    controller.abort();
    const result = await pending;
    assert.equal(result.status, 'failed');
    assert.equal(result.error?.code, 'cancelled');
    assert.deepEqual(repo.branches(), ['main']);
    assert.deepEqual(repo.worktreePaths(), [repo.dir]);
    assert.ok(!exists(path.join(repo.root, 'deep')), 'folders the create made are removed again');
    assert.deepEqual(result.rolledBack, [
      `unregistered worktree ${path.join(root, 'waveplan-phase1-wave1-alpha')}`,
      `removed empty folders ${root}, ${path.join(repo.root, 'deep')}`,
      'deleted branch waveplan/phase1/wave1/alpha',
    ]);
  });

  it('warns when a dependency branch exists but is not merged into the base, or does not exist', async () => {
    assert.deepEqual((await createEffortWorktree(beta, ctx())).warnings, [
      'dependency E1.1.1 has no branch yet (waveplan/phase1/wave1/alpha): E1.1.2 will start without its work',
    ]);
    repo.cleanup();
    repo = new TempRepo();
    repo.branchWithCommit('waveplan/phase1/wave1/alpha', 'main', 'a.go', 2);
    assert.deepEqual((await createEffortWorktree(beta, ctx())).warnings, [
      "dependency E1.1.1's branch waveplan/phase1/wave1/alpha is not merged into the base main: E1.1.2 will start without its work",
    ]);
    repo.git('merge', '-q', '--ff-only', 'waveplan/phase1/wave1/alpha');
    repo.git('worktree', 'remove', '--force', path.join(wtRoot(), 'waveplan-phase1-wave1-beta'));
    repo.git('branch', '-D', 'waveplan/phase1/wave1/beta');
    const doneAlpha = { ...alpha, status: 'done' as const };
    assert.deepEqual((await createEffortWorktree(beta, ctx([doneAlpha, beta]))).warnings, []);
  });

  it('warns when a dependency not done has a branch with nothing beyond the base yet (just started)', async () => {
    const started = { ...alpha, status: 'in-progress' as const };
    repo.git('branch', 'waveplan/phase1/wave1/alpha', 'main');
    assert.deepEqual((await createEffortWorktree(beta, ctx([started, beta]))).warnings, [
      'dependency E1.1.1 is not done (in progress) and its branch waveplan/phase1/wave1/alpha has nothing beyond the base main yet: E1.1.2 will start without its work',
    ]);
  });

  it('runs nothing for a hostile branch name from a plan', async () => {
    const marker = path.join(os.tmpdir(), `pwned-${process.pid}-${Date.now()}`);
    const hostile = effort({ id: 'E1.1.3', name: 'Evil', phase: 1, wave: 1, branch: `x$(touch ${marker})` });
    const result = await createEffortWorktree(hostile, ctx([hostile]));
    assert.equal(result.status, 'failed');
    assert.deepEqual(result.error, {
      code: 'invalid-ref',
      message: `E1.1.3: branch name ${JSON.stringify(`x$(touch ${marker})`)} contains a shell command substitution ($( or \`) (rule: no-command-substitution); nothing was run`,
    });
    assert.ok(!exists(marker), 'the command in the name must never run');
    assert.deepEqual(calls, [
      ['worktree', 'list', '--porcelain', '-z'],
      ['for-each-ref', '--format=%(objectname) %(refname) %(symref)', 'refs/heads', 'refs/remotes'],
    ]);
    assert.deepEqual(repo.branches(), ['main']);
    assert.deepEqual(repo.worktreePaths(), [repo.dir]);
  });

  it('runs nothing for a hostile project prefix in the repo config', async () => {
    const result = await createEffortWorktree(alpha, {
      ...ctx(),
      plan: planOf([alpha], {
        file: 'target-repo-config.yaml',
        projectPrefix: '--upload-pack=touch /tmp/x',
        branchPattern: 'p{phase}/{effort_name}',
      }),
    });
    assert.equal(result.error?.code, 'invalid-ref');
    assert.match(result.error!.message, /rule: no-whitespace-or-control/);
    assert.deepEqual(mutating(), []);
  });

  it('fails with not-a-repository outside git, without throwing', async () => {
    const result = await createEffortWorktree(alpha, { ...ctx(), repo: repo.root });
    assert.equal(result.status, 'failed');
    assert.equal(result.error?.code, 'not-a-repository');
  });
});

describe('createWaveWorktrees (real repositories)', () => {
  let repo: TempRepo;
  const wave = [
    effort({ id: 'E1.1.3', name: 'Gamma', phase: 1, wave: 1 }),
    effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 }),
    effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1 }),
  ];
  const wt = (slug: string) => path.join(repo.root, 'repo-worktrees', `waveplan-phase1-wave1-${slug}`);
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  it('creates each effort in id order; one failure does not stop the others', async () => {
    mkdirSync(wt('beta'), { recursive: true });
    writeFileSync(path.join(wt('beta'), 'x'), 'x');
    const progress: string[] = [];
    const summary = await createWaveWorktrees(
      wave,
      { repo: repo.dir, plan: planOf(wave) },
      { onProgress: (d, t, r) => progress.push(`${d}/${t} ${r.effort} ${r.status}`) },
    );
    assert.deepEqual([summary.created, summary.skipped, summary.failed, summary.planned], [2, 0, 1, 0]);
    assert.deepEqual(progress, ['1/3 E1.1.1 created', '2/3 E1.1.2 failed', '3/3 E1.1.3 created']);
    assert.deepEqual(repo.branches(), ['main', 'waveplan/phase1/wave1/alpha', 'waveplan/phase1/wave1/gamma']);
    const again = await createWaveWorktrees(wave, { repo: repo.dir, plan: planOf(wave) });
    assert.deepEqual([again.created, again.skipped, again.failed], [0, 2, 1]);
  });

  it('stops starting new efforts once cancelled', async () => {
    const controller = new AbortController();
    const summary = await createWaveWorktrees(
      wave,
      { repo: repo.dir, plan: planOf(wave), signal: controller.signal },
      { onProgress: () => controller.abort() },
    );
    assert.deepEqual(
      summary.results.map((r: CreateResult) => [r.effort, r.status, r.error?.code]),
      [
        ['E1.1.1', 'created', undefined],
        ['E1.1.2', 'failed', 'cancelled'],
        ['E1.1.3', 'failed', 'cancelled'],
      ],
    );
    assert.deepEqual(repo.branches(), ['main', 'waveplan/phase1/wave1/alpha']);
  });

  it('a dry run prints the argv it would run and changes nothing, even for progressive chains', async () => {
    const summary = await createWaveWorktrees(
      wave,
      { repo: repo.dir, plan: planOf(wave), settings: { strategy: 'progressive' } },
      { dryRun: true },
    );
    assert.equal(summary.planned, 3);
    assert.deepEqual(
      summary.results.map((r) => r.commands[1]),
      [
        ['worktree', 'add', '--no-track', '-b', 'waveplan/phase1/wave1/alpha', '--', wt('alpha'), 'refs/heads/main'],
        [
          'worktree',
          'add',
          '--no-track',
          '-b',
          'waveplan/phase1/wave1/beta',
          '--',
          wt('beta'),
          'refs/heads/waveplan/phase1/wave1/alpha',
        ],
        [
          'worktree',
          'add',
          '--no-track',
          '-b',
          'waveplan/phase1/wave1/gamma',
          '--',
          wt('gamma'),
          'refs/heads/waveplan/phase1/wave1/beta',
        ],
      ],
    );
    assert.deepEqual(repo.branches(), ['main']);
    assert.ok(!exists(path.join(repo.root, 'repo-worktrees')));
  });

  it('progressive for real: each branch starts at the previous effort branch', async () => {
    const summary = await createWaveWorktrees(wave, {
      repo: repo.dir,
      plan: planOf(wave),
      settings: { strategy: 'progressive' },
    });
    assert.equal(summary.created, 3);
    assert.deepEqual(
      summary.results.map((r) => r.base),
      ['main', 'waveplan/phase1/wave1/alpha', 'waveplan/phase1/wave1/beta'],
    );
  });

  it('refuses two efforts that would share a branch', async () => {
    const twins = [
      effort({ id: 'E1.1.1', name: 'Same', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.2', name: 'Same', phase: 1, wave: 1 }),
    ];
    const summary = await createWaveWorktrees(twins, { repo: repo.dir, plan: planOf(twins) });
    assert.deepEqual(summary.results[1].error, {
      code: 'duplicate-branch',
      message: 'E1.1.2 would get the same branch as E1.1.1; declare a Branch for one of them',
    });
    // The same branch gives the same folder ({branch_slug}): the first is refused too, before git runs.
    assert.equal(summary.results[0].error?.code, 'duplicate-folder');
    assert.equal(summary.created, 0);
    assert.deepEqual(repo.branches(), ['main']);
  });
});
