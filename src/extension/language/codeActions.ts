// Quick fixes from each finding's `fixes`, and `source.fixAll.waveplan` applying every preferred fix of a file.
import * as vscode from 'vscode';
import type { Fix } from '../../core/model/model';
import { toRange } from '../util/convert';
import type { PlanDiagnostics } from './diagnostics';
import { selectFixAll } from '../../core/fixes/fixAll';
import type { PlanIndex } from '../index/planIndex';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('waveplan');

export class PlanCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly index: PlanIndex,
    private readonly diagnostics: PlanDiagnostics,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entries = this.diagnostics.entriesFor(document.uri);
    if (!entries.length) return [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) {
      for (const { diagnostic, plan } of entries) {
        if (!diagnostic.range.intersection(range)) continue;
        for (const fix of plan.fixes ?? []) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = this.toWorkspaceEdit([fix]);
          action.diagnostics = [diagnostic];
          action.isPreferred = fix.preferred === true;
          actions.push(action);
        }
      }
    }
    if (context.only && wants(FIX_ALL_KIND)) {
      const fixes = selectFixAll(entries.map((e) => e.plan.fixes));
      if (fixes.length) {
        const action = new vscode.CodeAction(`Fix all Waveplan problems (${fixes.length})`, FIX_ALL_KIND);
        action.edit = this.toWorkspaceEdit(fixes);
        action.diagnostics = entries.filter((e) => e.plan.fixes?.some((f) => fixes.includes(f))).map((e) => e.diagnostic);
        actions.push(action);
      }
    }
    return actions;
  }

  private toWorkspaceEdit(fixes: readonly Fix[]): vscode.WorkspaceEdit {
    const edit = new vscode.WorkspaceEdit();
    for (const fix of fixes) {
      for (const e of fix.edits) edit.replace(this.index.uriOf(e.file), toRange(e), e.newText);
    }
    return edit;
  }
}
