// "Export SVG": the user picks the file in a save dialog (which asks before replacing one); nothing is written
// without that choice.
import * as vscode from 'vscode';

/** Undefined when the user cancelled the dialog. */
export async function saveSvg(
  svg: string,
  folder: vscode.Uri | undefined,
): Promise<{ ok: boolean; message: string } | undefined> {
  const target = await vscode.window.showSaveDialog({
    title: 'Export dependency graph',
    saveLabel: 'Export',
    filters: { 'SVG image': ['svg'] },
    defaultUri: folder ? vscode.Uri.joinPath(folder, 'waveplan-graph.svg') : undefined,
  });
  if (!target) return undefined;
  const text = svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (err) {
    const message = `Could not write ${target.fsPath || target.toString()}: ${err instanceof Error ? err.message : String(err)}`;
    void vscode.window.showErrorMessage(`Waveplan: ${message}`);
    return { ok: false, message };
  }
  return { ok: true, message: `Saved ${vscode.workspace.asRelativePath(target)}.` };
}
