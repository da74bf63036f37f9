// The project file (`.waveplan.json`) of each workspace folder, read once and forgotten when it changes. A git
// repository inside the folder (a project of its own, see core/files/projects.ts) takes its own file if it has one.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { loadProjectConfig, nestedProjectConfig, type ProjectConfigResult } from '../core/config/read';

const EMPTY: ProjectConfigResult = Object.freeze({ config: {}, diagnostics: [] });
const cache = new Map<string, ProjectConfigResult>();
/** The repository below its workspace folder that holds a path ('' for none), by path. */
const repoOfPath = new Map<string, string>();

function uriOf(scope: vscode.ConfigurationScope | undefined): vscode.Uri | undefined {
  const uri = scope instanceof vscode.Uri ? scope : (scope as { uri?: unknown } | undefined)?.uri;
  return uri instanceof vscode.Uri ? uri : undefined;
}

/** The project file that applies to a scope (a folder, a document or its URI); folders not on disk have none. */
export function projectConfigFor(scope?: vscode.ConfigurationScope): ProjectConfigResult {
  const uri = uriOf(scope);
  const folder = scope ? uri && vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return EMPTY;
  const key = folder.uri.toString();
  let found = cache.get(key);
  if (!found) cache.set(key, (found = loadProjectConfig(folder.uri.fsPath)));
  const repo = uri?.scheme === 'file' ? nestedRepoOf(uri.fsPath, folder.uri.fsPath) : undefined;
  if (!repo) return found;
  let own = cache.get(repo);
  if (!own) cache.set(repo, (own = nestedProjectConfig(repo, found)));
  return own;
}

/** The deepest folder holding a `.git` between the path (included) and the workspace folder (excluded). */
function nestedRepoOf(p: string, top: string): string | undefined {
  let known = repoOfPath.get(p);
  if (known === undefined) {
    known = '';
    for (let dir = p; dir !== top && dir.startsWith(top + path.sep); dir = path.dirname(dir))
      if (fs.existsSync(path.join(dir, '.git'))) {
        known = dir;
        break;
      }
    repoOfPath.set(p, known);
  }
  return known || undefined;
}

export function forgetProjectConfigs(): void {
  cache.clear();
  repoOfPath.clear();
}
