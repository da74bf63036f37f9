// "Waveplan: New Effort": writes a new effort into a plan in that file's own form (core/authoring/newEffort.ts) as a
// snippet, so the name, dependencies and estimate are filled in with Tab. From the editor it joins the wave around the
// cursor; from a wave in the tree, the plan that declares most of that wave's efforts.
import * as vscode from 'vscode';
import { fileForNewEffort, newEffortIn, wavesForNewEffort, type WaveRef } from '../../core/authoring/newEffort';
import { COMMANDS } from '../commandIds';
import type { PlanIndex } from '../index/planIndex';
import type { PlanNode } from '../tree/planTree';
import { registerCommand } from '../util/safeCommand';

async function pickWave(waves: WaveRef[]): Promise<WaveRef | undefined> {
  if (waves.length <= 1) return waves[0];
  const items = waves.map((w) => ({ label: `Phase ${w.phase}, wave ${w.wave}`, wave: w }));
  return (await vscode.window.showQuickPick(items, { title: 'Waveplan: New Effort — which wave?' }))?.wave;
}

async function insertInto(index: PlanIndex, editor: vscode.TextEditor, wave?: WaveRef): Promise<string | undefined> {
  const hit = index.projectWithTexts(editor.document);
  if (!hit) throw new Error('This file is not one of the plans Waveplan reads.');
  const target = wave ?? (await pickWave(wavesForNewEffort(hit.project, hit.file, editor.selection.active.line + 1)));
  if (!target) throw new Error('This plan names no wave to add an effort to.');
  const made = newEffortIn(hit.project, hit.file, editor.document.getText(), target.phase, target.wave);
  if ('error' in made) throw new Error(made.error);
  const at = new vscode.Position(made.line - 1, made.column - 1);
  await editor.insertSnippet(new vscode.SnippetString(made.snippet), at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return made.id;
}

/** Returns the new effort's id (for tests), or undefined when the user cancelled. */
export function registerNewEffortCommand(index: PlanIndex): vscode.Disposable {
  return registerCommand(COMMANDS.newEffort, async (node?: PlanNode) => {
    if (node?.kind === 'wave') {
      const project = index.folderProject(node.folderUri)?.project;
      const file = project && fileForNewEffort(project, node.wave.phase, node.wave.wave);
      if (!file) throw new Error(`No plan file declares wave ${node.wave.wave} of phase ${node.wave.phase}.`);
      const editor = await vscode.window.showTextDocument(index.uriOf(file), { preview: false });
      return insertInto(index, editor, { phase: node.wave.phase, wave: node.wave.wave });
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor) throw new Error('Open a plan file (or pick a wave in the Waveplan view) to add an effort.');
    return insertInto(index, editor);
  });
}
