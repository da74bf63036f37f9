// The real webview bundle (Mermaid inside) in headless Chromium behind the production CSP: drawing, hostile names,
// clicks, search, highlight, pan/zoom across re-renders, theme switch, export and error display.
import { strict as assert } from 'assert';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { loadProject } from '../../../src/cli/load';
import { projectToMermaid } from '../../../src/core/mermaid/flowchart';
import type { GraphView, MermaidGraph } from '../../../src/core/mermaid/types';
import type { ExtensionToWebview } from '../../../src/shared/graphMessages';
import { project } from '../support/mermaidHelpers';
import { PlanEngine } from '../../../src/core/project/engine';
import { untrackedEfforts } from '../../../src/core/views/untracked';
import {
  buildWebviewBundle,
  chromiumAvailable,
  launch,
  openWebview,
  type WebviewPage,
} from '../support/webviewHarness';
import { CORPUS, HAS_SHARED } from '../support/shared';
import { lint } from '../support/builders';
import { UNPHASED_PLAN } from '../support/gatePlans';
import { remainingCriticalPath } from '../../../src/core/analysis/remaining';

const PLAN = project(
  [
    { id: 'E1.1.1', name: '<img src=x onerror="window.__pwned=1">', estimatedLines: 900 },
    { id: 'E1.1.2', name: 'Client "quoted" ]] `tick` %% click', estimatedLines: 300, dependsOn: ['E1.1.1'] },
    { id: 'E1.2.1', name: 'Controller', estimatedLines: 750, dependsOn: ['E1.1.1', 'E1.1.2'] },
  ],
  { 'W1.1': '<script>window.__pwned=2</script>' },
);

let generation = 0;
function render(graph: MermaidGraph, view: GraphView = { mode: 'auto' }, viewKey = 'all'): ExtensionToWebview {
  return { type: 'render', graph, view, viewKey, totalEfforts: graph.effortCount, generation: ++generation };
}

async function renderAndWait(w: WebviewPage, msg: ExtensionToWebview): Promise<void> {
  const since = (await w.posted()).length;
  await w.send(msg);
  const done = await Promise.race([w.waitForPosted('rendered', since), w.waitForPosted('renderError', since)]);
  assert.equal(done.type, 'rendered', JSON.stringify(done));
}

