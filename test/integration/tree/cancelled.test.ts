// A cancelled effort in the editor: struck out in the plan (unsaved), the tree shows it cancelled, Problems tells the
// efforts that depend on it, and the findings its old place caused (wave order, parallel claims) are gone.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { waitForDiagnostics } from '../support/helpers';
import {
  codeOf,
  fixtureDoc,
  lineOf,
  PHASE1,
  planDiagnostics,
  restorePlansAfterEach,
  setText,
  waveplan,
} from '../support/planFixtures';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));
const icon = (item: vscode.TreeItem) => (item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined);

describe('a cancelled effort', () => {
  restorePlansAfterEach();

  it('struck out in the plan: ✕ in the tree, its dependents warned, no wave-order or parallel finding through it', async () => {
    const api = await waveplan();
    const doc = await fixtureDoc(PHASE1);
    const line = (d: vscode.Diagnostic) => doc.lineAt(d.range.start.line).text;
    // Before: E1.1.4 depends on E1.2.1 of a later wave, and E1.2.1 / E1.2.2 claim to run in parallel.
    assert.ok(planDiagnostics(PHASE1).some((d) => codeOf(d) === 'wave-order'));
    await setText(doc, doc.getText().replace('#### E1.2.1: balance-queries', '#### ~~E1.2.1: balance-queries~~'));
    await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'cancelled-dependency').length === 2);
    const ds = planDiagnostics(PHASE1);
    const first = lineOf(doc, '**Dependencies**: [E1.2.1]');
    assert.deepEqual(
      ds
        .filter((d) => codeOf(d) === 'cancelled-dependency')
        .map((d) => [d.severity, d.range.start.line, line(d).slice(d.range.start.character, d.range.end.character)]),
      [
        [vscode.DiagnosticSeverity.Warning, first, 'E1.2.1'],
        [vscode.DiagnosticSeverity.Warning, lineOf(doc, '**Dependencies**: [E1.2.1]', first + 1), 'E1.2.1'],
      ],
    );
    assert.deepEqual(
      ds.filter((d) => codeOf(d) === 'wave-order' || codeOf(d) === 'parallel-conflict').map((d) => d.message),
      [],
    );
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;
    const phase1 = children().find((n) => label(item(n)) === 'Phase 1')!;
    const wave2 = children(phase1).find((n) => label(item(n)) === 'Wave 1.2')!;
    const row = children(wave2)
      .map(item)
      .find((i) => label(i).startsWith('E1.2.1'));
    assert.ok(row, 'E1.2.1 in the tree');
    const tooltip = row.tooltip instanceof vscode.MarkdownString ? row.tooltip.value : String(row.tooltip);
    assert.deepEqual([icon(row), row.description], ['close', 'balance-queries']);
    assert.match(tooltip, /Status: cancelled/);
  });
});
