// Entry point: builds the plan index and registers one adapter per feature. The first scan runs after activation.
import * as vscode from 'vscode';
import type { WaveplanApi } from './api';
import { PlanCodeActions } from './codeActions';
import { EffortCodeLensProvider } from './codeLens';
import { readSettings } from './config';
import { PlanDiagnostics } from './diagnostics';
import { registerGraphCommands } from './graphCommands';
import { EffortHoverProvider } from './hover';
import { registerNavigationCommands } from './navigationCommands';
import { EffortNavigationProvider } from './navigation';
import { GitLog } from './gitLog';
import { GitStatusService } from './gitStatus';
import { WorktreeStatusBar } from './statusBar';
import { PlanIndex } from './planIndex';
import { registerPlanTree } from './planTreeView';
import { planDocumentSelector } from './selector';
import { PlanSymbolProvider } from './symbols';
import { registerWorkspaceCommands } from './workspaceCommands';
import { registerWorktreeCommands } from './worktreeCommands';

export function activate(context: vscode.ExtensionContext): WaveplanApi {
  const index = new PlanIndex();
  const diagnostics = new PlanDiagnostics(index);
  const gitLog = new GitLog();
  const git = new GitStatusService(index, gitLog);
  const tree = registerPlanTree(index, git);
  const statusBar = new WorktreeStatusBar(git);
  const selector = planDocumentSelector(readSettings().planGlobs);
  const navigation = new EffortNavigationProvider(index);
  const codeLens = new EffortCodeLensProvider(index, git);
  const l = vscode.languages;
  context.subscriptions.push(
    index,
    diagnostics,
    gitLog,
    git,
    statusBar,
    codeLens,
    ...tree.disposables,
    l.registerCodeActionsProvider(selector, new PlanCodeActions(index, diagnostics), PlanCodeActions.metadata),
    l.registerHoverProvider(selector, new EffortHoverProvider(index)),
    l.registerDefinitionProvider(selector, navigation),
    l.registerReferenceProvider(selector, navigation),
    l.registerCodeLensProvider(selector, codeLens),
    l.registerDocumentSymbolProvider(selector, new PlanSymbolProvider(index), { label: 'Waveplan' }),
    ...registerNavigationCommands(index),
    ...registerWorkspaceCommands(index, diagnostics),
    ...registerWorktreeCommands({ index, git, log: gitLog }),
    ...registerGraphCommands(context, index, tree.select, git),
  );
  index.start();
  return { index, tree: tree.provider, treeView: tree.view, diagnostics, git, gitLog, statusBar };
}

export function deactivate(): void {}
