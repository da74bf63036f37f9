// `waveplan.*` settings a user set explicitly → SettingsOverrides, read alike by the editor (VS Code's configuration
// API) and the CLI (the folder's `.vscode/settings.json`): the same keys, the same checks, the same blanks ignored.
import { DEFAULT_EXCLUDE_GROUPS, type ExcludeGroup } from '../sizes/lineCounter';
import { CASCADE_STRATEGIES, type CascadeStrategy } from '../worktrees/settings';
import type { SettingsOverrides } from './settings';

const GROUPS: readonly string[] = Object.keys(DEFAULT_EXCLUDE_GROUPS);

/** The `waveplan.*` settings (without the prefix) that change results, as the editor and the CLI read them. */
const RESULT_SETTING_KEYS = [
  'planGlobs',
  'exclude',
  'limits.hard',
  'limits.soft',
  'worktreeRoot',
  'branchTemplate',
  'baseStrategy',
  'lineCounter.exclude',
  'lineCounter.include',
  'lineCounter.excludeGroups',
  'worktreeDirectory',
  'defaultBranch',
] as const;

/** `explicit(key)`: the value a user wrote for `waveplan.<key>`, undefined when none (defaults are not values). */
export function settingsOverridesOf(
  explicit: (key: (typeof RESULT_SETTING_KEYS)[number]) => unknown,
): SettingsOverrides {
  const strings = (key: (typeof RESULT_SETTING_KEYS)[number]): string[] | undefined => {
    const v = explicit(key);
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : undefined;
  };
  const text = (key: (typeof RESULT_SETTING_KEYS)[number]): string | undefined => {
    const v = explicit(key);
    return typeof v === 'string' ? v.trim() : undefined;
  };
  const positive = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
  const strategy = text('baseStrategy');
  const limits: { hard?: number; soft?: number } = {};
  const hard = positive(explicit('limits.hard'));
  const soft = positive(explicit('limits.soft'));
  if (hard !== undefined) limits.hard = hard;
  if (soft !== undefined) limits.soft = soft;
  return {
    planGlobs: strings('planGlobs'),
    exclude: strings('exclude'),
    limits,
    worktreeRoot: text('worktreeRoot') || undefined,
    branchTemplate: text('branchTemplate') || undefined,
    baseStrategy: CASCADE_STRATEGIES.includes(strategy as CascadeStrategy) ? (strategy as CascadeStrategy) : undefined,
    lineCounterExclude: strings('lineCounter.exclude'),
    lineCounterInclude: strings('lineCounter.include'),
    lineCounterGroups: strings('lineCounter.excludeGroups')?.filter((g): g is ExcludeGroup => GROUPS.includes(g)),
    worktreeDirectory: text('worktreeDirectory'),
    defaultBranch: text('defaultBranch'),
  };
}

/** `higher` over `lower`, key by key: a value `higher` leaves undefined is `lower`'s (limits hard and soft apart). */
export function layerOverrides(lower: SettingsOverrides, higher: SettingsOverrides): SettingsOverrides {
  const defined = Object.fromEntries(Object.entries(higher).filter(([, v]) => v !== undefined)) as SettingsOverrides;
  return { ...lower, ...defined, limits: { ...lower.limits, ...higher.limits } };
}
