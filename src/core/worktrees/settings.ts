// Worktree settings with defaults; the plan's target-repo-config.yaml (RepoConfig) fills what the user did not set.
import type { Effort, Phase, RepoConfig } from '../model/model';
import type { SizeRules } from '../sizes/lineCounter';

export type CascadeStrategy = 'incremental' | 'progressive' | 'main';
export const CASCADE_STRATEGIES: readonly CascadeStrategy[] = ['incremental', 'progressive', 'main'];

export interface WorktreeSettings {
  /** How a base is chosen when the effort declares none: R308 incremental (default), R501 progressive, or main. */
  strategy: CascadeStrategy;
  /** Used when the effort declares no branch and the repo config has no `branch_naming.pattern`. */
  branchTemplate: string;
  /** Folder that holds effort worktrees; relative to the main worktree. `{repo}` = its folder name. */
  root: string;
  /** Folder of one worktree under root; default: the repo config's `effort_directory_pattern`, else `{branch_slug}`. */
  directoryTemplate?: string;
  /** Base of the first wave and of `main` strategy; default: repo config, then origin/HEAD, main, master. */
  defaultBranch?: string;
  /** Wave integration branch names tried, in order, after the repo config's `integration_pattern`. */
  waveIntegrationPatterns: string[];
  phaseIntegrationPatterns: string[];
  size?: Partial<SizeRules>;
}

export const DEFAULT_WORKTREE_SETTINGS: WorktreeSettings = {
  strategy: 'incremental',
  branchTemplate: 'waveplan/phase{phase}/wave{wave}/{slug}',
  root: '../{repo}-worktrees',
  waveIntegrationPatterns: [
    'phase{phase}/wave{wave}/integration',
    'phase{phase}/wave{wave}-integration',
    'phase{phase}-wave{wave}-integration',
    'phase-{phase}-wave-{wave}-integration',
  ],
  phaseIntegrationPatterns: ['phase{phase}/integration', 'phase{phase}-integration', 'phase-{phase}-integration'],
};

export function resolveSettings(partial: Partial<WorktreeSettings> = {}): WorktreeSettings {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_WORKTREE_SETTINGS, ...defined };
}

/** The part of a Project the worktree engine reads. */
export interface PlanView {
  efforts: Effort[];
  byId: Map<string, Effort>;
  phases: Phase[];
  repoConfig?: RepoConfig;
}
