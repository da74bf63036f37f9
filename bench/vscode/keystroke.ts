// Keystroke → updated diagnostics: one character typed into (then deleted from) a `**Size Estimate**` value turns
// `~450 lines` into `~9450 lines` and back, which adds and removes an `effort-oversized` error. Timed from just before
// the edit command until languages.onDidChangeDiagnostics shows the new state of that file.
import * as vscode from 'vscode';
import { maxOf, minOf } from '../../src/core/model/arrays';
import { median } from '../timing';
import { countCode, diagnosticsReach, type Figures, out, sleep, until } from './report';

const CODE = 'effort-oversized';
const SIZE_LINE = /\*\*Size Estimate\*\*: ~\d/;
/** Pause after each update so nothing from the previous edit (debounce, CodeLens, outline) overlaps the next. */
const QUIET_MS = 400;

type Method = 'type' | 'edit';

/**
 * One edit through the `type`/`deleteLeft` commands (what a keystroke runs), or editor.edit when those do not reach
 * the document (no focused editor); true once the line reads `expected`.
 */
async function keystroke(
  editor: vscode.TextEditor,
  at: vscode.Position,
  insert: boolean,
  method: Method,
  expected: string,
): Promise<boolean> {
  if (method === 'type') {
    const cursor = insert ? at : at.translate(0, 1);
    editor.selection = new vscode.Selection(cursor, cursor);
    await vscode.commands.executeCommand(insert ? 'type' : 'deleteLeft', insert ? { text: '9' } : undefined);
  } else {
    await editor.edit((b) => (insert ? b.insert(at, '9') : b.delete(new vscode.Range(at, at.translate(0, 1)))));
  }
  try {
    await until(() => editor.document.lineAt(at.line).text === expected, 1000, 'edit reached the document');
    return true;
  } catch {
    return false;
  }
}

/** performance.now() when the extension host next hears of a text change of uri (the edit's own round trip). */
function documentChanged(uri: vscode.Uri): Promise<number> {
  return new Promise((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== uri.toString() || !e.contentChanges.length) return;
      sub.dispose();
      resolve(performance.now());
    });
  });
}

/** Median time over `edits` alternating insert/delete keystrokes in the middle effort of the plan at uri. */
export async function benchKeystroke(uri: vscode.Uri, name: string, edits: number, figures: Figures): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const sizeLines: number[] = [];
  for (let i = 0; i < doc.lineCount; i++) if (SIZE_LINE.test(doc.lineAt(i).text)) sizeLines.push(i);
  if (!sizeLines.length) throw new Error(`${uri.fsPath} has no **Size Estimate** line`);
  const line = sizeLines[Math.floor(sizeLines.length / 2)];
  const original = doc.lineAt(line).text;
  const at = new vscode.Position(line, original.indexOf('~') + 1);
  const withNine = `${original.slice(0, at.character)}9${original.slice(at.character)}`;
  if (countCode(uri, CODE) !== 0) throw new Error(`${uri.fsPath} has ${CODE} findings before the first edit`);
  await sleep(1000);

  let method: Method = 'type';
  const times: number[] = [];
  const deliveries: number[] = [];
  for (let i = 0; i < edits; i++) {
    const insert = i % 2 === 0;
    const reached = diagnosticsReach(uri, CODE, insert ? 1 : 0);
    const delivered = documentChanged(uri);
    const expected = insert ? withNine : original;
    let start = performance.now();
    if (!(await keystroke(editor, at, insert, method, expected))) {
      if (i > 0 || method === 'edit') throw new Error(`edit ${i} did not reach ${uri.fsPath}`);
      method = 'edit'; // the `type` command needs a focused editor; a headless window may not give it one
      start = performance.now();
      if (!(await keystroke(editor, at, insert, method, expected)))
        throw new Error(`editor.edit did not reach ${uri.fsPath}`);
    }
    const end = await reached;
    times.push(end - start);
    deliveries.push((await delivered) - start);
    await sleep(QUIET_MS);
  }
  figures[`keystroke.${name}.lines`] = doc.lineCount;
  figures[`keystroke.${name}.median.ms`] = median(times);
  figures[`keystroke.${name}.min.ms`] = minOf(times);
  figures[`keystroke.${name}.max.ms`] = maxOf(times);
  figures[`keystroke.${name}.edits`] = edits;
  figures[`keystroke.${name}.delivery.median.ms`] = median(deliveries);
  figures[`keystroke.${name}.viaTypeCommand`] = method === 'type' ? 1 : 0;
  out(
    `${name}: ${doc.lineCount} lines, ${edits} edits via ${method === 'type' ? "the 'type'/'deleteLeft' commands" : 'editor.edit'}: median ${median(times).toFixed(0)} ms, edit reached the extension host after ${median(deliveries).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  // The text is back to the original (even number of edits); revert clears the dirty flag without saving.
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
