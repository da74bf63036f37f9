// The README's and the walkthrough's screenshots, made here in the real workbench (test-results/readme-*.png; `npm run
// screenshots` copies them to docs/screenshots/), and the walkthrough: its steps are listed, its first is done when the
// view is already open, and a step completes when its command runs.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { REPO_ROOT, bridge, setWorkspaceFolder, showPlanView, waitFor } from './support/helpers';
import { fixtureDoc, lineOf, PHASE1, waveplan } from './support/planFixtures';

// A plain Node script, shared with `npm start`.
const { prepareExampleWorkspace } = require('../../scripts/lib/example-workspace') as {
  prepareExampleWorkspace: (source: string, dest: string) => string;
};

/** Five steps (60 px each) of the side bar's width: the View Size commands resize the part that has focus. */
async function resizeSideBar(command: 'increaseViewSize' | 'decreaseViewSize'): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.focusSideBar');
  for (let i = 0; i < 5; i++) await vscode.commands.executeCommand(`workbench.action.${command}`);
}
const visible = async (selector: string) => (await bridge.pageText(selector)).join(' ');

describe('README screenshots and walkthrough', function () {
  this.timeout(180_000);
  before(function () {
    if (!bridge.available()) this.skip();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('shows the tree, Problems, a quick fix and the graph', async () => {
    const api = await waveplan();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await showPlanView();
    await waitFor(() => api.treeView.visible, 5_000, 'the tree view');
    const doc = await fixtureDoc(PHASE1);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const line = lineOf(doc, '**Estimated Lines**: 950');
    editor.selection = new vscode.Selection(line, 22, line, 22);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
    await waitFor(async () => (await visible('.monaco-list-row')).includes('E1.1.3'), 10_000, 'the effort row');
    assert.ok(fs.existsSync(await bridge.screenshot('readme-tree')));

    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await waitFor(
      async () => (await visible('.markers-panel')).includes('E1.1.3'),
      10_000,
      'Waveplan findings in Problems',
    );
    assert.ok(fs.existsSync(await bridge.screenshot('readme-problems')));

    await vscode.window.showTextDocument(doc, { preview: false });
    editor.selection = new vscode.Selection(line, 22, line, 22);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await waitFor(
      async () => /Split/i.test(await visible('.action-widget')),
      10_000,
      'the quick fix menu with the split fix',
    );
    assert.ok(fs.existsSync(await bridge.screenshot('readme-quickfix')));
    await bridge.press('Escape');
    await vscode.commands.executeCommand('workbench.action.closePanel');

    await vscode.commands.executeCommand('waveplan.showGraph');
    await bridge.waitForFrame('#graph svg g.node', 30_000);
    assert.ok(fs.existsSync(await bridge.screenshot('readme-graph')));
  });

  it("shows a wave's worktrees created from the tree, as the walkthrough's last step does", async () => {
    // The example as `npm start` serves it: a git repository of its own, with the branches its state file records.
    const top = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-shot-'));
    const folder = prepareExampleWorkspace(path.join(REPO_ROOT, 'example'), path.join(top, 'example'));
    const api = await waveplan();
    try {
      await setWorkspaceFolder(folder, true);
      const folderUri = vscode.Uri.file(folder).toString();
      const first = await waitFor(() => api.tree.effortNode(folderUri, 'E1.2.1'), 20_000, 'the example in the tree');
      await waitFor(() => api.git.folder(folderUri), 20_000, 'git status of the example');
      const summary = await vscode.commands.executeCommand<{ created: number }>(
        'waveplan.createWaveWorktrees',
        api.tree.getParent(first),
        // Wave 1.2's dependencies have no branches yet in this fresh copy: the picture is of the worktrees made anyway.
        { answers: { startWithoutDependencies: true } },
      );
      assert.equal(summary.created, 3);
      // The tree alone, wide enough for the rows' descriptions, open only down to the wave just created.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await showPlanView();
      await waitFor(() => api.treeView.visible, 5_000, 'the tree view');
      await vscode.commands.executeCommand('workbench.actions.treeView.waveplan.plan.collapseAll');
      await api.treeView.reveal(api.tree.effortNode(folderUri, 'E1.2.1')!, { select: true, focus: true });
      await resizeSideBar('increaseViewSize');
      await waitFor(
        async () => (await bridge.pageText('.monaco-list-row')).filter((r) => r.includes('worktree')).length === 3,
        20_000,
        'three effort rows with a worktree',
      );
      assert.ok(fs.existsSync(await bridge.screenshot('readme-worktrees')));
    } finally {
      await resizeSideBar('decreaseViewSize');
      await setWorkspaceFolder(folder, false);
      await vscode.commands.executeCommand('notifications.clearAll');
      fs.rmSync(top, { recursive: true, force: true });
    }
  });

  it('walks a new user through plans, problems, graph and worktrees, completing steps as they are done', async () => {
    // The Waveplan view is open before the walkthrough is (as after a reload): its first step is done already.
    const api = await waveplan();
    await showPlanView();
    await waitFor(() => api.treeView.visible, 5_000, 'the tree view');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'waveplan.waveplan#start', false);
    const page = '.gettingStartedContainer';
    await waitFor(
      async () => (await visible(page)).includes('Get started with Waveplan'),
      15_000,
      'the walkthrough page',
    );
    const text = await visible(page);
    for (const step of [
      'Open your plans',
      'See the problems',
      'Draw the dependency graph',
      "Create a wave's worktrees",
    ])
      assert.ok(text.includes(step), step);
    const checked = (step: string) =>
      `document.querySelector('.getting-started-step[data-step-id$="#${step}"]')?.getAttribute('aria-checked') === 'true'`;
    const done = async (step = 'problems') =>
      (await bridge.request<boolean>('evalInPage', { expression: checked(step) })) === true;
    await waitFor(() => done('openPlans'), 10_000, 'the plans step checked: the view is open');
    assert.equal(await done(), false, 'the problems step starts unchecked');
    // As a user does: open the step and press its button. (A command run from an extension is not seen by the
    // walkthrough: VS Code completes steps on commands the workbench runs.)
    await bridge.request('click', { selector: '.getting-started-step:has-text("See the problems")' });
    await waitFor(
      async () => /Lint Workspace/.test(await visible('.getting-started-step.expanded')),
      5_000,
      'the problems step open',
    );
    await bridge.request('click', { selector: '.getting-started-step.expanded >> text="Lint Workspace"' });
    await waitFor(done, 10_000, 'the problems step checked after Lint Workspace');
  });
});
