// Turns command arguments (tree node, CodeLens target, nothing) into one effort of one folder's project.
import { STATUS_ICONS } from '../tree/statusIcons';
import * as vscode from 'vscode';
import type { Effort, Project } from '../../core/model/model';
import { readSettings } from '../config';
import { effortLabel, sizeText, statusLabel } from '../../core/views/effortText';
import type { PlanIndex } from '../index/planIndex';
import type { EffortTarget } from '../tree/planTree';

export interface ResolvedEffort {
  effort: Effort;
  project: Project;
  folder: vscode.WorkspaceFolder;
}

export function isEffortTarget(arg: unknown): arg is EffortTarget {
  const t = arg as Partial<EffortTarget> | undefined;
  return typeof t === 'object' && t !== null && typeof t.folderUri === 'string' && typeof t.effortId === 'string';
}

export function resolveTarget(index: PlanIndex, target: EffortTarget): ResolvedEffort | undefined {
  const fp = index.folderProject(target.folderUri);
  const effort = fp?.project.byId.get(target.effortId);
  return fp && effort && { effort, project: fp.project, folder: fp.folder };
}

/** The effort a command is about: its argument, else the effort under the cursor, else one the user picks. */
export async function effortForCommand(
  index: PlanIndex,
  arg: unknown,
  placeHolder: string,
): Promise<ResolvedEffort | undefined> {
  if (isEffortTarget(arg)) return resolveTarget(index, arg);
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const effort = index.effortAt(editor.document.uri, editor.selection.active);
    const hit = effort && index.locate(editor.document.uri);
    if (effort && hit) return { effort, project: hit.project, folder: hit.folder };
  }
  return pickEffort(index, placeHolder);
}

interface EffortPick extends vscode.QuickPickItem {
  resolved: ResolvedEffort;
}

/** QuickPick of every effort (or of `only` ids in one folder), searchable by id, name, branch and wave. */
export async function pickEffort(
  index: PlanIndex,
  placeHolder: string,
  only?: { folderUri: string; effortIds: string[] },
): Promise<ResolvedEffort | undefined> {
  const picks: EffortPick[] = [];
  const many = index.projects().length > 1;
  for (const { folder, project } of index.projects()) {
    if (only && folder.uri.toString() !== only.folderUri) continue;
    const limits = readSettings(folder.uri).limits;
    const wanted = only ? new Set(only.effortIds) : undefined;
    for (const effort of project.efforts) {
      if (wanted && !wanted.has(effort.id)) continue;
      const where =
        effort.phase !== undefined && effort.wave !== undefined ? `Wave ${effort.phase}.${effort.wave}` : '';
      picks.push({
        label: `$(${STATUS_ICONS[effort.status][0]}) ${effortLabel(effort)}`,
        description: [where, sizeText(effort, limits), statusLabel(effort.status), many ? folder.name : '']
          .filter(Boolean)
          .join(' · '),
        detail: effort.branch,
        resolved: { effort, project, folder },
      });
    }
  }
  if (!picks.length) {
    void vscode.window.showInformationMessage('Waveplan: no efforts found in this workspace.');
    return undefined;
  }
  if (only && picks.length === 1) return picks[0].resolved;
  // The title says what the pick is for ("Create a worktree for…"); the place holder how to pick.
  const chosen = await vscode.window.showQuickPick(picks, {
    title: `${placeHolder}…`,
    placeHolder: 'Effort id or name',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return chosen?.resolved;
}
