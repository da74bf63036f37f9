// `waveplan.*` settings, read in one place with defaults that match package.json.
import * as vscode from 'vscode';
import { PLAN_GLOBS } from '../core/classify';
import { DEFAULT_LIMITS, type Limits } from '../core/model';

export type BaseStrategy = 'incremental' | 'progressive' | 'main';

export interface WaveplanSettings {
  planGlobs: string[];
  exclude: string[];
  limits: Limits;
  worktreeRoot: string;
  branchTemplate: string;
  baseStrategy: BaseStrategy;
  lineCounterExclude: string[];
  graphMaxEfforts: number;
  followCursor: boolean;
}

const STRATEGIES: readonly BaseStrategy[] = ['incremental', 'progressive', 'main'];

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
    worktreeRoot: c.get<string>('worktreeRoot', 'efforts').trim(),
    branchTemplate: c.get<string>('branchTemplate', '').trim(),
    baseStrategy: STRATEGIES.includes(strategy as BaseStrategy) ? (strategy as BaseStrategy) : 'incremental',
    lineCounterExclude: strings('lineCounter.exclude', []),
    graphMaxEfforts: num('graph.maxEfforts', 150),
    followCursor: c.get<boolean>('tree.followCursor', true),
  };
}

/** Settings whose change means the set of plan files must be found again. */
export const RESCAN_KEYS = ['waveplan.planGlobs', 'waveplan.exclude', 'waveplan.worktreeRoot'];
