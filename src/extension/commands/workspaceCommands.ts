// Refresh, Lint Workspace and "Create an example plan" (which never overwrites a file).
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import { COMMANDS } from '../commandIds';
import type { PlanDiagnostics } from '../language/diagnostics';
import { EXAMPLE_PLAN, EXAMPLE_PLAN_NAME } from '../../core/views/examplePlan';
import { lintSummary } from '../../core/views/lintSummary';
import type { PlanIndex } from '../index/planIndex';
import { registerCommand } from '../util/safeCommand';
import { planFileCount } from '../../core/files/dataFiles';

export interface LintSummary {
  files: number;
  efforts: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** The notification's text. */
  message: string;
}

export function registerWorkspaceCommands(index: PlanIndex, diagnostics: PlanDiagnostics): vscode.Disposable[] {
  return [
    registerCommand(COMMANDS.refresh, () => index.rescan()),
    registerCommand(COMMANDS.lintWorkspace, async (): Promise<LintSummary> => {
      // A rescan always publishes, and publishing refreshes the Problems panel before this continues.
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Waveplan: linting plans' },
        () => index.rescan(),
      );
      const c = diagnostics.counts();
      const projects = index.projects();
      const counts = {
        files: projects.reduce((n, p) => n + planFileCount(p.project), 0),
        efforts: projects.reduce((n, p) => n + p.project.efforts.length, 0),
        errors: c.errors,
        warnings: c.warnings,
      };
      const summary: LintSummary = {
        ...counts,
        infos: c.infos,
        hints: c.hints,
        message: `Waveplan: ${lintSummary({ ...counts, infos: c.infos, hints: c.hints }, 'editor')}.`,
      };
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      if (summary.errors) void vscode.window.showWarningMessage(summary.message);
      else void vscode.window.showInformationMessage(summary.message);
      return summary;
    }),
    registerCommand(COMMANDS.createExamplePlan, async () => {
      const uri = await createExamplePlan();
      if (uri) {
        await vscode.window.showTextDocument(uri);
        await index.rescan();
      }
      return uri;
    }),
  ];
}

/** Writes the example plan into the first workspace folder under a name no file has yet; undefined when there is no folder. */
export async function createExamplePlan(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder =
    folders.length > 1
      ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder for the example plan' })
      : folders[0];
  if (!folder) {
    if (!folders.length)
      void vscode.window.showInformationMessage('Waveplan: open a folder first, then create the example plan in it.');
    return undefined;
  }
  const bytes = new TextEncoder().encode(EXAMPLE_PLAN);
  for (let n = 1; n < 100; n++) {
    const uri = vscode.Uri.joinPath(folder.uri, `${EXAMPLE_PLAN_NAME}${n === 1 ? '' : `-${n}`}.md`);
    if (await writeNew(uri, bytes)) return uri;
  }
  void vscode.window.showErrorMessage('Waveplan: could not find a free name for the example plan.');
  return undefined;
}

/** Creates a file only if none exists (exclusive create on disk; stat-then-write elsewhere). */
async function writeNew(uri: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
  if (uri.scheme === 'file') {
    try {
      await fs.writeFile(uri.fsPath, bytes, { flag: 'wx' });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    }
  }
  try {
    await vscode.workspace.fs.stat(uri);
    return false;
  } catch (err) {
    // Only a missing file is free: any other stat failure must not turn into an overwrite.
    if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) throw err;
  }
  await vscode.workspace.fs.writeFile(uri, bytes);
  return true;
}
