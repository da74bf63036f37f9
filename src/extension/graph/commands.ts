// Show Dependency Graph / Show in Graph: thin calls into the graph panel (src/extension/graph).
import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import { effortForCommand } from '../commands/effortTargets';
import { GraphPanel, registerGraph } from './register';
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
  return [
    registerGraph(context, index, selectInTree, { git }),
    registerCommand(COMMANDS.showGraph, () => {
      GraphPanel.createOrShow(context, index);
    }),
    registerCommand(COMMANDS.showInGraph, async (arg?: unknown) => {
      const resolved = await effortForCommand(index, arg, 'Show in the dependency graph');
      if (resolved) GraphPanel.createOrShow(context, index).focusEffort(resolved.effort.id);
    }),
  ];
}
