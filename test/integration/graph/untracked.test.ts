// A folder whose plan sizes its work under wave headings without effort ids (a user's own-c): Problems lists each
// (`effort-without-id`, with a fix). The graph said "No efforts in the plans of this folder yet" with Create Example
// Plan, and the tree's wave rows carried no mark. Now the graph counts them and points to Problems; the wave rows
// carry the warning as rows of efforts with findings do.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { bridge, setWorkspaceFolder, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { closeGraph } from './panel';

const PLAN = `---
phase: 3
title: Search revamp
---
# Search revamp

### Wave 1 — Indexing core
#### 1. Tokenizer rewrite
- Estimate: ~450 lines

#### 2. Index writer
- Estimate: ~700 lines
- Depends on: Tokenizer rewrite

### Wave 2 — Query side
#### 1. Query parser
- Estimate: ~500 lines
`;

const EMPTY = '#empty button';

describe('a plan whose efforts have no ids', function () {
  this.timeout(180_000);
  let top: string | undefined;
  let dir: string;
  let file: vscode.Uri;

  before(async () => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-noids-'));
    dir = path.join(top, 'search');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'PHASE-PLAN.md'), PLAN);
    file = vscode.Uri.file(path.join(dir, 'PHASE-PLAN.md'));
    await setWorkspaceFolder(dir, true);
    await waitFor(
      () =>
        vscode.languages
          .getDiagnostics(file)
          .filter((d) => d.code && String(JSON.stringify(d.code)).includes('effort-without-id')).length === 3,
      60_000,
      'the 3 effort-without-id warnings in Problems',
    );
  });

  after(async () => {
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await setWorkspaceFolder(dir, false);
    if (top) fs.rmSync(top, { recursive: true, force: true });
  });

  it('marks the wave rows that hold them, as Problems does', async () => {
    const api = await waveplan();
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;
    const folderUri = vscode.Uri.file(dir).toString();
    const waves = await waitFor(
      () => {
        const folder = children().find((n) => n.kind === 'folder' && n.folder.uri.toString() === folderUri);
        const phase = folder && children(folder).find((n) => n.kind === 'phase' && n.phase === 3);
        const list = phase ? children(phase) : [];
        return list.length === 2 ? list : undefined;
      },
      30_000,
      'phase 3 and its two waves in the tree',
    );
    const rows = waves.map((w) => {
      const t = item(w);
      const icon = t.iconPath instanceof vscode.ThemeIcon ? t.iconPath.id : '';
      return [typeof t.label === 'string' ? t.label : t.label?.label, icon, String(t.tooltip).split('\n').pop()];
    });
    assert.deepEqual(rows, [
      ['Wave 3.1', 'warning', 'Problems: 2 warnings about this wave'],
      ['Wave 3.2', 'warning', 'Problems: 1 warning about this wave'],
    ]);
  });

  it('has the graph say how many efforts were found without an id and open Problems, not offer an example plan', async () => {
    if (!bridge.available()) return;
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(file);
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame(EMPTY, 60_000);
    const [empty] = await bridge.evalInFrames<{ text: string; buttons: string[] }>(
      `(() => ({ text: document.querySelector('#empty p').textContent,
        buttons: [...document.querySelectorAll('#empty button')].map((b) => b.textContent) }))()`,
      EMPTY,
    );
    await bridge.screenshot('graph-untracked');
    assert.deepEqual(empty, {
      text: '3 efforts were found without an id, so nothing can be drawn. Give each an id: Problems lists them, each with a quick fix.',
      buttons: ['Show Problems'],
    });
  });
});
