// `waveplan.*` settings, read in one place with defaults that match package.json.
import * as vscode from 'vscode';
import { PLAN_GLOBS } from '../core/files/classify';
import { DEFAULT_LIMITS, type Limits } from '../core/model/model';
import { DEFAULT_EXCLUDE_GROUPS, type ExcludeGroup } from '../core/sizes/lineCounter';

export type BaseStrategy = 'incremental' | 'progressive' | 'main';

export interface WaveplanSettings {
  planGlobs: string[];
  exclude: string[];
  limits: Limits;
  worktreeRoot: string;
  branchTemplate: string;
  baseStrategy: BaseStrategy;
  lineCounterExclude: string[];
  lineCounterInclude: string[];
  /** Default exclusion groups that apply (all unless the user removed some, e.g. to count tests). */
  lineCounterGroups: ExcludeGroup[];
  /** Folder of one worktree under the root; '' = the repo config's pattern, else `{branch_slug}`. */
  worktreeDirectory: string;
  /** '' = the repo config's default branch, else origin/HEAD, main, master. */
  defaultBranch: string;
  /** Show branch/worktree state and measured sizes from git (runs git in trusted workspaces only). */
  gitStatus: boolean;
  graphMaxEfforts: number;
  followCursor: boolean;
}

const STRATEGIES: readonly BaseStrategy[] = ['incremental', 'progressive', 'main'];
const GROUPS = Object.keys(DEFAULT_EXCLUDE_GROUPS);

export function readSettings(scope?: vscode.ConfigurationScope): WaveplanSettings {
  const c = vscode.workspace.getConfiguration('waveplan', scope);
  const strings = (key: string, fallback: string[]) => {
    const v = c.get<unknown>(key);
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : fallback;
  };
  const num = (key: string, fallback: number) => {
    const v = c.get<unknown>(key);
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const strategy = c.get<string>('baseStrategy', 'incremental');
  return {
    planGlobs: strings('planGlobs', PLAN_GLOBS),
    exclude: strings('exclude', []),
    limits: { hard: num('limits.hard', DEFAULT_LIMITS.hard), soft: num('limits.soft', DEFAULT_LIMITS.soft) },
    worktreeRoot: c.get<string>('worktreeRoot', '../{repo}-worktrees').trim(),
    branchTemplate: c.get<string>('branchTemplate', '').trim(),
    baseStrategy: STRATEGIES.includes(strategy as BaseStrategy) ? (strategy as BaseStrategy) : 'incremental',
    lineCounterExclude: strings('lineCounter.exclude', []),
    lineCounterInclude: strings('lineCounter.include', []),
    lineCounterGroups: strings('lineCounter.excludeGroups', GROUPS).filter((g): g is ExcludeGroup => GROUPS.includes(g)),
    worktreeDirectory: c.get<string>('worktreeDirectory', '').trim(),
    defaultBranch: c.get<string>('defaultBranch', '').trim(),
    gitStatus: c.get<boolean>('git.status', true) !== false,
    graphMaxEfforts: num('graph.maxEfforts', 150),
    followCursor: c.get<boolean>('tree.followCursor', true),
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
