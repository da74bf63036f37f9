// Quick fixes turn each finding's fixes into edits of the plan; Fix All applies preferred fixes without overlaps.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { fixtureUri, waitFor, waitForDiagnostics } from '../support/helpers';
import {
  applyUnsaved,
  codeOf,
  diagKey,
  fixtureDoc,
  lineOf,
  PHASE1,
  PHASE2,
  rangeOf,
  restorePlansAfterEach,
  waveplan,
} from '../support/planFixtures';

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  // The API command returns title, kind, edit and isPreferred (not the attached diagnostics).
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
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
    await waitFor(async () => (actions = await quickFixes(doc, range)).length, 5_000, 'quick fixes at E1.1.9').catch(
      () => undefined,
    );
    const remove = actions.find((a) => a.title === 'Remove E1.1.9 from the dependencies of E1.2.3');
    assert.ok(
      remove?.edit,
      `a "remove" fix among: ${actions.map((a) => `${a.kind?.value} ${a.title} ${!!a.edit}`).join(' | ')}`,
    );
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
        const own = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          diagnostic.range,
          'quickfix',
        );
        const titles = own.map((a) => a.title);
        for (const fix of plan.fixes ?? [])
          assert.ok(
            titles.includes(fix.title),
            `"${fix.title}" offered at ${diagKey(diagnostic)}; got ${titles.join(' | ')}`,
          );
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
    // Phase 1: four parallel-claim fixes and moving E1.1.4 to wave 3; phase 2's cycle of two offers a fix for each
    // side, neither preferred.
    assert.equal(preferredTried, 5);
  });

  it('offers "use this value" on the losing side of a conflict, and applied, the plans agree', async () => {
    const api = await waveplan();
    const doc = await fixtureDoc(PHASE1);
    // A wave plan that restates E1.1.3 with another estimate: the wave plan wins, the phase plan's 950 loses.
    const wave = fixtureUri('phase-plans/WAVE-1-IMPLEMENTATION-PLAN.md');
    fs.writeFileSync(
      wave.fsPath,
      [
        '# Wave 1 Implementation Plan',
        '',
        '## Wave 1: Storage',
        '',
        '#### E1.1.3: import-pipeline',
        '**Estimated Lines**: 600',
        '',
      ].join('\n'),
    );
    try {
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'effort-conflict'), 15_000);
      const conflict = vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'effort-conflict')!;
      assert.equal(
        conflict.message,
        'E1.1.3: estimated lines 950 here; 600 in WAVE-1-IMPLEMENTATION-PLAN.md:6 wins (the wave plan).',
      );
      // The winner's path is the related information's (Problems lists it under the finding, linked).
      assert.deepEqual(
        conflict.relatedInformation?.map((r) => [r.location.uri.fsPath, r.location.range.start.line, r.message]),
        [[wave.fsPath, 5, 'winning estimated lines of E1.1.3: 600']],
      );
      const use = await waitFor(
        async () => (await quickFixes(doc, conflict.range)).find((a) => a.title.startsWith('Use 600 here')),
        10_000,
        'the use-this-value fix',
      );
      await applyUnsaved(use.edit!);
      assert.equal(doc.lineAt(conflict.range.start.line).text, '**Estimated Lines**: 600');
      await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => codeOf(d) === 'effort-conflict'));
      assert.equal(api.index.project().byId.get('E1.1.3')?.estimatedLines, 600);
    } finally {
      fs.rmSync(wave.fsPath, { force: true });
      await waitFor(
        () => !api.index.project().files.some((f) => f.file.endsWith('WAVE-1-IMPLEMENTATION-PLAN.md')),
        10_000,
        'the wave plan forgotten',
      );
    }
  });

  it('Fix All applies only certain fixes, never a did-you-mean guess, and reports what it changed', async () => {
    const doc = await fixtureDoc(PHASE1);
    // E1.1.9 is one keystroke from several efforts: a guess, which Fix All must leave alone.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, '**Dependencies**: [E1.1.1, E9.9.9]', 'E9.9.9'), 'E1.1.9');
    await applyUnsaved(edit);
    await waitForDiagnostics(doc.uri, (ds) =>
      ds.some(
        (d) => codeOf(d) === 'unknown-dependency' && d.message.includes('Did you mean E1.1.2, E1.1.3 or E1.1.4?'),
      ),
    );
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      whole,
      'source.fixAll.waveplan',
    );
    const fixAll = actions.filter((a) => a.kind?.value === 'source.fixAll.waveplan');
    assert.equal(
      fixAll.length,
      1,
      `one Fix All action; got ${actions.map((a) => `${a.kind?.value} ${a.title}`).join(' | ')}`,
    );
    for (const [uri, list] of fixAll[0].edit!.entries())
      assert.ok(!overlapping(list), `no overlapping edits in ${uri.fsPath}`);
    const guessLine = lineOf(doc, 'E1.1.9');
    const edits = fixAll[0].edit!.entries().flatMap(([, e]) => e);
    assert.ok(
      edits.length >= 1 && edits.every((e) => e.range.start.line !== guessLine),
      'no edit on the line of the guess',
    );
    await applyUnsaved(fixAll[0].edit!);
    // The action's command is what VS Code runs after the edit: it reports what changed.
    const command = fixAll[0].command!;
    const summary = await vscode.commands.executeCommand<string>(command.command, ...(command.arguments ?? []));
    assert.match(
      summary,
      /^Fixed \d+ problems: removed from Parallel With ×\d+ \(E1\.[^)]*\)(; Can Parallelize set to No ×\d+ \([^)]*\))?\.$/,
    );
    const after = await waitForDiagnostics(
      doc.uri,
      (ds) => !ds.some((d) => codeOf(d) === 'parallel-conflict' && d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.ok(
      after.some((d) => codeOf(d) === 'unknown-dependency'),
      'the guess is still reported',
    );
    assert.ok(doc.getText().includes('**Dependencies**: [E1.1.1, E1.1.9]'), 'the guessed reference is unchanged');
  });
});
