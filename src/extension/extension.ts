// Entry point: builds the plan index and registers one adapter per feature. The first scan runs after activation.
import * as vscode from 'vscode';
import type { WaveplanApi } from './api';
import { EffortCodeLensProvider } from './language/codeLens';
import { PlanDiagnostics } from './language/diagnostics';
import { registerGraphCommands } from './graph/commands';
import { registerNavigationCommands } from './language/navigationCommands';
import { GitLog } from './git/gitLog';
import { ActivityLog } from './util/activityLog';
import { GitStatusService } from './git/gitStatus';
import { WorktreeStatusBar } from './git/statusBar';
import { PlanIndex } from './index/planIndex';
import { registerPlanTree } from './tree/planTreeView';
import { registerWorkspaceCommands } from './commands/workspaceCommands';
import { ChosenBases } from './worktrees/chosenBases';
import { registerWorktreeCommands } from './worktrees/commands';
import { registerPlanLanguageFeatures } from './language/languageFeatures';
import { registerNewEffortCommand } from './authoring/newEffortCommand';

export function activate(context: vscode.ExtensionContext): WaveplanApi {
  const started = Date.now();
  const log = new ActivityLog();
  const index = new PlanIndex(log);
  const diagnostics = new PlanDiagnostics(index);
  const gitLog = new GitLog();
  const bases = new ChosenBases(context.workspaceState);
  const git = new GitStatusService(index, gitLog, bases);
  const tree = registerPlanTree(index, git, log);
  // The view is contributed `when: waveplan.active`: it appears once its data provider is registered, never before
  // (VS Code would show "There is no data provider registered" while the extension host starts).
  void vscode.commands.executeCommand('setContext', 'waveplan.active', true);
  const statusBar = new WorktreeStatusBar(git);
  const codeLens = new EffortCodeLensProvider(index, git);
  const disposables = [
    log,
    index,
    diagnostics,
    gitLog,
    git,
    statusBar,
    codeLens,
    ...tree.disposables,
    registerPlanLanguageFeatures(index, diagnostics, codeLens),
    registerNewEffortCommand(index),
    ...registerNavigationCommands(index),
    ...registerWorkspaceCommands(index, diagnostics),
    ...registerWorktreeCommands({ index, git, log: gitLog, bases }),
    ...registerGraphCommands(context, index, tree.select, git),
  ];
  for (const d of disposables) context.subscriptions.push(d);
  index.start();
  const loadStarted = (globalThis as { __waveplanLoadStarted?: number }).__waveplanLoadStarted ?? started;
  log.info(`Bundle loaded in ${started - loadStarted} ms, activated in ${Date.now() - started} ms`);
  return { log, index, tree: tree.provider, treeView: tree.view, diagnostics, git, gitLog, statusBar, bases };
}

export function deactivate(): void {}
