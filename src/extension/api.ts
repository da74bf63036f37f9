// What activate() returns: the live objects behind the views, for integration tests and other extensions.
import type * as vscode from 'vscode';
import type { PlanDiagnostics } from './language/diagnostics';
import type { GitLog } from './git/gitLog';
import type { ActivityLog } from './util/activityLog';
import type { GitStatusService } from './git/gitStatus';
import type { PlanIndex } from './index/planIndex';
import type { PlanNode, PlanTreeProvider } from './tree/planTree';
import type { ChosenBases } from './worktrees/chosenBases';
import type { WorktreeStatusBar } from './git/statusBar';

export interface WaveplanApi {
  readonly index: PlanIndex;
  readonly tree: PlanTreeProvider;
  readonly treeView: vscode.TreeView<PlanNode>;
  readonly diagnostics: PlanDiagnostics;
  /** Branch/worktree state and measured sizes of every effort, from git. */
  readonly git: GitStatusService;
  /** The "Waveplan Git" output channel (every git argv). */
  readonly gitLog: GitLog;
  /** The "Waveplan" output channel (activation and scan timings). */
  readonly log: ActivityLog;
  readonly statusBar: WorktreeStatusBar;
  /** Bases chosen with "Choose Base…", per folder and effort (workspace state). */
  readonly bases: ChosenBases;
}
