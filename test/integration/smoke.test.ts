// Smoke test of the real-VS-Code harness: the extension loads from this repo, activates, the fixture workspace is
// open, and (under the code-server runner) the bridge reaches webview DOM and takes screenshots.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { WaveplanApi } from '../../src/extension/api';
import { EXTENSION_ID, REPO_ROOT, activateWaveplan, bridge, waitFor, workspaceFolder } from './support/helpers';

describe('smoke: Waveplan in a real VS Code', () => {
  it('loads the extension from this repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the loaded extensions`);
    assert.equal(ext.packageJSON.name, 'waveplan');
    assert.equal(ext.packageJSON.publisher, 'waveplan');
    assert.equal(path.resolve(ext.extensionUri.fsPath), REPO_ROOT);
  });

  it('activates', async () => {
    await activateWaveplan();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('loads yaml and the state-file schemas from dist/vendor/, beside the host bundle, once a state file needs them', async () => {
    const api = await activateWaveplan<WaveplanApi>();
    await api.index.ready();
    const dist = path.join(REPO_ROOT, 'dist');
    const loaded = Object.keys(require.cache)
      .filter((f) => f.startsWith(dist + path.sep))
      .map((f) => path.relative(dist, f).split(path.sep).join('/'));
    // The fixture's target-repo-config.yaml and orchestrator-state.json, read by the host's first scan.
    for (const file of ['extension.js', 'vendor/yaml.js', 'vendor/fileSchemas.js'])
      assert.ok(loaded.includes(file), file);
    const tree = api.index.projects().flatMap((p) => p.project.files.map((f) => path.basename(f.file)));
    assert.ok(tree.includes('target-repo-config.yaml'), tree.join(', '));
  });

  it('opens the fixture workspace', () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
    assert.equal(workspaceFolder().uri.fsPath, path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'));
  });

  describe('bridge to the runner (code-server only)', () => {
    before(function () {
      if (!bridge.available()) this.skip();
    });

    let panel: vscode.WebviewPanel | undefined;
    after(() => panel?.dispose());

    it('reads text out of a webview frame', async () => {
      panel = vscode.window.createWebviewPanel('waveplanSmoke', 'Bridge probe', vscode.ViewColumn.One, {
        enableScripts: true,
      });
      panel.webview.html =
        '<!DOCTYPE html><html><body><svg id="bridge-probe" width="200" height="40"><text x="4" y="24">bridge-probe-42</text></svg>' +
        '<button id="probe-button" onclick="this.textContent = \'clicked\'">click me</button></body></html>';
      // Select by the probe's id: other suites may leave their own SVG webviews (the graph) open.
      const found = await bridge.waitForFrame('svg#bridge-probe');
      assert.equal(found.text, 'bridge-probe-42click me');
      const all = await bridge.frameText('svg#bridge-probe');
      assert.equal(all.frames, 1);
      assert.equal(all.text, 'bridge-probe-42click me');
      const counts = await bridge.evalInFrames<number>(
        'document.querySelectorAll("svg text").length',
        'svg#bridge-probe',
      );
      assert.deepEqual(counts, [1]);
    });

    it('clicks inside a webview frame', async () => {
      await bridge.clickInFrame('#probe-button', 'svg#bridge-probe');
      const after = await bridge.evalInFrames<string>(
        'document.getElementById("probe-button").textContent',
        'svg#bridge-probe',
      );
      assert.deepEqual(after, ['clicked']);
    });

    it('sees the workbench and saves a screenshot on request', async () => {
      const rows = await waitFor(
        async () => {
          const tabs = await bridge.pageText('.tab .label-name');
          return tabs.includes('Bridge probe') ? tabs : undefined;
        },
        10_000,
        'the probe tab in the editor title',
      );
      assert.ok(rows.includes('Bridge probe'));
      const file = await bridge.screenshot('smoke-bridge');
      assert.equal(file, path.join(REPO_ROOT, 'test-results', 'smoke-bridge.png'));
      assert.ok(fs.statSync(file).size > 1000, 'screenshot file is not empty');
    });
  });
});
