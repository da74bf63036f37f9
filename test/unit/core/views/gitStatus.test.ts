import { strict as assert } from 'assert';
import * as path from 'path';
import { createEffortWorktree } from '../../../../src/core/worktrees/create';
import { listWorktrees } from '../../../../src/core/worktrees/list';
import { branchPatterns } from '../../../../src/core/worktrees/naming/naming';
import { resolveSettings } from '../../../../src/core/worktrees/settings';
import { measureSizes, type EffortSize } from '../../../../src/core/sizes/size';
import { statusOf } from '../../../../src/core/worktrees/status';
import {
  combineStatus,
  gitPlanKey,
  isInside,
  measuredOf,
  relevantUnplanned,
  sameMeasured,
  type EffortGitView,
} from '../../../../src/core/views/gitStatus';
import {
  effortDescription,
  effortSizeText,
  gitMarkdown,
  gitWords,
  statusBarText,
  statusBarTooltip,
} from '../../../../src/core/views/gitStatusText';
import { mainWorktreeOf, worktreeCopies } from '../../../../src/core/worktrees/folders';
import { TempRepo, effort, lines, planOf } from '../../../fixtures/worktrees/tempRepo';

const limits = { hard: 800, soft: 700 };

describe('extension: git status of efforts (real repository)', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = new TempRepo('waveplan-ext-git-')));
  afterEach(() => repo.cleanup());

  it('combines listing, status and sizes into one view per effort, with unplanned branches and worktree folders', async () => {
    const efforts = [
      effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1, estimatedLines: 40 }),
      effort({ id: 'E1.1.2', name: 'Beta', phase: 1, wave: 1 }),
      effort({ id: 'E1.1.3', name: 'Gamma', phase: 1, wave: 1 }),
    ];
    const plan = planOf(efforts);
    const ctx = { repo: repo.dir, plan };
    const wt = (await createEffortWorktree(efforts[0], ctx)).path!;
    repo.write('src/a.ts', lines(12), wt);
    repo.write('src/a.test.ts', lines(50), wt);
    repo.commit('alpha', wt);
    repo.git('branch', 'waveplan/phase1/wave1/beta', 'main');
    repo.git('branch', 'waveplan/phase1/wave1/stray', 'main');
    repo.git('branch', 'unrelated', 'main');

    const listing = await listWorktrees(ctx);
    const withBranch = efforts.filter((e) => listing.efforts.find((s) => s.effort === e.id)?.branchExists);
    const status = combineStatus(listing, await statusOf(withBranch, ctx), await measureSizes(withBranch, ctx));

    assert.deepEqual(status.efforts.get('E1.1.1'), {
      state: 'worktree',
      branch: 'waveplan/phase1/wave1/alpha',
      worktree: wt,
      dirty: false,
      base: 'main',
      ahead: 1,
      merged: false,
      measured: 12,
      level: 'ok',
    });
    // Just created at its base, no commits of its own: not merged.
    assert.deepEqual(status.efforts.get('E1.1.2'), {
      state: 'branch-only',
      branch: 'waveplan/phase1/wave1/beta',
      base: 'main',
      ahead: 0,
      merged: false,
      measured: 0,
      level: 'ok',
    });
    assert.deepEqual(status.efforts.get('E1.1.3'), { state: 'missing', branch: 'waveplan/phase1/wave1/gamma' });
    assert.deepEqual(status.unplanned, [{ kind: 'branch', branch: 'waveplan/phase1/wave1/stray' }]);
    assert.deepEqual(status.worktrees, [{ path: wt, effort: 'E1.1.1' }]);
    assert.deepEqual(status.linked, [wt]);
    assert.deepEqual(
      [...status.measured],
      [
        ['E1.1.1', 12],
        ['E1.1.2', 0],
      ],
    );
    assert.equal(status.started, true);
    assert.equal(status.main, repo.dir);

    assert.equal(
      effortDescription(efforts[0], limits, status.efforts.get('E1.1.1'), true),
      'est 40 · 12/800 measured · worktree, 1 ahead',
    );
    // A new branch at its base: "merged" would be trivially true, so it is not said.
    assert.equal(effortDescription(efforts[1], limits, status.efforts.get('E1.1.2'), true), '0/800 measured · branch');
    assert.equal(effortDescription(efforts[2], limits, status.efforts.get('E1.1.3'), true), 'no branch');
  });

  it('finds the main worktree of a linked worktree from disk, and which workspace folders are copies', async () => {
    const e = effort({ id: 'E1.1.1', name: 'Alpha', phase: 1, wave: 1 });
    const wt = (await createEffortWorktree(e, { repo: repo.dir, plan: planOf([e]) })).path!;
    assert.equal(await mainWorktreeOf(wt), repo.dir);
    assert.equal(await mainWorktreeOf(repo.dir), undefined);
    assert.equal(await mainWorktreeOf(path.join(repo.root, 'nowhere')), undefined);
    // The main folder (or a folder inside it) makes the worktree a copy; two worktrees alone never hide each other.
    assert.deepEqual([...(await worktreeCopies([repo.dir, wt]))], [wt]);
    repo.write('plans/x.md', '# x\n');
    assert.deepEqual([...(await worktreeCopies([path.join(repo.dir, 'plans'), wt]))], [wt]);
    assert.deepEqual([...(await worktreeCopies([wt]))], []);
  });
});