describe('webview: rendering in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let bundle: string;

  before(async function () {
    if (!chromiumAvailable()) this.skip();
    [bundle, browser] = await Promise.all([buildWebviewBundle(), launch()]);
  });
  after(async () => browser?.close());

  it('says ready with its state, then draws every effort with escaped names', async () => {
    const w = await openWebview(browser, bundle);
    const ready = await w.waitForPosted('ready');
    assert.deepEqual(ready, { type: 'ready', state: { version: 1, view: { mode: 'auto' } } });
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    const labels = await w.page.$$eval('#graph g.node', (els) =>
      els.map((e) => e.querySelector('.label')?.textContent?.trim()).sort(),
    );
    assert.deepEqual(labels, [
      'E1.1.1<img src=x onerror="window.__pwned=1">~900 lines',
      'E1.1.2Client "quoted" ]] `tick` %% click~300 lines',
      'E1.2.1Controller~750 lines',
    ]);
    const clusters = await w.page.$$eval('#graph g.cluster', (els) =>
      els.map((e) => [e.id.replace(/^.*-(W\d+_\d+)$/, '$1'), e.textContent]),
    );
    assert.deepEqual(
      new Map(clusters as Array<[string, string]>).get('W1_1'),
      'Phase 1 · Wave 1: <script>window.__pwned=2</script>',
    );
    const injected = await w.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      scripts: document.querySelectorAll('#graph script').length,
      imgs: document.querySelectorAll('#graph img').length,
      handlers: document.querySelectorAll('#graph [onerror], #graph [onclick]').length,
    }));
    assert.deepEqual(injected, { pwned: 0, scripts: 0, imgs: 0, handlers: 0 });
    assert.deepEqual(w.cspViolations, []);
    await w.page.close();
  });

  it('posts openEffort on a node click, and drills into a wave from the summary', async () => {
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    let since = (await w.posted()).length;
    await w.page.click('#graph g.node[data-wp-node="n_E1_2_1"]');
    assert.deepEqual(await w.waitForPosted('openEffort', since), { type: 'openEffort', id: 'E1.2.1' });
    assert.equal(
      await w.page.$eval('g.node[data-wp-node="n_E1_2_1"]', (e) => e.classList.contains('wp-highlight')),
      true,
    );

    await renderAndWait(w, render(projectToMermaid(PLAN, { mode: 'summary' }), { mode: 'summary' }, 'summary'));
    since = (await w.posted()).length;
    await w.page.click('#graph g.node[data-wp-node="w_W1_2"]');
    assert.deepEqual(await w.waitForPosted('setView', since), {
      type: 'setView',
      view: { mode: 'auto', focus: { kind: 'wave', phase: 1, wave: 2 } },
    });
    assert.equal(await w.page.$eval('[data-action="toggle"]', (e) => e.textContent), 'Full graph');
    await w.page.close();
  });

  it('does not open a node at the end of a drag, and keeps pan/zoom across a live update', async () => {
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    const box = (await w.page.$('#graph g.node[data-wp-node="n_E1_1_2"]'))!.boundingBox();
    const b = (await box)!;
    const since = (await w.posted()).length;
    await w.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(b.x + b.width / 2 + 80, b.y + b.height / 2 + 40, { steps: 5 });
    await w.page.mouse.up();
    // Ctrl + wheel zooms (a plain wheel scrolls).
    await w.page.keyboard.down('Control');
    await w.page.mouse.wheel(0, -200);
    await w.page.keyboard.up('Control');
    await w.page.waitForTimeout(300);
    assert.equal(
      (await w.posted()).slice(since).some((m) => m.type === 'openEffort'),
      false,
      'a drag is not a click',
    );
    const transform = await w.page.$eval('#graph', (e) => (e as HTMLElement).style.transform);
    const saved = (await w.state()) as { panZoom: { x: number; y: number; scale: number } };
    const shown = transform.match(/-?[\d.]+/g)!.map(Number);
    assert.equal(shown.length, 3);
    [saved.panZoom.x, saved.panZoom.y, saved.panZoom.scale].forEach((v, i) =>
      assert.ok(Math.abs(v - shown[i]) < 1e-3, `${transform} vs ${JSON.stringify(saved)}`),
    );
    assert.ok(saved.panZoom.scale > 1, 'the wheel zoomed in');

    // Same view key (an edit elsewhere in the plan): the drawing changes, the user's pan/zoom stays.
    const edited = project([...PLAN.efforts, { id: 'E1.2.2', name: 'New', dependsOn: ['E1.2.1'] }]);
    await renderAndWait(w, render(projectToMermaid(edited)));
    assert.equal(await w.page.$eval('#graph', (e) => (e as HTMLElement).style.transform), transform);
    assert.equal(await w.page.$$eval('#graph g.node', (els) => els.length), 4);

    // A new view (summary) starts fitted instead.
    await renderAndWait(w, render(projectToMermaid(edited, { mode: 'summary' }), { mode: 'summary' }, 'summary'));
    assert.notEqual(await w.page.$eval('#graph', (e) => (e as HTMLElement).style.transform), transform);
    await w.page.close();
  });

  it('colours exactly the marked nodes and edges from the theme, lists them in the legend, refits on resize and zooms to a node', async () => {
    const marked = project([
      { id: 'E1.1.1', name: 'Types', estimatedLines: 900 },
      { id: 'E1.1.2', name: 'Client', dependsOn: ['E1.1.1', 'E1.2.1'] },
      { id: 'E1.2.1', name: 'Controller', dependsOn: ['E1.1.1'] },
      { id: 'E1.2.2', name: 'Sync', dependsOn: ['E1.2.1'] },
    ]);
    const w = await openWebview(browser, bundle, { size: { width: 900, height: 700 } });
    await w.waitForPosted('ready');
    const graph = projectToMermaid(marked, { criticalPath: ['E1.1.1', 'E1.2.1', 'E1.2.2'] });
    await renderAndWait(w, render(graph));
    // The body's theme variables decide the colours: set them as VS Code would.
    await w.page.evaluate(() => {
      document.body.style.setProperty('--vscode-charts-red', 'rgb(200, 0, 0)');
      document.body.style.setProperty('--vscode-charts-blue', 'rgb(0, 0, 200)');
    });
    const edges = await w.page.$$eval('#graph path[data-wp-from]', (paths) =>
      paths
        .map(
          (p) =>
            `${(p as SVGPathElement).dataset.wpFrom}>${(p as SVGPathElement).dataset.wpTo} ${getComputedStyle(p).stroke} ${getComputedStyle(p).strokeDasharray}`,
        )
        .sort(),
    );
    assert.deepEqual(
      edges.filter((e) => e.includes('rgb(200, 0, 0)')),
      ['n_E1_2_1>n_E1_1_2 rgb(200, 0, 0) 7px, 4px'],
      'only the wave-order edge is red, dashed',
    );
    assert.deepEqual(
      edges.filter((e) => e.includes('rgb(0, 0, 200)')).map((e) => e.split(' ')[0]),
      ['n_E1_1_1>n_E1_2_1', 'n_E1_2_1>n_E1_2_2'],
      'the critical path is blue',
    );
    const errorStroke = await w.page.$eval(
      '#graph g.node[data-wp-node="n_E1_1_1"] > rect',
      (r) => getComputedStyle(r).stroke,
    );
    assert.equal(errorStroke, 'rgb(200, 0, 0)', 'the oversized effort has the error border');
    // On the critical path too: a blue frame outside its red border, so neither hides the other.
    const frame = await w.page.$eval('#graph g.node[data-wp-node="n_E1_1_1"] > rect.wp-critical-frame', (r) => ({
      stroke: getComputedStyle(r).stroke,
      fill: getComputedStyle(r).fill,
      outside: (() => {
        const shape = r.parentElement!.querySelector(':scope > rect:not(.wp-critical-frame)')!.getBoundingClientRect();
        const f = r.getBoundingClientRect();
        return f.left < shape.left && f.right > shape.right && f.top < shape.top && f.bottom > shape.bottom;
      })(),
    }));
    assert.deepEqual(frame, { stroke: 'rgb(0, 0, 200)', fill: 'none', outside: true });
    assert.equal(
      await w.page.$$eval('#graph path.wp-edge-critical-band', (bands) => bands.length),
      2,
      'a band under each critical dependency',
    );
    assert.match(
      await w.page.$eval('#graph g.node[data-wp-node="n_E1_1_1"] > title', (t) => t.textContent ?? ''),
      /over the 800-line limit/,
    );
    const legend = await w.page.$$eval('#legend .wp-legend-item', (items) =>
      items.map((i) => (i as HTMLElement).dataset.key),
    );
    // One entry for the critical path, nodes and edges alike.
    assert.deepEqual(legend, ['node-error', 'node-critical', 'edge-error']);

    // Fitted, so a resize refits; after the user zooms it no longer does.
    const before = await w.page.$eval('#graph', (e) => (e as HTMLElement).style.transform);
    await w.page.setViewportSize({ width: 500, height: 700 });
    await w.page.waitForFunction(
      (t) => (document.getElementById('graph') as HTMLElement).style.transform !== t,
      before,
    );
    await w.page.click('[data-action="zoomIn"]');
    const zoomed = await w.page.$eval('#graph', (e) => (e as HTMLElement).style.transform);
    await w.page.setViewportSize({ width: 800, height: 700 });
    await w.page.waitForTimeout(300);
    assert.equal(await w.page.$eval('#graph', (e) => (e as HTMLElement).style.transform), zoomed);

    // Show in Graph: centred, at a readable scale.
    await w.page.click('[data-action="zoomOut"]');
    await w.page.click('[data-action="zoomOut"]');
    await w.page.click('[data-action="zoomOut"]');
    await w.send({ type: 'highlight', nodeId: 'n_E1_2_2', reveal: true });
    await w.page.waitForFunction(() => document.querySelector('#graph g.node.wp-highlight') !== null);
    const centre = await w.page.evaluate(() => {
      const r = document.querySelector('#graph g.node.wp-highlight')!.getBoundingClientRect();
      const v = document.getElementById('viewport')!.getBoundingClientRect();
      const scale = Number(
        /scale\(([\d.]+)\)/.exec((document.getElementById('graph') as HTMLElement).style.transform)![1],
      );
      return {
        dx: r.left + r.width / 2 - (v.left + v.width / 2),
        dy: r.top + r.height / 2 - (v.top + v.height / 2),
        scale,
      };
    });
    assert.ok(Math.abs(centre.dx) < 2 && Math.abs(centre.dy) < 2, JSON.stringify(centre));
    assert.ok(centre.scale >= 1, JSON.stringify(centre));
    await w.page.close();
  });

  it('keeps waves in plan order when an effort depends on a later wave, with the arrow still at the dependent', async () => {
    // The fixture workspace: E1.1.4 depends on E1.2.1 of the next wave (a wave-order error drawn in the README).
    const { project: fixture } = await loadProject(
      [path.resolve(__dirname, '../../fixtures/workspace')],
      path.resolve(__dirname, '../../fixtures'),
    );
    const tops = async (graph: MermaidGraph) => {
      const w = await openWebview(browser, bundle, { size: { width: 900, height: 900 } });
      await w.waitForPosted('ready');
      await renderAndWait(w, render(graph));
      const found = await w.page.$$eval('#graph g.cluster', (cs) =>
        cs.map((c) => {
          const r = c.getBoundingClientRect();
          return [
            c.querySelector('.cluster-label')?.textContent?.trim() ?? '',
            Math.round(r.top),
            Math.round(r.bottom),
          ] as const;
        }),
      );
      const box = (label: string) => found.find(([l]) => l.includes(label)) ?? ['', NaN, NaN];
      // One wave under the other: the later one starts below the end of the earlier one.
      const under = (later: string, earlier: string) => box(later)[1] >= box(earlier)[2];
      return { w, under, found };
    };
    const plain = await tops(projectToMermaid(fixture));
    assert.ok(
      !plain.under('Phase 1 · Wave 2', 'Phase 1 · Wave 1'),
      `without it the backward edge lifts wave 2: ${JSON.stringify(plain.found)}`,
    );
    await plain.w.page.close();
    const graph = projectToMermaid(fixture, { layoutBackwardEdges: true });
    assert.ok(graph.text.includes('n_E1_1_4 --- n_E1_2_1'), graph.text);
    assert.ok(projectToMermaid(fixture).text.includes('n_E1_2_1 --> n_E1_1_4'), 'plain Mermaid text keeps the arrow');
    const laid = await tops(graph);
    assert.ok(laid.under('Phase 1 · Wave 2', 'Phase 1 · Wave 1'), `wave 1 above wave 2: ${JSON.stringify(laid.found)}`);
    const edge = await laid.w.page.$eval('#graph path[data-wp-from="n_E1_2_1"][data-wp-to="n_E1_1_4"]', (p) => ({
      start: p.getAttribute('marker-start') ?? '',
      end: p.getAttribute('marker-end'),
      classes: p.getAttribute('class') ?? '',
    }));
    assert.match(edge.start, /pointStart\)$/, 'the arrowhead is drawn at the dependent end');
    assert.equal(edge.end, null);
    assert.match(edge.classes, /wp-edge-error/, 'still marked as the wave-order error');
    await laid.w.page.close();
  });

  it("draws a critical path across a wave gate as one chain: the gate step dotted, with the path's band under it", async () => {
    const gated = project([
      { id: 'E1.1.1', estimatedLines: 400 },
      { id: 'E1.1.2', estimatedLines: 500, dependsOn: ['E1.1.1'] },
      { id: 'E1.2.1', estimatedLines: 600, externalDependsOn: ['Wave 1.1 completion'] },
      { id: 'E1.2.2', estimatedLines: 300, dependsOn: ['E1.2.1'] },
    ]);
    const w = await openWebview(browser, bundle, { size: { width: 900, height: 900 } });
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(gated, { criticalPath: ['E1.1.1', 'E1.1.2', 'E1.2.1', 'E1.2.2'] })));
    const edges = await w.page.$$eval('#graph path[data-wp-from]', (paths) =>
      paths.map((p) => ({
        step: `${(p as SVGPathElement).dataset.wpFrom}>${(p as SVGPathElement).dataset.wpTo}`,
        dotted: getComputedStyle(p).strokeDasharray !== 'none',
        band: p.previousElementSibling?.classList.contains('wp-edge-critical-band') ?? false,
        title: p.querySelector(':scope > title')?.textContent ?? '',
      })),
    );
    // The gate's link leaves Wave 1.1's box (which holds E1.1.2, the path's effort in it) for E1.2.1.
    assert.deepEqual(edges.map((e) => `${e.step}${e.dotted ? ' dotted' : ''}${e.band ? ' band' : ''}`).sort(), [
      'W1_1>n_E1_2_1 dotted band',
      'n_E1_1_1>n_E1_1_2 band',
      'n_E1_2_1>n_E1_2_2 band',
    ]);
    assert.match(
      edges.find((e) => e.step === 'W1_1>n_E1_2_1')!.title,
      /E1\.2\.1 waits for all of Wave 1\.1; the critical path comes from E1\.1\.2/,
    );
    await w.page.close();
  });

  it('draws the waves of a plan without phases as boxes, and its wave gate as one dotted link from box to box', async () => {
    const { project: plan } = lint({ '/ws/PLAN.md': UNPHASED_PLAN });
    const graph = projectToMermaid(plan, { criticalPath: remainingCriticalPath(plan).efforts });
    assert.ok(graph.text.split('\n').includes('Wave1 -.-> Wave2'), graph.text);
    const w = await openWebview(browser, bundle, { size: { width: 900, height: 900 } });
    await w.waitForPosted('ready');
    await renderAndWait(w, render(graph));
    const drawn = await w.page.evaluate(() => {
      const box = (id: string) => {
        const rect = document.querySelector(
          `#graph g.cluster[id$="-${id}"] > rect, #graph g.cluster[id="${id}"] > rect`,
        );
        const r = rect!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, title: rect!.parentElement!.textContent };
      };
      const link = document.querySelector<SVGPathElement>('#graph path[data-wp-from="Wave1"][data-wp-to="Wave2"]');
      const r = link?.getBoundingClientRect();
      return {
        boxes: [box('Wave1'), box('Wave2'), box('Wave3')],
        link: r && { top: r.top, bottom: r.bottom, dotted: getComputedStyle(link!).strokeDasharray !== 'none' },
        band: link?.previousElementSibling?.classList.contains('wp-edge-critical-band') ?? false,
        title: link?.querySelector(':scope > title')?.textContent ?? '',
      };
    });
    assert.deepEqual(
      drawn.boxes.map((b) => b.title),
      ['Wave 1', 'Wave 2', 'Wave 3'],
    );
    // Wave 2's box below Wave 1's, the link between the two.
    const [one, two] = drawn.boxes;
    assert.ok(two.top >= one.bottom, JSON.stringify(drawn));
    assert.ok(drawn.link && drawn.link.dotted, JSON.stringify(drawn));
    assert.ok(drawn.link.top >= one.bottom - 1 && drawn.link.bottom <= two.top + 1, JSON.stringify(drawn));
    assert.ok(drawn.band, 'the critical path runs through the gate (Store, then Api)');
    assert.equal(
      drawn.title,
      'Every effort of Wave 2 waits for all of Wave 1; the critical path comes from w1-2-store',
    );
    await w.page.close();
  });

  it('shows one action instead of an empty drawing', async () => {
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(project([]))));
    assert.equal(await w.page.$eval('#viewport', (e) => (e as HTMLElement).hidden), true);
    assert.deepEqual(await w.page.$$eval('#empty button', (b) => b.map((x) => x.textContent)), ['Create Example Plan']);
    const since = (await w.posted()).length;
    await w.page.click('#empty button');
    assert.deepEqual(await w.waitForPosted('createExamplePlan', since), { type: 'createExamplePlan' });
    await w.page.close();
  });

  it('says how many efforts were found without an id and points to Problems, not to an example plan', async () => {
    // own-c: three sized headings without ids under two waves; Problems lists them, the graph said "No efforts".
    const engine = new PlanEngine();
    engine.update(
      '/ws/PHASE-PLAN.md',
      '---\nphase: 3\n---\n# Search\n\n### Wave 1 — Indexing core\n#### 1. Tokenizer rewrite\n- Estimate: ~450 lines\n\n' +
        '#### 2. Index writer\n- Estimate: ~700 lines\n\n### Wave 2 — Query side\n#### 1. Query parser\n- Estimate: ~500 lines\n',
    );
    const read = engine.project();
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    await renderAndWait(w, {
      type: 'render',
      graph: projectToMermaid(read),
      view: { mode: 'auto' },
      viewKey: 'all',
      totalEfforts: read.efforts.length,
      untracked: untrackedEfforts(read),
      generation: ++generation,
    });
    assert.equal(await w.page.$eval('#viewport', (e) => (e as HTMLElement).hidden), true);
    assert.equal(
      await w.page.$eval('#empty p', (p) => p.textContent),
      '3 efforts were found without an id, so nothing can be drawn. Give each an id: Problems lists them, each with a quick fix.',
    );
    assert.deepEqual(await w.page.$$eval('#empty button', (b) => b.map((x) => x.textContent)), ['Show Problems']);
    const since = (await w.posted()).length;
    await w.page.click('#empty button');
    assert.deepEqual(await w.waitForPosted('showProblems', since), { type: 'showProblems' });
    await w.page.close();
  });

  it('restores pan/zoom and search from saved state after a reload', async () => {
    const state = {
      version: 1,
      view: { mode: 'auto' },
      viewKey: 'all',
      panZoom: { x: 33, y: 44, scale: 0.75 },
      search: 'controller',
    };
    const w = await openWebview(browser, bundle, { state });
    const ready = await w.waitForPosted('ready');
    assert.deepEqual(ready.state, state);
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    assert.equal(
      await w.page.$eval('#graph', (e) => (e as HTMLElement).style.transform),
      'translate(33px, 44px) scale(0.75)',
    );
    assert.equal(await w.page.$eval('#search', (e) => (e as HTMLInputElement).value), 'controller');
    const matched = await w.page.$$eval('#graph g.node.wp-match', (els) =>
      els.map((e) => (e as SVGGElement).dataset.wpNode),
    );
    assert.deepEqual(matched, ['n_E1_2_1']);
    assert.equal(await w.page.$$eval('#graph g.node.wp-dim', (els) => els.length), 2);
    assert.equal(await w.page.$eval('#matches', (e) => e.textContent), '1 match');
    await w.page.close();
  });

  it('highlights the node the extension names (cursor following)', async () => {
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    await w.send({ type: 'highlight', nodeId: 'n_E1_1_2', reveal: true });
    await w.page.waitForSelector('g.node.wp-highlight[data-wp-node="n_E1_1_2"]');
    await w.send({ type: 'highlight', nodeId: 'n_E1_1_1', reveal: false });
    await w.page.waitForSelector('g.node.wp-highlight[data-wp-node="n_E1_1_1"]');
    assert.equal(await w.page.$$eval('g.node.wp-highlight', (els) => els.length), 1);
    await w.page.close();
  });

  it('exports a standalone SVG without webview-only markup', async () => {
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    await w.send({ type: 'highlight', nodeId: 'n_E1_1_2', reveal: false });
    const since = (await w.posted()).length;
    await w.page.click('[data-action="export"]');
    const msg = await w.waitForPosted('exportSvg', since);
    assert.match(msg.svg, /^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(!/wp-highlight|data-wp-node|tabindex/.test(msg.svg));
    assert.ok(msg.svg.includes('Controller'));
    const open = msg.svg.slice(0, msg.svg.indexOf('>'));
    assert.match(open, / width="\d+"/);
    assert.match(open, / height="\d+"/);
    await w.page.close();
  });

  it('shows Mermaid errors as text and keeps the toolbar and the last drawing', async () => {
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    const since = (await w.posted()).length;
    const broken: MermaidGraph = { ...projectToMermaid(PLAN), text: 'graph TD\nA["<b>x</b>" --> ' };
    await w.send(render(broken));
    const err = await w.waitForPosted('renderError', since);
    assert.ok(err.message.length > 0);
    assert.equal(await w.page.$eval('#error', (e) => (e as HTMLElement).hidden), false);
    assert.match((await w.page.$eval('#error', (e) => e.textContent)) ?? '', /^Mermaid could not draw this graph: /);
    assert.equal(await w.page.$$eval('#error *', (els) => els.length), 0, 'the error is plain text');
    assert.equal(await w.page.$$eval('#toolbar button', (els) => els.length), 7);
    assert.equal(await w.page.$$eval('#graph.wp-stale g.node', (els) => els.length), 3);
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    assert.equal(await w.page.$eval('#error', (e) => (e as HTMLElement).hidden), true);
    await w.page.close();
  });

  it('refuses text over maxEdges with Mermaid’s own error (the limits are enforced in the page)', async () => {
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    // 501 edges in 7 kB: under maxTextSize, over maxEdges.
    const chain = Array.from({ length: 501 }, (_, i) => `n${i} --> n${i + 1}`);
    const big: MermaidGraph = { ...projectToMermaid(PLAN), text: ['graph TD', ...chain].join('\n'), edgeCount: 501 };
    assert.ok(big.text.length < 50_000);
    const since = (await w.posted()).length;
    await w.send(render(big));
    const err = await w.waitForPosted('renderError', since, 60_000);
    assert.match(err.message, /Edge limit exceeded|maxEdges/i);
    await w.page.close();
  });

  it('draws the real example plans, full and summary, with a node per effort', async function () {
    if (!HAS_SHARED) this.skip();
    const corpus = CORPUS;
    const w = await openWebview(browser, bundle);
    await w.waitForPosted('ready');
    for (const repo of ['jessesanford__kcp', 'jessesanford__idpbuilder']) {
      const { project: real } = await loadProject([path.join(corpus, repo)], corpus);
      for (const mode of ['full', 'summary'] as const) {
        const graph = projectToMermaid(real, { mode, includeExternal: true });
        await renderAndWait(w, render(graph, { mode }, `${repo}-${mode}`));
        const drawn = await w.page.$$eval('#graph g.node[data-wp-node]', (els) =>
          els.map((e) => (e as SVGGElement).dataset.wpNode).sort(),
        );
        assert.deepEqual(drawn, graph.nodes.map((n) => n.nodeId).sort(), `${repo} ${mode}`);
      }
    }
    await w.page.close();
  });

  it('follows the VS Code theme live', async () => {
    const w = await openWebview(browser, bundle, { bodyClass: 'vscode-light' });
    await w.waitForPosted('ready');
    await renderAndWait(w, render(projectToMermaid(PLAN)));
    const fill = () => w.page.$eval('#graph g.node rect', (e) => getComputedStyle(e).fill);
    const light = await fill();
    const since = (await w.posted()).length;
    await w.page.evaluate(() => {
      document.body.classList.remove('vscode-light');
      document.body.classList.add('vscode-high-contrast');
    });
    await w.waitForPosted('rendered', since);
    const hc = await fill();
    assert.equal(hc, 'rgb(0, 0, 0)');
    assert.notEqual(light, hc);
    await w.page.close();
  });
});
