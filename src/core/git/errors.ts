// Typed git failures: callers branch on `code`, users read `message` (which always names the command and the cause).

export type GitErrorCode =
  | 'branch-exists'
  | 'branch-checked-out'
  | 'path-exists'
  | 'not-a-repository'
  | 'dirty-worktree'
  | 'worktree-locked'
  | 'unknown-base'
  | 'invalid-ref'
  | 'timeout'
  | 'cancelled'
  | 'git-missing'
  | 'unknown';

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly code: GitErrorCode,
    message: string,
    /** The argv that failed (without the leading `git`), for logs and dry-run parity. */
    readonly args: readonly string[] = [],
    readonly stderr = '',
    readonly exitCode: number | null = null,
  ) {
    super(message);
  }
}

// Checked in order: the first pattern that matches git's (LC_ALL=C) stderr decides the code.
const STDERR_CODES: Array<[RegExp, GitErrorCode]> = [
  [/a branch named '.*' already exists/i, 'branch-exists'],
  [
    /is already checked out at|is already used by worktree at|cannot delete branch '.*' (checked out|used by worktree) at/i,
    'branch-checked-out',
  ],
  [/cannot (remove|move) a locked working tree|is locked/i, 'worktree-locked'],
  [/contains modified or untracked files|your local changes .* would be overwritten/i, 'dirty-worktree'],
  [/is not a valid branch name|is not a valid ref name|not a valid branch name/i, 'invalid-ref'],
  [
    /not a valid object name|invalid reference:|unknown revision|bad revision|needed a single revision|not a valid commit/i,
    'unknown-base',
  ],
  [/'.*' already exists|already exists and is not an empty directory/i, 'path-exists'],
  [/not a git repository|cannot change to '.*'|must be run in a work tree/i, 'not-a-repository'],
];

export function codeFromStderr(stderr: string): GitErrorCode {
  for (const [pattern, code] of STDERR_CODES) if (pattern.test(stderr)) return code;
  return 'unknown';
}

/** The line of stderr worth showing: git's `fatal:`/`error:` line, else the last non-empty line. */
export function stderrSummary(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const fatal = lines.find((l) => /^(fatal|error):/i.test(l));
  return (fatal ?? lines[lines.length - 1] ?? '').replace(/^(fatal|error):\s*/i, '');
}

/** `git worktree add -b x -- /p main` — argv shown as one line, quoting anything a reader could misread. */
export function formatArgv(args: readonly string[]): string {
  return ['git', ...args].map((a) => (/^[\w./@:=+,-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}
