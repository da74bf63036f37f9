// The graph in VS Code's two high-contrast themes (and the default light and dark ones), switched in the real workbench: on the fixture plan (a wave-order
// error, a cycle, parallel claims, an oversized effort and the critical path) every edge and border keeps a stroke of
// at least 3:1 against the panel, every text 4.5:1 against what it sits on, and marked edges differ from plain ones
// (and from each other) by dash or width, not by colour alone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridge, setWorkspaceFolder, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';
import { LEGIBILITY, type Legibility, type Stroke } from './legibility';
import { closeGraph } from './panel';

const GRAPH = '#graph svg g.node';
// The body class VS Code gives the webview in each theme, and a short name for screenshots.
const THEMES = [
  { name: 'Default High Contrast', kind: 'vscode-high-contrast', slug: 'hc-dark' },
  { name: 'Default High Contrast Light', kind: 'vscode-high-contrast-light', slug: 'hc-light' },
  { name: 'Default Light Modern', kind: 'vscode-light', slug: 'light' },
  { name: 'Default Dark Modern', kind: 'vscode-dark', slug: 'dark' },
];

const pattern = (s: Stroke) => `${s.width}px ${s.dash}`;
const EMPTY = '#empty:not([hidden])';
const EMPTY_PLAN = 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md';

async function measure(has: string): Promise<Legibility> {
  const [m] = await bridge.evalInFrames<Legibility>(LEGIBILITY, has);
  assert.ok(m, `a frame with ${has}`);
  return m;
}

