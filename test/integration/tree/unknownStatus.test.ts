// A status the plan writes in words Waveplan does not read (`🟢`) is unknown, and the tree shows it so: never with
// the planned effort's empty circle.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { waitForDiagnostics } from '../support/helpers';
import { codeOf, fixtureDoc, PHASE1, restorePlansAfterEach, setText, waveplan } from '../support/planFixtures';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
const icon = (item: vscode.TreeItem) => (item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined);

describe('an unknown status in the tree', () => {
  restorePlansAfterEach();

  it('has its own icon, not the planned circle', async () => {
    const api = await waveplan();
    const doc = await fixtureDoc(PHASE1);
    // Two efforts no finding names (a finding's icon would replace the status's): one 🟢, one with no status.
    const added = ['', '#### E1.2.4: ledger-export', '**Status**: 🟢', '**Estimated Lines**: 100', ''];
    added.push('#### E1.2.5: ledger-import', '**Estimated Lines**: 100', '');
    await setText(doc, doc.getText().trimEnd() + '\n' + added.join('\n'));
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-status'));
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;
    const phase1 = children().find((n) => label(item(n)) === 'Phase 1')!;
    const wave2 = children(phase1).find((n) => label(item(n)) === 'Wave 1.2')!;
    const rows = children(wave2).map(item);
    const row = (id: string) => rows.find((i) => label(i).startsWith(id));
    assert.deepEqual([icon(row('E1.2.4')!), icon(row('E1.2.5')!)], ['question', 'circle-large-outline']);
  });
});
