// Adding a pattern to `waveplan.planGlobs` gives matching files the language features without a window reload.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor, workspaceFolder } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

describe('waveplan.planGlobs', () => {
  const config = () => vscode.workspace.getConfiguration('waveplan');
  let dir: string;
  let original: string[] | undefined;

  before(async () => {
    await waveplan();
    original = config().inspect<string[]>('planGlobs')?.workspaceValue;
    dir = path.join(workspaceFolder().uri.fsPath, `scratch-globs-${process.pid}`);
    fs.mkdirSync(path.join(dir, 'notes'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'notes', 'roadmap.md'),
      '# Phase 7: Roadmap\n\n## Wave 1: Notes\n\n#### E7.1.1: sketch\n\n**Estimated Lines**: 120\n',
    );
  });

  after(async () => {
    await config().update('planGlobs', original, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hovers efforts in a file that only the new pattern names', async () => {
    const uri = vscode.Uri.file(path.join(dir, 'notes', 'roadmap.md'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const at = new vscode.Position(4, 6);
    const hover = async () =>
      hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at));
    assert.ok(!(await hover()).includes('E7.1.1'), 'not a plan file yet');
    const defaults = config().inspect<string[]>('planGlobs')?.defaultValue ?? [];
    await config().update('planGlobs', [...defaults, '**/notes/*.md'], vscode.ConfigurationTarget.Workspace);
    const text = await waitFor(
      async () => {
        const t = await hover();
        return t.includes('**E7.1.1** sketch') ? t : undefined;
      },
      20_000,
      'a Waveplan hover on E7.1.1 after the pattern was added',
    );
    assert.ok(text.includes('Phase 7 · Wave 1'), text);
  });
});
