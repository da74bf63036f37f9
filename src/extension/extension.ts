// Entry point: builds the plan index and registers one adapter per feature. The first scan runs after activation.
import * as vscode from 'vscode';
import type { WaveplanApi } from './api';
import { EffortCodeLensProvider } from './language/codeLens';
import { PlanDiagnostics } from './language/diagnostics';
import { registerGraphCommands } from './graph/commands';
import { registerNavigationCommands } from './language/navigationCommands';
import { GitLog } from './git/gitLog';
import { GitStatusService } from './git/gitStatus';
import { WorktreeStatusBar } from './git/statusBar';
import { PlanIndex } from './index/planIndex';
import { registerPlanTree } from './tree/planTreeView';
import { registerWorkspaceCommands } from './commands/workspaceCommands';
import { registerWorktreeCommands } from './worktrees/commands';
import { registerPlanLanguageFeatures } from './language/languageFeatures';

export function activate(context: vscode.ExtensionContext): WaveplanApi {
  const index = new PlanIndex();
  const diagnostics = new PlanDiagnostics(index);
  const gitLog = new GitLog();
  const git = new GitStatusService(index, gitLog);
  const tree = registerPlanTree(index, git);
  const statusBar = new WorktreeStatusBar(git);
  const codeLens = new EffortCodeLensProvider(index, git);
  const disposables = [
    index,
    diagnostics,
    gitLog,
    git,
    statusBar,
    codeLens,
    ...tree.disposables,
    registerPlanLanguageFeatures(index, diagnostics, codeLens),
    ...registerNavigationCommands(index),
    ...registerWorkspaceCommands(index, diagnostics),
    ...registerWorktreeCommands({ index, git, log: gitLog }),
    ...registerGraphCommands(context, index, tree.select, git),
  ];
  for (const d of disposables) context.subscriptions.push(d);
  index.start();
  return { index, tree: tree.provider, treeView: tree.view, diagnostics, git, gitLog, statusBar };
}

export function deactivate(): void {}
