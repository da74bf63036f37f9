// Finding and reading a folder's plan files for the index, through the workspace API with the CLI's policy and limits.
// (Reading folders on disk with the CLI's own walk was tried: it changed the first load's timing so that VS Code's
// tree showed phases open and empty on some loads; see the README's Speed notes.)
import * as vscode from 'vscode';
import type { PlanFileFilter } from '../../core/files/filter';
import { oneSearchGlob } from '../../core/files/globSearch';
import { refusalOf } from '../../core/files/readGuard';

/** Plan files of a folder: one `findFiles` for every glob. */
export function findPlanUris(
  folder: vscode.WorkspaceFolder,
  filter: PlanFileFilter,
  planGlobs: readonly string[],
): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles(
    new vscode.RelativePattern(folder, oneSearchGlob([...planGlobs])),
    filter.searchExclude,
  );
}

/** The file's bytes, or why it was not read (too large, not a regular file: the same rule as the CLI's). */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | { refused: string } | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    const type =
      stat.type & vscode.FileType.File ? 'file' : stat.type & vscode.FileType.Directory ? 'directory' : 'special file';
    const refused = refusalOf({ type, size: stat.size });
    if (refused) return { refused };
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}
