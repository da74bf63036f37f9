// The Phase → Wave → Effort tree: items, icons, descriptions, tooltips, parents, badge, click and cursor following.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { WaveplanApi } from '../../src/extension/api';
import type { PlanNode } from '../../src/extension/tree/planTree';
import { bridge, waitFor } from './helpers';
import { fixtureDoc, lineOf, PHASE1, pristineFixtures } from './planFixtures';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
const icon = (item: vscode.TreeItem) => (item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined);

describe('plan tree', () => {
  let api: WaveplanApi;
  const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
  const find = (labelText: string, under?: PlanNode) => {
    const node = children(under).find((n) => label(api.tree.getTreeItem(n) as vscode.TreeItem) === labelText);
    assert.ok(node, `"${labelText}" among ${children(under).map((n) => label(api.tree.getTreeItem(n) as vscode.TreeItem)).join(', ')}`);
    return node;
  };
  const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;

  before(async () => {
    api = await pristineFixtures();
  });

  it('shows phases, their waves and the waves\' efforts in plan order', () => {
    assert.deepEqual(children().map((n) => label(item(n))), ['Phase 1: Ledger Core', 'Phase 2: Ledger Sync']);
    const phase1 = find('Phase 1: Ledger Core');
    assert.deepEqual(children(phase1).map((n) => label(item(n))), ['Wave 1: Storage', 'Wave 2: Queries']);
    const wave1 = find('Wave 1: Storage', phase1);
    assert.deepEqual(children(wave1).map((n) => label(item(n))), ['E1.1.1 journal-store', 'E1.1.2 account-index', 'E1.1.3 import-pipeline', 'E1.1.4 export-formats']);
    assert.equal(item(wave1).description, '4 efforts · 2,120 lines');
  });

  it('describes efforts by size and status, with a status icon and menu context', () => {
    const wave1 = find('Wave 1: Storage', find('Phase 1: Ledger Core'));
    const [done, inProgress, oversized] = children(wave1).map(item);
    assert.deepEqual([done.description, icon(done), done.contextValue], ['420/800 lines', 'pass-filled', 'waveplan.effort.done']);
    assert.deepEqual([inProgress.description, icon(inProgress), inProgress.contextValue], ['~450/800 lines', 'play-circle', 'waveplan.effort.in-progress']);
    assert.deepEqual([oversized.description, icon(oversized), oversized.contextValue], ['~950/800 lines', 'error', 'waveplan.effort.error']);
  });

  it('explains an effort in its tooltip and opens its declaration on click', async () => {
    const wave2 = find('Wave 2: Queries', find('Phase 1: Ledger Core'));
    const node = find('E1.2.1 balance-queries', wave2);
    const t = item(node);
    const tooltip = t.tooltip instanceof vscode.MarkdownString ? t.tooltip.value : String(t.tooltip);
    assert.ok(tooltip.includes('Depends on: E1.1.1, E1.1.2'), tooltip);
    assert.ok(tooltip.includes('Phase 1 · Wave 2'), tooltip);
    assert.equal(api.tree.getParent(node)?.id, wave2.id);
    assert.ok(t.command);
    await vscode.commands.executeCommand(t.command.command, ...(t.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri), PHASE1);
    assert.equal(editor.selection.active.line, lineOf(editor.document, '#### E1.2.1'));
  });

  it('badges the view with the number of errors', () => {
    const errors = api.index.projects().reduce((n, p) => n + p.project.diagnostics.filter((d) => d.severity === 'error').length, 0);
    assert.ok(errors > 0);
    assert.equal(api.treeView.badge?.value, errors);
  });

  it('selects the effort under the cursor', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.waveplan');
    await waitFor(() => api.treeView.visible, 5_000, 'the tree view to be visible');
    const doc = await fixtureDoc(PHASE1);
    const editor = await vscode.window.showTextDocument(doc);
    const line = lineOf(doc, '**Estimated Lines**: 400');
    editor.selection = new vscode.Selection(line, 3, line, 3);
    const selectedId = () => api.treeView.selection.map((n) => (n.kind === 'effort' ? n.effortId : n.id)).join(', ');
    await waitFor(() => selectedId() === 'E1.2.2', 5_000, 'E1.2.2 selected').catch((err: Error) => assert.fail(`${err.message}; selected: ${selectedId()}`));
    // For people reviewing a run: the sidebar as it looks (test-results/tree.png).
    if (bridge.available()) await bridge.screenshot('tree');
  });
});
