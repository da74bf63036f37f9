// Create effort worktrees: reuse branches, never clobber folders, idempotent, and roll back whatever a failure left.
import { appendAll } from '../model/arrays';
import { promises as fs } from 'fs';
import type { Effort } from '../model/model';
import { GitError } from '../git/errors';
import { assertValidBranchName, checkBranchName, checkRefFormatArgs } from '../git/refs';
import { GitRepo } from '../git/repo';
import type { BaseChoice } from './naming/bases';
import { dirState, missingAncestors, onlyGitLeftovers, removeEmptyFolders, samePath, symlinkBelow } from './fsState';
import { compareEffortIds } from '../model/ids';
import { isFinished } from '../analysis/remaining';
import { statusLabel } from '../views/effortText';
import { Session, mapLimit, toOpError, type OpError, type WorktreeContext } from './session';

export interface CreateResult {
  effort: string;
  /** planned = dry run; skipped = the effort already has a worktree (nothing changed). */
  status: 'created' | 'skipped' | 'failed' | 'planned';
  branch?: string;
  path?: string;
  base?: string;
  baseReason?: string;
  reusedBranch?: boolean;
  /** git argv (without `git`) that ran or, in a dry run, would run. */
  commands: string[][];
  warnings: string[];
  error?: OpError;
  /** What a failed create undid. */
  rolledBack?: string[];
}

export interface CreateOptions {
  dryRun?: boolean;
}

/** Never throws: every failure (including "not a repository") is a `failed` result with a typed error. */
export async function createEffortWorktree(
  effort: Effort,
  ctx: WorktreeContext,
  options: CreateOptions = {},
): Promise<CreateResult> {
  let session: Session;
  try {
    session = await Session.open(ctx);
  } catch (err) {
    return failed(effort, toOpError(err));
  }
  return createWith(session, effort, options, new Map());
}

export interface WaveSummary {
  results: CreateResult[];
  created: number;
  skipped: number;
  failed: number;
  planned: number;
}

export interface WaveOptions extends CreateOptions {
  onProgress?: (done: number, total: number, result: CreateResult) => void;
}

/** Each effort in id order (progressive bases need the previous branch); one failure does not stop the rest. */
export async function createWaveWorktrees(
  efforts: Effort[],
  ctx: WorktreeContext,
  options: WaveOptions = {},
): Promise<WaveSummary> {
  const sorted = [...efforts].sort((a, b) => compareEffortIds(a.id, b.id));
  let session: Session;
  try {
    session = await Session.open(ctx);
  } catch (err) {
    const error = toOpError(err);
    const results = sorted.map((e) => failed(e, error));
    results.forEach((r, i) => options.onProgress?.(i + 1, results.length, r));
    return summarize(results);
  }
  // git's own name check for every branch at once, in parallel, before the (sequential) creates need it.
  const checks = new Map<string, Promise<void>>();
  const owners = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const effort of sorted) {
    let branch: string;
    try {
      branch = session.branchOf(effort);
    } catch {
      continue;
    }
    const owner = owners.get(branch);
    if (owner) duplicates.set(effort.id, owner);
    else owners.set(branch, effort.id);
  }
  const names = [...owners.keys()].filter((b) => !checkBranchName(b) && !session.snap.worktreeOf(b));
  const settled = mapLimit(names, 4, (b) =>
    assertValidBranchName(b, { cwd: session.git.dir, ...session.git.defaults }).then(
      () => undefined,
      (e: unknown) => e,
    ),
  );
  names.forEach((b, i) => {
    const check = settled.then((all) => (all[i] ? Promise.reject(all[i]) : undefined));
    check.catch(() => undefined); // Marked handled: an effort that never awaits its check must not crash the process.
    checks.set(b, check);
  });
  const results: CreateResult[] = [];
  for (const effort of sorted) {
    let result: CreateResult;
    const owner = duplicates.get(effort.id);
    if (ctx.signal?.aborted)
      result = failed(effort, {
        code: 'cancelled',
        message: `not started: the operation was cancelled before ${effort.id}`,
      });
    else if (owner)
      result = failed(effort, {
        code: 'duplicate-branch',
        message: `${effort.id} would get the same branch as ${owner}; declare a Branch for one of them`,
      });
    else result = await createWith(session, effort, options, checks);
    results.push(result);
    options.onProgress?.(results.length, sorted.length, result);
  }
  return summarize(results);
}

