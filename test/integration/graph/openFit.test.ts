// How a graph too wide for the panel opens in the real workbench: at a readable zoom from the drawing's top-left
// corner, nothing cut off on the left (a look at kcp's graph found it opened centred on its topmost node, its first
// wave off-screen to the left); a tall graph of few efforts not enlarged to the panel's width (a user's 8 efforts in 3
// waves opened at 1.25×, the last wave below the fold); and efforts no plan declares, whether a dependency or a Blocks list names them, drawn
// alike in the neutral "not in any plan" style the legend explains, not in the error colour.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridge, setWorkspaceFolder, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { closeGraph } from './panel';

const GRAPH = '#graph svg g.node';
const ADAPTERS = ['aws', 'gcp', 'azure', 'openstack', 'vsphere', 'hetzner', 'linode', 'equinix', 'oracle', 'ibm'];

/** One effort in wave 1 that every effort of a wide wave 2 depends on: Mermaid centres it above wave 2. */
function widePlan(): string {
  const out = [
    '# Phase 1 Implementation Plan: Fleet',
    '',
    '## Wave 1: Core',
    '',
    '### E1.1.1: fleet-api',
    '**Estimated Lines**: 300',
    '**Dependencies**: E0.9.1 (bootstrap, planned elsewhere)',
    '**Blocks**: E1.3.1 (rollout, planned elsewhere)',
    '',
    '## Wave 2: Adapters',
    '',
  ];
  ADAPTERS.forEach((name, i) =>
    out.push(
      `### E1.2.${i + 1}: adapter-${name}`,
      `**Estimated Lines**: ${200 + i * 10}`,
      '**Dependencies**: E1.1.1',
      '',
    ),
  );
  return out.join('\n');
}

/** One effort per wave, each depending on the one before: a column of waves. */
function tallPlan(waves: number): string {
  const out = ['# Phase 1 Implementation Plan: Ledger', ''];
  for (let w = 1; w <= waves; w++)
    out.push(
      `## Wave ${w}: Step ${w}`,
      '',
      `### E1.${w}.1: step-${w}`,
      '**Estimated Lines**: 300',
      `**Dependencies**: ${w > 1 ? `E1.${w - 1}.1` : 'None'}`,
      '',
    );
  return out.join('\n');
}

interface Placement {
  scale: number;
  viewport: { left: number; top: number; right: number; bottom: number };
  drawing: { left: number; top: number; width: number; height: number };
  transform: string;
}

const PLACEMENT = `(() => {
  const v = document.getElementById('viewport').getBoundingClientRect();
  const s = document.querySelector('#graph svg').getBoundingClientRect();
  const m = /scale\\(([\\d.]+)\\)/.exec(document.getElementById('graph').style.transform);
  return { scale: m ? Number(m[1]) : NaN, viewport: { left: v.left, top: v.top, right: v.right, bottom: v.bottom },
    drawing: { left: s.left, top: s.top, width: s.width, height: s.height },
    transform: document.getElementById('graph').style.transform };
})()`;

/** Opens the graph of a folder holding one plan, once `last` is drawn; returns the folder (to remove after). */
async function openGraphOf(name: string, plan: string, efforts: number, last: string): Promise<string> {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), `waveplan-${name}-`));
  const dir = path.join(top, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'PHASE-1-IMPLEMENTATION-PLAN.md'), plan);
  const api = await waveplan();
  await setWorkspaceFolder(dir, true);
  const uri = vscode.Uri.file(dir).toString();
  await waitFor(
    () => api.index.folderProject(uri)?.project.efforts.length === efforts,
    60_000,
    `the ${efforts} efforts`,
  );
  await closeGraph();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.window.showTextDocument(vscode.Uri.file(path.join(dir, 'PHASE-1-IMPLEMENTATION-PLAN.md')));
  await vscode.commands.executeCommand('waveplan.showGraph');
  await bridge.waitForFrame(GRAPH, 60_000);
  await waitFor(
    async () => {
      const [text] = await bridge.evalInFrames<string>(`document.getElementById('graph').textContent`, GRAPH);
      return text?.includes(last) ? text : undefined;
    },
    60_000,
    `${name} drawn`,
  );
  return dir;
}

async function closeGraphOf(dir: string | undefined): Promise<void> {
  await closeGraph();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  if (!dir) return;
  await setWorkspaceFolder(dir, false);
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
}

