// What activate() returns: the live objects behind the views, for integration tests and other extensions.
import type * as vscode from 'vscode';
import type { PlanDiagnostics } from './diagnostics';
import type { PlanIndex } from './planIndex';
import type { PlanNode, PlanTreeProvider } from './planTree';

export interface WaveplanApi {
  readonly index: PlanIndex;
  readonly tree: PlanTreeProvider;
  readonly treeView: vscode.TreeView<PlanNode>;
  readonly diagnostics: PlanDiagnostics;
}
