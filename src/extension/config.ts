// `waveplan.*` settings, read in one place: a VS Code setting the user set explicitly beats the project file
// (`.waveplan.json`, shared with the CLI), which beats the defaults (core/config/settings).
import * as vscode from 'vscode';
import { EDITOR_DEFAULTS } from '../core/config/editorDefaults';
import { settingsOverridesOf } from '../core/config/overrides';
import { resolveProjectSettings, type ProjectSettings } from '../core/config/settings';
import { projectConfigFor } from './projectConfig';

export interface WaveplanSettings extends ProjectSettings {
  /** Show branch/worktree state and measured sizes from git (runs git in trusted workspaces only). */
  gitStatus: boolean;
  graphMaxEfforts: number;
  followCursor: boolean;
}

export function readSettings(scope?: vscode.ConfigurationScope): WaveplanSettings {
  const c = vscode.workspace.getConfiguration('waveplan', scope);
  /** Only values a user wrote (user, workspace or folder settings); defaults come from the project file or core. */
  const explicit = (key: string): unknown => {
    const i = c.inspect<unknown>(key);
    return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
  };
  const overrides = settingsOverridesOf(explicit);
  return {
    ...resolveProjectSettings(projectConfigFor(scope).config, overrides),
    gitStatus: c.get<boolean>('git.status', EDITOR_DEFAULTS['git.status']) !== false,
    graphMaxEfforts: positiveNumber(c.get<unknown>('graph.maxEfforts')) ?? EDITOR_DEFAULTS['graph.maxEfforts'],
    followCursor: c.get<boolean>('tree.followCursor', EDITOR_DEFAULTS['tree.followCursor']),
  };
}

function positiveNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
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
