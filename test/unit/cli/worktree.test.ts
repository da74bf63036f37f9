// `waveplan worktree …` and `waveplan size …` in-process, against real temporary repositories.
import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cliRun';
import { TempRepo, exists } from '../../fixtures/worktrees/tempRepo';

const PLANS = path.resolve(__dirname, '../../fixtures/worktrees/plans');
const B1 = 'demo/phase1/wave1/effort-1-parser';
const B2 = 'demo/phase1/wave1/effort-2-loader';

const cli = runCli;

describe('waveplan worktree / size (CLI, real repositories)', () => {
  let repo: TempRepo;
  const wt = (name: string, wave = 1) =>
    path.join(repo.root, 'repo-worktrees', 'efforts', 'phase1', `wave${wave}`, name);
  const run = (...args: string[]) => cli([...args, '--plans', PLANS], repo.dir);
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  it('create EFFORT makes the branch from its base and the worktree under the config folder pattern', async () => {
    const r = await run('worktree', 'create', 'E1.1.1');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `created E1.1.1 ${B1} from main at ${wt('effort-1-parser')}\n`);
    assert.equal(r.err, '1 created, 0 already existed, 0 failed\n');
    assert.deepEqual(repo.branches(), [B1, 'main']);
    assert.ok(exists(path.join(wt('effort-1-parser'), 'README')));
  });

  it('accepts ids as plans write them (1.1.1, Effort 1.1.1) and --repo from another folder', async () => {
    const r = await cli(['worktree', 'create', 'Effort 1.1.2', '--plans', PLANS, '--repo', repo.dir], os.tmpdir());
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.err,
      `warning E1.1.2: dependency E1.1.1 has no branch yet (${B1}): E1.1.2 will start without its work\n1 created, 0 already existed, 0 failed\n`,
    );
  });

  it('create --wave --dry-run --json prints the git argv and changes nothing', async () => {
    const r = await run('worktree', 'create', '--wave', '1.1', '--dry-run', '--json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.planned, 2);
    assert.deepEqual(
      json.results.map((x: { commands: string[][] }) => x.commands),
      [
        [
          ['check-ref-format', '--branch', B1],
          ['worktree', 'add', '--no-track', '-b', B1, '--', wt('effort-1-parser'), 'refs/heads/main'],
        ],
        [
          ['check-ref-format', '--branch', B2],
          ['worktree', 'add', '--no-track', '-b', B2, '--', wt('effort-2-loader'), 'refs/heads/main'],
        ],
      ],
    );
    assert.deepEqual(repo.branches(), ['main']);
    assert.ok(!exists(path.join(repo.root, 'repo-worktrees')));
  });

  it('create --dry-run in text shows each command line', async () => {
    const r = await run('worktree', 'create', 'E1.1.1', '--dry-run');
    assert.equal(
      r.out,
      `E1.1.1 ${B1} from main (R308: the first wave of the first phase (configured default branch)) at ${wt('effort-1-parser')}; would run:\n` +
        `  git check-ref-format --branch ${B1}\n` +
        `  git worktree add --no-track -b ${B1} -- ${wt('effort-1-parser')} refs/heads/main\n`,
    );
    assert.equal(r.err, '1 planned (dry run, nothing changed), 0 already existed, 0 failed\n');
  });

  it('create --wave twice: the second run reports the existing worktrees and changes nothing', async () => {
    assert.equal((await run('worktree', 'create', '--wave', '1.1')).code, 0);
    const second = await run('worktree', 'create', '--wave', 'W1.1');
    assert.equal(second.code, 0);
    assert.equal(
      second.out,
      `exists  E1.1.1 ${B1} at ${wt('effort-1-parser')}\nexists  E1.1.2 ${B2} at ${wt('effort-2-loader')}\n`,
    );
    assert.equal(second.err, '0 created, 2 already existed, 0 failed\n');
  });

  it('create --root puts worktrees elsewhere', async () => {
    const r = await run('worktree', 'create', 'E1.1.1', '--root', path.join(repo.root, 'elsewhere'));
    assert.equal(r.code, 0, r.err);
    assert.ok(exists(path.join(repo.root, 'elsewhere', 'efforts', 'phase1', 'wave1', 'effort-1-parser', 'README')));
  });

  it('create exits 1 and names the missing base (R308 wave 2 needs the wave 1 integration branch)', async () => {
    const r = await run('worktree', 'create', '--wave', '1.2');
    assert.equal(r.code, 1);
    assert.match(
      r.err,
      /^failed {2}E1\.2\.1 demo\/phase1\/wave2\/effort-1-cli: \[unknown-base\] no base branch for E1\.2\.1 \(R308: wave 1\.2 starts from the wave 1\.1 integration branch\): tried demo\/phase1-wave1-integration, /,
    );
    assert.match(
      r.err,
      /local branches that could be meant: main\. Declare a Base Branch or create one of these\.\n0 created, 0 already existed, 1 failed\n$/,
    );
    repo.git('branch', 'demo/phase1-wave1-integration', 'main');
    const again = await run('worktree', 'create', '--wave', '1.2');
    assert.equal(again.code, 0, again.err);
    assert.match(
      again.out,
      /^created E1\.2\.1 demo\/phase1\/wave2\/effort-1-cli from demo\/phase1-wave1-integration at /,
    );
  });

  it('create leaves an existing non-empty folder untouched and exits 1', async () => {
    mkdirSync(wt('effort-1-parser'), { recursive: true });
    writeFileSync(path.join(wt('effort-1-parser'), 'notes.txt'), 'mine\n');
    const r = await run('worktree', 'create', 'E1.1.1');
    assert.equal(r.code, 1);
    assert.equal(
      r.err,
      `failed  E1.1.1 ${B1}: [path-exists] ${wt('effort-1-parser')} already exists and is not empty; nothing was changed\n0 created, 0 already existed, 1 failed\n`,
    );
    assert.equal(readFileSync(path.join(wt('effort-1-parser'), 'notes.txt'), 'utf8'), 'mine\n');
    assert.deepEqual(repo.branches(), ['main']);
  });

  it('usage errors exit 2 and say what was wrong', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['worktree', 'create', 'E9.9.9'], /unknown effort "E9\.9\.9" \(known: E1\.1\.1, E1\.1\.2, E1\.2\.1\)/],
      [['worktree', 'create'], /name at least one EFFORT or give --wave P\.W/],
      [['worktree', 'create', '--wave', 'one'], /--wave takes PHASE\.WAVE like 1\.2, not "one"/],
      [['worktree', 'create', '--wave', '3.1'], /no efforts in wave 3\.1 \(waves with efforts: 1\.1, 1\.2\)/],
      [
        ['worktree', 'create', 'E1.1.1', '--strategy', 'random'],
        /--strategy must be one of incremental, progressive, main, not "random"/,
      ],
      [['worktree', 'frobnicate'], /unknown subcommand "frobnicate"/],
      [['worktree', 'remove'], /remove takes exactly one EFFORT/],
      [['size'], /name at least one EFFORT or give --all/],
    ];
    for (const [args, message] of cases) {
      const r = await run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message);
    }
  });

  it('outside a repository: exit 2 naming the folder', async () => {
    const r = await cli(['worktree', 'list', '--plans', PLANS, '--repo', repo.root], repo.dir);
    assert.equal(r.code, 2);
    assert.equal(r.err, `waveplan worktree list: ${repo.root} is not a git repository (nor inside one)\n`);
    const c = await cli(['worktree', 'create', 'E1.1.1', '--plans', PLANS, '--repo', repo.root], repo.dir);
    assert.equal(c.code, 2);
    assert.equal(
      c.err,
      `failed  E1.1.1: [not-a-repository] ${repo.root} is not a git repository (nor inside one)\n0 created, 0 already existed, 1 failed\n`,
    );
  });

  it('list shows each effort and the unplanned worktrees; --json has the same facts', async () => {
    await run('worktree', 'create', 'E1.1.1');
    repo.git('branch', 'demo/phase7/wave1/stray', 'main');
    const r = await run('worktree', 'list');
    assert.equal(r.code, 0);
    assert.equal(
      r.out,
      `E1.1.1 worktree ${B1} ${wt('effort-1-parser')}\nE1.1.2 missing ${B2}\nE1.2.1 missing demo/phase1/wave2/effort-1-cli\nunplanned branch demo/phase7/wave1/stray\n`,
    );
    assert.equal(r.err, '3 efforts: 1 with worktrees, 0 branch only, 2 missing; 1 unplanned\n');
    const json = JSON.parse((await run('worktree', 'list', '--json')).out);
    assert.deepEqual(json.unplanned, [{ kind: 'branch', branch: 'demo/phase7/wave1/stray' }]);
    assert.equal(json.efforts[0].worktree, wt('effort-1-parser'));
  });

  it('remove refuses dirty work (exit 1), removes with --force, deletes the branch only with --delete-branch', async () => {
    await run('worktree', 'create', 'E1.1.1');
    writeFileSync(path.join(wt('effort-1-parser'), 'wip.go'), 'package wip\n');
    const refused = await run('worktree', 'remove', 'E1.1.1');
    assert.equal(refused.code, 1);
    assert.equal(
      refused.err,
      `failed  E1.1.1: [dirty-worktree] ${wt('effort-1-parser')} has uncommitted or untracked changes; commit them or use --force\n`,
    );
    assert.ok(exists(path.join(wt('effort-1-parser'), 'wip.go')));
    const forced = await run('worktree', 'remove', 'E1.1.1', '--force');
    assert.equal(forced.code, 0, forced.err);
    assert.equal(
      forced.out,
      `removed E1.1.1 ${wt('effort-1-parser')}\n  ran: git worktree remove --force --force -- ${wt('effort-1-parser')}\n`,
    );
    assert.deepEqual(repo.branches(), [B1, 'main']);
    await run('worktree', 'create', 'E1.1.1');
    const withBranch = await run('worktree', 'remove', 'E1.1.1', '--delete-branch');
    assert.equal(withBranch.code, 0, withBranch.err);
    assert.deepEqual(repo.branches(), ['main']);
  });

  it('prune forgets worktrees whose folders are gone', async () => {
    await run('worktree', 'create', 'E1.1.1');
    rmSync(wt('effort-1-parser'), { recursive: true, force: true });
    const r = await cli(['worktree', 'prune', '--repo', repo.dir], repo.root);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'pruned worktrees/effort-1-parser: gitdir file points to non-existent location\n');
    assert.deepEqual(repo.worktreePaths(), [repo.dir]);
  });

  it('size: measured lines vs the limit; exit 1 over the hard limit; rules from flags', async () => {
    repo.branchWithFiles(B1, 'main', { 'pkg/parser.go': 90, 'pkg/parser_test.go': 40, 'README.md': 12 });
    const ok = await run('size', 'E1.1.1');
    assert.equal(ok.code, 0, ok.err);
    assert.equal(ok.out, `E1.1.1 ${B1} 90 / 800 lines ok (vs main)\n`);
    assert.equal(ok.err, '1 efforts: 0 over the hard limit 800, 0 over the soft limit 700\n');
    assert.equal((await run('size', 'E1.1.1', '--count-tests')).out, `E1.1.1 ${B1} 130 / 800 lines ok (vs main)\n`);
    assert.equal((await run('size', 'E1.1.1', '--exclude', 'pkg/')).out, `E1.1.1 ${B1} 0 / 800 lines ok (vs main)\n`);
    const over = await run('size', 'E1.1.1', '--hard', '80', '--soft', '50');
    assert.equal(over.code, 1);
    assert.equal(over.out, `E1.1.1 ${B1} 90 / 80 lines OVER HARD LIMIT (vs main)\n`);
    assert.equal(over.err, '1 efforts: 1 over the hard limit 80 (E1.1.1), 0 over the soft limit 50\n');
  });

  it('size --all --json lists efforts without branches without failing; a named one without a branch exits 1', async () => {
    repo.branchWithFiles(B1, 'main', { 'pkg/parser.go': 25 });
    const all = await run('size', '--all', '--json');
    assert.equal(all.code, 0, all.err);
    const json = JSON.parse(all.out);
    assert.deepEqual(json.limits, { hard: 800, soft: 700 });
    assert.deepEqual(
      json.efforts.map((e: { effort: string; measured?: number; branchExists: boolean }) => [
        e.effort,
        e.measured ?? null,
        e.branchExists,
      ]),
      [
        ['E1.1.1', 25, true],
        ['E1.1.2', null, false],
        ['E1.2.1', null, false],
      ],
    );
    const named = await run('size', 'E1.1.2');
    assert.equal(named.code, 1);
    assert.match(
      named.err,
      /^error {3}E1\.1\.2: \[invalid-ref\] E1\.1\.2: branch demo\/phase1\/wave1\/effort-2-loader does not exist, nothing to measure\n/,
    );
  });
});

