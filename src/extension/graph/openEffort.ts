// Graph node → the effort's declaration in its plan, in an editor column next to the graph.
import * as vscode from 'vscode';
import type { Effort } from '../../core/model/model';
import type { PlanIndexView } from '../index/planIndexApi';

export async function openEffortSource(
  index: PlanIndexView,
  effort: Effort,
  graphColumn: vscode.ViewColumn | undefined,
): Promise<vscode.TextEditor> {
  const uri = index.uriOf(effort.source.file);
  const line = Math.max(0, effort.source.line - 1);
  const position = new vscode.Position(line, 0);
  const other = vscode.window.visibleTextEditors.find(
    (e) => e.viewColumn !== undefined && e.viewColumn !== graphColumn,
  );
  const editor = await vscode.window.showTextDocument(uri, {
    viewColumn:
      other?.viewColumn ?? (graphColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One),
    selection: new vscode.Range(position, position),
    preserveFocus: false,
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
