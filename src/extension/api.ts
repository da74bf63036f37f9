// What activate() returns: the live objects behind the views, for integration tests and other extensions.
import type * as vscode from 'vscode';
import type { PlanDiagnostics } from './diagnostics';
import type { GitLog } from './gitLog';
import type { GitStatusService } from './gitStatus';
import type { PlanIndex } from './planIndex';
import type { PlanNode, PlanTreeProvider } from './planTree';
import type { WorktreeStatusBar } from './statusBar';

export interface WaveplanApi {
  readonly index: PlanIndex;
  readonly tree: PlanTreeProvider;
  readonly treeView: vscode.TreeView<PlanNode>;
  readonly diagnostics: PlanDiagnostics;
  /** Branch/worktree state and measured sizes of every effort, from git. */
  readonly git: GitStatusService;
  /** The "Waveplan Git" output channel (every git argv). */
  readonly gitLog: GitLog;
  readonly statusBar: WorktreeStatusBar;
}