describe('hostile branch names from a plan (CLI)', () => {
  let repo: TempRepo;
  let plans: string;
  let marker: string;
  beforeEach(() => {
    repo = new TempRepo();
    plans = mkdtempSync(path.join(os.tmpdir(), 'waveplan-hostile-'));
    marker = path.join(os.tmpdir(), `pwned-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const state = {
      pre_planned_infrastructure: {
        efforts: {
          phase1_wave1_evil: {
            effort_id: '1.1.1',
            effort_name: 'Evil',
            phase: 'phase1',
            wave: 'wave1',
            branch_name: `x$(touch ${marker})`,
            base_branch: 'main',
          },
          phase1_wave1_evil2: {
            effort_id: '1.1.2',
            effort_name: 'Evil two',
            phase: 'phase1',
            wave: 'wave1',
            branch_name: `ok-branch`,
            base_branch: `main;touch ${marker}`,
          },
        },
      },
    };
    writeFileSync(path.join(plans, 'orchestrator-state-v3.json'), JSON.stringify(state, null, 2));
  });
  afterEach(() => {
    repo.cleanup();
    rmSync(plans, { recursive: true, force: true });
    rmSync(marker, { force: true });
  });

  for (const dry of [false, true]) {
    it(`runs nothing from the name${dry ? ' (dry run)' : ''}: no file, no branch, no worktree`, async () => {
      const r = await cli(
        ['worktree', 'create', '--wave', '1.1', '--plans', plans, ...(dry ? ['--dry-run'] : [])],
        repo.dir,
      );
      assert.equal(r.code, 1);
      assert.equal(
        r.err,
        `failed  E1.1.1 x$(touch ${marker}): [invalid-ref] E1.1.1: branch name ${JSON.stringify(`x$(touch ${marker})`)} contains a shell command substitution ($( or \`) (rule: no-command-substitution); nothing was run\n` +
          `failed  E1.1.2 ok-branch: [invalid-ref] base branch of E1.1.2: name ${JSON.stringify(`main;touch ${marker}`)} contains whitespace or a control character (rule: no-whitespace-or-control)\n` +
          `0 ${dry ? 'planned (dry run, nothing changed)' : 'created'}, 0 already existed, 2 failed\n`,
      );
      assert.ok(!exists(marker), 'the command hidden in the branch name must never run');
      assert.deepEqual(repo.branches(), ['main']);
      assert.deepEqual(repo.worktreePaths(), [repo.dir]);
    });
  }

  it('size refuses the name too', async () => {
    const r = await cli(['size', 'E1.1.1', '--plans', plans], repo.dir);
    assert.equal(r.code, 1);
    assert.ok(!exists(marker));
  });
});

describe('dependency warnings of a new worktree (CLI)', () => {
  let repo: TempRepo;
  let plans: string;
  beforeEach(() => {
    repo = new TempRepo();
    plans = mkdtempSync(path.join(os.tmpdir(), 'waveplan-deps-'));
    // A new team's plan: the schema is done (its branch merged and deleted), the audit log was dropped.
    const text = [
      '# Checkout',
      '## Phase 1: Foundations',
      '### Wave 1.1: Data model',
      '#### E1.1.1: Cart schema',
      'Status: done',
      '#### E1.1.2: Audit log',
      'Status: cancelled',
      '#### E1.1.3: Search index',
      '#### E1.1.4: Pricing rules',
      'Depends on: E1.1.1, E1.1.2, E1.1.3',
      '',
    ].join('\n');
    mkdirSync(path.join(plans, 'plans'));
    writeFileSync(path.join(plans, 'plans', 'PLAN.md'), text);
  });
  afterEach(() => {
    repo.cleanup();
    rmSync(plans, { recursive: true, force: true });
  });

  it('warns only about a dependency still to be built, not one done or cancelled', async () => {
    const r = await runCli(['worktree', 'create', 'E1.1.4', '--plans', plans], repo.dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(
      r.err,
      'warning E1.1.4: dependency E1.1.3 has no branch yet (waveplan/phase1/wave1/search-index): E1.1.4 will start without its work\n1 created, 0 already existed, 0 failed\n',
    );
  });
});
