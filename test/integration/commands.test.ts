// Palette commands: Copy Branch Name (declared and from target-repo-config.yaml), Lint Workspace, Go to Effort.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { workspaceFolder } from './support/helpers';
import { lineOf, PHASE1, planDiagnostics, pristineFixtures } from './support/planFixtures';

const target = (effortId: string) => ({ folderUri: workspaceFolder().uri.toString(), effortId });

describe('commands', () => {
  before(async () => {
    await pristineFixtures();
  });

  it('registers every contributed command', async () => {
    const all = await vscode.commands.getCommands(true);
    const pkg = vscode.extensions.getExtension('waveplan.waveplan')!.packageJSON as {
      contributes: { commands: { command: string; category: string }[] };
    };
    for (const c of pkg.contributes.commands) {
      assert.ok(all.includes(c.command), `${c.command} is registered`);
      assert.equal(c.category, 'Waveplan');
    }
  });

  it('copies a declared branch as written', async () => {
    assert.equal(
      await vscode.commands.executeCommand('waveplan.copyBranchName', target('E1.1.1')),
      'ledger/phase1/wave1/journal-store',
    );
  });

  it('names an undeclared branch from target-repo-config.yaml', async () => {
    assert.equal(
      await vscode.commands.executeCommand('waveplan.copyBranchName', target('E1.1.3')),
      'ledger/phase1/wave1/import-pipeline',
    );
  });

  it('lints the workspace and reports the counts the Problems panel shows', async () => {
    const summary = await vscode.commands.executeCommand<{
      files: number;
      efforts: number;
      errors: number;
      warnings: number;
      hints: number;
      message: string;
    }>('waveplan.lintWorkspace');
    const shown = [
      'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md',
      'phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md',
      'orchestrator-state.json',
      'target-repo-config.yaml',
    ].flatMap(planDiagnostics);
    assert.deepEqual(summary, {
      files: 4,
      efforts: 11,
      errors: shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
      warnings: shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
      infos: shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length,
      hints: shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Hint).length,
      // The words of `waveplan lint` on this folder (`4 files, 11 efforts: 5 errors, 3 warnings; 1 hint` on stderr),
      // and where the hint is: Problems lists no hints.
      message:
        'Waveplan: 4 files, 11 efforts: 5 errors, 3 warnings; 1 hint (dotted underlines in the plans, not in Problems).',
    });
    // The fixture's E9.9.9 is of a wave no plan here declares: a hint, not an error.
    assert.equal(summary.hints, 1);
  });

  it('goes to an effort named by a CodeLens (one choice: no picker)', async () => {
    await vscode.commands.executeCommand('waveplan.goToEffort', {
      folderUri: workspaceFolder().uri.toString(),
      effortIds: ['E1.1.3'],
    });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri), PHASE1);
    assert.equal(editor.selection.active.line, lineOf(editor.document, '#### E1.1.3'));
  });
});
