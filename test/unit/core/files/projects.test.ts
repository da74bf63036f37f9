// The scan finds the git repositories below a folder, and the plans split by the deepest one that holds them.
import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findPlanFiles } from '../../../../src/core/files/scan';
import { splitByRepository } from '../../../../src/core/files/projects';

describe('projects of a folder holding git repositories', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-projects-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const plan = (rel: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), '# Phase 1\n\n### E1.1.1: x\n');
  };
  const repo = (rel: string, asFile = false) => {
    if (asFile) writeFileSync(path.join(dir, rel, '.git'), 'gitdir: ../.git/modules/x\n');
    else mkdirSync(path.join(dir, rel, '.git'), { recursive: true });
  };
  const split = () => {
    const { files, repos, linked } = findPlanFiles([dir]);
    return splitByRepository(dir, { repos, linked }, files, (f) => f.file).map((p) => ({
      root: path.relative(dir, p.root) || '.',
      name: p.name,
      files: p.items.map((f) => path.relative(dir, f.file)),
    }));
  };

  it('gives each repository its own plans; a submodule inside one is a project of its own', () => {
    plan('PHASE-1-PLAN.md');
    plan('svc-a/PHASE-1-PLAN.md');
    plan('svc-a/libs/core/PHASE-1-PLAN.md');
    plan('svc-b/plans/PHASE-1-PLAN.md');
    repo('svc-a');
    repo('svc-a/libs/core', true);
    repo('svc-b');
    assert.deepEqual(split(), [
      { root: '.', name: path.basename(dir), files: ['PHASE-1-PLAN.md'] },
      { root: 'svc-a', name: 'svc-a', files: ['svc-a/PHASE-1-PLAN.md'] },
      { root: 'svc-a/libs/core', name: 'svc-a/libs/core', files: ['svc-a/libs/core/PHASE-1-PLAN.md'] },
      { root: 'svc-b', name: 'svc-b', files: ['svc-b/plans/PHASE-1-PLAN.md'] },
    ]);
  });

  it("leaves out a linked worktree of a nested repository (a copy of its plans), not one of the folder's own", () => {
    plan('svc-a/PHASE-1-PLAN.md');
    plan('svc-b/PHASE-1-PLAN.md');
    plan('svc-a-worktrees/auth/PHASE-1-PLAN.md');
    plan('other/PHASE-1-PLAN.md');
    repo('svc-a');
    repo('svc-b');
    mkdirSync(path.join(dir, 'svc-a-worktrees/auth'), { recursive: true });
    writeFileSync(
      path.join(dir, 'svc-a-worktrees/auth/.git'),
      `gitdir: ${path.join(dir, 'svc-a/.git/worktrees/auth')}\n`,
    );
    // A worktree of a repository that is not below the folder is a checkout like any other: its own project.
    writeFileSync(path.join(dir, 'other/.git'), 'gitdir: /elsewhere/repo/.git/worktrees/other\n');
    assert.deepEqual(
      split().map((p) => p.name),
      ['other', 'svc-a', 'svc-b'],
    );
  });

  it('is one project when plans sit in one repository only, rooted at that repository', () => {
    plan('svc-a/PHASE-1-PLAN.md');
    repo('svc-a');
    repo('svc-b');
    assert.deepEqual(split(), [{ root: 'svc-a', name: 'svc-a', files: ['svc-a/PHASE-1-PLAN.md'] }]);
  });

  it('is one project, the folder, when no repository is below it (or the folder is the repository)', () => {
    plan('a/PHASE-1-PLAN.md');
    plan('b/PHASE-1-PLAN.md');
    repo('.');
    assert.deepEqual(split(), [
      { root: '.', name: path.basename(dir), files: ['a/PHASE-1-PLAN.md', 'b/PHASE-1-PLAN.md'] },
    ]);
  });
});
