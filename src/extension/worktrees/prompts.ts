// Every question a worktree command asks. Automation (tests, other extensions) may answer them up front by passing
// `{ answers: {...} }` as the command's second argument; anything not answered is asked as usual.
import * as vscode from 'vscode';

export type OpenChoice = 'window' | 'workspace' | 'none';

export interface WorktreeAnswers {
  /** How to open a worktree after Create, and for Open Effort Worktree. */
  open?: OpenChoice;
  /** Remove: go on although the worktree has uncommitted changes, is locked or its branch is not merged. */
  force?: boolean;
  /** Remove: delete the effort's branch too. */
  deleteBranch?: boolean;
  /** A missing base: the branch to start from instead ('' = give up). */
  base?: string;
  /** Create: go on although a dependency's work is not in the new branch's base (no branch yet, or not merged). */
  startWithoutDependencies?: boolean;
}

const OPEN_KEYS = new Set<OpenChoice>(['window', 'workspace', 'none']);

/** The `answers` of a command's extra argument, when it carries valid ones. */
export function answersFrom(extra: unknown): WorktreeAnswers {
  const raw =
    typeof extra === 'object' && extra !== null && !Array.isArray(extra)
      ? (extra as { answers?: unknown }).answers
      : undefined;
  if (typeof raw !== 'object' || raw === null) return {};
  const a = raw as Record<string, unknown>;
  const out: WorktreeAnswers = {};
  if (typeof a.open === 'string' && OPEN_KEYS.has(a.open as OpenChoice)) out.open = a.open as OpenChoice;
  if (typeof a.force === 'boolean') out.force = a.force;
  if (typeof a.deleteBranch === 'boolean') out.deleteBranch = a.deleteBranch;
  if (typeof a.base === 'string') out.base = a.base;
  if (typeof a.startWithoutDependencies === 'boolean') out.startWithoutDependencies = a.startWithoutDependencies;
  return out;
}

const NEW_WINDOW = 'Open in New Window';
const ADD = 'Add to Workspace';

export class Prompts {
  constructor(readonly answers: WorktreeAnswers = {}) {}

  /** The note after Create: offers to open the worktree. */
  async offerOpen(message: string): Promise<OpenChoice> {
    if (this.answers.open) return this.answers.open;
    const choice = await vscode.window.showInformationMessage(message, NEW_WINDOW, ADD);
    return choice === NEW_WINDOW ? 'window' : choice === ADD ? 'workspace' : 'none';
  }

  async chooseOpen(title: string): Promise<OpenChoice> {
    if (this.answers.open) return this.answers.open;
    const items = [
      { label: `$(empty-window) ${NEW_WINDOW}`, choice: 'window' as const },
      { label: `$(root-folder) ${ADD}`, choice: 'workspace' as const },
    ];
    return (
      (await vscode.window.showQuickPick(items, { title, placeHolder: 'Open the worktree in…' }))?.choice ?? 'none'
    );
  }

  /** Modal: remove a dirty, locked or unmerged worktree anyway? */
  async confirmForce(message: string): Promise<boolean> {
    if (this.answers.force !== undefined) return this.answers.force;
    const remove = 'Remove Anyway';
    return (await vscode.window.showWarningMessage(message, { modal: true }, remove)) === remove;
  }

  /** Modal, separate from removing the worktree: delete the branch as well? */
  async confirmDeleteBranch(message: string, detail: string): Promise<boolean> {
    if (this.answers.deleteBranch !== undefined) return this.answers.deleteBranch;
    const del = 'Delete Branch';
    return (await vscode.window.showWarningMessage(message, { modal: true, detail }, del, 'Keep Branch')) === del;
  }

  /** Modal, before git runs: a new branch would start without the work of dependencies its base does not hold. */
  async confirmStartWithout(message: string, detail: string): Promise<boolean> {
    if (this.answers.startWithoutDependencies !== undefined) return this.answers.startWithoutDependencies;
    const create = 'Create Anyway';
    return (await vscode.window.showWarningMessage(message, { modal: true, detail }, create)) === create;
  }

  /** A base branch is missing: offer the bases that exist, in a pick titled with the effort or wave. Undefined = give up. */
  async chooseBase(message: string, candidates: readonly string[], title: string): Promise<string | undefined> {
    if (this.answers.base !== undefined) return this.answers.base || undefined;
    const choose = 'Choose Base…';
    const choice = await vscode.window.showErrorMessage(message, ...(candidates.length ? [choose] : []));
    if (choice !== choose) return undefined;
    return vscode.window.showQuickPick(candidates, {
      title,
      placeHolder: 'Create the branch from…',
      matchOnDescription: true,
    });
  }
}
