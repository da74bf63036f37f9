// The worktree commands (tree menus, palette, CodeLens): create one / a wave, open, terminal, remove, prune, copy the
// branch name. Git runs only in trusted workspaces; every git argv goes to the "Waveplan Git" output channel.
import * as path from 'path';
import * as vscode from 'vscode';
import type { Wave } from '../../core/model/model';
import { branchFor } from '../../core/worktrees/naming/naming';
import { resolveSettings } from '../../core/worktrees/settings';
import { COMMANDS } from '../commandIds';
import { effortForCommand, type ResolvedEffort } from '../commands/effortTargets';
import type { PlanIndex } from '../index/planIndex';
import { createWaveFor, createWorktreeFor, type WaveTarget, type WorktreeDeps } from './create';
import { errorText, requireTrust, worktreeSettingsFor } from './context';
import { openWorktree, revealInTerminal, worktreeForCommand } from './open';
import { answersFrom, Prompts } from './prompts';
import { pruneFor, removeWorktreeFor } from './remove';
import { registerCommand } from '../util/safeCommand';
import { counted } from '../../core/views/counted';

export function registerWorktreeCommands(deps: WorktreeDeps): vscode.Disposable[] {
  const { index, git, log } = deps;
  const trusted =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R | undefined> =>
      (await requireTrust()) ? fn(...args) : undefined;
  const reg = registerCommand;
  return [
    reg(
      COMMANDS.createWorktree,
      trusted(async (arg?: unknown, extra?: unknown) => {
        const resolved = await effortForCommand(index, arg, 'Create a worktree for');
        return resolved && createWorktreeFor(deps, resolved, new Prompts(answersFrom(extra)));
      }),
    ),
    reg(
      COMMANDS.createWaveWorktrees,
      trusted(async (arg?: unknown, extra?: unknown) => {
        const target = await waveForCommand(index, arg);
        return target && createWaveFor(deps, target, new Prompts(answersFrom(extra)));
      }),
    ),
    reg(
      COMMANDS.openWorktree,
      trusted(async (arg?: unknown, extra?: unknown) => {
        const place = await worktreeForCommand(index, git, arg, 'Open the worktree of');
        if (!place) return undefined;
        const choice = await new Prompts(answersFrom(extra)).chooseOpen(`Open the worktree of ${place.label}`);
        return (await openWorktree(place.path, place.label, choice)) ? place.path : undefined;
      }),
    ),
    reg(
      COMMANDS.revealWorktreeInTerminal,
      trusted(async (arg?: unknown) => {
        const place = await worktreeForCommand(index, git, arg, 'Open a terminal in the worktree of');
        return place && revealInTerminal(place.path, place.label);
      }),
    ),
    reg(
      COMMANDS.removeWorktree,
      trusted(async (arg?: unknown, extra?: unknown) => {
        const place = await worktreeForCommand(index, git, arg, 'Remove the worktree of');
        if (place && !place.resolved) {
          void vscode.window.showInformationMessage(
            `Waveplan: ${place.path} belongs to no planned effort; remove it with git worktree remove.`,
          );
          return undefined;
        }
        return place?.resolved && removeWorktreeFor(deps, place.resolved, new Prompts(answersFrom(extra)));
      }),
    ),
    reg(
      COMMANDS.pruneWorktrees,
      trusted(async (arg?: unknown) => {
        const folder = await folderForCommand(index, arg);
        return folder && pruneFor(deps, folder);
      }),
    ),
    reg(COMMANDS.refreshGitStatus, () => git.refresh()),
    reg(COMMANDS.showGitLog, () => log.show()),
    reg(COMMANDS.copyBranchName, async (arg?: unknown) => {
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

/** The branch an effort's worktree uses: declared **Branch**, else target-repo-config.yaml's pattern, else the template. */
export function branchNameFor({ effort, project, folder }: ResolvedEffort): string {
  return branchFor(
    effort,
    resolveSettings(worktreeSettingsFor(folder)),
    project.repoConfig,
    path.basename(folder.uri.fsPath),
  ).branch;
}

/** A wave tree node, else a pick among every folder's waves (the cursor's wave first). */
async function waveForCommand(index: PlanIndex, arg: unknown): Promise<WaveTarget | undefined> {
  const node = arg as { kind?: unknown; folderUri?: unknown; wave?: Wave } | undefined;
  if (node?.kind === 'wave' && typeof node.folderUri === 'string' && node.wave) {
    const fp = index.folderProject(node.folderUri);
    const wave = fp?.project.phases.flatMap((p) => p.waves).find((w) => w.id === node.wave!.id) ?? node.wave;
    return fp && { folder: fp.folder, project: fp.project, wave };
  }
  const editor = vscode.window.activeTextEditor;
  const here = editor && index.effortAt(editor.document.uri, editor.selection.active);
  const many = index.projects().length > 1;
  const picks: Array<vscode.QuickPickItem & { target: WaveTarget }> = [];
  for (const { folder, project } of index.projects()) {
    for (const wave of project.phases.flatMap((p) => p.waves)) {
      if (!wave.efforts.length) continue;
      const item = {
        label: `$(layers) Wave ${wave.phase}.${wave.wave}${wave.name ? `: ${wave.name}` : ''}`,
        description: [counted(wave.efforts.length, 'effort'), many ? folder.name : ''].filter(Boolean).join(' · '),
        target: { folder, project, wave },
      };
      if (here && wave.efforts.includes(here.id)) picks.unshift(item);
      else picks.push(item);
    }
  }
  if (!picks.length) {
    void vscode.window.showInformationMessage('Waveplan: no wave with efforts found in this workspace.');
    return undefined;
  }
  return (
    await vscode.window.showQuickPick(picks, {
      title: 'Create Wave Worktrees',
      placeHolder: 'Create worktrees for every effort of',
    })
  )?.target;
}

/** Any tree node's folder, else the only folder with plans, else a pick. */
async function folderForCommand(index: PlanIndex, arg: unknown): Promise<vscode.WorkspaceFolder | undefined> {
  const folderUri = (arg as { folderUri?: unknown } | undefined)?.folderUri;
  if (typeof folderUri === 'string') return index.folderProject(folderUri)?.folder;
  const folders = index
    .projects()
    .filter((p) => p.project.files.length && p.folder.uri.scheme === 'file')
    .map((p) => p.folder);
  if (folders.length <= 1) return folders[0] ?? vscode.workspace.workspaceFolders?.[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Prune the worktrees of the repository of' });
}
