// The fixture's four waves in the real workbench, fitted and then zoomed out: each wave box stands below the one
// before it, and zooming moves none of them (their places in the drawing are the same at both scales). The waves
// drifted right before, a step per wave, plain to see zoomed out: a wave whose first efforts shared a rank with the
// last ones of the wave before was laid beside it. Screenshots: test-results/graph-waves-{fit,zoomed-out}.png.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { bridge, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const GRAPH = '#graph svg g.node';

interface Box {
  id: string;
  /** Drawing units: screen pixels from the drawing's origin, divided by the zoom. */
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/** The wave boxes in drawing units, and the zoom they were measured at. */
const WAVES = `(() => {
  const svg = document.querySelector('#graph svg').getBoundingClientRect();
  const scale = Number(/scale\\(([\\d.e-]+)\\)/.exec(document.getElementById('graph').style.transform)[1]);
  const u = (v) => Math.round((v / scale) * 10) / 10;
  const boxes = [...document.querySelectorAll('#graph g.cluster')].map((c) => {
    const r = c.querySelector(':scope > rect').getBoundingClientRect();
    return { id: c.id.replace(/^.*-/, ''), x: u(r.left - svg.left), y: u(r.top - svg.top), right: u(r.right - svg.left), bottom: u(r.bottom - svg.top) };
  });
  return { scale, boxes };
})()`;

async function waves(): Promise<{ scale: number; boxes: Box[] }> {
  const [found] = await bridge.evalInFrames<{ scale: number; boxes: Box[] }>(WAVES, GRAPH);
  assert.ok(found, 'the graph frame answers');
  return found;
}

describe('dependency graph: waves one under the other', function () {
  this.timeout(120_000);

  before(async function () {
    if (!bridge.available()) this.skip();
    const api = await waveplan();
    await waitFor(() => api.index.project().byId.size >= 11, 15_000, 'the fixture efforts');
  });

  after(async () => {
    for (const group of vscode.window.tabGroups.all)
      for (const tab of group.tabs)
        if (tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Waveplan Graph'))
          await vscode.window.tabGroups.close(tab);
  });

  it('stacks the waves in plan order and keeps them in place when zoomed out', async () => {
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame(GRAPH, 30_000);
    await bridge.clickInFrame('[data-action="fit"]', GRAPH);
    const fitted = await waitFor(
      async () => {
        const w = await waves();
        return w.boxes.length === 4 ? w : undefined;
      },
      15_000,
      'four wave boxes',
    );
    await bridge.screenshot('graph-waves-fit');
    const order = ['W1_1', 'W1_2', 'W2_1', 'W2_2'];
    const boxes = order.map((id) => fitted.boxes.find((b) => b.id === id)!);
    for (let i = 1; i < boxes.length; i++) {
      const [above, box] = [boxes[i - 1], boxes[i]];
      assert.ok(box.y >= above.bottom - 1, `${box.id} starts below ${above.id}: ${JSON.stringify(fitted.boxes)}`);
      // Not stepped out beside the wave above: it starts within that wave's width.
      assert.ok(
        box.x < above.right,
        `${box.id} starts left of ${above.id}'s right edge: ${JSON.stringify(fitted.boxes)}`,
      );
    }
    for (let i = 0; i < 3; i++) await bridge.clickInFrame('[data-action="zoomOut"]', GRAPH);
    const out = await waitFor(
      async () => {
        const w = await waves();
        return w.scale < fitted.scale * 0.6 ? w : undefined;
      },
      10_000,
      'the graph zoomed out',
    );
    await bridge.screenshot('graph-waves-zoomed-out');
    // Drawing units: a box that moved in the drawing when zoomed would differ by more than rounding.
    for (const b of fitted.boxes) {
      const z = out.boxes.find((o) => o.id === b.id)!;
      assert.ok(
        Math.abs(z.x - b.x) <= 1 && Math.abs(z.y - b.y) <= 1,
        `${b.id}: ${JSON.stringify(b)} vs ${JSON.stringify(z)}`,
      );
    }
  });
});
