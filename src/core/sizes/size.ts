// Measured size: insertions of `git diff --numstat BASE...BRANCH` under the line-counter rules; splits vs the previous split.
import { DEFAULT_LIMITS, type Effort, type Limits } from '../model/model';
import type { NumstatEntry } from '../git/numstat';
import { LineCounter, type CountedFile, type SizeRules } from './lineCounter';
import { parseSplit, splitBranch } from '../worktrees/naming/naming';
import type { FoundRef } from '../worktrees/snapshot';
import { Session, mapLimit, toOpError, type OpError, type WorktreeContext } from '../worktrees/session';

export type SizeLevel = 'ok' | 'soft' | 'hard';

export interface BranchSize {
  branch: string;
  base?: string;
  baseReason?: string;
  measured?: number;
  level?: SizeLevel;
  files?: CountedFile[];
  error?: OpError;
}

export interface EffortSize extends BranchSize {
  effort: string;
  branchExists: boolean;
  /** `x-split-001`, `x-split-002`…: each measured against the previous split (the first against the effort's base). */
  splits: BranchSize[];
  /** The worst level of the branch and its splits. */
  worst?: SizeLevel;
}

/** Raw numstat per (base commit, branch commit): valid until either moves. */
export class SizeCache {
  readonly numstat = new Map<string, Promise<NumstatEntry[]>>();
}

export interface SizeOptions {
  rules?: Partial<SizeRules>;
  limits?: Partial<Limits>;
  cache?: SizeCache;
  /** Parallel `git diff` processes. Default 4. */
  concurrency?: number;
}

export async function measureSizes(
  efforts: Effort[],
  ctx: WorktreeContext,
  options: SizeOptions = {},
): Promise<EffortSize[]> {
  const session = await Session.open(ctx);
  return measureWith(session, efforts, options);
}

export function levelOf(lines: number, limits: Limits): SizeLevel {
  return lines > limits.hard ? 'hard' : lines > limits.soft ? 'soft' : 'ok';
}

const RANK: Record<SizeLevel, number> = { ok: 0, soft: 1, hard: 2 };

export async function measureWith(
  session: Session,
  efforts: Effort[],
  options: SizeOptions = {},
): Promise<EffortSize[]> {
  const counter = new LineCounter({ ...session.settings.size, ...options.rules });
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const cache = options.cache ?? new SizeCache();
  const measure = async (branch: string, sha: string, base: BaseRef): Promise<BranchSize> => {
    const { insertions, files } = counter.classify(await numstatOf(session, cache, base.sha, sha));
    return {
      branch,
      base: base.display,
      baseReason: base.reason,
      measured: insertions,
      level: levelOf(insertions, limits),
      files,
    };
  };

  // Plan the work first: every (base, tip) pair, so the diffs can be fetched together.
  type Job = { target: BranchSize; tip: string; base: () => Promise<BaseRef> };
  const jobs: Job[] = [];
  const splits = splitIndex(session);
  const results: EffortSize[] = [];
  for (const effort of efforts) {
    const result: EffortSize = { effort: effort.id, branch: '', branchExists: false, splits: [] };
    results.push(result);
    let branch: string;
    try {
      branch = session.branchOf(effort);
    } catch (err) {
      result.error = toOpError(err);
      continue;
    }
    result.branch = branch;
    const sha = session.snap.local.get(branch);
    result.branchExists = !!sha;
    const effortBase = session.baseOf(effort, branch);
    effortBase.catch(() => undefined);
    if (sha) jobs.push({ target: result, tip: sha, base: () => effortBase });
    for (const split of splits.get(branch) ?? []) {
      const target: BranchSize = { branch: split.branch };
      result.splits.push(target);
      const previousName = splitBranch(split.name, split.number - 1);
      const previous = split.number > 1 ? session.snap.find(previousName) : undefined;
      const base = async (): Promise<BaseRef> => {
        if (split.number === 1) return effortBase;
        if (!previous) throw new Error(`${split.branch}: the previous split ${previousName} does not exist`);
        return { ...previous, reason: 'the previous split' };
      };
      jobs.push({ target, tip: split.sha, base });
    }
    if (!sha && !result.splits.length)
      result.error = {
        code: 'invalid-ref',
        message: `${effort.id}: branch ${branch} does not exist, nothing to measure`,
      };
  }
  const bases = await Promise.all(jobs.map((j) => j.base().catch((err: unknown) => err as Error)));
  await prefetchNumstat(
    session,
    cache,
    jobs.flatMap((j, i) => (bases[i] instanceof Error ? [] : [{ base: (bases[i] as BaseRef).sha, tip: j.tip }])),
  );
  await mapLimit(jobs, options.concurrency ?? 4, async (job, i) => {
    try {
      const base = bases[i];
      if (base instanceof Error) throw base;
      Object.assign(job.target, await measure(job.target.branch, job.tip, base));
    } catch (err) {
      job.target.error = toOpError(err);
    }
  });
  for (const r of results) {
    const levels = [r.level, ...r.splits.map((s) => s.level)].filter((l): l is SizeLevel => !!l);
    if (levels.length) r.worst = levels.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
  }
  return results;
}

