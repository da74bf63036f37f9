// The dependency-graph webview in a real VS Code: the drawing names the fixture's efforts (read from the webview
// frame through the runner's bridge), a node click opens the plan at the effort's heading, the editor cursor
// highlights its node, and an unsaved edit redraws the graph while pan/zoom stays.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { bridge, waitFor } from '../support/helpers';
import { fixtureDoc, lineOf, PHASE1, waveplan } from '../support/planFixtures';

/** A selector only the graph webview's document matches. */
const GRAPH = '#graph svg g.node';

async function inGraph<T>(expression: string): Promise<T | undefined> {
  const results = await bridge.evalInFrames<T>(expression, GRAPH);
  return results[0];
}

/** Removes text a test inserted through the editor (never a workspace edit, which may auto-save), then reverts. */
async function takeOut(editor: vscode.TextEditor, added: string): Promise<void> {
  const doc = editor.document;
  const at = doc.getText().lastIndexOf(added);
  if (at >= 0)
    await editor.edit((b) => b.delete(new vscode.Range(doc.positionAt(at), doc.positionAt(at + added.length))));
  if (doc.isDirty) {
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preserveFocus: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await waitFor(() => !doc.isDirty, 5_000, `${doc.uri.fsPath} clean`);
}

describe('dependency graph webview', function () {
  this.timeout(120_000);
  let autoSave: unknown;

  before(async function () {
    if (!bridge.available()) this.skip();
    const api = await waveplan();
    await waitFor(() => api.index.project().byId.size >= 11, 15_000, 'the fixture efforts');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // VS Code for the Web (code-server) saves edits after a delay by default; these tests edit in memory only.
    const files = vscode.workspace.getConfiguration('files');
    autoSave = files.inspect('autoSave')?.globalValue;
    if (files.get('autoSave') !== 'off') await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    // Never let a dirty fixture reach closeAllEditors (its save prompt could write the edit to disk).
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (bridge.available())
      await vscode.workspace.getConfiguration('files').update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  it('draws every effort of the fixture workspace, with the missing dependency marked', async () => {
    await vscode.commands.executeCommand('waveplan.showGraph');
    const frame = await bridge.waitForFrame(GRAPH, 30_000);
    for (const id of ['E1.1.1', 'E1.1.4', 'E1.2.1', 'E1.2.3', 'E2.1.1', 'E2.2.1', 'E2.2.2'])
      assert.ok(frame.text.includes(id), `${id} in ${frame.text}`);
    for (const name of ['journal-store', 'balance-queries', 'offline-cache'])
      assert.ok(frame.text.includes(name), name);
    assert.ok(frame.text.includes('E9.9.9 (not in plan)'), 'the excluded archive does not supply E9.9.9');
    const drawn = await inGraph<string[]>(
      `[...document.querySelectorAll('#graph g.node[data-wp-node]')].map((n) => n.dataset.wpNode)`,
    );
    assert.equal(drawn?.length, 12);
    const classes = await inGraph<string>(
      `document.querySelector('#graph g.node[data-wp-node="n_E1_1_3"]').getAttribute('class')`,
    );
    assert.match(classes ?? '', /\bwp-error\b/, 'E1.1.3 is over the limit: an error in Problems');
  });

  it('styles exactly the edges Problems has a finding about, in the theme colours (read from the SVG)', async () => {
    const api = await waveplan();
    const project = api.index.project();
    const expected = new Map<string, string>();
    for (const d of project.diagnostics) {
      for (const [from, to] of d.edges ?? []) {
        const was = expected.get(`${from}>${to}`);
        expected.set(
          `${from}>${to}`,
          d.code === 'dependency-cycle' || was === 'cycle'
            ? 'cycle'
            : d.severity === 'error' || was === 'error'
              ? 'error'
              : 'warning',
        );
      }
    }
    // The same findings are what Problems shows (same codes, same count).
    const shown = vscode.languages
      .getDiagnostics()
      .flatMap(([, ds]) => ds)
      .filter((d) => d.source === 'waveplan');
    const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
    for (const code of ['wave-order', 'dependency-cycle', 'parallel-conflict']) {
      assert.equal(
        shown.filter((d) => codeOf(d) === code).length,
        project.diagnostics.filter((d) => d.code === code).length,
        code,
      );
    }
    type Drawn = { from: string; to: string; stroke: string; dash: string; cls: string };
    // Each end's effort id is the first word of its node's accessible label.
    const drawn =
      (await inGraph<Drawn[]>(
        `(() => { const id = (n) => document.querySelector('#graph g.node[data-wp-node="' + n + '"]').getAttribute('aria-label').split(' ')[0];
        return [...document.querySelectorAll('#graph path[data-wp-from]')].map((p) => ({ from: id(p.dataset.wpFrom), to: id(p.dataset.wpTo), stroke: getComputedStyle(p).stroke, dash: getComputedStyle(p).strokeDasharray, cls: p.getAttribute('class') })); })()`,
      )) ?? [];
    assert.equal(drawn.length, 11, 'every dependency edge is drawn');
    const colours = await inGraph<{ error: string; critical: string }>(
      `(() => { const s = getComputedStyle(document.body); const probe = (v) => { const d = document.createElement('div'); d.style.color = 'var(' + v + ')'; document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c; }; return { error: probe('--wp-error'), critical: probe('--wp-critical') }; })()`,
    );
    assert.ok(colours?.error && colours.error !== colours.critical, JSON.stringify(colours));
    const styled = new Map<string, string>();
    for (const e of drawn) {
      const key = `${e.from}>${e.to}`;
      if (e.stroke === colours!.error) styled.set(key, /wp-edge-cycle/.test(e.cls) ? 'cycle' : 'error');
      else if (/wp-edge-warning/.test(e.cls)) styled.set(key, 'warning');
    }
    assert.deepEqual([...styled].sort(), [...expected].sort());
    // wave-order, parallel-conflict (declared parallel, yet dependent) and the cycle. E1.2.3's dependency on E9.9.9
    // (archive excluded) is an undeclared-effort hint since main made it one: hints colour nothing, so that edge is
    // drawn plain to a 'not in any plan' node.
    assert.deepEqual([...expected].sort(), [
      ['E1.2.1>E1.1.4', 'error'],
      ['E1.2.1>E1.2.2', 'error'],
      ['E2.2.1>E2.2.2', 'cycle'],
      ['E2.2.2>E2.2.1', 'cycle'],
    ]);
    assert.ok(
      project.diagnostics.some(
        (d) => d.code === 'undeclared-effort' && d.severity === 'hint' && d.message.includes('E9.9.9'),
      ),
      'E9.9.9 is a hint in Problems',
    );
    assert.ok(
      drawn.some((e) => e.from === 'E9.9.9' && e.to === 'E1.2.3'),
      'the hint’s edge is still drawn',
    );
    const critical = drawn.filter((e) => e.stroke === colours!.critical).length;
    assert.ok(critical > 0, 'the critical path stays visible');
    const file = await bridge.screenshot('graph');
    assert.match(file, /test-results[\\/]graph\.png$/);
  });

  it('opens the plan at the effort when its node is clicked', async () => {
    await bridge.clickInFrame('#graph g.node[data-wp-node="n_E1_2_1"]', GRAPH);
    const editor = await waitFor(
      () => {
        const e = vscode.window.activeTextEditor;
        return e && vscode.workspace.asRelativePath(e.document.uri) === PHASE1 ? e : undefined;
      },
      10_000,
      'the phase 1 plan in an editor',
    );
    const expected = lineOf(editor.document, '#### E1.2.1: balance-queries');
    await waitFor(() => editor.selection.active.line === expected, 5_000, `cursor on line ${expected + 1}`);
    assert.equal(editor.selection.active.line, expected);
    assert.ok(
      editor.visibleRanges.some((r) => r.contains(new vscode.Position(expected, 0))),
      'the heading is in view',
    );
  });

  it('highlights the node of the effort under the cursor', async () => {
    const editor = vscode.window.activeTextEditor!;
    const line = lineOf(editor.document, '**Estimated Lines**: 450');
    editor.selection = new vscode.Selection(line, 3, line, 3);
    await waitFor(
      async () =>
        (await inGraph<string | null>(
          `document.querySelector('#graph g.node.wp-highlight')?.dataset.wpNode ?? null`,
        )) === 'n_E1_1_2',
      10_000,
      'E1.1.2 highlighted in the graph',
    );
  });

  it('redraws on an unsaved edit and keeps the pan/zoom', async () => {
    const doc = await fixtureDoc(PHASE1);
    const onDisk = await vscode.workspace.fs.readFile(doc.uri);
    assert.ok(!Buffer.from(onDisk).toString('utf8').includes('E1.2.4'), 'the fixture on disk has no E1.2.4');
    // The plan's own editor column (next to the graph): showing it over the graph would hide the webview.
    const column =
      vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.Beside;
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, viewColumn: column });
    const before = await inGraph<string>(`document.getElementById('graph').style.transform`);
    assert.ok(before, 'the graph has a transform');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const added = '\n\n#### E1.2.4: reconciliation-report\n**Estimated Lines**: 200\n**Dependencies**: [E1.2.1]\n';
    try {
      await editor.edit((b) => b.insert(end, added));
      await waitFor(
        async () =>
          (await inGraph<boolean>(`!!document.querySelector('#graph g.node[data-wp-node="n_E1_2_4"]')`)) === true,
        20_000,
        'the new effort drawn',
      );
      const frame = await bridge.frameText(GRAPH);
      assert.ok(frame.text.includes('reconciliation-report'));
      assert.equal(await inGraph<string>(`document.getElementById('graph').style.transform`), before);
    } finally {
      await takeOut(editor, added);
      // Belt and braces: the fixture on disk must be exactly what it was.
      const now = await vscode.workspace.fs.readFile(doc.uri);
      if (Buffer.compare(Buffer.from(now), Buffer.from(onDisk)) !== 0) {
        await vscode.workspace.fs.writeFile(doc.uri, onDisk);
        assert.fail('the fixture was written to disk during the test (restored)');
      }
    }
    assert.ok(!doc.getText().includes(added), 'the inserted text is gone');
    await waitFor(
      async () =>
        (await inGraph<boolean>(`!document.querySelector('#graph g.node[data-wp-node="n_E1_2_4"]')`)) === true,
      20_000,
      'the effort gone after revert',
    );
  });

  it('refits the drawing when the panel is resized, until the user zooms', async () => {
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame(GRAPH, 30_000);
    await bridge.clickInFrame('[data-action="fit"]', GRAPH);
    // The viewport's width now, and the width the drawing was last fitted to (the webview records it on #graph).
    const widths = async () =>
      (await inGraph<{ view: number; fitted: number }>(
        `({ view: document.getElementById('viewport').clientWidth, fitted: Number(document.getElementById('graph').dataset.fitWidth) })`,
      ))!;
    const first = await widths();
    assert.equal(first.fitted, first.view);
    // Hiding the side bar widens the editor area, and with it the graph's panel.
    await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    try {
      const wider = await waitFor(
        async () => {
          const w = await widths();
          return w.view !== first.view && w.fitted === w.view ? w : undefined;
        },
        10_000,
        'a refit to the new width',
      );
      assert.ok(wider.view > first.view, JSON.stringify({ first, wider }));
    } finally {
      await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    }
    await waitFor(async () => (await widths()).fitted === first.view, 10_000, 'fitted again once the side bar is back');
    await bridge.clickInFrame('[data-action="zoomIn"]', GRAPH);
    const transform = () => inGraph<string>(`document.getElementById('graph').style.transform`);
    const zoomed = await transform();
    await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    try {
      await waitFor(async () => (await widths()).view !== first.view, 10_000, 'the panel resized');
      await new Promise((r) => setTimeout(r, 500));
      assert.equal((await widths()).fitted, first.view, 'the user zoomed: no refit');
      assert.equal(await transform(), zoomed);
    } finally {
      await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
    }
  });

  it('centres and zooms to the effort on Show in Graph', async () => {
    const api = await waveplan();
    await bridge.clickInFrame('[data-action="fit"]', GRAPH);
    await bridge.clickInFrame('[data-action="zoomOut"]', GRAPH);
    await bridge.clickInFrame('[data-action="zoomOut"]', GRAPH);
    const folderUri = api.index.projects()[0].folder.uri.toString();
    await vscode.commands.executeCommand('waveplan.showInGraph', { folderUri, effortId: 'E2.2.2' });
    type Placement = { node: string | null; dx: number; dy: number; scale: number };
    const placement = () =>
      inGraph<Placement>(`(() => {
        const n = document.querySelector('#graph g.node.wp-highlight');
        const v = document.getElementById('viewport').getBoundingClientRect();
        const scale = Number(/scale\\(([\\d.]+)\\)/.exec(document.getElementById('graph').style.transform)[1]);
        if (!n) return { node: null, dx: 0, dy: 0, scale };
        const r = n.getBoundingClientRect();
        return { node: n.dataset.wpNode, dx: r.left + r.width / 2 - (v.left + v.width / 2), dy: r.top + r.height / 2 - (v.top + v.height / 2), scale };
      })()`);
    const at = await waitFor(
      async () => {
        const p = await placement();
        return p && p.node === 'n_E2_2_2' && Math.abs(p.dx) < 3 && Math.abs(p.dy) < 3 ? p : undefined;
      },
      15_000,
      'E2.2.2 selected and centred',
    );
    assert.ok(at.scale >= 1, `zoomed to a readable size: ${JSON.stringify(at)}`);
  });
});
