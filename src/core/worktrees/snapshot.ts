// What the repository looks like right now, from two git calls (worktree list + for-each-ref), shared by all efforts.
import * as path from 'path';
import { GitError } from '../git/errors';
import { GitRepo } from '../git/repo';
import type { WorktreeEntry } from '../git/worktreeList';

export interface FoundRef {
  /** As shown to users: `main`, `origin/main`. */
  display: string;
  /** As passed to git, unambiguous even when a tag has the same name: `refs/heads/main`. */
  ref: string;
  sha: string;
  remote: boolean;
}

export class RepoSnapshot {
  readonly local = new Map<string, string>();
  readonly remote = new Map<string, string>();
  /** Local name origin/HEAD points at, if any. */
  remoteHead?: string;

  private constructor(
    readonly mainPath: string,
    readonly worktrees: WorktreeEntry[],
  ) {}

  get repoName(): string {
    return path.basename(this.mainPath).replace(/\.git$/, '') || 'repo';
  }

  static async load(git: GitRepo): Promise<RepoSnapshot> {
    const [worktrees, refs] = await Promise.all([git.worktrees(), git.refs()]).catch((err: unknown) => {
      if (err instanceof GitError && err.code === 'not-a-repository')
        throw new GitError(
          'not-a-repository',
          `${git.dir} is not a git repository (nor inside one)`,
          err.args,
          err.stderr,
          err.exitCode,
        );
      throw err;
    });
    const main = worktrees[0]?.path ?? git.dir;
    const snap = new RepoSnapshot(main, worktrees);
    for (const r of refs) {
      if (r.ref.startsWith('refs/heads/')) snap.local.set(r.ref.slice(11), r.sha);
      else if (r.ref.startsWith('refs/remotes/')) {
        const short = r.ref.slice(13);
        if (r.symref) {
          if (short.endsWith('/HEAD') && !snap.remoteHead)
            snap.remoteHead = r.symref.replace(/^refs\/remotes\/[^/]+\//, '');
        } else snap.remote.set(short, r.sha);
      }
    }
    return snap;
  }

  worktreeOf(branch: string): WorktreeEntry | undefined {
    return this.worktrees.find((w) => w.branch === branch);
  }

  /** A local branch, a remote-tracking `origin/x`, or `x` on any remote (origin first). */
  find(name: string): FoundRef | undefined {
    const sha = this.local.get(name);
    if (sha) return { display: name, ref: `refs/heads/${name}`, sha, remote: false };
    const direct = this.remote.get(name);
    if (direct) return { display: name, ref: `refs/remotes/${name}`, sha: direct, remote: true };
    const hit = this.remoteIndex().get(name);
    return hit ? { display: hit, ref: `refs/remotes/${hit}`, sha: this.remote.get(hit)!, remote: true } : undefined;
  }

  private byShortName?: { size: number; map: Map<string, string> };

  /** `x` → the `remote/x` find() picks (origin first, then by name); built once, not scanned per lookup. */
  private remoteIndex(): Map<string, string> {
    if (this.byShortName?.size === this.remote.size) return this.byShortName.map;
    const map = new Map<string, string>();
    const better = (a: string, b: string) =>
      a.startsWith('origin/') ? !b.startsWith('origin/') || a < b : !b.startsWith('origin/') && a < b;
    for (const key of this.remote.keys()) {
      const slash = key.indexOf('/');
      if (slash <= 0) continue;
      const short = key.slice(slash + 1);
      const current = map.get(short);
      if (current === undefined || better(key, current)) map.set(short, key);
    }
    this.byShortName = { size: this.remote.size, map };
    return map;
  }

  /** Record a branch or worktree made (or, in a dry run, planned) after loading, so later efforts see it. */
  noteBranch(name: string, sha: string): void {
    this.local.set(name, sha);
  }

  noteWorktree(entry: Omit<WorktreeEntry, 'main'>): void {
    this.worktrees.push({ ...entry, main: false });
  }
}
