// The project file (`.waveplan.json`) of each workspace folder, read once and forgotten when it changes.
import * as vscode from 'vscode';
import { loadProjectConfig, type ProjectConfigResult } from '../core/config/read';

const EMPTY: ProjectConfigResult = Object.freeze({ config: {}, diagnostics: [] });
const cache = new Map<string, ProjectConfigResult>();

function folderOf(scope: vscode.ConfigurationScope | undefined): vscode.WorkspaceFolder | undefined {
  if (!scope) return vscode.workspace.workspaceFolders?.[0];
  const uri = scope instanceof vscode.Uri ? scope : (scope as { uri?: unknown }).uri;
  return uri instanceof vscode.Uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
}

/** The project file that applies to a scope (a folder, a document or its URI); folders not on disk have none. */
export function projectConfigFor(scope?: vscode.ConfigurationScope): ProjectConfigResult {
  const folder = folderOf(scope);
  if (!folder || folder.uri.scheme !== 'file') return EMPTY;
  const key = folder.uri.toString();
  let found = cache.get(key);
  if (!found) cache.set(key, (found = loadProjectConfig(folder.uri.fsPath)));
  return found;
}

export function forgetProjectConfigs(): void {
  cache.clear();
}
