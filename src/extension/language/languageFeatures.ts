// Hover, navigation, CodeLens, outline, quick fixes, rename and id completion on plan files, re-registered when `waveplan.planGlobs` changes
// so a newly added pattern gets them without a window reload.
import * as vscode from 'vscode';
import { PlanCodeActions, registerFixAllReport } from './codeActions';
import type { EffortCodeLensProvider } from './codeLens';
import { COMPLETION_TRIGGERS, EffortIdCompletionProvider } from '../authoring/completion';
import { readSettings } from '../config';
import type { PlanDiagnostics } from './diagnostics';
import { EffortHoverProvider } from './hover';
import { EffortNavigationProvider } from './navigation';
import type { PlanIndex } from '../index/planIndex';
import { planDocumentSelector } from './selector';
import { EffortRenameProvider } from '../authoring/rename';
import { PlanSymbolProvider } from './symbols';
import { PLAN_WORD_PATTERN } from '../../core/views/wordPattern';

/** Every folder's plan globs (folder settings and its .waveplan.json may add patterns), or the window's without folders. */
function planGlobsOfWorkspace(): string[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.length === 0 ? readSettings().planGlobs : folders.flatMap((f) => readSettings(f.uri).planGlobs);
}

function register(index: PlanIndex, diagnostics: PlanDiagnostics, codeLens: EffortCodeLensProvider): vscode.Disposable {
  const selector = planDocumentSelector(planGlobsOfWorkspace());
  const navigation = new EffortNavigationProvider(index);
  const l = vscode.languages;
  return vscode.Disposable.from(
    l.registerCodeActionsProvider(selector, new PlanCodeActions(index, diagnostics), PlanCodeActions.metadata),
    l.registerHoverProvider(selector, new EffortHoverProvider(index)),
    l.registerDefinitionProvider(selector, navigation),
    l.registerReferenceProvider(selector, navigation),
    l.registerCodeLensProvider(selector, codeLens),
    l.registerDocumentSymbolProvider(selector, new PlanSymbolProvider(index), { label: 'Waveplan' }),
    l.registerRenameProvider(selector, new EffortRenameProvider(index)),
    l.registerCompletionItemProvider(selector, new EffortIdCompletionProvider(index), ...COMPLETION_TRIGGERS),
  );
}

export function registerPlanLanguageFeatures(
  index: PlanIndex,
  diagnostics: PlanDiagnostics,
  codeLens: EffortCodeLensProvider,
): vscode.Disposable {
  let current = register(index, diagnostics, codeLens);
  const report = registerFixAllReport();
  // Per language, not per file: markdown's other settings (brackets, folding) stay VS Code's, only the word changes.
  const words = vscode.languages.setLanguageConfiguration('markdown', { wordPattern: PLAN_WORD_PATTERN });
  const again = () => {
    current.dispose();
    current = register(index, diagnostics, codeLens);
  };
  const listeners = vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('waveplan.planGlobs') && again()),
    vscode.workspace.onDidChangeWorkspaceFolders(again),
  );
  return { dispose: () => (listeners.dispose(), report.dispose(), words.dispose(), current.dispose()) };
}
