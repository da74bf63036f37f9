// An effort whose phase is known but whose wave no plan gives (a GSD summary whose plan is gone: `01-02-SUMMARY.md`
// beside no `01-02-PLAN.md`) is listed under its phase, as `waveplan waves` and the graph place it, not in a
// top-level group outside every phase.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { fixtureUri, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const PHASE_DIR = '.planning/phases/07-ledger';
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('an effort of a phase without a wave', function () {
  this.timeout(60_000);
  after(async () => {
    fs.rmSync(fixtureUri('.planning').fsPath, { recursive: true, force: true });
    const api = await waveplan();
    await waitFor(() => !api.index.project().byId.has('07-02'), 15_000, 'the GSD plans forgotten');
  });

  it('is listed under its phase, beside the phase’s waves', async () => {
    const api = await waveplan();
    const dir = fixtureUri(PHASE_DIR).fsPath;
    fs.mkdirSync(dir, { recursive: true });
    const front = (plan: string, extra: string) => `---\nphase: 07-ledger\nplan: ${plan}\n${extra}---\n\n`;
    fs.writeFileSync(
      path.join(dir, '07-01-PLAN.md'),
      `${front('01', 'wave: 1\ndepends_on: []\n')}# Phase 7 Plan 1: Journal store\n`,
    );
    fs.writeFileSync(path.join(dir, '07-02-SUMMARY.md'), `${front('02', '')}# Phase 7 Plan 2: Ledger export Summary\n`);
    await waitFor(() => api.index.project().byId.get('07-02')?.name === 'Ledger export', 15_000, 'the summary read');
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;
    const phase = await waitFor(
      () => children().find((n) => n.kind === 'phase' && n.phase === 7),
      10_000,
      'the phase 7 node',
    );
    const rows = children(phase).map((n) => [label(item(n)), children(n).map((e) => label(item(e)))]);
    assert.deepEqual(rows, [
      ['Wave 7.1', ['07-01']],
      ['Efforts without a wave', ['07-02']],
    ]);
    // Not listed a second time at the top.
    const top = children().filter((n) => n.kind === 'loose');
    assert.deepEqual(
      top.flatMap((n) => children(n).map((e) => label(item(e)))).filter((l) => l.startsWith('07-')),
      [],
    );
  });
});
