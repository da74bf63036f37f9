// Remove an effort's worktree: refuses dirty or unmerged work unless forced; keeps the branch unless asked.
import type { Effort } from '../model/model';
import { GitError } from '../git/errors';
import { GitRepo } from '../git/repo';
import { Session, toOpError, type OpError, type WorktreeContext } from './session';
import { mergedWhere } from './status';

export interface RemoveOptions {
  force?: boolean;
  deleteBranch?: boolean;
  dryRun?: boolean;
}

export interface RemoveResult {
  effort: string;
  status: 'removed' | 'failed' | 'planned';
  branch?: string;
  path?: string;
  branchDeleted: boolean;
  commands: string[][];
  error?: OpError;
}

export async function removeEffortWorktree(
  effort: Effort,
  ctx: WorktreeContext,
  options: RemoveOptions = {},
): Promise<RemoveResult> {
  const result: RemoveResult = { effort: effort.id, status: 'failed', branchDeleted: false, commands: [] };
  try {
    const session = await Session.open(ctx);
    const branch = session.branchOf(effort);
    result.branch = branch;
    const wt = session.snap.worktreeOf(branch);
    const sha = session.snap.local.get(branch);
    if (wt?.main)
      throw new OpFailure(
        'main-worktree',
        `${branch} is checked out in the main worktree ${wt.path}; Waveplan does not remove it`,
      );
    if (!wt && !(options.deleteBranch && sha))
      throw new OpFailure(
        'no-worktree',
        `${effort.id} has no worktree (branch ${branch} ${sha ? 'exists but is not checked out' : 'does not exist'}); nothing to remove`,
      );
    if (wt) result.path = wt.path;

    if (!options.force) {
      if (wt && wt.prunable === undefined && (await session.git.isDirty(wt.path)))
        throw new GitError(
          'dirty-worktree',
          `${wt.path} has uncommitted or untracked changes; commit them or use --force`,
        );
      if (wt?.locked !== undefined)
        throw new GitError(
          'worktree-locked',
          `${wt.path} is locked${wt.locked ? ` (${wt.locked})` : ''}; unlock it or use --force`,
        );
      if (sha && !(await mergedWhere(session, effort, branch, sha)))
        throw new OpFailure(
          'not-merged',
          `${branch} has commits that are in neither its base, its wave's integration branch nor the default branch; merge it or use --force`,
        );
    }
    if (wt)
      result.commands.push(['worktree', 'remove', ...(options.force ? ['--force', '--force'] : []), '--', wt.path]);
    // -D: "merged" was checked above against the right targets; git's -d would only compare with HEAD.
    if (options.deleteBranch && sha) result.commands.push(['branch', '-D', '--', branch]);
    if (options.dryRun) {
      result.status = 'planned';
      return result;
    }
    for (const args of result.commands) await session.git.run(args);
    result.branchDeleted = !!(options.deleteBranch && sha);
    result.status = 'removed';
  } catch (err) {
    result.error = err instanceof OpFailure ? { code: err.code, message: err.message } : toOpError(err);
  }
  return result;
}

class OpFailure extends Error {
  constructor(
    readonly code: OpError['code'],
    message: string,
  ) {
    super(message);
  }
}

export interface PruneResult {
  pruned: string[];
  commands: string[][];
}

/** `git worktree prune -v`: forgets worktrees whose folders are gone. */
export async function pruneWorktrees(
  ctx: Pick<WorktreeContext, 'repo' | 'timeoutMs' | 'signal' | 'trace'>,
  options: { dryRun?: boolean } = {},
): Promise<PruneResult> {
  const args = ['worktree', 'prune', '-v', ...(options.dryRun ? ['-n'] : [])];
  const git = new GitRepo(ctx.repo, { timeoutMs: ctx.timeoutMs, signal: ctx.signal, trace: ctx.trace });
  await git.worktrees(); // fails with not-a-repository before anything else
  const r = await git.run(args);
  const pruned = `${r.stdout}\n${r.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^Removing /.test(l))
    .map((l) => l.replace(/^Removing\s+/, ''));
  return { pruned, commands: [args] };
}
