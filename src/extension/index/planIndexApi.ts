// What feature adapters (tree, diagnostics, graph…) need from the workspace plan index, so they can be built apart.
import type * as vscode from 'vscode';
import type { Effort, Project } from '../../core/model/model';

/** One workspace folder's plan: each folder is its own project (own effort ids, repo config and git repo). */
export interface FolderProject {
  readonly folder: vscode.WorkspaceFolder;
  readonly project: Project;
}

export interface PlanIndexView {
  /** Fires after the model changed (debounced; stale results dropped). */
  readonly onDidChange: vscode.Event<Project>;
  /** The current merged, checked model (may be empty before the first scan). */
  project(): Project;
  /** Resolves when the first scan of the workspace is done. */
  ready(): Promise<void>;
  /** The effort whose declaration or metadata covers this position, if any. */
  effortAt(uri: vscode.Uri, position: vscode.Position): Effort | undefined;
  /** Every workspace folder's project (multi-root: one project per folder). `project()` is the active one. */
  projects(): readonly FolderProject[];
  /** A plan document's project (its folder: the nested repository's own) and engine key, when the index reads it. */
  locate(uri: vscode.Uri): { project: Project; file: string; folder: vscode.WorkspaceFolder } | undefined;
  /** The document a model file name (Span.file, Effort.source.file) stands for. */
  uriOf(file: string): vscode.Uri;
}
