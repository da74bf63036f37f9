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

/** A base branch written as another effort's: its branch (`E1.1.1's branch`) or its base (`same as E1.1.2`). */
export interface BaseRef {
  id: string;
  of: 'branch' | 'base';
}

// `E1.1.1's branch (stacked)`, `stacked on E1.1.1`, `on top of E1.1.1`, `branch of E1.1.1`, `E1.1.1 branch`.
const BRANCH_OF =
  /^\s*(?:(?:stacked|based|built)\s+on(?:\s+top\s+of)?\s+|on\s+top\s+of\s+|(?:the\s+)?branch\s+of\s+)?(?:effort\s+)?(E?\d{1,3}\.\d{1,3}\.\d{1,3})(?:\s+branch\b|['’]s(?:\s+branch)?\b)?/i;
const BRANCH_WORDS = /['’]s\b|\bbranch\b|\bstacked\b|\bon top of\b|\bbased on\b|\bbuilt on\b/i;
// `same as E1.1.2`, `the same base as E1.1.2`, `same as E1.1.2's base`.
const SAME_AS =
  /^\s*(?:the\s+)?same\s+(?:base\s+(?:branch\s+)?)?as\s+(?:effort\s+)?(E?\d{1,3}\.\d{1,3}\.\d{1,3})(?:['’]s(?:\s+base(?:\s+branch)?)?)?/i;
// What may follow: nothing, or a note.
const NOTE_ONLY = /^\s*(?:$|[(\-–—,;:.])/;

/** The effort a base branch's words name, `E1.1.1's branch (stacked)` or `same as E1.1.2`; undefined for a branch. */
export function baseRef(text: string): BaseRef | undefined {
  const same = SAME_AS.exec(text);
  if (same && NOTE_ONLY.test(text.slice(same[0].length))) return { id: canonical(same[1]), of: 'base' };
  const of = BRANCH_OF.exec(text);
  if (!of || !BRANCH_WORDS.test(of[0]) || !NOTE_ONLY.test(text.slice(of[0].length))) return undefined;
  return { id: canonical(of[1]), of: 'branch' };
}

function canonical(id: string): string {
  const [p, w, e] = id.replace(/^E/i, '').split('.').map(Number);
  return `E${p}.${w}.${e}`;
}
