// What the graph draws of each effort's git state: from the git status service, nothing when `waveplan.git.status`
// is off or the workspace is untrusted (the service then drops its status too; checked here against a stale one).
import * as vscode from 'vscode';
import type { EffortGitState } from '../../core/mermaid/types';
import type { Project } from '../../core/model/model';
import { readSettings } from '../config';
import type { GitStatusView } from '../git/gitStatus';
import { graphGitStates } from '../../core/views/gitStatusText';

export function graphGitFor(
  git: GitStatusView | undefined,
  folder: vscode.WorkspaceFolder | undefined,
  project: Project,
): ReadonlyMap<string, EffortGitState> | undefined {
  if (!git || !folder || !vscode.workspace.isTrusted || !readSettings(folder.uri).gitStatus) return undefined;
  const status = git.folder(folder.uri.toString());
  return status ? graphGitStates(status, project.efforts) : undefined;
}
