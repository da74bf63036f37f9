// Git status of many efforts in few git calls: one worktree list + one for-each-ref for all, then per-commit caches.
import type { Effort } from '../model/model';
import { parseEffortId } from '../model/ids';
import { defaultBranchRef, waveIntegrationBranch } from './naming/bases';
import type { FoundRef } from './snapshot';
import { Session, mapLimit, toOpError, type WorktreeContext } from './session';

export interface EffortGitStatus {
  effort: string;
  branch?: string;
  branchExists: boolean;
  sha?: string;
  worktree?: string;
  /** Uncommitted or untracked changes in the worktree (only when it has one and dirty checks are on). */
  dirty?: boolean;
  base?: string;
  baseError?: string;
  /** Commits on the branch that are not on its base. */
  ahead?: number;
  /** The tip is contained in its base, its wave's integration branch or the default branch. */
  merged?: boolean;
  mergedInto?: string;
  error?: string;
}

/** Answers keyed by commit ids, so they stay valid until a branch or base moves. Keep one per repository. */
export class StatusCache {
  readonly ahead = new Map<string, number>();
  readonly merged = new Map<string, boolean>();
  get size(): number {
    return this.ahead.size + this.merged.size;
  }
}

export interface StatusOptions {
  cache?: StatusCache;
  /** Run `git status` in each worktree (one call per worktree). Default true. */
  dirty?: boolean;
}

export async function statusOf(
  efforts: Effort[],
  ctx: WorktreeContext,
  options: StatusOptions = {},
): Promise<EffortGitStatus[]> {
  const session = await Session.open(ctx);
  return statusWith(session, efforts, options);
}

export async function statusWith(
  session: Session,
  efforts: Effort[],
  options: StatusOptions = {},
): Promise<EffortGitStatus[]> {
  const cache = options.cache ?? new StatusCache();
  return mapLimit(efforts, 4, async (effort): Promise<EffortGitStatus> => {
    const status: EffortGitStatus = { effort: effort.id, branchExists: false };
    try {
      const branch = session.branchOf(effort);
      status.branch = branch;
      const sha = session.snap.local.get(branch);
      const wt = session.snap.worktreeOf(branch);
      if (wt) status.worktree = wt.path;
      if (!sha) return status;
      status.branchExists = true;
      status.sha = sha;
      const dirtyCheck =
        wt && options.dirty !== false && wt.prunable === undefined ? session.git.isDirty(wt.path) : undefined;
      // Started early to overlap with the other calls; marked handled so a failure before the await below is not an
      // unhandled rejection (the await still throws into the catch that records status.error).
      dirtyCheck?.catch(() => undefined);
      try {
        const base = await session.baseOf(effort, branch);
        status.base = base.display;
        const key = `${base.sha}..${sha}`;
        let ahead = cache.ahead.get(key);
        if (ahead === undefined) {
          ahead = base.sha === sha ? 0 : await session.git.countAhead(base.sha, sha);
          cache.ahead.set(key, ahead);
        }
        status.ahead = ahead;
      } catch (err) {
        status.baseError = toOpError(err).message;
      }
      const merged = await mergedWhere(session, effort, branch, sha, cache);
      // A branch that points where a base points and has no commits of its own (just created) is not "merged".
      const empty = merged?.sha === sha && !status.ahead;
      status.merged = !!merged && !empty;
      if (merged && !empty) status.mergedInto = merged.display;
      if (dirtyCheck) status.dirty = await dirtyCheck;
    } catch (err) {
      status.error = toOpError(err).message;
    }
    return status;
  });
}

/** Where the branch tip is already contained, trying its base, its wave's integration branch, then the default branch. */
export async function mergedWhere(
  session: Session,
  effort: Effort,
  branch: string,
  sha: string,
  cache?: StatusCache,
): Promise<FoundRef | undefined> {
  for (const target of await mergeTargets(session, effort, branch)) {
    if (target.sha === sha) return target;
    const key = `${sha}@${target.sha}`;
    let merged = cache?.merged.get(key);
    if (merged === undefined) {
      merged = (await session.mergedInto(target.sha)).has(branch);
      cache?.merged.set(key, merged);
    }
    if (merged) return target;
  }
  return undefined;
}

async function mergeTargets(session: Session, effort: Effort, branch: string): Promise<FoundRef[]> {
  const targets: FoundRef[] = [];
  const base = await session.baseOf(effort, branch).catch(() => undefined);
  if (base) targets.push(base);
  const id = parseEffortId(effort.id);
  const phase = effort.phase ?? id?.phase;
  const wave = effort.wave ?? id?.wave;
  if (phase !== undefined && wave !== undefined) {
    const own = waveIntegrationBranch(phase, wave, session.baseContext);
    if (own) targets.push(own);
  }
  const main = defaultBranchRef(session.baseContext);
  if (main) targets.push(main);
  return targets.filter((t, i) => targets.findIndex((o) => o.ref === t.ref) === i && t.display !== branch);
}