type BaseRef = FoundRef & { reason?: string };

const pairKey = (base: string, tip: string) => `${base}...${tip}`;

/** The numstat of base...tip: from the cache, else one `git diff` (kept in the cache until a commit moves). */
function numstatOf(session: Session, cache: SizeCache, base: string, tip: string): Promise<NumstatEntry[]> {
  const key = pairKey(base, tip);
  let entries = cache.numstat.get(key);
  if (!entries) {
    entries = session.git.numstat(base, tip);
    cache.numstat.set(key, entries);
    entries.catch(() => cache.numstat.delete(key));
  }
  return entries;
}

/**
 * Fills the cache for many pairs in ~2 processes instead of one per pair: one `for-each-ref --contains` per distinct
 * base finds the tips that base is an ancestor of (their three-dot diff is a plain tree diff), and one
 * `git diff-tree --stdin` diffs them all. Other pairs are left to numstatOf.
 */
async function prefetchNumstat(
  session: Session,
  cache: SizeCache,
  pairs: Array<{ base: string; tip: string }>,
): Promise<void> {
  const todo = pairs.filter((p) => !cache.numstat.has(pairKey(p.base, p.tip)));
  for (const p of todo) if (p.base === p.tip) cache.numstat.set(pairKey(p.base, p.tip), Promise.resolve([]));
  const open = todo.filter((p) => p.base !== p.tip);
  if (open.length < 2) return;
  const baseShas = [...new Set(open.map((p) => p.base))];
  const containing = await mapLimit(baseShas, 4, (b) =>
    session.git.branchesContaining(b).catch(() => new Set<string>()),
  );
  const descendants = new Map(baseShas.map((b, i) => [b, containing[i]]));
  const tips = new Set<string>();
  const batch = open.filter((p) => {
    if (!descendants.get(p.base)?.has(p.tip) || tips.has(p.tip)) return false;
    tips.add(p.tip);
    return true;
  });
  if (batch.length < 2) return;
  const all = session.git.numstatBatch(batch);
  for (const p of batch) {
    const key = pairKey(p.base, p.tip);
    // If the batch fails, each pair falls back to its own `git diff`.
    const one = all.then(
      (m) => m.get(p.tip) ?? [],
      () => session.git.numstat(p.base, p.tip),
    );
    one.catch(() => cache.numstat.delete(key));
    cache.numstat.set(key, one);
  }
}

type SplitBranch = { branch: string; sha: string; number: number; name: NonNullable<ReturnType<typeof parseSplit>> };

/** Split branches by the branch they split, built once per measurement (not once per effort). */
function splitIndex(session: Session): Map<string, SplitBranch[]> {
  const index = new Map<string, SplitBranch[]>();
  for (const [name, sha] of session.snap.local) {
    const split = parseSplit(name);
    if (!split) continue;
    const list = index.get(split.stem) ?? [];
    list.push({ branch: name, sha, number: split.number, name: split });
    index.set(split.stem, list);
  }
  for (const list of index.values()) list.sort((a, b) => a.number - b.number);
  return index;
}
