// `waveplan.*` settings in the worktree engine's terms, and the WorktreeContext every git operation of a folder uses.
import * as vscode from 'vscode';
import type { Project } from '../../core/model/model';
import type { WorktreeContext } from '../../core/worktrees/session';
import type { WorktreeSettings } from '../../core/worktrees/settings';
import { readSettings } from '../config';
import { worktreeSettingsOf } from '../../core/config/settings';
import type { GitLog } from '../git/gitLog';

/** Unset values fall back to the repo config (target-repo-config.yaml), then to the engine's defaults. */
export function worktreeSettingsFor(folder: vscode.WorkspaceFolder): Partial<WorktreeSettings> {
  return worktreeSettingsOf(readSettings(folder.uri));
}

export function worktreeContext(
  folder: vscode.WorkspaceFolder,
  project: Project,
  log: GitLog | undefined,
  signal?: AbortSignal,
): WorktreeContext {
  return { repo: folder.uri.fsPath, plan: project, settings: worktreeSettingsFor(folder), signal, trace: log?.trace };
}

/** Git runs only for folders on disk, in trusted workspaces. */
export function canRunGit(folder: vscode.WorkspaceFolder): boolean {
  return folder.uri.scheme === 'file' && vscode.workspace.isTrusted;
}

/** Git commands are off in Restricted Mode: reading plans works, worktree commands ask for trust first. */
export async function requireTrust(): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const manage = 'Manage Workspace Trust';
  const choice = await vscode.window.showWarningMessage(
    'Waveplan runs git for worktrees, which is disabled in Restricted Mode. Trust this workspace to use it.',
    manage,
  );
  if (choice === manage) await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}

export function requireDiskFolder(folder: vscode.WorkspaceFolder): boolean {
  if (folder.uri.scheme === 'file') return true;
  void vscode.window.showErrorMessage('Waveplan: worktrees need a folder on disk; this folder is not.');
  return false;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