function summarize(results: CreateResult[]): WaveSummary {
  const count = (s: CreateResult['status']) => results.filter((r) => r.status === s).length;
  return {
    results,
    created: count('created'),
    skipped: count('skipped'),
    failed: count('failed'),
    planned: count('planned'),
  };
}

function failed(effort: Effort, error: OpError): CreateResult {
  return { effort: effort.id, status: 'failed', commands: [], warnings: [], error };
}

async function createWith(
  session: Session,
  effort: Effort,
  options: CreateOptions,
  checks: Map<string, Promise<void>>,
): Promise<CreateResult> {
  const result: CreateResult = { effort: effort.id, status: 'failed', commands: [], warnings: [] };
  try {
    const branch = session.branchOf(effort);
    result.branch = branch;
    const problem = checkBranchName(branch);
    if (problem) throw new GitError('invalid-ref', `${effort.id}: ${problem.message}; nothing was run`);

    const existing = session.snap.worktreeOf(branch);
    if (existing?.prunable !== undefined)
      throw new GitError(
        'branch-checked-out',
        `${branch} is registered to the worktree ${existing.path}, whose folder is gone; prune worktrees (git worktree prune) first`,
      );
    if (existing) {
      result.status = 'skipped';
      result.path = existing.path;
      result.warnings.push(
        `${effort.id} already has a worktree at ${existing.path} (branch ${branch}); nothing changed`,
      );
      return result;
    }
    const path = session.pathOf(effort, branch);
    result.path = path;
    const sharing = session.otherOwnersOf(effort, path);
    if (sharing.length) {
      result.error = {
        code: 'duplicate-folder',
        message: `${effort.id} and ${sharing.join(', ')} would get the same worktree folder ${path}; declare a Directory or Branch that tells them apart; nothing was run`,
      };
      return result;
    }
    const taken = session.snap.worktrees.find((w) => w.path === path);
    if (taken)
      throw new GitError(
        'path-exists',
        `${path} is already the worktree of ${taken.branch ?? 'a detached HEAD'}; nothing was changed`,
      );
    const link = await symlinkBelow(session.rootDir(), path);
    if (link)
      throw new GitError(
        'path-exists',
        `${link} is a symbolic link; Waveplan does not create worktrees through links; nothing was changed`,
      );
    const state = await dirState(path);
    if (state === 'non-empty' || state === 'not-a-folder')
      throw new GitError(
        'path-exists',
        `${path} already exists and is ${state === 'non-empty' ? 'not empty' : 'not a folder'}; nothing was changed`,
      );
    if (state === 'blocked')
      throw new GitError('path-exists', `${path} cannot be created: one of its parents is a file; nothing was changed`);

    const localSha = session.snap.local.get(branch);
    let base: BaseChoice | undefined;
    let args: string[];
    if (localSha) {
      result.reusedBranch = true;
      args = ['worktree', 'add', '--', path, branch];
      base = await session.baseOf(effort, branch).catch(() => undefined);
    } else {
      const remote = session.snap.find(branch);
      base = remote
        ? { ...remote, reason: `the branch exists on ${remote.display.split('/')[0]}` }
        : await session.baseOf(effort, branch);
      // --no-track even from a remote branch: --track fails when that remote is not configured here.
      args = ['worktree', 'add', '--no-track', '-b', branch, '--', path, base.ref];
    }
    if (base) {
      result.base = base.display;
      result.baseReason = base.reason;
      appendAll(result.warnings, await dependencyWarnings(session, effort, base));
    }
    result.commands = [checkRefFormatArgs(branch), args];
    // Read-only, so a dry run asks git too: the plan it prints is one git would accept.
    await (checks.get(branch) ?? assertValidBranchName(branch, { cwd: session.git.dir, ...session.git.defaults }));

    if (options.dryRun) {
      result.status = 'planned';
      if (!localSha && base) session.snap.noteBranch(branch, base.sha);
      session.snap.noteWorktree({ path, branch, head: localSha ?? base?.sha, bare: false, detached: false });
      return result;
    }

    const createdFolders = await missingAncestors(path);
    try {
      await session.git.run(args);
    } catch (err) {
      result.rolledBack = await rollback(session, {
        branch,
        path,
        branchExisted: !!localSha,
        baseSha: base?.sha,
        createdFolders,
        folderExisted: state === 'empty',
      });
      throw err;
    }
    session.snap.noteBranch(branch, localSha ?? base!.sha);
    session.snap.noteWorktree({ path, branch, head: localSha ?? base?.sha, bare: false, detached: false });
    result.status = 'created';
  } catch (err) {
    result.status = 'failed';
    result.error = toOpError(err);
    if (result.rolledBack?.length) result.error.message += `; undone: ${result.rolledBack.join('; ')}`;
  }
  return result;
}

