// Quick fixes from each finding's `fixes`, and `source.fixAll.waveplan` applying every certain fix of a file
// (the core's selector: never a guess) and then reporting what it changed.
import * as vscode from 'vscode';
import { fixAllSummary, selectFixAll } from '../../core/fixes/fixAll';
import type { Fix } from '../../core/model/model';
import { COMMANDS } from '../commandIds';
import type { PlanIndex } from '../index/planIndex';
import { toRange } from '../util/convert';
import { registerCommand } from '../util/safeCommand';
import type { PlanDiagnostics } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('waveplan');

export class PlanCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly index: PlanIndex,
    private readonly diagnostics: PlanDiagnostics,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const entries = this.diagnostics.entriesFor(document.uri);
    if (!entries.length) return [];
    const wants = (kind: vscode.CodeActionKind) =>
      !context.only || context.only.contains(kind) || kind.contains(context.only);
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
      const choices = selectFixAll(entries.map((e) => e.plan));
      if (choices.length) {
        const fixes = choices.map((c) => c.fix);
        const action = new vscode.CodeAction(`Fix all Waveplan problems (${fixes.length})`, FIX_ALL_KIND);
        action.edit = this.toWorkspaceEdit(fixes);
        const fixed = new Set(choices.flatMap((c) => c.diagnostics));
        action.diagnostics = entries.filter((e) => fixed.has(e.plan)).map((e) => e.diagnostic);
        // VS Code runs the command after applying the edit: the user learns what changed.
        action.command = {
          command: COMMANDS.reportFixAll,
          title: 'Report what Fix All changed',
          arguments: [fixAllSummary(choices)],
        };
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

/** Shows Fix All's summary; returns it (so tests can read what a Fix All action reports). */
export function registerFixAllReport(): vscode.Disposable {
  return registerCommand(COMMANDS.reportFixAll, (summary: unknown) => {
    const text = typeof summary === 'string' ? summary : 'Waveplan: Fix All applied.';
    void vscode.window.showInformationMessage(`Waveplan: ${text}`);
    return text;
  });
}
