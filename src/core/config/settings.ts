// The settings that change results, resolved in one place: explicit overrides (VS Code settings a user set, CLI
// flags) > `.waveplan.json` > defaults. The editor and the CLI both call resolveProjectSettings.
import { PLAN_GLOBS } from '../files/classify';
import type { DiscoveryPolicy } from '../files/filter';
import { DEFAULT_LIMITS, type Limits } from '../model/model';
import { DEFAULT_EXCLUDE_GROUPS, type ExcludeGroup } from '../sizes/lineCounter';
import { DEFAULT_WORKTREE_SETTINGS, type CascadeStrategy, type WorktreeSettings } from '../worktrees/settings';
import type { ProjectConfig } from './schema';

export interface ProjectSettings extends DiscoveryPolicy {
  limits: Limits;
  branchTemplate: string;
  baseStrategy: CascadeStrategy;
  /** '' = the repo config's pattern, else `{branch_slug}`. */
  worktreeDirectory: string;
  /** '' = the repo config's default branch, else origin/HEAD, main, master. */
  defaultBranch: string;
  lineCounterExclude: string[];
  lineCounterInclude: string[];
  lineCounterGroups: ExcludeGroup[];
}

export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = {
  planGlobs: PLAN_GLOBS,
  exclude: [],
  worktreeRoot: DEFAULT_WORKTREE_SETTINGS.root,
  limits: DEFAULT_LIMITS,
  branchTemplate: DEFAULT_WORKTREE_SETTINGS.branchTemplate,
  baseStrategy: DEFAULT_WORKTREE_SETTINGS.strategy,
  worktreeDirectory: '',
  defaultBranch: '',
  lineCounterExclude: [],
  lineCounterInclude: [],
  lineCounterGroups: Object.keys(DEFAULT_EXCLUDE_GROUPS) as ExcludeGroup[],
};

/**
 * A user's plan globs add to the built-in ones (`exclude` takes files away): naming one extra state file must not make
 * every plan the built-in patterns find disappear.
 */
export function withBuiltInGlobs(own: readonly string[]): string[] {
  return [...new Set([...PLAN_GLOBS, ...own])];
}

/** `.waveplan.json` in ProjectSettings terms (only what it sets). */
export function fromProjectConfig(c: ProjectConfig): Partial<ProjectSettings> {
  const out: Partial<ProjectSettings> = {};
  if (c.limits) out.limits = { ...DEFAULT_LIMITS, ...c.limits };
  if (c.planGlobs) out.planGlobs = withBuiltInGlobs(c.planGlobs);
  if (c.exclude) out.exclude = c.exclude;
  if (c.worktreeRoot) out.worktreeRoot = c.worktreeRoot;
  if (c.branchTemplate) out.branchTemplate = c.branchTemplate;
  if (c.baseStrategy) out.baseStrategy = c.baseStrategy;
  if (c.worktreeDirectory !== undefined) out.worktreeDirectory = c.worktreeDirectory;
  if (c.defaultBranch !== undefined) out.defaultBranch = c.defaultBranch;
  if (c.lineCounter?.exclude) out.lineCounterExclude = c.lineCounter.exclude;
  if (c.lineCounter?.include) out.lineCounterInclude = c.lineCounter.include;
  if (c.lineCounter?.excludeGroups) out.lineCounterGroups = c.lineCounter.excludeGroups;
  return out;
}

/** Explicit values that beat the project file; limits one by one. */
export type SettingsOverrides = Omit<Partial<ProjectSettings>, 'limits'> & { limits?: Partial<Limits> };

/** Overrides > project file > defaults, key by key (limits hard and soft each on their own). */
export function resolveProjectSettings(
  config: ProjectConfig | undefined,
  overrides: SettingsOverrides = {},
): ProjectSettings {
  const file = config ? fromProjectConfig(config) : {};
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as SettingsOverrides;
  const limits = { ...DEFAULT_LIMITS, ...file.limits, ...defined.limits };
  const chosen = defined.planGlobs ?? file.planGlobs;
  const planGlobs = chosen ? withBuiltInGlobs(chosen) : PLAN_GLOBS;
  return { ...DEFAULT_PROJECT_SETTINGS, ...file, ...defined, limits, planGlobs };
}

/** The worktree engine's settings from the project's (blank values fall back to the repo config there). */
export function worktreeSettingsOf(s: ProjectSettings): Partial<WorktreeSettings> {
  return {
    strategy: s.baseStrategy,
    branchTemplate: s.branchTemplate || undefined,
    root: s.worktreeRoot || undefined,
    directoryTemplate: s.worktreeDirectory || undefined,
    defaultBranch: s.defaultBranch || undefined,
    size: { exclude: s.lineCounterExclude, include: s.lineCounterInclude, groups: s.lineCounterGroups },
  };
}
