import { strict as assert } from 'assert';
import { shortError } from '../../../../../src/core/views/shortError';
import type { Effort, RepoConfig } from '../../../../../src/core/model/model';
import { Session } from '../../../../../src/core/worktrees/session';
import type { WorktreeSettings } from '../../../../../src/core/worktrees/settings';
import { TempRepo, effort, planOf } from '../../../../fixtures/worktrees/tempRepo';

const cfg: RepoConfig = {
  file: '/plans/target-repo-config.yaml',
  projectPrefix: 'proj',
  branchPattern: 'phase{phase}/wave{wave}/{effort_name}',
  integrationPattern: 'phase{phase}-wave{wave}-integration',
};

async function baseOf(
  repo: TempRepo,
  target: Effort,
  all: Effort[],
  settings: Partial<WorktreeSettings> = {},
  config?: RepoConfig,
) {
  const session = await Session.open({ repo: repo.dir, plan: planOf(all, config), settings });
  return session.baseOf(target, session.branchOf(target));
}

async function baseError(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code: string; message: string };
  }
  assert.fail('expected no base to be found');
}

describe('effort bases (cascade rules on a real repository)', () => {
  let repo: TempRepo;
  const w11 = effort({ id: 'E1.1.1', name: 'one', phase: 1, wave: 1 });
  const w12 = effort({ id: 'E1.1.2', name: 'two', phase: 1, wave: 1 });
  const w21 = effort({ id: 'E1.2.1', name: 'three', phase: 1, wave: 2 });
  const p21 = effort({ id: 'E2.1.1', name: 'four', phase: 2, wave: 1 });
  const all = [w11, w12, w21, p21];
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  it('R308: phase 1 wave 1 starts from main', async () => {
    const base = await baseOf(repo, w11, all);
    assert.equal(base.display, 'main');
    assert.equal(base.ref, 'refs/heads/main');
    assert.equal(base.sha, repo.sha('main'));
    assert.match(base.reason, /^R308: the first wave of the first phase \(default branch\)$/);
  });

  it('R308: wave 2 starts from the wave 1 integration branch (repo config pattern, prefixed first)', async () => {
    repo.git('branch', 'phase1-wave1-integration', 'main');
    assert.equal((await baseOf(repo, w21, all, {}, cfg)).display, 'phase1-wave1-integration');
    repo.git('branch', 'proj/phase1-wave1-integration', 'main');
    const base = await baseOf(repo, w21, all, {}, cfg);
    assert.equal(base.display, 'proj/phase1-wave1-integration');
    assert.equal(base.reason, 'R308: wave 1.2 starts from the wave 1.1 integration branch');
  });

  it('R308: the first wave of phase 2 starts from the phase 1 integration branch', async () => {
    repo.git('branch', 'phase1/integration', 'main');
    assert.equal((await baseOf(repo, p21, all)).display, 'phase1/integration');
  });

  it('R308: wave 1 follows wave 0 when the plan has a wave 0', async () => {
    const w10 = effort({ id: 'E1.0.1', name: 'zero', phase: 1, wave: 0 });
    repo.git('branch', 'phase1/wave0/integration', 'main');
    assert.equal((await baseOf(repo, w11, [w10, ...all])).display, 'phase1/wave0/integration');
    assert.equal((await baseOf(repo, w11, all)).display, 'main', 'no wave 0 in the plan: wave 1 is the first');
  });

  it('names the integration branches tried and the local branches that could be meant', async () => {
    repo.git('branch', 'phase1-wave-1-integration-old', 'main');
    const err = await baseError(baseOf(repo, w21, all, {}, cfg));
    assert.equal(err.code, 'unknown-base');
    assert.equal(
      err.message,
      'no base branch for E1.2.1 (R308: wave 1.2 starts from the wave 1.1 integration branch): tried proj/phase1-wave1-integration, ' +
        'proj/phase1/wave1/integration, proj/phase1/wave1-integration, proj/phase-1-wave-1-integration, phase1-wave1-integration, ' +
        'phase1/wave1/integration, phase1/wave1-integration, phase-1-wave-1-integration; ' +
        'local branches that could be meant: main, phase1-wave-1-integration-old. ' +
        'Declare a Base Branch or create one of these.',
    );
  });

  it('R501 progressive: each effort starts from the previous effort of its wave', async () => {
    repo.git('branch', 'waveplan/phase1/wave1/one', 'main');
    const base = await baseOf(repo, w12, all, { strategy: 'progressive' });
    assert.equal(base.display, 'waveplan/phase1/wave1/one');
    assert.equal(base.reason, 'R501 progressive: starts from the previous effort E1.1.1');
    assert.equal(
      (await baseOf(repo, w11, all, { strategy: 'progressive' })).display,
      'main',
      'the first effort uses the R308 base',
    );
    repo.git('branch', '-D', 'waveplan/phase1/wave1/one');
    const err = await baseError(baseOf(repo, w12, all, { strategy: 'progressive' }));
    assert.match(err.message, /tried waveplan\/phase1\/wave1\/one; /);
  });

  it('strategy main: every effort from the default branch; a configured default must exist', async () => {
    assert.equal((await baseOf(repo, p21, all, { strategy: 'main' })).display, 'main');
    repo.git('branch', 'develop', 'main');
    assert.equal((await baseOf(repo, p21, all, { strategy: 'main', defaultBranch: 'develop' })).display, 'develop');
    const err = await baseError(baseOf(repo, p21, all, { strategy: 'main', defaultBranch: 'trunk' }));
    assert.match(
      err.message,
      /^no base branch for E2\.1\.1 \(strategy main \(configured default branch\)\): tried trunk; local branches that could be meant: develop, main\./,
    );
  });

  it('a declared Base Branch beats every rule; prose after it is ignored; a missing one is an error', async () => {
    repo.git('branch', 'phase2-integration', 'main');
    const declared = effort({ ...w21, baseBranch: '`phase2-integration` (Wave 2.1 complete)' });
    const base = await baseOf(repo, declared, [declared], { strategy: 'progressive' });
    assert.deepEqual([base.display, base.reason], ['phase2-integration', 'declared Base Branch']);
    const missing = effort({ ...w21, baseBranch: 'nope' });
    const gone = await baseError(baseOf(repo, missing, [missing]));
    assert.equal(gone.code, 'unknown-base');
    // The plan names a base: the error says that one does not exist (it said "no base branch for E1.2.1").
    assert.match(gone.message, /^the base branch of E1\.2\.1, nope, does not exist: tried nope, waveplan\/nope; /);
    assert.equal(shortError(gone.message), 'the base branch of E1.2.1, nope, does not exist');
    const hostile = effort({ ...w21, baseBranch: 'main;touch x' });
    const err = await baseError(baseOf(repo, hostile, [hostile]));
    assert.equal(err.code, 'invalid-ref');
    assert.equal(
      err.message,
      'base branch of E1.2.1: name "main;touch x" contains whitespace or a control character (rule: no-whitespace-or-control)',
    );
  });

  it('a declared base may be a tag or a commit id', async () => {
    repo.git('tag', 'v1', 'main');
    const tagged = effort({ ...w11, baseBranch: 'v1' });
    assert.equal((await baseOf(repo, tagged, [tagged])).sha, repo.sha('main'));
  });

  it('split N starts from split N-1; split 1 from the effort base', async () => {
    repo.git('branch', 'x/a--split-001', 'main');
    const s2 = effort({ ...w11, branch: 'x/a--split-002' });
    const base = await baseOf(repo, s2, [s2]);
    assert.deepEqual([base.display, base.reason], ['x/a--split-001', 'split 2 starts from the previous split']);
    const s1 = effort({ ...w11, branch: 'x/a--split-001' });
    assert.equal((await baseOf(repo, s1, [s1])).display, 'main');
  });

  it('falls back to a remote-tracking branch (origin first)', async () => {
    const sha = repo.sha('main');
    repo.git('update-ref', 'refs/remotes/upstream/phase1/wave1/integration', sha);
    repo.git('update-ref', 'refs/remotes/origin/phase1/wave1/integration', sha);
    const base = await baseOf(repo, w21, all);
    assert.deepEqual(
      [base.display, base.ref, base.remote],
      ['origin/phase1/wave1/integration', 'refs/remotes/origin/phase1/wave1/integration', true],
    );
  });

  it('reads the plan once for all efforts, not once per effort', async () => {
    repo.git('branch', 'phase1/wave1/integration', 'main');
    const many = Array.from({ length: 30 }, (_, i) =>
      effort({ id: `E1.2.${i + 1}`, name: `e${i + 1}`, phase: 1, wave: 2 }),
    );
    const plan = planOf(many);
    let scans = 0;
    // Counts every walk over the efforts array: for…of and spreads take its iterator, the rest call a method.
    const walks = new Set<string | symbol>([
      Symbol.iterator,
      'filter',
      'map',
      'find',
      'findIndex',
      'some',
      'every',
      'forEach',
      'reduce',
      'slice',
    ]);
    plan.efforts = new Proxy(many, {
      get(target, key, receiver) {
        if (walks.has(key)) scans++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    for (const strategy of ['incremental', 'progressive'] as const) {
      const session = await Session.open({ repo: repo.dir, plan, settings: { strategy } });
      scans = 0;
      const bases = [];
      for (const e of many) bases.push(await session.baseOf(e, session.branchOf(e)).catch((err: Error) => err.message));
      assert.equal(
        bases[0] && typeof bases[0] === 'object' ? bases[0].display : bases[0],
        'phase1/wave1/integration',
        strategy,
      );
      assert.ok(scans <= 2, `${strategy}: the efforts were walked ${scans} times for ${many.length} bases`);
    }
  });

  it('finds remote-only branches from one index of the remote refs, not a scan per lookup', async () => {
    const sha = repo.sha('main');
    for (const ref of ['upstream/x/y', 'origin/x/y', 'b/z', 'a/z', 'origin/HEADLESS'])
      repo.git('update-ref', `refs/remotes/${ref}`, sha);
    const session = await Session.open({ repo: repo.dir, plan: planOf(all) });
    const remote = session.snap.remote;
    let scans = 0;
    const keys = remote.keys.bind(remote);
    remote.keys = () => (scans++, keys());
    const found = Array.from({ length: 20 }, () =>
      ['x/y', 'z', 'y', 'origin/x/y', 'nope'].map((n) => session.snap.find(n)?.display ?? '-'),
    );
    assert.deepEqual(found[19], ['origin/x/y', 'a/z', '-', 'origin/x/y', '-']);
    assert.ok(scans <= 1, `the remote refs were scanned ${scans} times for 100 lookups`);
  });
});
