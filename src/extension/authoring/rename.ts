// F2 on an effort id: renames it across every plan file of the folder, in every form it is written (the edit is
// computed in core, authoring/rename.ts), as one workspace edit VS Code previews and undoes as one.
import * as vscode from 'vscode';
import { idAt, renameEffort } from '../../core/authoring/rename';
import type { TextEdit } from '../../core/model/model';
import type { PlanIndex } from '../index/planIndex';
import { toRange } from '../util/convert';

export function toWorkspaceEdit(index: PlanIndex, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(index.uriOf(e.file), toRange(e), e.newText);
  return edit;
}

export class EffortRenameProvider implements vscode.RenameProvider {
  constructor(private readonly index: PlanIndex) {}

  prepareRename(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): { range: vscode.Range; placeholder: string } {
    const { id, range } = this.idAt(document, position);
    return { range, placeholder: document.getText(range) || id };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const { id } = this.idAt(document, position);
    const hit = this.index.projectWithTexts(document)!;
    const result = renameEffort(hit.project, hit.text, id, newName);
    if ('error' in result) throw new Error(result.error);
    return toWorkspaceEdit(this.index, result.edits);
  }

  /** The effort id under the cursor (the range of its number), or an error VS Code shows where F2 was pressed. */
  private idAt(document: vscode.TextDocument, position: vscode.Position): { id: string; range: vscode.Range } {
    const hit = this.index.locateDocument(document);
    const found = hit && idAt(document.lineAt(position.line).text, position.character + 1);
    if (!hit || !found) throw new Error('Put the cursor on an effort id such as E1.2.3 to rename it.');
    if (!hit.project.byId.has(found.id)) throw new Error(`${found.id} is not an effort of this plan.`);
    const line = position.line + 1;
    return { id: found.id, range: toRange({ line, column: found.start, endLine: line, endColumn: found.end }) };
  }
}
