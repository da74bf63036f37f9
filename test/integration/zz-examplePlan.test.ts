// "Create an example plan" (welcome view): writes a valid plan under a free name, never over an existing file.
// Named to run last: it adds files to the workspace (and removes them again).
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { EXAMPLE_PLAN } from '../../src/core/views/examplePlan';
import { waitFor, workspaceFolder } from './support/helpers';
import { waveplan } from './support/planFixtures';

describe('example plan', () => {
  const created: vscode.Uri[] = [];

  after(async () => {
    // Close only the example editors (closing everything could offer to save another suite's unsaved edits).
    const mine = (t: vscode.Tab) =>
      t.input instanceof vscode.TabInputText &&
      created.some((u) => u.toString() === (t.input as vscode.TabInputText).uri.toString());
    await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter(mine));
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    const api = await waveplan();
    await api.index.rescan();
    assert.ok(!api.index.project().files.some((f) => f.file.includes('EXAMPLE')));
  });

  it('creates the example plan, then a second one beside it instead of overwriting', async () => {
    const api = await waveplan();
    const first = await vscode.commands.executeCommand<vscode.Uri>('waveplan.createExamplePlan');
    created.push(first);
    const second = await vscode.commands.executeCommand<vscode.Uri>('waveplan.createExamplePlan');
    created.push(second);
    const root = workspaceFolder().uri;
    assert.equal(first.toString(), vscode.Uri.joinPath(root, 'PHASE-1-EXAMPLE-PLAN.md').toString());
    assert.equal(second.toString(), vscode.Uri.joinPath(root, 'PHASE-1-EXAMPLE-PLAN-2.md').toString());
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), EXAMPLE_PLAN);
    // Its efforts share ids with the fixture plans, so its findings are not checked here (test/unit checks it is clean).
    await waitFor(
      () => api.index.project().files.some((f) => f.file === first.fsPath),
      10_000,
      'the example plan in the index',
    );
  });
});
