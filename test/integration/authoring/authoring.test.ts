// Authoring help in the real workbench: effort id completion, F2 rename across plan files, and moving a numbered
// effort to another wave (renumbered everywhere) from the wave-order quick fix, and New Effort.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { waitFor } from '../support/helpers';
import {
  applyUnsaved,
  fixtureDoc,
  lineOf,
  PHASE1,
  PHASE2,
  rangeOf,
  restorePlansAfterEach,
  waveplan,
} from '../support/planFixtures';

describe('authoring help', () => {
  restorePlansAfterEach();

  it('completes effort ids with their names and waves in a Dependencies value', async () => {
    const doc = await fixtureDoc(PHASE1);
    const line = lineOf(doc, '**Dependencies**: [E1.1.1, E9.9.9]');
    const position = new vscode.Position(line, doc.lineAt(line).text.indexOf('E9.9.9'));
    const list: vscode.CompletionList = await waitFor(
      async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          doc.uri,
          position,
        );
        return l.items.some((i) => typeof i.label !== 'string' && i.label.label === 'E1.1.2') ? l : undefined;
      },
      10_000,
      'effort ids among the completions',
    );
    const ours = list.items.filter((i) => typeof i.label !== 'string' && /^E\d/.test(i.label.label));
    const shown = ours.map(
      (i) => `${(i.label as vscode.CompletionItemLabel).label} ${(i.label as vscode.CompletionItemLabel).description}`,
    );
    assert.ok(shown.includes('E1.1.2 account-index · wave 1.1'), shown.join(' | '));
    assert.ok(shown.includes('E2.2.2 offline-cache · wave 2.2'), 'efforts of other files too');
    // Not in prose.
    const title = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      new vscode.Position(0, 5),
    );
    assert.ok(!title.items.some((i) => typeof i.label !== 'string' && i.label.label === 'E1.1.2'));
  });

  it('F2 renames an effort id in every plan file, and the model follows', async () => {
    const api = await waveplan();
    const doc = await fixtureDoc(PHASE1);
    const at = rangeOf(doc, '#### E1.2.1: balance-queries', 'E1.2.1').start.translate(0, 2);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>(
      'vscode.prepareRename',
      doc.uri,
      at,
    );
    assert.equal(prepared.placeholder, '1.2.1');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      doc.uri,
      at,
      'E1.2.7',
    );
    const files = edit
      .entries()
      .map(([uri]) => uri.path.split('/').pop())
      .sort();
    assert.deepEqual(files, ['PHASE-1-IMPLEMENTATION-PLAN.md', 'PHASE-2-IMPLEMENTATION-PLAN.md']);
    await applyUnsaved(edit);
    const p2 = await fixtureDoc(PHASE2);
    assert.ok(
      doc.getText().includes('#### E1.2.7: balance-queries') && doc.getText().includes('**Parallel With**: [E1.2.7]'),
    );
    assert.ok(p2.getText().includes('**Dependencies**: [E1.2.7]'));
    await waitFor(
      () => {
        const p = api.index.project();
        return (
          !p.byId.has('E1.2.1') &&
          p.byId.get('E2.1.1')?.dependsOn.includes('E1.2.7') &&
          p.byId.get('E1.2.2')?.dependsOn.includes('E1.2.7')
        );
      },
      10_000,
      'the model has E1.2.7 and every reference points at it',
    );
  });

  it('moves a numbered effort to a later wave from the wave-order quick fix: renumbered in every file, one edit', async () => {
    const api = await waveplan();
    const doc = await fixtureDoc(PHASE1);
    const p2 = await fixtureDoc(PHASE2);
    // Another file depends on E1.1.4 too, so the renumbering must reach it.
    const refer = new vscode.WorkspaceEdit();
    refer.replace(p2.uri, rangeOf(p2, '**Dependencies**: [E1.2.1]', '[E1.2.1]'), '[E1.2.1, E1.1.4]');
    await applyUnsaved(refer);
    await waitFor(
      () => api.index.project().byId.get('E2.1.1')?.dependsOn.includes('E1.1.4'),
      10_000,
      'phase 2 reads the new reference',
    );
    const range = rangeOf(doc, '**Dependencies**: [E1.2.1]', 'E1.2.1', lineOf(doc, '#### E1.1.4'));
    const move = await waitFor(
      async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          range,
          'quickfix',
        );
        // Diagnostics (and their fixes) are published after a short debounce: wait for the ones that know phase 2's edit.
        return actions.find((a) => a.title === 'Move E1.1.4 to wave 3 as E1.3.1' && a.edit?.has(p2.uri));
      },
      10_000,
      'the move quick fix, reaching phase 2',
    );
    assert.ok(move.edit);
    await applyUnsaved(move.edit);
    assert.ok(/## Wave 3\n\n#### E1\.3\.1: export-formats\n/.test(doc.getText().replace(/\r\n/g, '\n')), doc.getText());
    assert.ok(!doc.getText().includes('E1.1.4'));
    assert.ok(p2.getText().includes('**Dependencies**: [E1.2.1, E1.3.1]'));
    await waitFor(
      () => {
        const p = api.index.project();
        const moved = p.byId.get('E1.3.1');
        return (
          moved?.wave === 3 &&
          moved.name === 'export-formats' &&
          p.byId.get('E2.1.1')?.dependsOn.includes('E1.3.1') &&
          !p.byId.has('E1.1.4') &&
          !p.diagnostics.some((d) => d.code === 'wave-order')
        );
      },
      10_000,
      'E1.3.1 in wave 3, referenced from phase 2, no wave-order error',
    );
  });

  it("New Effort writes the next effort of the wave under the cursor, in the file's form, with Tab stops", async () => {
    const api = await waveplan();
    const doc = await fixtureDoc(PHASE1);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const line = lineOf(doc, '#### E1.2.2');
    editor.selection = new vscode.Selection(line, 0, line, 0);
    const id = await vscode.commands.executeCommand<string>('waveplan.newEffort');
    assert.equal(id, 'E1.2.4');
    const text = doc.getText().replace(/\r\n/g, '\n');
    assert.ok(/#### E1\.2\.4: new-effort\n(\*\*[^\n]+\n)*\*\*Estimated Lines\*\*: 400\n/.test(text), text);
    // The snippet selects the name: typing replaces it.
    assert.equal(doc.getText(editor.selection), 'new-effort');
    await vscode.commands.executeCommand('type', { text: 'audit-log' });
    await waitFor(
      () => api.index.project().byId.get('E1.2.4')?.name === 'audit-log',
      10_000,
      'the model reads the new effort with its typed name',
    );
    assert.equal(api.index.project().byId.get('E1.2.4')?.wave, 2);
  });
});
