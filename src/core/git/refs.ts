// Branch-name safety (our pre-checks, then git's own check-ref-format) and the ref list parser.
import { GitError } from './errors';
import { runGit, type GitRunOptions } from './run';

export interface NameProblem {
  rule: string;
  message: string;
}

// Each rule is checked in order; the first one broken is reported. Nothing is run for a name that breaks one.
const RULES: Array<{ rule: string; broken: (name: string) => string | undefined }> = [
  { rule: 'not-empty', broken: (n) => (n.trim() === '' ? 'is empty' : undefined) },
  { rule: 'max-length', broken: (n) => (n.length > 250 ? `is ${n.length} characters long (at most 250)` : undefined) },
  {
    rule: 'no-command-substitution',
    broken: (n) => (/\$\(|`/.test(n) ? 'contains a shell command substitution ($( or `)' : undefined),
  },
  {
    rule: 'no-whitespace-or-control',
    broken: (n) => (/\s/.test(n) || hasControl(n) ? 'contains whitespace or a control character' : undefined),
  },
  {
    rule: 'no-shell-metacharacters',
    broken: (n) => {
      const m = /[$;&|<>'"\\!#*?[\]{}()~^:%]/.exec(n);
      return m ? `contains the character ${JSON.stringify(m[0])}` : undefined;
    },
  },
  {
    rule: 'no-leading-dash',
    broken: (n) => (n.startsWith('-') ? "starts with '-' (it would be read as an option)" : undefined),
  },
  { rule: 'no-double-dot', broken: (n) => (n.includes('..') ? "contains '..'" : undefined) },
  { rule: 'no-at-brace', broken: (n) => (n.includes('@{') || n === '@' ? "is '@' or contains '@{'" : undefined) },
  {
    rule: 'ascii-only',
    broken: (n) =>
      /[^A-Za-z0-9._/+=,@-]/.test(n)
        ? 'contains a character other than letters, digits and . _ - / + = , @'
        : undefined,
  },
  { rule: 'slashes', broken: (n) => (/^\/|\/$|\/\//.test(n) ? "starts or ends with '/' or contains '//'" : undefined) },
  {
    rule: 'components',
    broken: (n) =>
      n.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'))
        ? "has a part that starts with '.' or ends with '.lock'"
        : undefined,
  },
  { rule: 'no-trailing-dot', broken: (n) => (n.endsWith('.') ? "ends with '.'" : undefined) },
  { rule: 'not-head', broken: (n) => (n === 'HEAD' ? "is 'HEAD'" : undefined) },
];

/** C0 controls and DEL, checked by code point (a regex with control characters trips the linter). */
export function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Our own checks, stricter than git's: a name that passes is safe to show, log and pass as an argument. */
export function checkBranchName(name: string, what = 'branch'): NameProblem | undefined {
  for (const { rule, broken } of RULES) {
    const why = broken(name);
    if (why) return { rule, message: `${what} name ${JSON.stringify(name)} ${why} (rule: ${rule})` };
  }
  return undefined;
}

export function checkRefFormatArgs(name: string): string[] {
  return ['check-ref-format', '--branch', name];
}

/** Pre-checks, then `git check-ref-format --branch NAME`. Throws GitError('invalid-ref') naming the branch and the rule. */
export async function assertValidBranchName(name: string, options: GitRunOptions, what = 'branch'): Promise<void> {
  const problem = checkBranchName(name, what);
  if (problem) throw new GitError('invalid-ref', problem.message, []);
  try {
    await runGit(checkRefFormatArgs(name), options);
  } catch (err) {
    if (err instanceof GitError && (err.code === 'invalid-ref' || err.code === 'unknown'))
      throw new GitError(
        'invalid-ref',
        `${what} name ${JSON.stringify(name)} is refused by git check-ref-format (rule: git-ref-format)`,
        err.args,
        err.stderr,
        err.exitCode,
      );
    throw err;
  }
}

export interface RefRecord {
  /** Full name: `refs/heads/x`, `refs/remotes/origin/x`. */
  ref: string;
  sha: string;
  /** Target of a symbolic ref (`refs/remotes/origin/HEAD` → `refs/remotes/origin/main`). */
  symref?: string;
}

export const REF_LIST_ARGS = [
  'for-each-ref',
  '--format=%(objectname) %(refname) %(symref)',
  'refs/heads',
  'refs/remotes',
];

export function parseRefList(text: string): RefRecord[] {
  const refs: RefRecord[] = [];
  for (const line of text.split('\n')) {
    const [sha, ref, symref] = line.trim().split(' ');
    if (sha && ref) refs.push(symref ? { sha, ref, symref } : { sha, ref });
  }
  return refs;
}
