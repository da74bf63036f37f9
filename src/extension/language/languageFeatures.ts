// Hover, navigation, CodeLens, outline and quick fixes on plan files, re-registered when `waveplan.planGlobs` changes
// so a newly added pattern gets them without a window reload.
import * as vscode from 'vscode';
import { PlanCodeActions } from './codeActions';
import type { EffortCodeLensProvider } from './codeLens';
import { readSettings } from '../config';
import type { PlanDiagnostics } from './diagnostics';
import { EffortHoverProvider } from './hover';
import { EffortNavigationProvider } from './navigation';
import type { PlanIndex } from '../index/planIndex';
import { planDocumentSelector } from './selector';
import { PlanSymbolProvider } from './symbols';

function register(index: PlanIndex, diagnostics: PlanDiagnostics, codeLens: EffortCodeLensProvider): vscode.Disposable {
  const selector = planDocumentSelector(readSettings().planGlobs);
  const navigation = new EffortNavigationProvider(index);
  const l = vscode.languages;
  return vscode.Disposable.from(
    l.registerCodeActionsProvider(selector, new PlanCodeActions(index, diagnostics), PlanCodeActions.metadata),
    l.registerHoverProvider(selector, new EffortHoverProvider(index)),
    l.registerDefinitionProvider(selector, navigation),
    l.registerReferenceProvider(selector, navigation),
    l.registerCodeLensProvider(selector, codeLens),
    l.registerDocumentSymbolProvider(selector, new PlanSymbolProvider(index), { label: 'Waveplan' }),
  );
}

export function registerPlanLanguageFeatures(index: PlanIndex, diagnostics: PlanDiagnostics, codeLens: EffortCodeLensProvider): vscode.Disposable {
  let current = register(index, diagnostics, codeLens);
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('waveplan.planGlobs')) return;
    current.dispose();
    current = register(index, diagnostics, codeLens);
  });
  return { dispose: () => (listener.dispose(), current.dispose()) };
}
