// One call for the extension's activate(): the serializer (restores the panel after reload) and the hooks.
// Commands stay in src/extension/graph/commands.ts (waveplan.showGraph, waveplan.showInGraph).
import type * as vscode from 'vscode';
import type { Project } from '../../core/model/model';
import type { GitStatusView } from '../git/gitStatus';
import type { PlanIndexView } from '../index/planIndexApi';
import { GraphPanel } from './graphPanel';

export { GraphPanel } from './graphPanel';

export function registerGraph(
  context: vscode.ExtensionContext,
  index: PlanIndexView,
  selectEffortInTree?: (effortId: string, folder?: vscode.WorkspaceFolder) => void,
  extras: { criticalPath?: (project: Project) => readonly string[]; git?: GitStatusView } = {},
): vscode.Disposable {
  return GraphPanel.registerSerializer(context, index, { selectEffortInTree, criticalPath: extras.criticalPath, git: extras.git });
}
