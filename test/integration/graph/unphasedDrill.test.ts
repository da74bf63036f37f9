// A plan that numbers its waves but names no phase, in the real workbench: the graph's wave summary draws a node per
// wave, and clicking one drills into that wave (its efforts, their neighbours faded), as a phase's wave does.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridge, setWorkspaceFolder, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { closeGraph, drawn } from './panel';

const GRAPH = '#graph svg g.node';

const PLAN = [
  '# Checkout Rollout',
  '',
  '## Wave 1: Foundations',
  '',
  '### Task 1.1: cart-model',
  '**Size**: 300 lines',
  '',
  '### Task 1.2: payment-types',
  '**Size**: 200 lines',
  '',
  '## Wave 2: Flows',
  '',
  '### Task 2.1: checkout-flow',
  '**Size**: 400 lines',
  '**Dependencies**: Task 1.1, Task 1.2',
  '',
  '## Wave 3: Receipts',
  '',
  '### Task 3.1: receipts',
  '**Size**: 150 lines',
  '**Dependencies**: Task 2.1',
  '',
].join('\n');

describe('graph of a plan without phases: drilling into a wave', function () {
  this.timeout(180_000);
  let top: string | undefined;
  let dir: string;

  before(async function () {
    if (!bridge.available()) this.skip();
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-unphased-'));
    dir = path.join(top, 'checkout');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'PLAN.md'), PLAN);
    const api = await waveplan();
    await setWorkspaceFolder(dir, true);
    const uri = vscode.Uri.file(dir).toString();
    await waitFor(() => api.index.folderProject(uri)?.project.efforts.length === 4, 60_000, 'the 4 efforts read');
  });

  after(async () => {
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await setWorkspaceFolder(dir, false);
    if (top) fs.rmSync(top, { recursive: true, force: true });
  });

  it('clicking Wave 2 in the summary draws Wave 2’s effort with its neighbours', async () => {
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(vscode.Uri.file(path.join(dir, 'PLAN.md')), { preview: false });
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame(GRAPH, 60_000);
    await drawn('All efforts');
    await bridge.clickInFrame('[data-action="toggle"]', GRAPH);
    await drawn('All efforts (wave summary)');
    const [clicked] = await bridge.evalInFrames<boolean>(
      `(() => { const n = [...document.querySelectorAll('#graph g.node[data-wp-node]')].find((n) => (n.getAttribute('aria-label') || '').startsWith('Wave 2'));
        n?.dispatchEvent(new MouseEvent('click', { bubbles: true })); return !!n; })()`,
      GRAPH,
    );
    assert.ok(clicked, 'the summary has a node for Wave 2');
    const status = await drawn('Checkout Rollout · Wave 2');
    const [labels] = await bridge.evalInFrames<string[]>(
      `[...document.querySelectorAll('#graph g.node[data-wp-node]')].map((n) => n.getAttribute('aria-label') || '')`,
      GRAPH,
    );
    const names = labels!.map((l) => /(cart-model|payment-types|checkout-flow|receipts)/.exec(l)?.[1]).filter(Boolean);
    assert.deepEqual(names.sort(), ['cart-model', 'checkout-flow', 'payment-types', 'receipts'], status);
    await bridge.screenshot('graph-unphased-wave');
  });
});