/**
 * Whether a dry run's result is a branch that would be made now without its dependencies' work. Such a result's only
 * warnings are dependencyWarnings' (the note of an existing worktree comes with `skipped`; a reused branch keeps its
 * own work): the editor asks before creating it.
 */
export function startsWithoutDependencies(r: CreateResult): boolean {
  return r.status === 'planned' && !r.reusedBranch && r.warnings.length > 0;
}

async function dependencyWarnings(session: Session, effort: Effort, base: BaseChoice): Promise<string[]> {
  const warnings: string[] = [];
  for (const depId of effort.dependsOn) {
    const dep = session.plan.byId.get(depId);
    if (!dep) continue;
    let depBranch: string;
    try {
      depBranch = session.branchOf(dep);
    } catch {
      continue;
    }
    if (!session.snap.local.has(depBranch)) {
      // A done dependency's branch is usually merged and deleted, a cancelled one never had work: as the tree says
      // no `no branch` of either, its missing branch is no news (a done branch that exists but is unmerged still is).
      if (isFinished(dep)) continue;
      warnings.push(`dependency ${depId} has no branch yet (${depBranch}): ${effort.id} will start without its work`);
      continue;
    }
    const merged = await session.mergedInto(base.sha);
    if (!merged.has(depBranch))
      warnings.push(
        `dependency ${depId}'s branch ${depBranch} is not merged into the base ${base.display}: ${effort.id} will start without its work`,
      );
    // A branch just made for work in progress is "merged" too (it has no commits of its own): the plan says not done.
    else if (!isFinished(dep))
      warnings.push(
        `dependency ${depId} is not done (${statusLabel(dep.status)}) and its branch ${depBranch} has nothing beyond the base ${base.display} yet: ${effort.id} will start without its work`,
      );
  }
  return warnings;
}

interface Made {
  branch: string;
  path: string;
  branchExisted: boolean;
  baseSha?: string;
  createdFolders: string[];
  folderExisted: boolean;
}

/** Undo a failed `worktree add`: unregister/remove the folder and delete the branch, but only what this call made. */
async function rollback(session: Session, made: Made): Promise<string[]> {
  // A fresh runner without the (possibly aborted) signal: cleanup must run even after a cancel.
  const git = new GitRepo(session.git.dir, {
    timeoutMs: session.git.defaults.timeoutMs,
    trace: session.git.defaults.trace,
  });
  const undone: string[] = [];
  const worktrees = await git.worktrees().catch(() => []);
  for (const w of worktrees) {
    if (!w.main && (await samePath(w.path, made.path))) {
      await git
        .run(['worktree', 'remove', '--force', '--force', '--', w.path])
        .catch(() => git.run(['worktree', 'prune']).catch(() => undefined));
      undone.push(`unregistered worktree ${w.path}`);
    }
  }
  if (!made.folderExisted && (await dirState(made.path)) !== 'absent') {
    // Only a half-made worktree is ours to delete; files someone else put there meanwhile stay.
    if (await onlyGitLeftovers(made.path)) {
      await fs.rm(made.path, { recursive: true, force: true });
      undone.push(`removed folder ${made.path}`);
    } else undone.push(`left ${made.path} in place: it holds files this create did not make`);
  }
  const removed = await removeEmptyFolders(made.createdFolders.filter((d) => d !== made.path));
  if (removed.length) undone.push(`removed empty folders ${removed.join(', ')}`);
  if (!made.branchExisted) {
    const now = await git
      .run(['rev-parse', '--verify', '--quiet', `refs/heads/${made.branch}`], { okCodes: [0, 1] })
      .catch(() => undefined);
    const sha = now?.exitCode === 0 ? now.stdout.trim() : '';
    if (sha && (!made.baseSha || sha === made.baseSha)) {
      await git.run(['branch', '-D', '--', made.branch]);
      undone.push(`deleted branch ${made.branch}`);
    }
  }
  return undone;
}
