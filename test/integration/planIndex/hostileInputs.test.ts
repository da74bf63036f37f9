// The extension host survives the inputs that crashed or emptied the reader (issue 9, reproducers 1, 2 and 8):
// each is opened in the workbench, gets its diagnostic, and the tree keeps showing the other files' efforts.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { REPO_ROOT, waitFor, workspaceFolder } from '../support/helpers';
import { FIXTURE_EFFORTS, pristineFixtures, waveplan } from '../support/planFixtures';

const REPROS = path.resolve(REPO_ROOT, '../shared/repros');
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

/**
 * Reproducer 8: one dependency list of 130,000 space-separated ids (its own phase, so no fixture id is touched).
 * The ids' waves are declared, so each is an unknown effort (an error), not one of an undeclared wave (a hint).
 */
function longListPlan(): string {
  const ids: string[] = [];
  const waves: string[] = [];
  for (let i = 0; i < 130000; i++) {
    const wave = Math.floor(i / 998) + 1;
    ids.push(`E9.${wave}.${(i % 998) + 2}`);
    if (i % 998 === 0 && wave > 1) waves.push(`## Wave ${wave}\n\n`);
  }
  return `# Phase 9 Implementation Plan\n\n## Wave 1: Lists\n\n### E9.1.1: long-list\n\n**Size Estimate**: 300 lines\n**Dependencies**: ${ids.join(' ')}\n\n${waves.join('')}`;
}

describe('hostile inputs in the editor', function () {
  this.timeout(120_000);
  let dir: string;

  before(async () => {
    await pristineFixtures();
    dir = path.join(workspaceFolder().uri.fsPath, `scratch-hostile-${process.pid}`);
    for (const [sub, file, text] of [
      [
        'r1',
        'orchestrator-state.json',
        fs.readFileSync(path.join(REPROS, '01-state-abort-regexp-oom/orchestrator-state.json')),
      ],
      [
        'r2',
        'orchestrator-state.yaml',
        fs.readFileSync(path.join(REPROS, '02-state-yaml-stack-overflow/orchestrator-state.yaml')),
      ],
      ['r8', 'PHASE-9-IMPLEMENTATION-PLAN.md', longListPlan()],
    ] as const) {
      fs.mkdirSync(path.join(dir, sub), { recursive: true });
      fs.writeFileSync(path.join(dir, sub, file), text);
    }
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
    // The next suite starts from the fixture's efforts alone.
    await vscode.commands.executeCommand('waveplan.refresh');
  });

  it('opens reproducers 1, 2 and 8: each gets its diagnostic and the tree still shows the other efforts', async () => {
    const api = await pristineFixtures();
    const files = ['r1/orchestrator-state.json', 'r2/orchestrator-state.yaml', 'r8/PHASE-9-IMPLEMENTATION-PLAN.md'].map(
      (f) => vscode.Uri.file(path.join(dir, f)),
    );
    for (const uri of files)
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    // Files written by the test: read them now, as the Refresh command does (not left to file-watcher timing).
    await vscode.commands.executeCommand('waveplan.refresh');
    // Waveplan's own findings only: the JSON language service flags reproducer 1 as well.
    const messages = (uri: vscode.Uri) =>
      vscode.languages
        .getDiagnostics(uri)
        .filter((d) => d.source === 'waveplan')
        .map((d) => d.message);
    await waitFor(
      () => files.every((uri) => messages(uri).length > 0),
      60_000,
      'diagnostics on all three reproducers',
    ).catch((err: Error) => {
      // Say which file is missing its findings and what the index holds, not only that time ran out.
      const project = api.index.project();
      const held = files.map(
        (uri) =>
          `${path.relative(dir, uri.fsPath)}: ${messages(uri).length} diagnostics, read: ${project.files.some((f) => f.file === uri.fsPath)}`,
      );
      throw new Error(`${err.message}\n${held.join('\n')}\nefforts: ${project.byId.size}`);
    });
    assert.ok(
      messages(files[0]).some((m) => /nest deeper than 100 levels .*Waveplan read the lines before it/.test(m)),
      messages(files[0]).join('\n'),
    );
    assert.ok(
      messages(files[1]).some((m) => /nests deeper than 100 levels .*Waveplan read the lines before it/.test(m)),
      messages(files[1]).join('\n'),
    );
    assert.ok(!messages(files[1]).some((m) => /could not read/.test(m)));
    assert.ok(
      messages(files[2]).some((m) => /^E9\.1\.1 depends on E9\.1\.2, which is not an effort of this plan/.test(m)),
    );
    // 130,000 findings in one file: the editor gets the first 999 and one that counts the rest.
    assert.equal(messages(files[2]).length, 1000);
    assert.match(messages(files[2])[999], /^129,001 more Waveplan findings in this file are not shown/);
    // The host is alive and the tree holds the fixture's efforts plus the long list's own.
    const project = api.index.project();
    assert.equal(project.byId.size, FIXTURE_EFFORTS + 1);
    assert.equal(project.byId.get('E9.1.1')?.dependsOn.length, 130000);
    const phases = (api.tree.getChildren() as PlanNode[]).map((n) => label(api.tree.getTreeItem(n) as vscode.TreeItem));
    assert.ok(phases.includes('Phase 1') && phases.includes('Phase 2'), phases.join(', '));
  });

  it('refuses a plan that links out of the folder and a FIFO named like a plan, as the CLI does, without reading them', async () => {
    const api = await waveplan();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-outside-'));
    const sub = path.join(dir, 'r9');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(
      path.join(outside, 'PHASE-8-IMPLEMENTATION-PLAN.md'),
      '# Phase 8\n## Wave 1\n### E8.1.1: Far away\n',
    );
    const link = path.join(sub, 'PHASE-8-IMPLEMENTATION-PLAN.md');
    const fifo = path.join(sub, 'WAVE-8-IMPLEMENTATION-PLAN.md');
    fs.symlinkSync(path.join(outside, 'PHASE-8-IMPLEMENTATION-PLAN.md'), link);
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    try {
      await vscode.commands.executeCommand('waveplan.refresh');
      const messages = (file: string) =>
        vscode.languages
          .getDiagnostics(vscode.Uri.file(file))
          .filter((d) => d.source === 'waveplan')
          .map((d) => d.message);
      await waitFor(() => messages(link).length > 0 && messages(fifo).length > 0, 30_000, 'both refusals');
      assert.match(
        messages(link)[0],
        /^a symbolic link to .*, outside the folder being read; Waveplan did not follow it/,
      );
      assert.match(messages(fifo)[0], /^not a regular file \(a fifo\); Waveplan reads only regular files/);
      // Nothing of the linked plan was read.
      assert.equal(api.index.project().byId.has('E8.1.1'), false);
    } finally {
      fs.rmSync(sub, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
