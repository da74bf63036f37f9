// Quick fixes turn each finding's fixes into edits of the plan; Fix All applies preferred fixes without overlaps.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { waitFor, waitForDiagnostics } from './helpers';
import { applyUnsaved, codeOf, diagKey, fixtureDoc, lineOf, PHASE1, PHASE2, planDiagnostics, rangeOf, restorePlansAfterEach, waveplan } from './planFixtures';

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  // The API command returns title, kind, edit and isPreferred (not the attached diagnostics).
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
}

function overlapping(edits: readonly vscode.TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.range.start.compareTo(b.range.start));
  return sorted.some((e, i) => i > 0 && sorted[i - 1].range.end.isAfter(e.range.start));
}

describe('quick fixes', () => {
  const restorePlans = restorePlansAfterEach();

  it('removes an unknown dependency from the written list', async () => {
    const doc = await fixtureDoc(PHASE1);
    const line = lineOf(doc, '**Dependencies**: [E1.1.1, E9.9.9]');
    // E9.9.9 is of a wave no plan here declares (a hint); a typo in wave 1.1, which the plan declares, is an error.
    const typo = new vscode.WorkspaceEdit();
    typo.replace(doc.uri, rangeOf(doc, '**Dependencies**: [E1.1.1, E9.9.9]', 'E9.9.9'), 'E1.1.9');
    await applyUnsaved(typo);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-dependency'));
    const range = rangeOf(doc, '**Dependencies**: [E1.1.1, E1.1.9]', 'E1.1.9');
    // The very first code-action request of a fresh workbench can come back empty (seen under code-server): ask again.
    let actions: vscode.CodeAction[] = [];
    await waitFor(async () => (actions = await quickFixes(doc, range)).length, 5_000, 'quick fixes at E1.1.9').catch(() => undefined);
    const remove = actions.find((a) => a.title === 'Remove E1.1.9 from the dependencies of E1.2.3');
    assert.ok(remove?.edit, `a "remove" fix among: ${actions.map((a) => `${a.kind?.value} ${a.title} ${!!a.edit}`).join(' | ')}`);
    await applyUnsaved(remove.edit);
    assert.equal(doc.lineAt(line).text, '**Dependencies**: [E1.1.1]');
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => codeOf(d) === 'unknown-dependency'));
  });

  it('offers every fix of every finding at its range, and the preferred fix resolves the finding', async function () {
    this.timeout(120_000);
    const api = await waveplan();
    let preferredTried = 0;
    for (const rel of [PHASE1, PHASE2]) {
      const doc = await fixtureDoc(rel);
      for (const { diagnostic, plan } of [...api.diagnostics.entriesFor(doc.uri)]) {
        const own = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, 'quickfix');
        const titles = own.map((a) => a.title);
        for (const fix of plan.fixes ?? []) assert.ok(titles.includes(fix.title), `"${fix.title}" offered at ${diagKey(diagnostic)}; got ${titles.join(' | ')}`);
        const preferredFix = plan.fixes?.find((f) => f.preferred);
        if (!preferredFix) continue;
        const action = own.find((a) => a.title === preferredFix.title && a.isPreferred);
        assert.ok(action?.edit, `preferred action "${preferredFix.title}"`);
        preferredTried++;
        const before = doc.getText();
        await applyUnsaved(action.edit);
        assert.notEqual(doc.getText(), before, `${action.title} changes the plan`);
        await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => diagKey(d) === diagKey(diagnostic)), 10_000);
        await restorePlans();
      }
    }
    // Phase 1: four parallel-claim fixes; phase 2: one per cycle edge.
    assert.equal(preferredTried, 6);
  });

  it('Fix All applies preferred fixes that never overlap, and fixes at least as much as one quick fix', async () => {
    const doc = await fixtureDoc(PHASE1);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, 'source.fixAll.waveplan');
    const fixAll = actions.filter((a) => a.kind?.value === 'source.fixAll.waveplan');
    const api = await waveplan();
    assert.equal(fixAll.length, 1, `one Fix All action (findings with fixes: ${api.diagnostics.entriesFor(doc.uri).filter((e) => e.plan.fixes?.length).length}; actions: ${actions.map((a) => `${a.kind?.value} ${a.title}`).join(' | ')})`);
    const edits = fixAll[0].edit!.entries().flatMap(([, e]) => e);
    for (const [uri, list] of fixAll[0].edit!.entries()) assert.ok(!overlapping(list), `no overlapping edits in ${uri.fsPath}`);
    assert.ok(edits.length >= 1);
    const fixable = planDiagnostics(PHASE1).length;
    await applyUnsaved(fixAll[0].edit!);
    await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => d.source === 'waveplan').length < fixable);
  });
});
