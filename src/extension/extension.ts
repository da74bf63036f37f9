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
import { DeferredGitView } from './git/deferredGitView';
import { PlanIndex } from './index/planIndex';
import { registerPlanTree } from './tree/planTreeView';
import { registerWorkspaceCommands } from './commands/workspaceCommands';
import { ChosenBases } from './worktrees/chosenBases';
import { registerWorktreeCommands } from './worktrees/commands';
import { registerPlanLanguageFeatures } from './language/languageFeatures';
import { registerNewEffortCommand } from './authoring/newEffortCommand';
import { warmUpMarkdown } from './language/markdownWarmup';

/**
 * The plan index with its first scan, and the tree view, start as soon as the bundle is loaded, not in activate():
 * VS Code loads an extension's code and prepares its context (storage from the window) side by side and calls
 * activate() only when both are done, 0.3–1.2 s later on a busy first load. Meanwhile the plans are read and the
 * window learns of the tree. The view is contributed without a `when`, so VS Code can restore it at start-up (a view
 * that did not exist yet made Reload Window fall back to the Explorer); until the provider is registered its welcome
 * (`!waveplan.treeState`) covers VS Code's "There is no data provider registered".
 */
const early = (() => {
  const log = new ActivityLog();
  const index = new PlanIndex(log);
  const gitView = new DeferredGitView();
  const tree = registerPlanTree(index, gitView, log);
  index.start();
  return { log, index, gitView, tree, loaded: Date.now() };
})();

export function activate(context: vscode.ExtensionContext): WaveplanApi {
  const started = Date.now();
  const { log, index, gitView, tree } = early;
  const diagnostics = new PlanDiagnostics(index);
  const gitLog = new GitLog();
  const bases = new ChosenBases(context.workspaceState);
  // git status (a few git processes) waits until the tree has shown its first rows: VS Code asks for them level by
  // level, and each request waits while the extension host is busy.
  const git = new GitStatusService(index, gitLog, bases, tree.firstLook);
  gitView.attach(git);
  const statusBar = new WorktreeStatusBar(git);
  const codeLens = new EffortCodeLensProvider(index, git);
  const disposables = [
    log,
    index,
    diagnostics,
    gitLog,
    git,
    gitView,
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
  warmUpMarkdown(tree.firstLook, index);
  const loadStarted = (globalThis as { __waveplanLoadStarted?: number }).__waveplanLoadStarted ?? early.loaded;
  log.info(`Bundle loaded in ${early.loaded - loadStarted} ms, activated in ${Date.now() - started} ms`);
  log.info(`activate() was called ${started - early.loaded} ms after the bundle was loaded`);
  return { log, index, tree: tree.provider, treeView: tree.view, diagnostics, git, gitLog, statusBar, bases };
}

export function deactivate(): void {}
