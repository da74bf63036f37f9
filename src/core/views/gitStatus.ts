// One folder's git facts for the editor, combined from the core's listing, status and sizes. No editor API here.
import * as path from 'path';
import type { Effort, Project } from '../model/model';
import type { EffortGitStatus } from '../worktrees/status';
import type { EffortSize, SizeLevel } from '../sizes/size';
import type { UnplannedItem, WorktreeListing } from '../worktrees/list';

/** What the tree, status bar and CodeLens show about one effort. */
export interface EffortGitView {
  branch?: string;
  /** worktree: checked out in a worktree; branch-only; missing: no local branch; naming-error: no usable name. */
  state: 'worktree' | 'branch-only' | 'missing' | 'naming-error';
  worktree?: string;
  remoteBranch?: string;
  locked?: boolean;
  /** The worktree is registered but its folder is gone (prune cleans it up). */
  prunable?: boolean;
  dirty?: boolean;
  base?: string;
  ahead?: number;
  merged?: boolean;
  mergedInto?: string;
  /** Lines counted on the branch (the largest split when the effort was split). */
  measured?: number;
  level?: SizeLevel;
  error?: string;
  /** No branch name because the plan gives no value the template needs (`phase`): nothing is wrong, it is unknown. */
  unknown?: string;
}

export interface FolderGitStatus {
  /** The main worktree of the folder's repository. */
  main: string;
  efforts: Map<string, EffortGitView>;
  unplanned: UnplannedItem[];
  /** Worktree folders of planned efforts (for "which effort is this file in"). */
  worktrees: Array<{ path: string; effort: string }>;
  /** Every linked worktree folder of the repository (planned or not): never read as plans. */
  linked: string[];
  /** Measured lines by effort id, as the engine's `effort-measured-oversized` check wants them. */
  measured: Map<string, number>;
  /** Some planned effort has a branch: from then on efforts without one are marked. */
  started: boolean;
}

/** Lines to report for an effort: the largest split when it was split (each split is measured on its own), else its branch. */
export function measuredOf(size: EffortSize | undefined): { lines: number; level?: SizeLevel } | undefined {
  if (!size) return undefined;
  const splits = size.splits.filter((s) => s.measured !== undefined);
  if (splits.length) {
    const top = splits.reduce((a, b) => (b.measured! > a.measured! ? b : a));
    return { lines: top.measured!, level: size.worst };
  }
  return size.measured === undefined ? undefined : { lines: size.measured, level: size.level };
}

/** True when `child` is `parent` or inside it (both absolute). */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Unplanned items worth showing: branches the core already filtered by naming pattern, and worktrees whose branch
 * matches a pattern or whose folder lies in the worktree root (other worktrees are the user's own business).
 */
export function relevantUnplanned(
  items: readonly UnplannedItem[],
  patterns: readonly RegExp[],
  root: string | undefined,
): UnplannedItem[] {
  return items.filter((u) => {
    if (u.kind === 'branch') return true;
    if (u.branch && patterns.some((re) => re.test(u.branch!))) return true;
    return !!(root && u.worktree && isInside(u.worktree, root) && u.worktree !== root);
  });
}

export function combineStatus(
  listing: WorktreeListing,
  statuses: readonly EffortGitStatus[],
  sizes: readonly EffortSize[],
  unplanned: UnplannedItem[] = listing.unplanned,
): FolderGitStatus {
  const byStatus = new Map(statuses.map((s) => [s.effort, s]));
  const bySize = new Map(sizes.map((s) => [s.effort, s]));
  const efforts = new Map<string, EffortGitView>();
  const worktrees: FolderGitStatus['worktrees'] = [];
  const measured = new Map<string, number>();
  let started = false;
  for (const e of listing.efforts) {
    const view: EffortGitView = { state: e.state, branch: e.branch };
    if (e.worktree) {
      view.worktree = e.worktree;
      worktrees.push({ path: e.worktree, effort: e.effort });
    }
    if (e.remoteBranch) view.remoteBranch = e.remoteBranch;
    if (e.locked) view.locked = true;
    if (e.prunable) view.prunable = true;
    if (e.error) view.error = e.error;
    if (e.unknown) view.unknown = e.unknown;
    if (e.state === 'worktree' || e.state === 'branch-only') started = true;
    const s = byStatus.get(e.effort);
    if (s) {
      if (s.dirty !== undefined) view.dirty = s.dirty;
      if (s.base) view.base = s.base;
      if (s.ahead !== undefined) view.ahead = s.ahead;
      if (s.merged !== undefined) view.merged = s.merged;
      if (s.mergedInto) view.mergedInto = s.mergedInto;
      if (s.error && !view.error) view.error = s.error;
    }
    const m = measuredOf(bySize.get(e.effort));
    if (m) {
      view.measured = m.lines;
      if (m.level) view.level = m.level;
      measured.set(e.effort, m.lines);
    }
    efforts.set(e.effort, view);
  }
  const linked = listing.worktrees.filter((w) => !w.main && !w.bare).map((w) => w.path);
  return { main: listing.main, efforts, unplanned, worktrees, linked, measured, started };
}

/**
 * What of a plan decides its git status: ids, names (slugs), branches, bases, places, the repo config and the waves.
 * Text edits elsewhere (descriptions, estimates) leave it unchanged, so typing never runs git.
 */
export function gitPlanKey(project: Pick<Project, 'efforts' | 'phases' | 'repoConfig'>): string {
  const parts: string[] = [];
  for (const e of project.efforts) parts.push(effortKey(e));
  for (const p of project.phases) for (const w of p.waves) parts.push(`w${w.phase}.${w.wave}`);
  // Without spans and file: moving lines around in target-repo-config.yaml changes no name.
  const { spans: _spans, file: _file, ...config } = project.repoConfig ?? { file: '' };
  parts.push(JSON.stringify(config));
  return parts.join('\u0002');
}

function effortKey(e: Effort): string {
  return [e.id, e.name ?? '', e.branch ?? '', e.baseBranch ?? '', e.phase ?? '', e.wave ?? '', e.directory ?? ''].join(
    '\u0001',
  );
}

export function sameMeasured(
  a: ReadonlyMap<string, number> | undefined,
  b: ReadonlyMap<string, number> | undefined,
): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
