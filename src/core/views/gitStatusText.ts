// Words for an effort's git state (tree description and tooltip, status bar). No editor API here.
import type { EffortGitState } from '../mermaid/types';
import type { Effort, EffortStatus, Limits } from '../model/model';
import { escapeMarkdown, sizeText } from './effortText';
import type { EffortGitView, FolderGitStatus } from './gitStatus';
import { counted } from './counted';
import { formatCount } from '../model/numbers';
import { isFinishedStatus } from '../analysis/remaining';

/** `est 450 · 612/800 measured` once git measured the branch, else the plan's own `~450/800 lines`. */
export function effortSizeText(effort: Effort, limits: Limits, view?: EffortGitView): string | undefined {
  if (view?.measured === undefined) return sizeText(effort, limits);
  const est = effort.estimatedLines;
  return `${est !== undefined ? `est ${formatCount(est)} · ` : ''}${formatCount(view.measured)}/${formatCount(limits.hard)} measured`;
}

/**
 * `worktree, dirty, 3 ahead`, `branch, merged`, `no branch`… Undefined when there is nothing to say: efforts without
 * a branch are only marked once the plan has started (some effort has one), and never when they are done.
 */
export function gitWords(view: EffortGitView | undefined, started: boolean, status: EffortStatus): string | undefined {
  if (!view) return undefined;
  let words: string[];
  switch (view.state) {
    case 'naming-error':
      return view.unknown ? undefined : 'no branch name';
    case 'missing':
      if (!started || isFinishedStatus(status)) return undefined;
      return view.remoteBranch ? `only on ${view.remoteBranch}` : 'no branch';
    case 'branch-only':
      words = ['branch'];
      break;
    case 'worktree':
      words = [view.prunable ? 'worktree folder gone' : 'worktree'];
      break;
  }
  if (view.dirty) words.push('dirty');
  if (view.ahead) words.push(`${view.ahead} ahead`);
  if (view.merged && !nothingOwn(view)) words.push('merged');
  return words.join(', ');
}

/** The graph's git state of an effort: the same rules as gitWords (`no branch` once started, never when done). */
export function graphGitState(view: EffortGitView, started: boolean, status: EffortStatus): EffortGitState | undefined {
  if (view.state === 'naming-error') return undefined;
  if (view.state === 'missing') return started && !isFinishedStatus(status) ? { branch: false } : undefined;
  const out: EffortGitState = { branch: true };
  if (view.state === 'worktree' && !view.prunable) out.worktree = true;
  if (view.branch) out.branchName = view.branch;
  if (view.dirty) out.dirty = true;
  if (view.ahead) out.ahead = view.ahead;
  if (view.merged && !nothingOwn(view)) out.merged = true;
  if (view.measured !== undefined) out.measured = view.measured;
  return out;
}

/** Git state of every effort of a folder's plan, by effort id, for the dependency graph. */
export function graphGitStates(
  status: FolderGitStatus,
  efforts: readonly Pick<Effort, 'id' | 'status'>[],
): Map<string, EffortGitState> {
  const out = new Map<string, EffortGitState>();
  for (const e of efforts) {
    const view = status.efforts.get(e.id);
    const state = view && graphGitState(view, status.started, e.status);
    if (state) out.set(e.id, state);
  }
  return out;
}

/** No commits beyond its base: "merged into the base" is then trivially true and says nothing. */
function nothingOwn(view: EffortGitView): boolean {
  return view.ahead === 0 && (!view.mergedInto || view.mergedInto === view.base);
}

export function effortDescription(
  effort: Effort,
  limits: Limits,
  view: EffortGitView | undefined,
  started: boolean,
): string | undefined {
  const parts = [effortSizeText(effort, limits, view), gitWords(view, started, effort.status)].filter(
    (p): p is string => !!p,
  );
  return parts.length ? parts.join(' · ') : undefined;
}

const code = (s: string) => (s.includes('`') ? escapeMarkdown(s) : `\`${s}\``);

/** Markdown lines for the tooltip: branch, worktree, ahead/merged/dirty, measured size. */
export function gitMarkdown(view: EffortGitView, limits: Limits): string[] {
  const lines: string[] = [];
  if (view.state === 'naming-error')
    return view.unknown
      ? [`Git: the plan names no branch for it, and no ${view.unknown} to derive one from  `]
      : [`Git: no branch name: ${escapeMarkdown(view.error ?? 'unknown error')}  `];
  const branch = view.branch ? code(view.branch) : 'its branch';
  if (view.state === 'missing')
    lines.push(
      `Git: ${branch} does not exist${view.remoteBranch ? ` here (it is on ${code(view.remoteBranch)})` : ''}  `,
    );
  else
    lines.push(
      `Git: ${branch}${view.state === 'worktree' ? ` checked out at ${code(view.worktree ?? '?')}` : ', no worktree'}  `,
    );
  const facts: string[] = [];
  if (view.ahead && view.base) facts.push(`${counted(view.ahead, 'commit')} ahead of ${code(view.base)}`);
  else if (view.ahead === 0 && view.base) facts.push(`no commits beyond ${code(view.base)}`);
  if (view.merged && !nothingOwn(view)) facts.push(`merged into ${code(view.mergedInto ?? 'its base')}`);
  else if (view.merged === false) facts.push('not merged');
  if (view.dirty) facts.push('uncommitted changes');
  if (view.locked) facts.push('locked');
  if (view.prunable) facts.push('worktree folder is gone (Prune Worktrees)');
  if (facts.length) lines.push(`${facts.join(' · ')}  `);
  if (view.measured !== undefined)
    lines.push(
      `Measured: ${formatCount(view.measured)}/${formatCount(limits.hard)} lines${overText(view.measured, limits)}  `,
    );
  if (view.error) lines.push(`$(warning) ${escapeMarkdown(view.error)}  `);
  return lines;
}

function overText(lines: number, limits: Limits): string {
  return lines > limits.hard ? ' (over the limit: split it)' : lines > limits.soft ? ' (near the limit)' : '';
}

/** Status bar text of a file inside an effort worktree: `$(git-branch) E1.2.1 612/800`. */
export function statusBarText(effortId: string, view: EffortGitView | undefined, limits: Limits): string {
  const size = view?.measured !== undefined ? ` ${formatCount(view.measured)}/${formatCount(limits.hard)}` : '';
  return `$(git-branch) ${effortId}${size}`;
}

export function statusBarTooltip(effortId: string, view: EffortGitView | undefined, limits: Limits): string {
  const lines = [`Waveplan: this file is in the worktree of ${effortId}`];
  if (view?.branch) lines.push(`Branch: ${view.branch}${view.base ? ` (from ${view.base})` : ''}`);
  if (view?.measured !== undefined)
    lines.push(
      `Measured: ${formatCount(view.measured)} of ${formatCount(limits.hard)} lines${overText(view.measured, limits)}`,
    );
  if (view?.ahead !== undefined)
    lines.push(
      `${counted(view.ahead, 'commit')} ahead${view.merged ? ', merged' : ''}${view.dirty ? ', uncommitted changes' : ''}`,
    );
  return lines.join('\n');
}
