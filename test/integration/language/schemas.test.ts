// The contributed JSON Schemas reach VS Code's JSON language service: state files and `.waveplan.json` get validation
// and hovers.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateWaveplan, waitFor } from '../support/helpers';

describe('state file schemas', () => {
  let dir: string;

  before(async () => {
    await activateWaveplan();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-schema-'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('flags a wrongly typed field of orchestrator-state.json through the contributed schema', async () => {
    const file = path.join(dir, 'orchestrator-state.json');
    // Line 2 is the wrong type: efforts_completed must be a list of ids or records.
    fs.writeFileSync(file, '{\n  "efforts_completed": 5,\n  "current_phase": 1\n}\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    const problems = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== 'waveplan');
        return found.length ? found : undefined;
      },
      30_000,
      'JSON schema diagnostics on orchestrator-state.json',
    );
    assert.equal(problems.length, 1, problems.map((p) => p.message).join('; '));
    assert.equal(problems[0].range.start.line, 1);
    assert.match(problems[0].message, /array/i);
  });

  it('leaves a well-typed state file clean', async () => {
    const file = path.join(dir, 'orchestrator-state-v3.json');
    fs.writeFileSync(file, '{\n  "efforts_completed": ["E1.1.1-parser"],\n  "current_phase": 1\n}\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    // Wait until the JSON service has validated something in this window, then look: the bad file above proves it runs.
    const hover = await waitFor(
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          doc.uri,
          new vscode.Position(1, 5),
        );
        return hovers.length ? hovers : undefined;
      },
      30_000,
      'a schema hover on efforts_completed',
    );
    const text = hover.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Efforts as ids/);
    assert.deepEqual(
      vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== 'waveplan'),
      [],
    );
  });

  it("validates .waveplan.json through its schema, with the waveplan.* settings' descriptions on hover", async () => {
    const file = path.join(dir, '.waveplan.json');
    // Line 3 is not a strategy.
    fs.writeFileSync(file, '{\n  "limits": { "hard": 600 },\n  "baseStrategy": "sideways"\n}\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    const problems = await waitFor(
      () => {
        const found = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source !== 'waveplan');
        return found.length ? found : undefined;
      },
      30_000,
      'JSON schema diagnostics on .waveplan.json',
    );
    assert.equal(problems.length, 1, problems.map((p) => p.message).join('; '));
    assert.equal(problems[0].range.start.line, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(1, 18),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Lines an effort may change/);
  });
});
