// Show Dependency Graph / Show in Graph: thin calls into the graph panel (src/extension/graph).
import * as vscode from 'vscode';
import { isFinished, remainingCriticalPath } from '../../core/analysis/remaining';
import { COMMANDS } from '../commandIds';
import { effortForCommand } from '../commands/effortTargets';
import { registerGraph } from './register';
import type { GitStatusView } from '../git/gitStatus';
import type { PlanIndex } from '../index/planIndex';
import { registerCommand } from '../util/safeCommand';

/** `selectInTree` lets a click on a graph node select that effort in the plan tree; `git` draws git state in nodes. */
export function registerGraphCommands(
  context: vscode.ExtensionContext,
  index: PlanIndex,
  selectInTree: (effortId: string, folder?: vscode.WorkspaceFolder) => void,
  git?: GitStatusView,
): vscode.Disposable[] {
  // The critical path of the remaining work is drawn on top of the plan (blue), from the analysis `waveplan waves`
  // uses; efforts done, or whose branch git reports merged, are finished.
  const panels = registerGraph(context, index, selectInTree, {
    git,
    criticalPath: (project, merged) =>
      remainingCriticalPath(project, (e) => isFinished(e) || !!merged?.has(e.id)).efforts,
  });
  return [
    panels,
    // An open graph turns to the active plan's project, as a new one opens on it (PlanIndex.project).
    registerCommand(COMMANDS.showGraph, () => {
      const active = vscode.window.activeTextEditor?.document.uri;
      panels.show().turnTo(active && index.locate(active)?.folder);
    }),
    registerCommand(COMMANDS.showInGraph, async (arg?: unknown) => {
      const resolved = await effortForCommand(index, arg, 'Show in the dependency graph');
      if (resolved) panels.show().focusEffort(resolved.effort.id, resolved.folder);
    }),
  ];
}
