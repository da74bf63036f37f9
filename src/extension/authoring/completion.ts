// Completion of effort ids (with name and wave) in dependency and Parallel With values; the rule lives in core.
import * as vscode from 'vscode';
import { effortIdCompletions } from '../../core/views/completion';
import type { PlanIndex } from '../index/planIndex';

export const COMPLETION_TRIGGERS = ['[', ',', '"', ' ', ':'];

export class EffortIdCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly index: PlanIndex) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const hit = this.index.locate(document.uri);
    if (!hit) return [];
    const line = position.line;
    const above = (back: number) => (line - back >= 0 ? document.lineAt(line - back).text : undefined);
    const items = effortIdCompletions(
      hit.project,
      document.lineAt(line).text.slice(0, position.character),
      position.character + 1,
      above,
    );
    return items.map((c, i) => {
      const item = new vscode.CompletionItem(
        { label: c.id, description: c.detail },
        vscode.CompletionItemKind.Reference,
      );
      item.detail = c.detail;
      item.range = new vscode.Range(line, c.start - 1, line, c.end - 1);
      // Plan order, not alphabetical (E1.2.10 after E1.2.9); names are searchable too.
      item.sortText = String(i).padStart(6, '0');
      item.filterText = `${c.id} ${c.detail}`;
      return item;
    });
  }
}
