// Branch, base-branch and directory values as plans write them: a placeholder names no branch, and an effort's own
// branch is the local name even when written with the place git keeps it (`refs/heads/x`, `origin/x`).
import type { Found } from './values';

// `TBD`, `n/a (not started)`, `-`, `—`, `none yet`, `<branch>`: a value that says the branch is not known yet. No
// branch then (the naming pattern or default applies), as a status field's `TBD` is no status (values.ts NO_STATUS).
const PLACEHOLDER =
  /^(?:[-–—?.…]+|n\/?a|tbd|tba|tbc|none|null|nil|not|no|todo|pending|unknown|unassigned|later|<[^>]*>)$/i;

// Where git keeps a branch, before its name: `refs/heads/x` is the local `x`; `refs/remotes/origin/x`,
// `origin/x` and `upstream/x` name the local branch `x` of an effort's own branch (worktree create starts it from
// the remote one when that exists). A base is left a remote ref (`origin/main`): it is only read.
const LOCAL_PREFIX = /^refs\/heads\//;
const REMOTE_PREFIX = /^(?:refs\/remotes\/[^/]+\/|(?:origin|upstream)\/)(?=[^/])/;
const REMOTES_REF = /^refs\/remotes\/(?=[^/]+\/[^/])/;

export type BranchField = 'branch' | 'baseBranch' | 'directory';

/**
 * The branch (or directory) a field's cleaned value names, with its offsets: undefined for a placeholder (`TBD`, `-`),
 * and without the prefix of a ref (`refs/heads/`; for the effort's own branch `origin/` too).
 */
export function writtenBranch(found: Found<string>, field: BranchField): Found<string> | undefined {
  const bare = found.value.replace(/^[*_(]+|[*_)]+$/g, '');
  if (!bare || PLACEHOLDER.test(bare)) return undefined;
  if (field === 'directory') return found;
  const prefix =
    LOCAL_PREFIX.exec(found.value) ??
    (field === 'branch' ? REMOTE_PREFIX.exec(found.value) : REMOTES_REF.exec(found.value));
  if (!prefix) return found;
  const cut = prefix[0].length;
  return { value: found.value.slice(cut), start: found.start + cut, end: found.end };
}

/** writtenBranch of a whole value (a state file's, a YAML block's), trimmed. */
export function writtenBranchText(text: string, field: BranchField): Found<string> | undefined {
  const start = text.length - text.trimStart().length;
  const value = text.trim();
  return value ? writtenBranch({ value, start, end: start + value.length }, field) : undefined;
}
