// Create Effort Worktree and Copy Branch Name: the editor side of src/core/worktrees (git runs only when trusted).
import * as path from 'path';
import * as vscode from 'vscode';
import type { Effort } from '../core/model';
import { createEffortWorktree, type CreateResult } from '../core/worktrees/create';
import { branchFor } from '../core/worktrees/naming';
import { resolveSettings, type WorktreeSettings } from '../core/worktrees/settings';
import { COMMANDS } from './commands';
import { readSettings } from './config';
import { effortForCommand, type ResolvedEffort } from './effortTargets';
import type { PlanIndex } from './planIndex';

export function registerWorktreeCommands(index: PlanIndex): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.createWorktree, async (arg?: unknown) => {
      if (!(await requireTrust())) return undefined;
      const resolved = await effortForCommand(index, arg, 'Create a worktree for');
      return resolved && createWorktreeFor(resolved);
    }),
    vscode.commands.registerCommand(COMMANDS.copyBranchName, async (arg?: unknown) => {
      const resolved = await effortForCommand(index, arg, 'Copy the branch name of');
      if (!resolved) return undefined;
      let branch: string;
      try {
        branch = branchNameFor(resolved);
      } catch (err) {
        void vscode.window.showErrorMessage(`Waveplan: ${errorText(err)}`);
        return undefined;
      }
      try {
        await vscode.env.clipboard.writeText(branch);
        vscode.window.setStatusBarMessage(`Copied ${branch}`, 3000);
      } catch (err) {
        void vscode.window.showErrorMessage(`Waveplan: could not copy ${branch}: ${errorText(err)}`);
      }
      return branch;
    }),
  ];
}

/** `waveplan.*` settings in the worktree engine's terms; unset values fall back to the repo config, then defaults. */
export function worktreeSettingsFor(folder: vscode.WorkspaceFolder): Partial<WorktreeSettings> {
  const s = readSettings(folder.uri);
  return {
    strategy: s.baseStrategy,
    branchTemplate: s.branchTemplate || undefined,
    root: s.worktreeRoot || undefined,
    size: s.lineCounterExclude.length ? { exclude: s.lineCounterExclude } : undefined,
  };
}

/** The branch an effort's worktree uses: declared **Branch**, else target-repo-config.yaml's pattern, else the template. */
export function branchNameFor({ effort, project, folder }: ResolvedEffort): string {
  return branchFor(effort, resolveSettings(worktreeSettingsFor(folder)), project.repoConfig, path.basename(folder.uri.fsPath)).branch;
}

/**
 * Creates (or finds) the effort's worktree with progress and cancellation, then offers to open it.
 * Resolves with the engine's result; failures are shown, never thrown.
 */
export async function createWorktreeFor({ effort, project, folder }: ResolvedEffort): Promise<CreateResult | undefined> {
  if (folder.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage('Waveplan: worktrees can only be created for folders on disk.');
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Creating worktree for ${effort.id}`, cancellable: true },
    (_progress, token) => {
      const abort = new AbortController();
      token.onCancellationRequested(() => abort.abort());
      return createEffortWorktree(effort, { repo: folder.uri.fsPath, plan: project, settings: worktreeSettingsFor(folder), signal: abort.signal });
    },
  );
  void report(effort, result);
  return result;
}

async function report(effort: Effort, result: CreateResult): Promise<void> {
  for (const w of result.warnings) void vscode.window.showWarningMessage(`Waveplan: ${effort.id}: ${w}`);
  if (result.status === 'failed') {
    void vscode.window.showErrorMessage(`Waveplan: could not create the worktree for ${effort.id}: ${result.error?.message ?? 'unknown error'}`);
    return;
  }
  if (!result.path) return;
  const what = result.status === 'skipped' ? 'already has a worktree' : `has a new worktree (branch ${result.branch} from ${result.base ?? 'its base'})`;
  const open = 'Open in New Window';
  const add = 'Add to Workspace';
  const choice = await vscode.window.showInformationMessage(`${effort.id} ${what} at ${result.path}`, open, add);
  const uri = vscode.Uri.file(result.path);
  if (choice === open) await vscode.commands.executeCommand('vscode.openFolder', uri, { forceNewWindow: true });
  else if (choice === add) vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders?.length ?? 0, 0, { uri });
}

/** Git commands are off in Restricted Mode: reading plans works, creating worktrees asks for trust first. */
async function requireTrust(): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  const choice = await vscode.window.showWarningMessage('Waveplan runs git to create worktrees, which is disabled in Restricted Mode. Trust this workspace to use it.', manage);
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
