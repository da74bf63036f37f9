// A plan that numbers its waves but names no phase (`### Wave 0: Fixes` … in a wave plan of its own): the tree lists
// it under its title, wave by wave, with the branches the first waves build on among the work.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { fixtureUri, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const PLAN = 'phase-plans/SYNC-WAVE-PLAN.md';
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('a plan whose waves have no phase', function () {
  this.timeout(60_000);
  after(async () => {
    fs.rmSync(fixtureUri(PLAN).fsPath, { force: true });
    const api = await waveplan();
    await waitFor(() => !api.index.project().byId.has('sync-04-pipeline'), 15_000, 'the wave plan forgotten');
  });

  it('is listed under its title, wave by wave, not as efforts without a wave or as coordination documents', async () => {
    const api = await waveplan();
    fs.writeFileSync(
      fixtureUri(PLAN).fsPath,
      [
        '# Wave Plan: Sync Rollout',
        '',
        '### Wave 0: Foundation Fixes',
        '**Branches**:',
        '- Agent 1: Fix sync-01-interfaces',
        '',
        '### Wave 1: Core',
        '**Branches**:',
        '- Agent 2: sync-04-pipeline (depends on sync-01)',
        '- Agent 3: sync-05-engine (depends on sync-01, sync-04)',
        '',
      ].join('\n'),
    );
    await waitFor(() => api.index.project().byId.has('sync-05-engine'), 15_000, 'the wave plan read');
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;
    const plan = await waitFor(() => children().find((n) => n.kind === 'unphasedPlan'), 10_000, 'the plan node');
    assert.equal(label(item(plan)), 'Sync Rollout');
    assert.equal(item(plan).description, '2 waves · no phase');
    const waves = children(plan).map((w) => [
      label(item(w)),
      item(w).description,
      children(w).map((e) => label(item(e))),
    ]);
    assert.deepEqual(waves, [
      ['Wave 0', '1 effort · Foundation Fixes', ['sync-01-interfaces']],
      ['Wave 1', '2 efforts · Core', ['sync-04-pipeline', 'sync-05-engine']],
    ]);
    // Nothing of this plan is listed a second time elsewhere in the tree.
    const elsewhere = children()
      .filter((n) => n.kind === 'loose' || n.kind === 'coordination')
      .flatMap((n) => children(n).map((e) => label(item(e))));
    assert.deepEqual(
      elsewhere.filter((l) => l.startsWith('sync-')),
      [],
    );
  });
});
