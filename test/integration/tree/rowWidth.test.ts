// Tree rows at the workbench's default sidebar width: a long-named phase keeps its number and wave count in view
// (the name is what gets cut), read from the rendered row in the real workbench.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { bridge, fixtureUri, showPlanView, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const PLAN = 'phase-plans/PHASE-7-IMPLEMENTATION-PLAN.md';

interface RowSeen {
  label: string;
  description: string;
  rowRight: number;
  /** Right edge of the description's first `countChars` characters, as drawn. */
  countRight: number;
}

// The rendered row of Phase 7 in the Waveplan view: its label, description and where its wave count ends.
const PROBE = `(() => {
  const view = document.querySelector('[id="workbench.view.extension.waveplan"]');
  const row = [...(view ? view.querySelectorAll('.monaco-list-row[aria-level="1"]') : [])]
    .find((r) => (r.textContent || '').includes('Phase 7'));
  if (!row) return null;
  const label = row.querySelector('.label-name')?.textContent?.trim() ?? '';
  const descEl = row.querySelector('.label-description');
  const description = descEl?.textContent?.trim() ?? '';
  const at = description.indexOf('wave');
  let countRight = Number.POSITIVE_INFINITY;
  const node = descEl && [...descEl.childNodes].find((n) => n.nodeType === 3 && n.textContent.includes('wave'));
  if (node && at >= 0) {
    const range = document.createRange();
    const start = node.textContent.indexOf('wave');
    range.setStart(node, 0);
    range.setEnd(node, start + 'wave'.length);
    countRight = range.getBoundingClientRect().right;
  }
  const box = row.querySelector('.monaco-icon-label-container') || row;
  return { label, description, rowRight: box.getBoundingClientRect().right, countRight };
})()`;

describe('plan tree rows at the default sidebar width', function () {
  this.timeout(60_000);
  before(function () {
    if (!bridge.available()) this.skip();
  });
  after(async () => {
    fs.rmSync(fixtureUri(PLAN).fsPath, { force: true });
    const api = await waveplan();
    await waitFor(() => !api.index.project().byId.has('E7.1.1'), 15_000, 'the Phase 7 plan forgotten');
  });

  it('shows a long-named phase by number and wave count first, cutting the name', async () => {
    const api = await waveplan();
    fs.writeFileSync(
      fixtureUri(PLAN).fsPath,
      [
        '# Phase 7: Cross-Workspace Runtime Hardening and Observability',
        '',
        '## Wave 1: Runtime Probes',
        '',
        '#### E7.1.1: probe-runner',
        '**Estimated Lines**: 200',
        '',
      ].join('\n'),
    );
    await showPlanView();
    await waitFor(() => api.index.project().byId.has('E7.1.1'), 15_000, 'the Phase 7 plan read');
    const phase = await waitFor(
      () => (api.tree.getChildren() as PlanNode[]).find((n) => n.kind === 'phase' && n.phase === 7),
      10_000,
      'the Phase 7 node',
    );
    // The view learns of the new phase when the tree refreshes (after a quiet moment): until then reveal cannot
    // resolve it, so it is retried.
    await waitFor(
      async () => {
        await api.treeView.reveal(phase, { select: false, focus: false, expand: false });
        return true;
      },
      15_000,
      'the Phase 7 row revealed',
    );
    const row = await waitFor(
      async () => (await bridge.request<RowSeen | null>('evalInPage', { expression: PROBE })) ?? undefined,
      10_000,
      'the Phase 7 row drawn',
    );
    await bridge.screenshot('tree-phase-rows');
    assert.equal(row.label, 'Phase 7');
    assert.equal(row.description, '1 wave · Cross-Workspace Runtime Hardening and Observability');
    assert.ok(row.countRight <= row.rowRight, `the wave count is drawn inside the row: ${JSON.stringify(row)}`);
    const item = api.tree.getTreeItem(phase) as vscode.TreeItem;
    assert.equal(item.tooltip, 'Phase 7: Cross-Workspace Runtime Hardening and Observability');
  });
});
