// Plan ↔ git reconciliation: every planned effort's branch/worktree, and worktrees/branches no plan mentions.
import type { WorktreeEntry } from '../git/worktreeList';
import { compareEffortIds } from '../model/ids';
import { branchPatterns, parseSplit, planValueMissing } from './naming/naming';
import { Session, type WorktreeContext } from './session';

export interface EffortWorktreeState {
  effort: string;
  branch?: string;
  /** worktree: checked out somewhere; branch-only: branch but no worktree; missing: neither; naming-error: no usable name. */
  state: 'worktree' | 'branch-only' | 'missing' | 'naming-error';
  branchExists: boolean;
  /** The branch exists only on a remote (`origin/x`). */
  remoteBranch?: string;
  worktree?: string;
  locked?: boolean;
  prunable?: boolean;
  error?: string;
  /** naming-error because the plan gives no value the template needs: `phase`, `wave` or `effort number`. */
  unknown?: string;
}

export interface UnplannedItem {
  kind: 'worktree' | 'branch';
  branch?: string;
  worktree?: string;
  detached?: boolean;
}

export interface ListedWorktree extends WorktreeEntry {
  /** The planned effort checked out here (a split counts for its effort). */
  effort?: string;
}

export interface WorktreeListing {
  main: string;
  worktrees: ListedWorktree[];
  efforts: EffortWorktreeState[];
  unplanned: UnplannedItem[];
}

export async function listWorktrees(ctx: WorktreeContext): Promise<WorktreeListing> {
  const session = await Session.open(ctx);
  return listWith(session);
}

export function listWith(session: Session): WorktreeListing {
  const { snap } = session;
  const owner = new Map<string, string>();
  const efforts: EffortWorktreeState[] = [];
  for (const effort of [...session.plan.efforts].sort((a, b) => compareEffortIds(a.id, b.id))) {
    let branch: string;
    try {
      branch = session.branchOf(effort);
    } catch (err) {
      const state: EffortWorktreeState = { effort: effort.id, state: 'naming-error', branchExists: false };
      state.error = (err as Error).message;
      const unknown = planValueMissing(err);
      if (unknown) state.unknown = unknown;
      efforts.push(state);
      continue;
    }
    if (!owner.has(branch)) owner.set(branch, effort.id);
    const wt = snap.worktreeOf(branch);
    const local = snap.local.has(branch);
    const found = local ? undefined : snap.find(branch);
    const state: EffortWorktreeState = {
      effort: effort.id,
      branch,
      state: wt ? 'worktree' : local ? 'branch-only' : 'missing',
      branchExists: local,
    };
    if (found?.remote) state.remoteBranch = found.display;
    if (wt) {
      state.worktree = wt.path;
      if (wt.locked !== undefined) state.locked = true;
      if (wt.prunable !== undefined) state.prunable = true;
    }
    efforts.push(state);
  }
  const plannedBy = (branch: string | undefined): string | undefined => {
    if (!branch) return undefined;
    const split = parseSplit(branch);
    return owner.get(branch) ?? (split ? owner.get(split.stem) : undefined);
  };
  const byPath = [...snap.worktrees].sort((a, b) =>
    a.main !== b.main ? (a.main ? -1 : 1) : a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const worktrees: ListedWorktree[] = byPath.map((w) => {
    const effort = plannedBy(w.branch);
    return effort ? { ...w, effort } : { ...w };
  });
  const unplanned: UnplannedItem[] = [];
  const checkedOut = new Set<string>();
  for (const w of byPath) {
    if (w.branch) checkedOut.add(w.branch);
    if (w.main || w.bare || plannedBy(w.branch)) continue;
    unplanned.push(
      w.branch
        ? { kind: 'worktree', branch: w.branch, worktree: w.path }
        : { kind: 'worktree', worktree: w.path, detached: true },
    );
  }
  const patterns = branchPatterns(session.settings, session.plan.repoConfig);
  for (const branch of [...snap.local.keys()].sort()) {
    if (checkedOut.has(branch) || plannedBy(branch)) continue;
    if (patterns.some((re) => re.test(branch))) unplanned.push({ kind: 'branch', branch });
  }
  return { main: snap.mainPath, worktrees, efforts, unplanned };
}
