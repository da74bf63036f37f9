// Remove Effort Worktree and Prune Worktrees. Dirty, locked or unmerged work is only removed after a modal "yes";
// the branch is never deleted without its own modal question.
import * as vscode from 'vscode';
import { pruneWorktrees, removeEffortWorktree, type PruneResult, type RemoveResult } from '../../core/worktrees/remove';
import { statusOf } from '../../core/worktrees/status';
import type { ResolvedEffort } from '../commands/effortTargets';
import { showFailure, withGitProgress, type WorktreeDeps } from './create';
import { requireDiskFolder, worktreeContext } from './context';
import type { Prompts } from './prompts';
import { counted } from '../../core/views/counted';

/** Refusals a user may override (the core names them; "no worktree" and the main worktree are never overridden). */
const OVERRIDABLE = new Set(['dirty-worktree', 'worktree-locked', 'not-merged']);

export async function removeWorktreeFor(
  deps: WorktreeDeps,
  resolved: ResolvedEffort,
  prompts: Prompts,
): Promise<RemoveResult | undefined> {
  const { effort, project, folder } = resolved;
  if (!requireDiskFolder(folder)) return undefined;
  const remove = (options: { force?: boolean; deleteBranch?: boolean }) =>
    withGitProgress(`Removing the worktree of ${effort.id}`, folder, project, deps, (ctx) =>
      removeEffortWorktree(effort, ctx, options),
    );
  let result = await remove({});
  let forced = false;
  if (result.status === 'failed' && result.error && OVERRIDABLE.has(result.error.code)) {
    const lost =
      result.error.code === 'dirty-worktree'
        ? 'Its uncommitted changes will be lost.'
        : result.error.code === 'not-merged'
          ? 'The branch and its commits are kept.'
          : '';
    if (
      !(await prompts.confirmForce(
        `${result.error.message.replace(/; (commit them|unlock it|merge it) or use --force$/, '')}.\n\nRemove the worktree of ${effort.id} anyway? ${lost}`,
      ))
    ) {
      deps.log.line(`remove ${effort.id}: kept (${result.error.message})`);
      return result;
    }
    forced = true;
    result = await remove({ force: true });
  }
  deps.log.line(
    `remove ${effort.id}: ${result.status}${result.path ? ` ${result.path}` : ''}${result.error ? ` (${result.error.message})` : ''}`,
  );
  if (result.status !== 'removed') {
    await deps.git.refresh(folder.uri.toString());
    void showFailure(
      `Waveplan: could not remove the worktree of ${effort.id}: ${result.error?.message ?? 'unknown error'}`,
      deps,
    );
    return result;
  }
  if (result.path) dropWorkspaceFolder(result.path);
  if (result.branch) result = await askDeleteBranch(deps, resolved, result, prompts, forced);
  await deps.git.refresh(folder.uri.toString());
  void vscode.window.showInformationMessage(
    `Waveplan: removed the worktree of ${effort.id}${result.branchDeleted ? ` and deleted ${result.branch}` : `; branch ${result.branch} kept`}.`,
  );
  return result;
}

async function askDeleteBranch(
  deps: WorktreeDeps,
  { effort, project, folder }: ResolvedEffort,
  removed: RemoveResult,
  prompts: Prompts,
  forced: boolean,
): Promise<RemoveResult> {
  const [status] = await statusOf([effort], worktreeContext(folder, project, deps.log), { dirty: false }).catch(
    () => [],
  );
  if (!status?.branchExists) return removed;
  const unmerged = !status.merged;
  const detail = unmerged
    ? `${status.branch} is not merged into ${status.base ?? 'its base'}, its wave's integration branch or the default branch: ${status.ahead === undefined ? 'its commits' : counted(status.ahead, 'commit')} would be lost.`
    : `${status.branch} is merged into ${status.mergedInto ?? 'its base'}; deleting it loses nothing.`;
  if (
    !(await prompts.confirmDeleteBranch(
      `The worktree of ${effort.id} is removed. Delete the branch ${status.branch} too?`,
      detail,
    ))
  )
    return removed;
  // Confirming the question above (which says the branch is unmerged) is the override for an unmerged branch.
  const result = await removeEffortWorktree(effort, worktreeContext(folder, project, deps.log), {
    deleteBranch: true,
    force: unmerged || forced,
  });
  deps.log.line(`delete branch ${status.branch}: ${result.status}${result.error ? ` (${result.error.message})` : ''}`);
  if (result.status !== 'removed') {
    void showFailure(
      `Waveplan: the worktree is removed, but the branch ${status.branch} could not be deleted: ${result.error?.message ?? 'unknown error'}`,
      deps,
    );
    return removed;
  }
  return { ...removed, branchDeleted: true, commands: [...removed.commands, ...result.commands] };
}

/** A removed worktree that was also a workspace folder leaves the workspace (never the first folder: that reloads). */
function dropWorkspaceFolder(fsPath: string): void {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const at = folders.findIndex((f) => f.uri.scheme === 'file' && f.uri.fsPath === fsPath);
  if (at > 0) vscode.workspace.updateWorkspaceFolders(at, 1);
}

export async function pruneFor(deps: WorktreeDeps, folder: vscode.WorkspaceFolder): Promise<PruneResult | undefined> {
  if (!requireDiskFolder(folder)) return undefined;
  try {
    const result = await pruneWorktrees({ repo: folder.uri.fsPath, trace: deps.log.trace });
    deps.log.line(`prune ${folder.name}: ${result.pruned.length ? result.pruned.join('; ') : 'nothing to prune'}`);
    await deps.git.refresh(folder.uri.toString());
    void vscode.window.showInformationMessage(
      result.pruned.length
        ? `Waveplan: pruned ${counted(result.pruned.length, 'worktree record')} whose folder was gone.`
        : 'Waveplan: no worktree needed pruning.',
    );
    return result;
  } catch (err) {
    void showFailure(`Waveplan: could not prune worktrees: ${err instanceof Error ? err.message : String(err)}`, deps);
    return undefined;
  }
}
