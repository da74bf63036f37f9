// A coordination document whose plan names its wave (`phase6/wave1/wave-planning/`, "Phase: 6, Wave: 1") is listed in
// that wave, after the work, marked as coordination and counted apart; only one no wave lists is grouped apart.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { fixtureUri, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const PLAN = 'phase-plans/PHASE-6-IMPLEMENTATION-PLAN.md';
const DOCUMENT = '.software-factory/phase6/wave1/wave-planning/IMPLEMENTATION-PLAN-20260301-090000.md';
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('a coordination document of a wave', function () {
  this.timeout(60_000);
  after(async () => {
    fs.rmSync(fixtureUri(PLAN).fsPath, { force: true });
    fs.rmSync(fixtureUri('.software-factory/phase6').fsPath, { recursive: true, force: true });
    const api = await waveplan();
    await waitFor(() => !api.index.project().byId.has('E6.1.1'), 15_000, 'the phase 6 plans forgotten');
  });

  it('is listed in its wave after the work, marked and counted apart, not in a group of its own', async () => {
    const api = await waveplan();
    fs.writeFileSync(
      fixtureUri(PLAN).fsPath,
      [
        '# Phase 6 Implementation Plan',
        '',
        '## Wave 1: Billing Export',
        '',
        '### E6.1.1: csv-writer',
        '**Size Estimate**: 300 lines',
        '',
        '### E6.1.2: export-scheduler',
        '**Size Estimate**: 450 lines',
        '**Dependencies**: E6.1.1',
        '',
      ].join('\n'),
    );
    const doc = fixtureUri(DOCUMENT).fsPath;
    fs.mkdirSync(path.dirname(doc), { recursive: true });
    fs.writeFileSync(
      doc,
      [
        '# Wave Planning - Phase 6, Wave 1',
        '',
        '**Effort Name**: wave-planning',
        '**Branch**: `demo/phase6/wave1/wave-planning`',
        '**Size Estimate**: 120 lines (coordination documents only)',
        '',
        'Which of the two exports lands first, and who reviews it.',
        '',
      ].join('\n'),
    );
    await waitFor(
      () => api.index.project().byId.has('E6.1.2') && api.index.project().byId.has('wave-planning'),
      15_000,
      'the plans read',
    );
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;
    const phase = await waitFor(
      () => children().find((n) => n.kind === 'phase' && n.phase === 6),
      10_000,
      'the phase 6 row',
    );
    const wave = children(phase)[0];
    assert.equal(item(wave).description, '2 efforts · 750 lines · +1 coordination doc · Billing Export');
    const rows = children(wave).map((e) => [label(item(e)), item(e).description]);
    assert.deepEqual(rows, [
      ['E6.1.1 ~300/800', 'csv-writer'],
      ['E6.1.2 ~450/800', 'export-scheduler'],
      ['wave-planning ~120/800', 'coordination'],
    ]);
    const apart = children()
      .filter((n) => n.kind === 'coordination')
      .flatMap((n) => children(n).map((e) => label(item(e))));
    assert.ok(!apart.some((l) => l.startsWith('wave-planning')), apart.join('\n'));
  });
});
