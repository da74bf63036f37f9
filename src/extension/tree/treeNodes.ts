// The tree's nodes and a snapshot of them: what the provider builds and what a refresh compares.
import type * as vscode from 'vscode';
import type { Effort, Limits, Project, Wave } from '../../core/model/model';
import type { UnplannedItem } from '../../core/worktrees/list';
import type { UnphasedPlan, UnphasedWave } from '../../core/views/unphasedPlans';

interface NodeBase {
  /** Stable across refreshes, so expansion, selection and `reveal` survive edits. */
  id: string;
  folderUri: string;
}
export type PlanNode =
  | (NodeBase & { kind: 'folder'; folder: vscode.WorkspaceFolder })
  | (NodeBase & { kind: 'phase'; phase: number; name?: string; waves: Wave[] })
  | (NodeBase & { kind: 'wave'; wave: Wave; current: boolean })
  /** A plan that numbers its waves but names no phase, and its waves (see unphasedPlans). */
  | (NodeBase & { kind: 'unphasedPlan'; plan: UnphasedPlan })
  | (NodeBase & { kind: 'unphasedWave'; wave: UnphasedWave })
  | (NodeBase & { kind: 'loose'; efforts: string[] })
  /** Plan-only efforts (coordination documents): kept apart from the work. */
  | (NodeBase & { kind: 'coordination'; efforts: string[] })
  | (NodeBase & { kind: 'effort'; effortId: string; effort: Effort; expectBranch: boolean })
  /** Worktrees and branches that look like effort branches but belong to no planned effort (from git). */
  | (NodeBase & { kind: 'unplanned'; items: UnplannedItem[] })
  | (NodeBase & { kind: 'unplannedItem'; item: UnplannedItem });

export interface Snapshot {
  roots: PlanNode[];
  nodes: Map<string, PlanNode>;
  /** What each grouping row showed when the snapshot was built (see lookOf). */
  looks: Map<string, string>;
  limits: Map<string, Limits>;
  children: Map<string, PlanNode[]>;
  parents: Map<string, PlanNode>;
  projects: Map<string, Project>;
}
