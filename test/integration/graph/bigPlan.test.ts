// A 300-effort plan (4 phases × 5 waves, real conventions) in the real workbench, opened as a user does: a plan file
// in the editor, then Show Dependency Graph, which opens beside it. The panel opens on the wave summary, whose text is
// readable without zooming; drilling into a wave shows its title and its efforts at a readable size (≥ 11 px on screen).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridge, setWorkspaceFolder, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { BIG_PLAN, bigPlanFiles } from './bigPlan';
import { TEXT_SIZES, type TextSize } from './legibility';
import { closeGraph, drawn } from './panel';

const GRAPH = '#graph svg g.node';
const READABLE_PX = 11;

const sizes = async () => (await bridge.evalInFrames<TextSize[]>(TEXT_SIZES, GRAPH))[0] ?? [];
const small = (list: TextSize[]) => list.filter((t) => t.px < READABLE_PX);

describe('dependency graph of a 300-effort plan', function () {
  this.timeout(300_000);
  let top: string | undefined;
  let dir: string;

  before(async function () {
    if (!bridge.available()) this.skip();
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-big-'));
    dir = path.join(top, 'oci-push');
    for (const [rel, text] of Object.entries(bigPlanFiles())) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const api = await waveplan();
    await setWorkspaceFolder(dir, true);
    const uri = vscode.Uri.file(dir).toString();
    await waitFor(
      () => api.index.folderProject(uri)?.project.efforts.length === 300,
      60_000,
      'the 300 efforts in the index',
    );
  });

  after(async () => {
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) await setWorkspaceFolder(dir, false);
    if (top) fs.rmSync(top, { recursive: true, force: true });
  });

  it('opens on a readable wave summary and a drilled wave shows its title and efforts readable', async () => {
    assert.equal(BIG_PLAN.phases * BIG_PLAN.waves * BIG_PLAN.efforts, 300);
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const plan = vscode.Uri.file(path.join(dir, 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md'));
    await vscode.window.showTextDocument(plan, { preview: false });
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame(GRAPH, 60_000);
    const summary = await drawn('All efforts (wave summary)');
    assert.match(summary, /· 20 waves in plan order/, 'one node per wave');
    const [viewWidth] = await bridge.evalInFrames<number>(`document.getElementById('viewport').clientWidth`, GRAPH);
    const [editorWidth] = await bridge.request<number[]>('evalInPage', {
      expression: `[document.querySelector('.part.editor').getBoundingClientRect().width]`,
    });
    assert.ok(viewWidth! < editorWidth * 0.7, `the graph opened beside the plan (${viewWidth} of ${editorWidth} px)`);
    await bridge.screenshot('graph-300-summary');
    const waves = await sizes();
    assert.equal(waves.length >= 20, true, `every wave's label is measured (${waves.length})`);
    assert.deepEqual(small(waves), [], 'summary text readable without zooming');
    assert.ok(
      waves.some((t) => t.inView && t.text.startsWith('Phase 1 · Wave 1')),
      'the first wave is in view as the panel opens',
    );

    // The click a user makes after scrolling to the wave (a click event on its node, without scrolling the panel).
    const [clicked] = await bridge.evalInFrames<boolean>(
      `(() => { const n = [...document.querySelectorAll('#graph g.node[data-wp-node]')].find((n) => (n.getAttribute('aria-label') || '').startsWith('Phase 2 · Wave 2'));
        n?.dispatchEvent(new MouseEvent('click', { bubbles: true })); return !!n; })()`,
      GRAPH,
    );
    assert.ok(clicked, 'the summary has a node for Phase 2 · Wave 2');
    await drawn('Phase 2 · Wave 2');
    await bridge.screenshot('graph-300-wave');
    const wave = await sizes();
    const efforts = wave.filter((t) => t.where === 'node' && /^E2\.2\.\d+/.test(t.text));
    assert.equal(efforts.length, BIG_PLAN.efforts, `the wave's ${BIG_PLAN.efforts} efforts are drawn`);
    assert.deepEqual(small(efforts), [], 'the efforts of the wave are readable at the fitted zoom');
    assert.ok(efforts.filter((t) => t.inView).length >= 3, 'efforts of the wave are in view (the rest by scrolling)');
    const title = wave.find((t) => t.where === 'wave title' && t.text.startsWith('Phase 2 · Wave 2'));
    assert.ok(title, 'the wave has its title');
    assert.ok(title.inView, 'the wave title is in view as the wave opens');
    assert.ok(title.px >= READABLE_PX, `the wave title is readable (${title.px} px)`);
  });
});
