import { strict as assert } from 'assert';
import { GitRepo } from '../../../../src/core/git/repo';
import { SizeCache, measureSizes } from '../../../../src/core/sizes/size';
import { TempRepo, effort, lines, planOf } from '../../../fixtures/worktrees/tempRepo';

describe('measured size (real repository, known line counts)', () => {
  let repo: TempRepo;
  const alpha = effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 });
  const branch = 'waveplan/phase1/wave1/alpha';
  const ctx = (efforts = [alpha], trace?: (a: readonly string[]) => void) => ({
    repo: repo.dir,
    plan: planOf(efforts),
    trace,
  });
  beforeEach(() => {
    repo = new TempRepo();
    repo.branchWithFiles(branch, 'main', {
      'pkg/a.go': 120,
      'pkg/a_test.go': 50,
      'docs/guide.md': 30,
      'deploy/config.yaml': 10,
      'vendor/lib/y.go': 40,
      '.github/workflows/ci.yml': 6,
      'api/zz_generated.deepcopy.go': 70,
      '.software-factory/phase1/notes.txt': 9,
      'cmd/main.go': 15,
      'logo.png': Buffer.from([0, 1, 2, 3, 0, 255]),
    });
  });
  afterEach(() => repo.cleanup());

  it('counts insertions of code files only, base...branch', async () => {
    // main moves on after the branch: three dots keep that out of the effort's size.
    repo.write('pkg/later.go', lines(500));
    repo.commit('main moves on');
    const [size] = await measureSizes([alpha], ctx());
    assert.equal(size.measured, 135);
    assert.equal(size.level, 'ok');
    assert.equal(size.worst, 'ok');
    assert.equal(size.base, 'main');
    assert.deepEqual(
      size.files!.map((f) => [f.path, f.insertions, f.counted, f.excludedBy]),
      [
        ['.github/workflows/ci.yml', 6, false, '*.yml'],
        ['.software-factory/phase1/notes.txt', 9, false, '*.txt'],
        ['api/zz_generated.deepcopy.go', 70, false, 'zz_generated*'],
        ['cmd/main.go', 15, true, undefined],
        ['deploy/config.yaml', 10, false, '*.yaml'],
        ['docs/guide.md', 30, false, '*.md'],
        ['logo.png', 0, false, 'binary'],
        ['pkg/a.go', 120, true, undefined],
        ['pkg/a_test.go', 50, false, '*_test.go'],
        ['vendor/lib/y.go', 40, false, 'vendor/'],
      ],
    );
  });

  it('applies configurable rules and limits', async () => {
    const [withTests] = await measureSizes([alpha], ctx(), {
      rules: { groups: ['docs', 'generated', 'config', 'lockFiles', 'vendor', 'meta'] },
    });
    assert.equal(withTests.measured, 185);
    const [onlyPkg] = await measureSizes([alpha], ctx(), { rules: { include: ['pkg/'] } });
    assert.equal(onlyPkg.measured, 120);
    const [soft] = await measureSizes([alpha], ctx(), { limits: { hard: 200, soft: 100 } });
    assert.equal(soft.level, 'soft');
    const [hard] = await measureSizes([alpha], ctx(), { limits: { hard: 130, soft: 100 } });
    assert.equal(hard.level, 'hard');
  });

  it('measures each split against the previous split, the first against the effort base', async () => {
    const beta = effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1 });
    repo.branchWithFiles('waveplan/phase1/wave1/beta--split-001', 'main', { 'b/one.go': 30 });
    repo.branchWithFiles('waveplan/phase1/wave1/beta--split-002', 'waveplan/phase1/wave1/beta--split-001', {
      'b/two.go': 40,
    });
    repo.branchWithFiles('waveplan/phase1/wave1/beta--split-003', 'waveplan/phase1/wave1/beta--split-002', {
      'b/three.go': 900,
    });
    const [size] = await measureSizes([beta], ctx([beta]));
    assert.equal(size.branchExists, false);
    assert.equal(size.error, undefined);
    assert.deepEqual(
      size.splits.map((s) => [s.branch, s.base, s.measured, s.level]),
      [
        ['waveplan/phase1/wave1/beta--split-001', 'main', 30, 'ok'],
        ['waveplan/phase1/wave1/beta--split-002', 'waveplan/phase1/wave1/beta--split-001', 40, 'ok'],
        ['waveplan/phase1/wave1/beta--split-003', 'waveplan/phase1/wave1/beta--split-002', 900, 'hard'],
      ],
    );
    assert.equal(size.worst, 'hard');
  });

  it('reports an effort without a branch, and one whose base is missing', async () => {
    const gamma = effort({ id: 'E1.1.3', name: 'Gamma', phase: 1, wave: 1 });
    const later = effort({ id: 'E1.2.1', name: 'Later', phase: 1, wave: 2 });
    repo.git('branch', 'waveplan/phase1/wave2/later', 'main');
    const [g, l] = await measureSizes([gamma, later], ctx([gamma, later]));
    assert.deepEqual(g.error, {
      code: 'invalid-ref',
      message: 'E1.1.3: branch waveplan/phase1/wave1/gamma does not exist, nothing to measure',
    });
    assert.equal(l.error?.code, 'unknown-base');
    assert.match(
      l.error!.message,
      /^no base branch for E1\.2\.1 \(R308: wave 1\.2 starts from the wave 1\.1 integration branch\)/,
    );
  });

  it('measures many branches in one diff-tree call, identical to git diff base...branch per branch', async () => {
    const efforts = ['b1', 'b2', 'b3', 'b4'].map((name, i) => effort({ id: `E1.1.${i + 2}`, name, phase: 1, wave: 1 }));
    const br = (name: string) => `waveplan/phase1/wave1/${name}`;
    repo.write('pkg/keep.go', lines(30));
    repo.commit('more on main');
    const before = repo.sha('main');
    repo.write('pkg/main-only.go', lines(7));
    repo.commit('main moves on');
    repo.branchWithFiles(br('b1'), 'main', { 'pkg/one.go': 11, 'pkg/one_test.go': 4 });
    repo.git('branch', br('b2'), 'main');
    repo.git('worktree', 'add', '-q', `${repo.root}/b2`, br('b2'));
    repo.gitIn(`${repo.root}/b2`, 'mv', 'pkg/keep.go', 'pkg/moved.go');
    repo.write('pkg/moved.go', lines(31), `${repo.root}/b2`);
    repo.write('img.bin', Buffer.from([0, 1, 2, 0]), `${repo.root}/b2`);
    repo.commit('b2', `${repo.root}/b2`);
    repo.git('worktree', 'remove', '--force', `${repo.root}/b2`);
    repo.branchWithFiles(br('b3'), before, { 'pkg/three.go': 5 }); // based on an older main: needs a real three-dot diff
    repo.git('branch', br('b4'), 'main');
    const calls: string[] = [];
    const sizes = await measureSizes(
      efforts,
      ctx(efforts, (a) => calls.push(a[0] + (a.some((x) => x.startsWith('--contains')) ? ' --contains' : ''))),
    );
    const git = new GitRepo(repo.dir);
    for (const s of sizes) {
      const expected = await git.numstat('main', s.branch);
      assert.deepEqual(
        s.files!.map(({ counted: _c, excludedBy: _e, ...f }) => f),
        expected,
        s.branch,
      );
    }
    assert.deepEqual(
      sizes.map((s) => s.measured),
      [11, 1, 5, 0],
    );
    assert.deepEqual(calls.sort(), ['diff', 'diff-tree', 'for-each-ref', 'for-each-ref --contains', 'worktree']);
  });

  it('runs one git diff per branch and none again while nothing moved (cache)', async () => {
    const calls: string[] = [];
    const cache = new SizeCache();
    const trace = (a: readonly string[]) => calls.push(a[0]);
    await measureSizes([alpha], ctx(undefined, trace), { cache });
    assert.deepEqual(
      calls.filter((c) => c === 'diff'),
      ['diff'],
    );
    calls.length = 0;
    await measureSizes([alpha], ctx(undefined, trace), { cache });
    assert.deepEqual(calls, ['worktree', 'for-each-ref']);
  });
});