describe('dependency graph too wide for its panel', function () {
  this.timeout(180_000);
  let dir: string | undefined;

  before(async function () {
    if (!bridge.available()) this.skip();
    dir = await openGraphOf('fleet', widePlan(), 11, 'adapter-ibm');
  });

  after(() => closeGraphOf(dir));

  it('opens at a readable zoom from its top-left corner, nothing cut off on the left', async () => {
    const [at] = await bridge.evalInFrames<Placement>(PLACEMENT, GRAPH);
    await bridge.screenshot('graph-wide-open');
    assert.ok(at, 'the graph frame answers');
    const detail = JSON.stringify(at);
    assert.ok(at.drawing.width > at.viewport.right - at.viewport.left, `wider than the panel: ${detail}`);
    assert.ok(at.scale >= 0.75, `readable zoom: ${detail}`);
    // The drawing's left edge is in view, 16 px in from the panel's (Mermaid's own margin inside the SVG aside).
    assert.ok(at.drawing.left >= at.viewport.left, `nothing cut off on the left: ${detail}`);
    assert.ok(Math.abs(at.drawing.left - at.viewport.left - 16) <= 1, `starts at the left edge: ${detail}`);
    assert.ok(Math.abs(at.drawing.top - at.viewport.top - 16) <= 1, `starts at the top: ${detail}`);
    // Fit (the toolbar) comes back to the same place.
    await bridge.evalInFrames(
      `(() => { const g = document.getElementById('graph'); g.style.transform = 'translate(-500px, -500px) scale(2)'; return true; })()`,
      GRAPH,
    );
    await bridge.clickInFrame('[data-action="fit"]', GRAPH);
    const [again] = await bridge.evalInFrames<Placement>(PLACEMENT, GRAPH);
    assert.equal(again?.transform, at.transform);
  });

  it('draws what it depends on and what it blocks, planned elsewhere, alike: neutral and dotted, as the legend says', async () => {
    type Missing = { label: string; stroke: string; dash: string; error: string };
    const [missing] = await bridge.evalInFrames<Missing[]>(
      `(() => { const probe = document.createElement('div'); probe.style.color = 'var(--wp-error)'; document.body.append(probe);
        const error = getComputedStyle(probe).color; probe.remove();
        return [...document.querySelectorAll('#graph g.node.wp-missing')].map((n) => { const s = getComputedStyle(n.querySelector('rect, path, polygon'));
          return { label: n.getAttribute('aria-label'), stroke: s.stroke, dash: s.strokeDasharray, error }; }); })()`,
      GRAPH,
    );
    assert.deepEqual(
      missing?.map((m) => m.label),
      ['E0.9.1 (not in plan)', 'E1.3.1 (not in plan)'],
      'the dependency and the Blocks target, both',
    );
    for (const m of missing ?? []) {
      assert.notEqual(m.stroke, m.error, `${m.label} is not drawn in the error colour`);
      assert.match(m.dash, /^1(px)?,? 4(px)?$/, `${m.label} dotted`);
      assert.equal(m.stroke, missing![0].stroke, 'both alike');
    }
    const [legend] = await bridge.evalInFrames<{ label: string; title: string } | null>(
      `(() => { const i = document.querySelector('#legend [data-key="node-missing"]'); return i && { label: i.textContent, title: i.title }; })()`,
      GRAPH,
    );
    assert.equal(legend?.label, 'named, not in any plan here');
    assert.match(legend?.title ?? '', /hint/);
  });
});

describe('dependency graph of few efforts in many waves', function () {
  this.timeout(180_000);
  let dir: string | undefined;

  after(() => closeGraphOf(dir));

  it('opens whole when it fits at a readable zoom, else at the readable zoom from its top, never enlarged', async function () {
    if (!bridge.available()) this.skip();
    dir = await openGraphOf('ledger', tallPlan(8), 8, 'step-8');
    const [at] = await bridge.evalInFrames<Placement>(PLACEMENT, GRAPH);
    await bridge.screenshot('graph-tall-open');
    assert.ok(at, 'the graph frame answers');
    const detail = JSON.stringify(at);
    const view = { w: at.viewport.right - at.viewport.left, h: at.viewport.bottom - at.viewport.top };
    const natural = { w: at.drawing.width / at.scale, h: at.drawing.height / at.scale };
    assert.ok(natural.h > natural.w * 2, `a column of waves: ${detail}`);
    assert.ok((view.w - 32) / natural.w > 1.25, `the panel's width alone would enlarge it: ${detail}`);
    const whole = Math.min((view.w - 32) / natural.w, (view.h - 32) / natural.h, 1.25);
    if (whole >= 0.75) {
      assert.ok(Math.abs(at.scale - whole) < 0.01, `whole: ${detail}`);
      assert.ok(at.drawing.top >= at.viewport.top && at.drawing.top + at.drawing.height <= at.viewport.bottom + 1);
    } else {
      assert.equal(at.scale, 0.75, `the readable zoom, which shows the most of it: ${detail}`);
      assert.ok(Math.abs(at.drawing.top - at.viewport.top - 16) <= 1, `from its top: ${detail}`);
    }
    assert.ok(at.drawing.left >= at.viewport.left && at.drawing.left + at.drawing.width <= at.viewport.right + 1);
  });
});
