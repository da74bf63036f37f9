// One repository folder plus shared run options; small typed wrappers over the git commands Waveplan needs.
import { GitError } from './errors';
import { parseNumstat, parseNumstatBatches, type NumstatEntry } from './numstat';
import { REF_LIST_ARGS, parseRefList, type RefRecord } from './refs';
import { runGit, type GitResult, type GitRunOptions } from './run';
import { parseWorktreeList, type WorktreeEntry } from './worktreeList';

export type RunDefaults = Omit<GitRunOptions, 'cwd' | 'input' | 'okCodes'>;

export class GitRepo {
  constructor(
    readonly dir: string,
    readonly defaults: RunDefaults = {},
  ) {}

  run(args: readonly string[], extra: Partial<GitRunOptions> = {}): Promise<GitResult> {
    return runGit(args, { cwd: this.dir, ...this.defaults, ...extra });
  }

  async worktrees(): Promise<WorktreeEntry[]> {
    try {
      return parseWorktreeList((await this.run(['worktree', 'list', '--porcelain', '-z'])).stdout);
    } catch (err) {
      // git < 2.36 has no -z here; its newline format parses the same (paths with newlines aside).
      if (!(err instanceof GitError && /unknown switch|usage: git worktree/i.test(err.stderr))) throw err;
      return parseWorktreeList((await this.run(['worktree', 'list', '--porcelain'])).stdout);
    }
  }

  async refs(): Promise<RefRecord[]> {
    return parseRefList((await this.run(REF_LIST_ARGS)).stdout);
  }

  /** `git merge-base --is-ancestor A B`: exit 0 yes, 1 no. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [0, 1] });
    return r.exitCode === 0;
  }

  /** Local branches (short names) whose tips are reachable from `target`: one call for any number of branches. */
  async branchesMergedInto(target: string): Promise<Set<string>> {
    const r = await this.run(['for-each-ref', '--format=%(refname:strip=2)', `--merged=${target}`, 'refs/heads']);
    return new Set(r.stdout.split('\n').filter(Boolean));
  }

  /** Modified, staged or untracked files in a worktree (ignored files do not count). */
  async isDirty(worktreePath: string): Promise<boolean> {
    const r = await runGit(['status', '--porcelain=v1', '-z', '--untracked-files=normal'], {
      ...this.defaults,
      cwd: worktreePath,
    });
    return r.stdout.length > 0;
  }

  /** Commits on `branch` that are not on `base`. */
  async countAhead(base: string, branch: string): Promise<number> {
    const r = await this.run(['rev-list', '--count', `${base}..${branch}`, '--']);
    return Number(r.stdout.trim()) || 0;
  }

  /** Object ids of local branches whose history contains `sha`. */
  async branchesContaining(sha: string): Promise<Set<string>> {
    const r = await this.run(['for-each-ref', '--format=%(objectname)', `--contains=${sha}`, 'refs/heads']);
    return new Set(r.stdout.split('\n').filter(Boolean));
  }

  static readonly NUMSTAT_BATCH_ARGS = ['diff-tree', '--stdin', '-r', '-M', '--numstat', '-z'];

  /**
   * Numstat of many (base, tip) pairs in one process. Equals `git diff --numstat base...tip` only when base is an
   * ancestor of tip (then it is the merge base). Tips must be distinct; a pair with an empty diff maps to [].
   */
  async numstatBatch(pairs: ReadonlyArray<{ base: string; tip: string }>): Promise<Map<string, NumstatEntry[]>> {
    // `<commit> <parent>` per line: diff-tree diffs the parent (our base) against the commit (the tip).
    const input = pairs.map((p) => `${p.tip} ${p.base}\n`).join('');
    const found = parseNumstatBatches((await this.run(GitRepo.NUMSTAT_BATCH_ARGS, { input })).stdout);
    return new Map(pairs.map((p) => [p.tip, found.get(p.tip) ?? []]));
  }

  static numstatArgs(base: string, branch: string): string[] {
    return ['diff', '--numstat', '-z', '--no-color', '--no-ext-diff', `${base}...${branch}`, '--'];
  }

  async numstat(base: string, branch: string): Promise<NumstatEntry[]> {
    return parseNumstat((await this.run(GitRepo.numstatArgs(base, branch))).stdout);
  }
}
