// A folder holding two git repositories (svc-a, svc-b), each with its own PHASE-1 plan declaring E1.1.1: two projects.
// Before, the folder was one project: Problems showed three effort-conflict warnings in svc-b ("E1.1.1: name
// \"queue-worker\" here; \"api-server\" in svc-a/… wins"), svc-b's E1.1.3 waited for svc-a's E1.1.2, and the tree
// showed one wave of three efforts. Now the tree's top level has a node per repository and each is checked alone.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { bridge, setWorkspaceFolder, showPlanView, sleep, waitFor } from '../support/helpers';
import { codeOf, lineOf, waveplan } from '../support/planFixtures';

const PLANS: Record<string, string> = {
  'svc-a': `# Phase 1: Service A

## Wave 1: Core

### E1.1.1: api-server
**Size Estimate**: 300 lines

### E1.1.2: auth
**Size Estimate**: 200 lines
**Dependencies**: E1.1.1
`,
  'svc-b': `# Phase 1: Service B

## Wave 1: Worker

### E1.1.1: queue-worker
**Size Estimate**: 400 lines

### E1.1.3: metrics
**Size Estimate**: 150 lines
**Dependencies**: E1.1.2
`,
};

describe('a folder holding two git repositories', function () {
  this.timeout(180_000);
  let dir: string;
  const plan = (name: string) => vscode.Uri.file(path.join(dir, name, 'PHASE-1-PLAN.md'));

  before(async () => {
    dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-nested-')), 'code');
    for (const [name, text] of Object.entries(PLANS)) {
      const repo = path.join(dir, name);
      fs.mkdirSync(repo, { recursive: true });
      fs.writeFileSync(path.join(repo, 'PHASE-1-PLAN.md'), text);
      const git = (...args: string[]) => spawnSync('git', args, { cwd: repo });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'plans');
    }
    await setWorkspaceFolder(dir, true);
    await waitFor(
      () => vscode.languages.getDiagnostics(plan('svc-b')).length > 0,
      60_000,
      "svc-b's findings in Problems",
    );
  });

  after(async () => {
    if (dir) await setWorkspaceFolder(dir, false);
    if (dir) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('shows one top-level node per repository, each with its own efforts', async () => {
    const api = await waveplan();
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const mine = () =>
      children().filter(
        (n): n is Extract<PlanNode, { kind: 'folder' }> =>
          n.kind === 'folder' && n.folder.uri.fsPath.startsWith(dir + path.sep),
      );
    const tops = await waitFor(() => (mine().length === 2 ? mine() : undefined), 30_000, 'two project nodes');
    assert.deepEqual(
      tops.map((n) => (api.tree.getTreeItem(n) as vscode.TreeItem).label),
      ['svc-a', 'svc-b'],
    );
    // The hover says where each project is (before: the name alone).
    assert.deepEqual(
      tops.map((n) => (api.tree.getTreeItem(n) as vscode.TreeItem).tooltip),
      [path.join(dir, 'svc-a'), path.join(dir, 'svc-b')],
    );
    assert.ok(!children().some((n) => n.kind === 'folder' && n.folder.uri.fsPath === dir), 'no node for code/ itself');
    const efforts = (node: PlanNode): string[] =>
      children(node).flatMap((c) => (c.kind === 'effort' ? [`${c.effortId} ${c.effort.name}`] : efforts(c)));
    assert.deepEqual(efforts(tops[0]), ['E1.1.1 api-server', 'E1.1.2 auth']);
    assert.deepEqual(efforts(tops[1]), ['E1.1.1 queue-worker', 'E1.1.3 metrics']);
    if (bridge.available()) {
      await showPlanView();
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await sleep(1500); // the view redraws after it is shown: the screenshot is for people, nothing is asserted on it
      await bridge.screenshot('nested-repos');
    }
  });

  it('reports no conflict across the repositories, and checks each alone', () => {
    const codes = (name: string) => vscode.languages.getDiagnostics(plan(name)).map(codeOf);
    assert.deepEqual(codes('svc-a'), []);
    assert.deepEqual(codes('svc-b'), ['unknown-dependency']);
    const [missing] = vscode.languages.getDiagnostics(plan('svc-b'));
    assert.match(missing.message, /E1\.1\.3 depends on E1\.1\.2, which is not an effort of this plan/);
  });

  it("takes a repository's own .waveplan.json for its project only", async () => {
    const config = path.join(dir, 'svc-a', '.waveplan.json');
    fs.writeFileSync(config, '{"limits": {"hard": 250, "soft": 200}}');
    try {
      const found = await waitFor(
        () => {
          const over = vscode.languages.getDiagnostics(plan('svc-a')).filter((d) => codeOf(d) === 'effort-oversized');
          return over.length ? over : undefined;
        },
        30_000,
        "svc-a's E1.1.1 over its own 250-line limit",
        100,
      );
      assert.deepEqual(
        found.map((d) => d.message),
        ['E1.1.1 is estimated at 300 lines, over the 250-line limit: split it.'],
      );
      assert.deepEqual(vscode.languages.getDiagnostics(plan('svc-b')).map(codeOf), ['unknown-dependency']);
    } finally {
      fs.rmSync(config);
    }
  });

  it("shows svc-b's effort on Show in Graph, not svc-a's of the same id", async function () {
    if (!bridge.available()) this.skip();
    const api = await waveplan();
    const svcB = api.index.projects().find((p) => p.folder.uri.fsPath === path.join(dir, 'svc-b'));
    assert.ok(svcB, 'svc-b is a project');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The panel opens on another project first, as Show Dependency Graph does with no editor open.
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame('#graph svg g.node', 30_000);
    await vscode.commands.executeCommand('waveplan.showInGraph', {
      folderUri: svcB.folder.uri.toString(),
      effortId: 'E1.1.1',
    });
    // Before, the panel kept its project and selected that project's E1.1.1 (api-server, or the fixture's).
    const shown = () =>
      bridge.evalInFrames<string>(
        `(() => { const n = document.querySelector('#graph g.node.wp-highlight'); return n ? n.textContent : ''; })()`,
        '#graph svg g.node',
      );
    await waitFor(async () => (await shown()).some((t) => t.includes('queue-worker')), 15_000, 'queue-worker selected');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("turns an open graph to svc-b's on Show Dependency Graph from svc-b's plan", async function () {
    if (!bridge.available()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('waveplan.showGraph'); // no editor: opens on another project
    await bridge.waitForFrame('#graph svg g.node', 30_000);
    await vscode.window.showTextDocument(plan('svc-b'), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('waveplan.showGraph');
    // Before, the open panel stayed on the project it was opened on.
    const drawn = () =>
      bridge.evalInFrames<string>(`document.querySelector('#graph').textContent`, '#graph svg g.node');
    await waitFor(
      async () => (await drawn()).some((t) => t.includes('queue-worker') && t.includes('metrics')),
      15_000,
      "svc-b's graph",
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("follows the cursor to svc-b's effort in the tree", async () => {
    const api = await waveplan();
    await showPlanView();
    await waitFor(() => api.treeView.visible, 5_000, 'the tree view to be visible');
    const doc = await vscode.workspace.openTextDocument(plan('svc-b'));
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    const line = lineOf(doc, '### E1.1.3: metrics');
    editor.selection = new vscode.Selection(line, 4, line, 4);
    // Before, the effort was looked up under the workspace folder (code/), which holds no project's nodes.
    const selected = () =>
      api.treeView.selection.map((n) =>
        n.kind === 'effort' ? `${path.basename(vscode.Uri.parse(n.folderUri).fsPath)}:${n.effortId}` : n.id,
      );
    await waitFor(() => selected().join() === 'svc-b:E1.1.3', 15_000, "svc-b's E1.1.3 selected").catch((e: Error) =>
      assert.fail(`${e.message}; selected: ${selected().join()}`),
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("highlights no node of svc-b's graph for the cursor in svc-a's plan", async function () {
    if (!bridge.available()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const b = await vscode.window.showTextDocument(plan('svc-b'), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame('#graph svg g.node', 30_000);
    const highlighted = async () =>
      (
        await bridge.evalInFrames<string>(
          `(() => { const n = document.querySelector('#graph g.node.wp-highlight'); return n ? n.textContent : ''; })()`,
          '#graph svg g.node',
        )
      ).join();
    const metrics = lineOf(b.document, '### E1.1.3: metrics');
    await vscode.window.showTextDocument(b.document, { viewColumn: vscode.ViewColumn.One });
    // Moved off first: the editor may reopen with its cursor there already (an earlier test), which fires no change.
    b.selection = new vscode.Selection(metrics + 1, 0, metrics + 1, 0);
    b.selection = new vscode.Selection(metrics, 4, metrics, 4);
    await waitFor(async () => (await highlighted()).includes('metrics'), 15_000, 'metrics highlighted');
    // Every node highlighted from here on, in order.
    await bridge.evalInFrames(
      `(() => { window.__wpSeen = []; new MutationObserver(() => { const n = document.querySelector('#graph g.node.wp-highlight');
        if (n) window.__wpSeen.push(n.textContent); }).observe(document.querySelector('#graph'), { subtree: true, attributes: true, attributeFilter: ['class'] }); return true; })()`,
      '#graph svg g.node',
    );
    const a = await vscode.window.showTextDocument(plan('svc-a'), { viewColumn: vscode.ViewColumn.One });
    const apiServer = lineOf(a.document, '### E1.1.1: api-server');
    a.selection = new vscode.Selection(apiServer, 4, apiServer, 4);
    await sleep(1000); // past the panel's 150 ms cursor delay: the old code highlighted svc-b's E1.1.1 (queue-worker) here
    const back = await vscode.window.showTextDocument(b.document, { viewColumn: vscode.ViewColumn.One });
    back.selection = new vscode.Selection(metrics + 1, 0, metrics + 1, 0);
    back.selection = new vscode.Selection(metrics, 4, metrics, 4);
    await waitFor(async () => (await highlighted()).includes('metrics'), 15_000, 'metrics highlighted again');
    const seen = (await bridge.evalInFrames<string[]>('window.__wpSeen ?? []', '#graph svg g.node')).flat();
    assert.ok(
      !seen.some((t) => t.includes('queue-worker')),
      `svc-b's queue-worker was highlighted: ${seen.join(' | ')}`,
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
