// Finding and reading a folder's plan files for the index: on disk through the core's walk and guarded read (the
// CLI's own), elsewhere (virtual file systems) through the workspace API with the same policy and limits.
import * as vscode from 'vscode';
import type { PlanFileFilter } from '../../core/files/filter';
import { oneSearchGlob } from '../../core/files/globSearch';
import { refusalOf } from '../../core/files/readGuard';
import { readPlanFile } from '../../core/files/readPlanFile';
import { findPlanFiles, type RefusedFile, type ScanProblem } from '../../core/files/scan';
import type { FoundRepos } from '../../core/files/projects';

/**
 * Plan files of a folder, and its folders holding a `.git` (nested repositories are projects of their own): on disk, the CLI's own walk and policy (Node fs in the extension host: no round trip to the
 * search service, and the same files and refusals as `waveplan lint`); elsewhere, one `findFiles` for every glob.
 */
export async function findCandidates(
  folder: vscode.WorkspaceFolder,
  filter: PlanFileFilter,
  planGlobs: readonly string[],
  problems: ScanProblem[],
): Promise<{ uris: vscode.Uri[]; refused: RefusedFile[] } & FoundRepos> {
  if (folder.uri.scheme === 'file') {
    const { files, refused, repos, linked } = findPlanFiles([folder.uri.fsPath], problems, { filter });
    return { uris: files.map((f) => vscode.Uri.file(f.file)), refused, repos, linked };
  }
  const uris = await vscode.workspace.findFiles(
    new vscode.RelativePattern(folder, oneSearchGlob([...planGlobs])),
    filter.searchExclude,
  );
  // Not on disk: no git repositories to tell apart, the folder is one project.
  return { uris, refused: [], repos: [], linked: [] };
}

/** The file's bytes, or why it was not read (too large, not a regular file: the same rule as the CLI's). */
export async function readBytes(uri: vscode.Uri): Promise<Uint8Array | { refused: string } | undefined> {
  if (uri.scheme === 'file') {
    // One file per turn of the event loop: the host stays responsive while a large folder is read.
    await new Promise((resolve) => setImmediate(resolve));
    const read = readPlanFile(uri.fsPath);
    return 'bytes' in read ? read.bytes : 'refused' in read ? { refused: read.refused } : undefined;
  }
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
