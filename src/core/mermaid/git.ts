// One effort's git state as a compact node line: `⎇ wt · dirty · 2 ahead · 612/800`, `⎇ branch · merged`, `no branch`.
import type { Limits } from '../model/model';
import { plainLabel } from './escape';
import { formatCount } from '../model/numbers';
import type { EffortGitState } from './types';

const BRANCH_MARK = '\u2387';

const count = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** The node line (plain text, escaped by the caller); undefined when there is nothing to say. */
export function gitLine(git: EffortGitState, limits: Limits): string | undefined {
  const parts: string[] = [];
  if (git.worktree) parts.push(`${BRANCH_MARK} wt`);
  else if (git.branch) parts.push(`${BRANCH_MARK} branch`);
  else if (git.branch === false) parts.push('no branch');
  if (git.dirty) parts.push('dirty');
  if (count(git.ahead) && git.ahead > 0) parts.push(`${formatCount(git.ahead)} ahead`);
  if (git.merged) parts.push('merged');
  if (count(git.measured)) parts.push(`${formatCount(git.measured)}/${formatCount(limits.hard)}`);
  return parts.length ? parts.join(' · ') : undefined;
}

/** Search and screen-reader text: the node line plus the branch name, never HTML. */
export function gitPlain(git: EffortGitState, limits: Limits): string | undefined {
  const branch = git.branchName ? plainLabel(git.branchName, 200) : '';
  const parts = [gitLine(git, limits), branch].filter((p): p is string => !!p);
  return parts.length ? parts.join(' · ') : undefined;
}
