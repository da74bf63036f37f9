// `waveplan.*` settings, read in one place: a VS Code setting the user set explicitly beats the project file
// (`.waveplan.json`, shared with the CLI), which beats the defaults (core/config/settings).
import * as vscode from 'vscode';
import { EDITOR_DEFAULTS } from '../core/config/editorDefaults';
import { resolveProjectSettings, type ProjectSettings, type SettingsOverrides } from '../core/config/settings';
import { DEFAULT_EXCLUDE_GROUPS, type ExcludeGroup } from '../core/sizes/lineCounter';
import { CASCADE_STRATEGIES, type CascadeStrategy } from '../core/worktrees/settings';
import { projectConfigFor } from './projectConfig';

export interface WaveplanSettings extends ProjectSettings {
  /** Show branch/worktree state and measured sizes from git (runs git in trusted workspaces only). */
  gitStatus: boolean;
  graphMaxEfforts: number;
  followCursor: boolean;
}

const GROUPS: readonly string[] = Object.keys(DEFAULT_EXCLUDE_GROUPS);

export function readSettings(scope?: vscode.ConfigurationScope): WaveplanSettings {
  const c = vscode.workspace.getConfiguration('waveplan', scope);
  /** Only values a user wrote (user, workspace or folder settings); defaults come from the project file or core. */
  const explicit = (key: string): unknown => {
    const i = c.inspect<unknown>(key);
    return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
  };
  const strings = (key: string): string[] | undefined => {
    const v = explicit(key);
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : undefined;
  };
  const text = (key: string): string | undefined => {
    const v = explicit(key);
    return typeof v === 'string' ? v.trim() : undefined;
  };
  const positive = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
  const strategy = text('baseStrategy');
  const overrides: SettingsOverrides = {
    planGlobs: strings('planGlobs'),
    exclude: strings('exclude'),
    limits: { hard: positive(explicit('limits.hard')), soft: positive(explicit('limits.soft')) },
    worktreeRoot: text('worktreeRoot') || undefined,
    branchTemplate: text('branchTemplate') || undefined,
    baseStrategy: CASCADE_STRATEGIES.includes(strategy as CascadeStrategy) ? (strategy as CascadeStrategy) : undefined,
    lineCounterExclude: strings('lineCounter.exclude'),
    lineCounterInclude: strings('lineCounter.include'),
    lineCounterGroups: strings('lineCounter.excludeGroups')?.filter((g): g is ExcludeGroup => GROUPS.includes(g)),
    worktreeDirectory: text('worktreeDirectory'),
    defaultBranch: text('defaultBranch'),
  };
  overrides.limits = Object.fromEntries(Object.entries(overrides.limits ?? {}).filter(([, v]) => v !== undefined));
  return {
    ...resolveProjectSettings(projectConfigFor(scope).config, overrides),
    gitStatus: c.get<boolean>('git.status', EDITOR_DEFAULTS['git.status']) !== false,
    graphMaxEfforts: positive(c.get<unknown>('graph.maxEfforts')) ?? EDITOR_DEFAULTS['graph.maxEfforts'],
    followCursor: c.get<boolean>('tree.followCursor', EDITOR_DEFAULTS['tree.followCursor']),
  };
}

/** Settings whose change means the set of plan files must be found again. */
export const RESCAN_KEYS = ['waveplan.planGlobs', 'waveplan.exclude', 'waveplan.worktreeRoot'];

/** Settings whose change means git status (names, bases, sizes) must be computed again. */
export const GIT_STATUS_KEYS = [
  'waveplan.worktreeRoot',
  'waveplan.worktreeDirectory',
  'waveplan.branchTemplate',
  'waveplan.baseStrategy',
  'waveplan.defaultBranch',
  'waveplan.lineCounter',
  'waveplan.limits',
  'waveplan.git',
];
