import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GitError } from '../../../../src/core/git/errors';
import { assertValidBranchName } from '../../../../src/core/git/refs';
import { GitRepo } from '../../../../src/core/git/repo';
import { runGit } from '../../../../src/core/git/run';
import { TempRepo } from '../../../fixtures/worktrees/tempRepo';

async function gitError(p: Promise<unknown>): Promise<GitError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof GitError, `expected a GitError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected the git command to fail');
}

describe('git runner (real repositories)', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  it('runs git with an argv and returns its output', async () => {
    const r = await runGit(['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: repo.dir });
    assert.equal(r.stdout, 'main\n');
    assert.equal(r.exitCode, 0);
  });

  it('passes input on stdin', async () => {
    const r = await runGit(['hash-object', '--stdin'], { cwd: repo.dir, input: 'hello\n' });
    assert.equal(r.stdout.trim(), 'ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('sets GIT_TERMINAL_PROMPT=0 and LC_ALL=C and drops an inherited GIT_DIR', async () => {
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = '/nonexistent/.git';
    try {
      const r = await runGit(['-c', 'alias.showenv=!env', 'showenv'], { cwd: repo.dir });
      const env = new Set(r.stdout.split('\n'));
      assert.ok(env.has('GIT_TERMINAL_PROMPT=0'));
      assert.ok(env.has('LC_ALL=C'));
      assert.ok(![...env].some((l) => l.startsWith('GIT_DIR=/nonexistent')), 'inherited GIT_DIR must not reach git');
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  it('treats okCodes as answers (merge-base --is-ancestor)', async () => {
    const git = new GitRepo(repo.dir);
    const first = repo.sha('HEAD');
    repo.write('b.txt', 'b\n');
    const second = repo.commit('second');
    assert.equal(await git.isAncestor(first, second), true);
    assert.equal(await git.isAncestor(second, first), false);
  });

  it('maps "not a git repository" and a missing folder to not-a-repository', async () => {
    const plain = mkdtempSync(path.join(os.tmpdir(), 'waveplan-plain-'));
    try {
      const e1 = await gitError(runGit(['status'], { cwd: plain }));
      assert.equal(e1.code, 'not-a-repository');
      assert.match(e1.message, /^git status failed: not a git repository/);
      const e2 = await gitError(runGit(['status'], { cwd: path.join(plain, 'nope') }));
      assert.equal(e2.code, 'not-a-repository');
      assert.match(e2.message, /does not exist/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('maps branch-exists, unknown-base and invalid-ref', async () => {
    assert.equal((await gitError(runGit(['branch', 'main'], { cwd: repo.dir }))).code, 'branch-exists');
    const unknown = await gitError(runGit(['branch', 'x', 'no-such-base'], { cwd: repo.dir }));
    assert.equal(unknown.code, 'unknown-base');
    assert.match(unknown.message, /no-such-base/);
    assert.equal(
      (await gitError(runGit(['check-ref-format', '--branch', 'a..b'], { cwd: repo.dir }))).code,
      'invalid-ref',
    );
  });

  it('maps branch-checked-out, path-exists, dirty-worktree and worktree-locked', async () => {
    const wt = path.join(repo.root, 'wt-a');
    await runGit(['worktree', 'add', '-b', 'a', '--', wt, 'main'], { cwd: repo.dir });
    const checkedOut = await gitError(
      runGit(['worktree', 'add', '--', path.join(repo.root, 'wt-b'), 'a'], { cwd: repo.dir }),
    );
    assert.equal(checkedOut.code, 'branch-checked-out');
    assert.equal(
      (await gitError(runGit(['worktree', 'add', '-b', 'c', '--', wt, 'main'], { cwd: repo.dir }))).code,
      'path-exists',
    );
    repo.write('dirty.txt', 'x\n', wt);
    assert.equal((await gitError(runGit(['worktree', 'remove', '--', wt], { cwd: repo.dir }))).code, 'dirty-worktree');
    repo.git('worktree', 'lock', '--reason', 'agent running', wt);
    assert.equal(
      (await gitError(runGit(['worktree', 'remove', '--force', '--', wt], { cwd: repo.dir }))).code,
      'worktree-locked',
    );
  });

  it('kills git and its children on timeout', async function () {
    this.timeout(15000);
    const pidFile = path.join(repo.root, 'child.pid');
    const started = Date.now();
    const err = await gitError(
      runGit(['-c', `alias.slow=!echo $$ > '${pidFile}'; exec sleep 30`, 'slow'], { cwd: repo.dir, timeoutMs: 1500 }),
    );
    assert.equal(err.code, 'timeout');
    assert.match(err.message, /did not finish within 1500 ms/);
    assert.ok(Date.now() - started < 10000, 'the timeout must not wait for the 30 s child');
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    await new Promise((r) => setTimeout(r, 200));
    assert.throws(() => process.kill(pid, 0), /ESRCH/, 'the child of git must be gone too');
  });

  it('cancels through an AbortSignal, and refuses to start when already aborted', async () => {
    const controller = new AbortController();
    const pending = runGit(['-c', 'alias.slow=!sleep 30', 'slow'], { cwd: repo.dir, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const err = await gitError(pending);
    assert.equal(err.code, 'cancelled');
    const again = await gitError(runGit(['status'], { cwd: repo.dir, signal: controller.signal }));
    assert.equal(again.code, 'cancelled');
    assert.match(again.message, /before it started/);
  });

  it('reports git-missing when git is not on PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(repo.root, 'no-bin-here');
    try {
      const err = await gitError(runGit(['status'], { cwd: repo.dir }));
      assert.equal(err.code, 'git-missing');
    } finally {
      process.env.PATH = saved;
    }
  });

  it('traces every argv before running it', async () => {
    const seen: string[][] = [];
    await runGit(['status', '--short'], { cwd: repo.dir, trace: (args) => seen.push([...args]) });
    assert.deepEqual(seen, [['status', '--short']]);
  });

  it('validates branch names with our rules first, then git check-ref-format', async () => {
    await assertValidBranchName('waveplan/phase1/wave1/ok', { cwd: repo.dir });
    const ours = await gitError(assertValidBranchName('a..b', { cwd: repo.dir }));
    assert.equal(ours.code, 'invalid-ref');
    assert.equal(ours.message, `branch name "a..b" contains '..' (rule: no-double-dot)`);
    assert.deepEqual(ours.args, [], 'a name that breaks our rules never reaches git');
  });
});