describe('extension: git status model and words', () => {
  const view = (v: Partial<EffortGitView>): EffortGitView => ({ state: 'worktree', branch: 'b', ...v });
  const e = effort({ id: 'E1.2.1', name: 'x', estimatedLines: 450 });

  it('reports the largest split, else the branch, else nothing', () => {
    const size = (s: Partial<EffortSize>): EffortSize => ({
      effort: 'E1',
      branch: 'b',
      branchExists: true,
      splits: [],
      ...s,
    });
    assert.deepEqual(measuredOf(size({ measured: 900, level: 'hard' })), { lines: 900, level: 'hard' });
    assert.deepEqual(
      measuredOf(
        size({
          measured: 1500,
          level: 'hard',
          worst: 'hard',
          splits: [
            { branch: 'b-split-001', measured: 700 },
            { branch: 'b-split-002', measured: 750 },
          ],
        }),
      ),
      {
        lines: 750,
        level: 'hard',
      },
    );
    assert.equal(measuredOf(size({})), undefined);
    assert.equal(measuredOf(undefined), undefined);
  });

  it('keeps unplanned branches, and worktrees named like efforts or inside the worktree root', () => {
    const patterns = branchPatterns(resolveSettings(), undefined);
    const items = relevantUnplanned(
      [
        { kind: 'branch', branch: 'waveplan/phase1/wave1/x' },
        { kind: 'worktree', branch: 'waveplan/phase2/wave1/y', worktree: '/elsewhere/y' },
        { kind: 'worktree', branch: 'hotfix', worktree: '/elsewhere/hotfix' },
        { kind: 'worktree', worktree: '/repo-worktrees/detached', detached: true },
      ],
      patterns,
      '/repo-worktrees',
    );
    assert.deepEqual(
      items.map((i) => i.branch ?? i.worktree),
      ['waveplan/phase1/wave1/x', 'waveplan/phase2/wave1/y', '/repo-worktrees/detached'],
    );
    assert.equal(isInside('/a/b/c', '/a/b'), true);
    assert.equal(isInside('/a/bc', '/a/b'), false);
  });

  it('changes the plan key only for what decides names and bases', () => {
    const plan = { efforts: [e], phases: [], repoConfig: { file: '/r.yaml', projectPrefix: 'p', spans: {} } };
    const key = gitPlanKey(plan);
    assert.equal(gitPlanKey({ ...plan, efforts: [{ ...e, estimatedLines: 10, dependsOn: ['E1.1.1'] }] }), key);
    assert.equal(
      gitPlanKey({
        ...plan,
        repoConfig: {
          file: '/r.yaml',
          projectPrefix: 'p',
          spans: { projectPrefix: { file: '/r.yaml', line: 9, column: 1, endLine: 9, endColumn: 2 } },
        },
      }),
      key,
    );
    assert.notEqual(gitPlanKey({ ...plan, efforts: [{ ...e, name: 'y' }] }), key);
    assert.notEqual(gitPlanKey({ ...plan, efforts: [{ ...e, baseBranch: 'main' }] }), key);
    assert.notEqual(gitPlanKey({ ...plan, repoConfig: { file: '/r.yaml', projectPrefix: 'q' } }), key);
    assert.equal(sameMeasured(new Map([['a', 1]]), new Map([['a', 1]])), true);
    assert.equal(sameMeasured(new Map([['a', 1]]), new Map([['a', 2]])), false);
    assert.equal(sameMeasured(undefined, new Map()), false);
  });

  it('words the git state for the tree', () => {
    assert.equal(gitWords(undefined, true, 'planned'), undefined);
    assert.equal(gitWords(view({ state: 'missing' }), false, 'planned'), undefined, 'a plan nobody started');
    assert.equal(gitWords(view({ state: 'missing' }), true, 'done'), undefined, 'done efforts lose their branches');
    assert.equal(gitWords(view({ state: 'missing' }), true, 'planned'), 'no branch');
    assert.equal(gitWords(view({ state: 'missing', remoteBranch: 'origin/b' }), true, 'planned'), 'only on origin/b');
    assert.equal(gitWords(view({ state: 'naming-error', error: 'x' }), true, 'planned'), 'no branch name');
    assert.equal(
      gitWords(view({ dirty: true, ahead: 3, merged: false, base: 'main' }), true, 'planned'),
      'worktree, dirty, 3 ahead',
    );
    assert.equal(
      gitWords(view({ state: 'branch-only', ahead: 2, merged: true, base: 'w1', mergedInto: 'w2' }), true, 'review'),
      'branch, 2 ahead, merged',
    );
    assert.equal(
      gitWords(view({ ahead: 0, merged: true, base: 'phase1-wave1-integration', mergedInto: 'main' }), true, 'done'),
      'worktree, merged',
    );
    assert.equal(gitWords(view({ prunable: true }), true, 'planned'), 'worktree folder gone');
  });

  it('sizes: measured beats the plan, estimate kept beside it', () => {
    assert.equal(effortSizeText(e, limits, view({ measured: 612 })), 'est 450 · 612/800 measured');
    assert.equal(
      effortSizeText({ ...e, estimatedLines: undefined }, limits, view({ measured: 612 })),
      '612/800 measured',
    );
    assert.equal(effortSizeText(e, limits, view({})), '~450/800 lines');
    assert.equal(effortDescription({ ...e, estimatedLines: undefined }, limits, undefined, true), undefined);
  });

  it('explains the state in the tooltip and the status bar', () => {
    assert.deepEqual(
      gitMarkdown(
        view({
          branch: 'a/b_c',
          worktree: '/w/a-b',
          base: 'main',
          ahead: 2,
          merged: false,
          dirty: true,
          measured: 900,
        }),
        limits,
      ),
      [
        'Git: `a/b_c` checked out at `/w/a-b`  ',
        '2 commits ahead of `main` · not merged · uncommitted changes  ',
        'Measured: 900/800 lines (over the limit: split it)  ',
      ],
    );
    assert.deepEqual(
      gitMarkdown(view({ state: 'branch-only', base: 'main', ahead: 0, merged: true, mergedInto: 'main' }), limits),
      ['Git: `b`, no worktree  ', 'no commits beyond `main`  '],
    );
    assert.deepEqual(gitMarkdown(view({ state: 'missing', remoteBranch: 'origin/b' }), limits), [
      'Git: `b` does not exist here (it is on `origin/b`)  ',
    ]);
    assert.deepEqual(gitMarkdown(view({ state: 'naming-error', error: 'uses {wave} but it has no value' }), limits), [
      'Git: no branch name: uses {wave} but it has no value  ',
    ]);
    assert.equal(statusBarText('E1.2.1', view({ measured: 612 }), limits), '$(git-branch) E1.2.1 612/800');
    assert.equal(statusBarText('E1.2.1', undefined, limits), '$(git-branch) E1.2.1');
    assert.equal(
      statusBarTooltip('E1.2.1', view({ branch: 'x', base: 'main', measured: 750, ahead: 1, merged: false }), limits),
      'Waveplan: this file is in the worktree of E1.2.1\nBranch: x (from main)\nMeasured: 750 of 800 lines (near the limit)\n1 commit ahead',
    );
  });
});
