// One operation's view of plan + repository: settings resolved once, the repository read once (2 git calls).
import type { Effort } from '../model/model';
import { GitError, type GitErrorCode } from '../git/errors';
import { GitRepo } from '../git/repo';
import { resolveBase, type BaseChoice, type BaseContext } from './naming/bases';
import { branchFor, PathError, worktreePathFor, worktreeRootFor } from './naming/naming';
import { resolveSettings, type PlanView, type WorktreeSettings } from './settings';
import { RepoSnapshot } from './snapshot';
import { TemplateError } from './naming/template';

export interface WorktreeContext {
  /** Any folder inside the repository. */
  repo: string;
  plan: PlanView;
  settings?: Partial<WorktreeSettings>;
  /** Overrides settings.root (`--root DIR`); relative to the main worktree. */
  root?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Sees every git argv before it runs. */
  trace?: (args: readonly string[], cwd: string) => void;
}

export type WorktreeErrorCode =
  GitErrorCode | 'naming' | 'no-worktree' | 'not-merged' | 'duplicate-branch' | 'duplicate-folder' | 'main-worktree';

export interface OpError {
  code: WorktreeErrorCode;
  message: string;
}

export class Session {
  private readonly mergedCache = new Map<string, Promise<Set<string>>>();
  private folders: Map<string, string[]> | undefined;

  private constructor(
    readonly git: GitRepo,
    readonly settings: WorktreeSettings,
    readonly snap: RepoSnapshot,
    readonly ctx: WorktreeContext,
  ) {}

  static async open(ctx: WorktreeContext): Promise<Session> {
    const git = new GitRepo(ctx.repo, { timeoutMs: ctx.timeoutMs, signal: ctx.signal, trace: ctx.trace });
    return new Session(git, resolveSettings(ctx.settings), await RepoSnapshot.load(git), ctx);
  }

  get plan(): PlanView {
    return this.ctx.plan;
  }

  branchOf(effort: Effort): string {
    return branchFor(effort, this.settings, this.plan.repoConfig, this.snap.repoName).branch;
  }

  pathOf(effort: Effort, branch: string): string {
    return worktreePathFor(
      effort,
      branch,
      this.settings,
      this.plan.repoConfig,
      this.snap.mainPath,
      this.snap.repoName,
      this.ctx.root,
    );
  }

  /** Other efforts of the plan whose worktree folder would be `folder` too (computed once per operation). */
  otherOwnersOf(effort: Effort, folder: string): string[] {
    if (!this.folders) {
      this.folders = new Map();
      for (const e of this.plan.efforts) {
        let p: string;
        try {
          p = this.pathOf(e, this.branchOf(e));
        } catch {
          continue; // An effort that cannot be named reports that itself when created.
        }
        const ids = this.folders.get(p);
        if (ids) ids.push(e.id);
        else this.folders.set(p, [e.id]);
      }
    }
    return (this.folders.get(folder) ?? []).filter((id) => id !== effort.id);
  }

  /** The folder under which pathOf places worktrees. */
  rootDir(): string {
    return worktreeRootFor(this.settings, this.snap.mainPath, this.snap.repoName, this.ctx.root);
  }

  get baseContext(): BaseContext {
    return { plan: this.plan, settings: this.settings, snap: this.snap, git: this.git };
  }

  baseOf(effort: Effort, branch: string): Promise<BaseChoice> {
    return resolveBase(effort, branch, this.baseContext);
  }

  /** Local branches merged into a commit, fetched once per commit for the whole operation. */
  mergedInto(sha: string): Promise<Set<string>> {
    let hit = this.mergedCache.get(sha);
    if (!hit) {
      hit = this.git.branchesMergedInto(sha);
      this.mergedCache.set(sha, hit);
    }
    return hit;
  }
}

export function toOpError(err: unknown): OpError {
  if (err instanceof GitError) return { code: err.code, message: err.message };
  if (err instanceof TemplateError || err instanceof PathError) return { code: 'naming', message: err.message };
  return { code: 'unknown', message: err instanceof Error ? err.message : String(err) };
}

/** Runs tasks with at most `limit` at a time, keeping result order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
