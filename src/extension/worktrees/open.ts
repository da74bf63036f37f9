// Open Effort Worktree (new window or workspace folder) and Reveal in Terminal, for planned and unplanned worktrees.
import * as path from 'path';
import * as vscode from 'vscode';
import type { UnplannedItem } from '../../core/worktrees/list';
import { COMMANDS } from '../commandIds';
import { effortLabel } from '../../core/views/effortText';
import { isEffortTarget, resolveTarget, type ResolvedEffort } from '../commands/effortTargets';
import type { GitStatusService } from '../git/gitStatus';
import type { PlanIndex } from '../index/planIndex';
import type { OpenChoice } from './prompts';

export async function openWorktree(fsPath: string, label: string, choice: OpenChoice): Promise<boolean> {
  const uri = vscode.Uri.file(fsPath);
  if (choice === 'window') {
    await vscode.commands.executeCommand('vscode.openFolder', uri, { forceNewWindow: true });
    return true;
  }
  if (choice !== 'workspace') return false;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.some((f) => f.uri.scheme === 'file' && f.uri.fsPath === fsPath)) return true;
  return vscode.workspace.updateWorkspaceFolders(folders.length, 0, { uri, name: `${label} (worktree)` });
}

export function revealInTerminal(fsPath: string, label: string): vscode.Terminal {
  const terminal = vscode.window.createTerminal({ cwd: fsPath, name: `Waveplan: ${label}` });
  terminal.show();
  return terminal;
}

/** A worktree folder a command acts on: an effort's, or an unplanned one from the tree. */
export interface WorktreePlace {
  path: string;
  label: string;
  resolved?: ResolvedEffort;
}

function unplannedWorktree(arg: unknown): UnplannedItem | undefined {
  const node = arg as { kind?: unknown; item?: UnplannedItem } | undefined;
  return node?.kind === 'unplannedItem' && typeof node.item?.worktree === 'string' ? node.item : undefined;
}

/** The effort under the cursor of the active plan editor. */
export function cursorEffort(index: PlanIndex): ResolvedEffort | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const effort = index.effortAt(editor.document.uri, editor.selection.active);
  const hit = effort && index.locate(editor.document.uri);
  return effort && hit ? { effort, project: hit.project, folder: hit.folder } : undefined;
}

/** Argument, else the effort under the cursor, else a pick among efforts that have a worktree. */
export async function worktreeForCommand(
  index: PlanIndex,
  git: GitStatusService,
  arg: unknown,
  placeHolder: string,
): Promise<WorktreePlace | undefined> {
  const unplanned = unplannedWorktree(arg);
  if (unplanned) return { path: unplanned.worktree!, label: unplanned.branch ?? path.basename(unplanned.worktree!) };
  const resolved = isEffortTarget(arg) ? resolveTarget(index, arg) : cursorEffort(index);
  if (resolved) return worktreeOf(git, resolved);
  const picks: Array<vscode.QuickPickItem & { place: WorktreePlace }> = [];
  for (const { folder, project } of index.projects()) {
    for (const w of git.folder(folder.uri.toString())?.worktrees ?? []) {
      const effort = project.byId.get(w.effort);
      if (effort)
        picks.push({
          label: effortLabel(effort),
          description: w.path,
          place: { path: w.path, label: effort.id, resolved: { effort, project, folder } },
        });
    }
  }
  if (!picks.length) {
    void vscode.window.showInformationMessage(
      'Waveplan: no planned effort has a worktree yet (Create Effort Worktree makes one).',
    );
    return undefined;
  }
  return (
    await vscode.window.showQuickPick(picks, {
      title: `${placeHolder}…`,
      placeHolder: 'Effort id or name',
      matchOnDescription: true,
    })
  )?.place;
}

/** The effort's worktree; asks git again when the cached status has none (it may have just been made). */
export async function worktreeOf(git: GitStatusService, resolved: ResolvedEffort): Promise<WorktreePlace | undefined> {
  const folderUri = resolved.folder.uri.toString();
  const id = resolved.effort.id;
  let view = git.effort(folderUri, id);
  if (!view?.worktree) {
    await git.refresh(folderUri);
    view = git.effort(folderUri, id);
  }
  if (view?.worktree) return { path: view.worktree, label: id, resolved };
  const branch = view?.branch
    ? ` (branch ${view.branch} ${view.state === 'branch-only' ? 'exists' : 'does not exist yet'})`
    : '';
  const create = 'Create Effort Worktree';
  void vscode.window.showInformationMessage(`Waveplan: ${id} has no worktree${branch}.`, create).then((choice) => {
    if (choice === create) void vscode.commands.executeCommand(COMMANDS.createWorktree, { folderUri, effortId: id });
  });
  return undefined;
}