describe('dependency graph in high contrast themes (and the default light and dark)', function () {
  this.timeout(180_000);
  let theme: unknown;
  let top: string | undefined;
  let emptyDir: string;

  before(async function () {
    if (!bridge.available()) this.skip();
    const api = await waveplan();
    // A second folder whose only plan has no efforts yet: the graph bound to it shows the empty state.
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-hc-'));
    emptyDir = path.join(top, 'not-yet');
    fs.mkdirSync(path.join(emptyDir, 'phase-plans'), { recursive: true });
    fs.writeFileSync(path.join(emptyDir, EMPTY_PLAN), '# Phase 1: Later\n\nNothing planned yet.\n');
    await setWorkspaceFolder(emptyDir, true);
    const uri = vscode.Uri.file(emptyDir).toString();
    await waitFor(() => api.index.folderProject(uri)?.project.files.length, 30_000, 'the empty plan in the index');
    theme = vscode.workspace.getConfiguration('workbench').inspect('colorTheme')?.globalValue;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await closeGraph();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (emptyDir) await setWorkspaceFolder(emptyDir, false);
    if (top) fs.rmSync(top, { recursive: true, force: true });
    if (bridge.available())
      await vscode.workspace
        .getConfiguration('workbench')
        .update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  });

  for (const { name, kind, slug } of THEMES) {
    it(`keeps every edge, border and text legible in ${name}`, async () => {
      const api = await waveplan();
      const waveOrder = api.index.project().diagnostics.find((d) => d.code === 'wave-order' && d.edges?.length);
      assert.ok(waveOrder, 'the fixture has a wave-order error');
      await closeGraph();
      await vscode.workspace
        .getConfiguration('workbench')
        .update('colorTheme', name, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('waveplan.showGraph');
      await bridge.waitForFrame(GRAPH, 30_000);
      const seen = await waitFor(
        async () => {
          const m = await measure(GRAPH);
          return m.bodyClass.split(' ').includes(kind) && m.edges.length > 0 ? m : undefined;
        },
        30_000,
        `the graph drawn in ${name}`,
      );
      await bridge.screenshot(`graph-${slug}`);

      const weak = [...seen.edges, ...seen.borders].filter((s) => s.ratio < 3 || s.width <= 0);
      assert.deepEqual(weak, [], `strokes under 3:1 on ${seen.background}`);
      const faint = seen.texts.filter((t) => t.ratio < 4.5);
      assert.deepEqual(faint, [], `text under 4.5:1 on ${seen.background}`);
      for (const where of ['node', 'wave title', 'legend', 'toolbar'])
        assert.ok(
          seen.texts.some((t) => t.where === where),
          `${where} text was measured`,
        );

      // A colour that means a finding is used for findings only: not for wave boxes, plain nodes or plain edges.
      const findingColours = new Set(Object.values(seen.marks));
      const unmarked = [...seen.borders, ...seen.edges].filter(
        (s) => !s.what.startsWith('legend') && !/\b(wp-|hasError|hasWarning|missing|critical)/.test(s.cls),
      );
      assert.ok(
        unmarked.some((s) => s.what === 'wave box'),
        'wave boxes measured',
      );
      const misleading = unmarked.filter((s) => findingColours.has(s.stroke));
      assert.deepEqual(misleading, [], `nothing unmarked is drawn in a finding's colour ${JSON.stringify(seen.marks)}`);

      const edges = seen.edges.filter((e) => e.what === 'edge');
      const plain = edges.filter((e) => !/\bwp-edge-/.test(e.cls));
      const kinds = ['wp-edge-error', 'wp-edge-cycle', 'wp-edge-critical', 'wp-edge-warning'];
      const byKind = new Map(kinds.map((k) => [k, edges.filter((e) => e.cls.split(' ').includes(k))]));
      for (const k of ['wp-edge-error', 'wp-edge-cycle', 'wp-edge-critical'])
        assert.ok(byKind.get(k)?.length, `${k} edges drawn`);
      assert.ok(plain.length, 'plain edges drawn');
      const plainPatterns = new Set(plain.map(pattern));
      const markedPatterns = new Map<string, string>();
      for (const [k, list] of byKind) {
        for (const e of list) {
          assert.ok(!plainPatterns.has(pattern(e)), `${k} (${pattern(e)}) differs from plain edges by dash or width`);
          assert.ok(
            plain.every((p) => p.stroke !== e.stroke),
            `${k} differs from plain edges in colour too`,
          );
          const other = markedPatterns.get(pattern(e));
          assert.ok(!other || other === k, `${k} and ${other} look the same apart from colour (${pattern(e)})`);
          markedPatterns.set(pattern(e), k);
        }
      }
      // The wave-order edge is one of the error edges (the dependent's id first in its node's label).
      const [from, to] = waveOrder.edges![0];
      const marked = await bridge.evalInFrames<string>(
        `(() => { const id = (n) => document.querySelector('#graph g.node[data-wp-node="' + n + '"]').getAttribute('aria-label').split(' ')[0];
          const p = [...document.querySelectorAll('#graph path[data-wp-from]')].find((p) => id(p.dataset.wpFrom) === ${JSON.stringify(from)} && id(p.dataset.wpTo) === ${JSON.stringify(to)});
          return p ? p.getAttribute('class') : 'not drawn'; })()`,
        GRAPH,
      );
      assert.match(marked[0] ?? '', /\bwp-edge-error\b/, `${from} → ${to} is drawn as an error`);

      // A hovered toolbar button keeps its text legible.
      await bridge.hover('#toolbar button[data-action="zoomOut"]', GRAPH);
      const hovered = (await measure(GRAPH)).texts.filter((t) => t.where === 'toolbar');
      assert.deepEqual(
        hovered.filter((t) => t.ratio < 4.5),
        [],
        'toolbar text under 4.5:1 with the pointer over a button',
      );

      // The empty state (a plan with no efforts yet), its action hovered as a user reaches for it.
      await closeGraph();
      await vscode.window.showTextDocument(vscode.Uri.file(path.join(emptyDir, EMPTY_PLAN)), { preview: false });
      await vscode.commands.executeCommand('waveplan.showGraph');
      await bridge.waitForFrame(EMPTY, 30_000);
      await bridge.hover(`${EMPTY} button`, EMPTY);
      await bridge.screenshot(`graph-empty-${slug}`);
      const empty = (await measure(EMPTY)).texts.filter((t) => t.where === 'empty');
      assert.ok(
        empty.some((t) => t.text === 'Create Example Plan'),
        JSON.stringify(empty),
      );
      assert.deepEqual(
        empty.filter((t) => t.ratio < 4.5),
        [],
        'empty-state text under 4.5:1',
      );
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });
  }
});
