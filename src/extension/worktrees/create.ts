// Create Effort Worktree and Create Wave Worktrees: progress with cancel, a missing base offers the bases that exist,
// dependency warnings are shown, and the new worktree can be opened at once.
import * as vscode from 'vscode';
import type { Effort, Project, Wave } from '../../core/model/model';
import {
  createEffortWorktree,
  createWaveWorktrees,
  startsWithoutDependencies,
  type CreateResult,
  type WaveSummary,
} from '../../core/worktrees/create';
import { Session, type WorktreeContext } from '../../core/worktrees/session';
import type { ResolvedEffort } from '../commands/effortTargets';
import type { GitLog } from '../git/gitLog';
import type { GitStatusService } from '../git/gitStatus';
import type { PlanIndex } from '../index/planIndex';
import { openWorktree } from './open';
import { requireDiskFolder, worktreeContext } from './context';
import type { Prompts } from './prompts';
import type { ChosenBases } from './chosenBases';
import { shortError } from '../../core/views/shortError';
import { isFinished } from '../../core/analysis/remaining';
import { counted } from '../../core/views/counted';

export interface WorktreeDeps {
  index: PlanIndex;
  git: GitStatusService;
  log: GitLog;
  /** Bases chosen with "Choose Base…" (absent: nothing is remembered). */
  bases?: ChosenBases;
}

type Run<T> = (ctx: WorktreeContext, progress: vscode.Progress<{ message?: string; increment?: number }>) => Promise<T>;

/** Runs one git operation under a cancellable notification; cancelling aborts the running git process. */
export function withGitProgress<T>(
  title: string,
  folder: vscode.WorkspaceFolder,
  project: Project,
  deps: WorktreeDeps,
  run: Run<T>,
): Thenable<T> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    (progress, token) => {
      const abort = new AbortController();
      const sub = token.onCancellationRequested(() => abort.abort());
      return run(worktreeContext(folder, project, deps.log, abort.signal), progress).finally(() => sub.dispose());
    },
  );
}

/** Creates (or finds) the effort's worktree, then offers to open it. Resolves with the engine's result; never throws. */
export async function createWorktreeFor(
  deps: WorktreeDeps,
  { effort, project, folder }: ResolvedEffort,
  prompts: Prompts,
): Promise<CreateResult | undefined> {
  if (!requireDiskFolder(folder)) return undefined;
  const folderUri = folder.uri.toString();
  const create = (e: Effort) =>
    withGitProgress(`Creating worktree for ${effort.id}`, folder, project, deps, (ctx) => createEffortWorktree(e, ctx));
  // A base chosen earlier for this effort is used again (its branch was made from it).
  const target = deps.bases ? deps.bases.apply(folderUri, [effort])[0] : effort;
  const declined = await declinedStartWithout([target], folder, project, deps, prompts, effort.id);
  if (declined) return declined[0];
  let result = await create(target);
  if (result.status === 'failed' && result.error?.code === 'unknown-base') {
    deps.log.line(`create ${effort.id}: ${result.error.message}`);
    const candidates = await baseCandidates(worktreeContext(folder, project, deps.log), result.branch);
    const base = await prompts.chooseBase(
      `Waveplan: ${shortError(result.error.message)}.`,
      candidates,
      `Base for ${effortTitle(effort)}`,
    );
    if (base) {
      const chosen = { ...effort, baseBranch: base };
      const declinedNow = await declinedStartWithout([chosen], folder, project, deps, prompts, effort.id);
      if (declinedNow) return declinedNow[0];
      result = await create(chosen);
      if (result.status === 'created' || result.status === 'skipped')
        await deps.bases?.remember(folderUri, [effort.id], base);
    }
  }
  deps.log.line(
    `create ${effort.id}: ${result.status}${result.path ? ` ${result.path}` : ''}${result.error ? ` (${result.error.message})` : ''}`,
  );
  for (const w of result.warnings) deps.log.line(`create ${effort.id}: ${w}`);
  await deps.git.refresh(folderUri);
  await report(effort, result, prompts, deps);
  return result;
}

/**
 * Asks before git runs when new branches would start without the work of their dependencies (a dependency with no
 * branch yet, or one not merged into the base): a dry run says which. Resolves with the dry run's results (status
 * `planned`: nothing ran) when the user declines, else undefined.
 */
async function declinedStartWithout(
  efforts: Effort[],
  folder: vscode.WorkspaceFolder,
  project: Project,
  deps: WorktreeDeps,
  prompts: Prompts,
  subject: string,
  wave = false,
): Promise<CreateResult[] | undefined> {
  if (prompts.answers.startWithoutDependencies === true) return undefined;
  // Under the create's own title: the check is the first step of it.
  const title = `Creating ${wave ? 'worktrees' : 'worktree'} for ${subject}`;
  const { results } = await withGitProgress(title, folder, project, deps, (ctx) =>
    createWaveWorktrees(efforts, ctx, { dryRun: true }),
  );
  const missing = results.filter(startsWithoutDependencies);
  if (!missing.length) return undefined;
  const first = missing[0];
  const message =
    missing.length === 1 && !wave
      ? `${first.effort} would start from ${first.base ?? 'its base'} without the work of its dependencies.`
      : `${counted(missing.length, 'effort')} of ${subject} would start without the work of their dependencies.`;
  const detail = `${missing.flatMap((r) => r.warnings).join('\n')}\n\nMerge the dependencies first, or create anyway and merge their work in later.`;
  if (await prompts.confirmStartWithout(message, detail)) return undefined;
  deps.log.line(
    `create ${subject}: not created (${missing.map((r) => r.effort).join(', ')} would start without the work of dependencies)`,
  );
  return results;
}

const effortTitle = (e: Effort) => (e.name && e.name !== e.id ? `${e.id} ${e.name}` : e.id);

/** One notification per create: the result, with its warnings folded in; details stay in the Waveplan Git log. */
async function report(effort: Effort, result: CreateResult, prompts: Prompts, deps: WorktreeDeps): Promise<void> {
  if (result.status === 'failed') {
    // A missing base was already reported by the "Choose Base…" question.
    if (result.error?.code !== 'unknown-base' || prompts.answers.base !== undefined)
      void showFailure(
        `Waveplan: could not create the worktree for ${effort.id}: ${shortError(result.error?.message ?? 'unknown error')}.`,
        deps,
      );
    return;
  }
  if (!result.path) return;
  // "Already has a worktree" is said by the note itself; other warnings (unmerged dependencies) are counted in it.
  const warnings = result.status === 'skipped' ? [] : result.warnings;
  const what =
    result.status === 'skipped'
      ? 'already has a worktree'
      : `has a new worktree (branch ${result.branch} from ${result.base ?? 'its base'})`;
  const note = warnings.length
    ? ` ${warnings.length === 1 ? shortError(warnings[0]) : `${warnings.length} warnings`} (see Waveplan Git log).`
    : '';
  const path = result.path;
  const offer = prompts
    .offerOpen(`${effort.id} ${what} at ${path}.${note}`)
    .then((choice) => openWorktree(path, effort.id, choice));
  // Asked interactively the note may stay up for long; the command's result does not wait for it.
  if (prompts.answers.open) await offer;
  else void offer;
}

/** A short error with "Show Details", which opens the Waveplan Git log (every git command and the full message). */
export async function showFailure(message: string, deps: WorktreeDeps): Promise<void> {
  const details = 'Show Details';
  if ((await vscode.window.showErrorMessage(message, details)) === details) deps.log.show();
}

const LOOKS_LIKE_BASE = /integration|^(main|master|develop|trunk)$/i;

/** Branches a missing base could be replaced by: likely bases first, then other local and remote branches. */
export async function baseCandidates(ctx: WorktreeContext, own?: string): Promise<string[]> {
  try {
    const { snap } = await Session.open(ctx);
    const local = [...snap.local.keys()].filter((b) => b !== own).sort();
    const remote = [...snap.remote.keys()].sort();
    const likely = [...local, ...remote].filter((b) =>
      LOOKS_LIKE_BASE.test(b.replace(/^[^/]+\/(?=main$|master$|develop$|trunk$)/, '')),
    );
    return [...new Set([...likely, ...local, ...remote])].slice(0, 500);
  } catch {
    return [];
  }
}

export interface WaveTarget {
  folder: vscode.WorkspaceFolder;
  project: Project;
  wave: Wave;
}

export interface WaveResult extends WaveSummary {
  /** Done efforts are not given worktrees. */
  leftOut: string[];
  /** The question asked when efforts had no base (with Choose Base…), if one was. */
  basePrompt?: string;
}

/** Every effort of a wave that is not done, in id order; one failure never stops the others. */
export async function createWaveFor(
  deps: WorktreeDeps,
  { folder, project, wave }: WaveTarget,
  prompts: Prompts,
): Promise<WaveResult | undefined> {
  if (!requireDiskFolder(folder)) return undefined;
  const all = wave.efforts.map((id) => project.byId.get(id)).filter((e): e is Effort => !!e);
  const efforts = deps.bases
    ? deps.bases.apply(
        folder.uri.toString(),
        all.filter((e) => !isFinished(e)),
      )
    : all.filter((e) => !isFinished(e));
  const finished = all.filter(isFinished);
  const leftOut = finished.map((e) => e.id);
  const cancelled = finished.filter((e) => e.status === 'cancelled').length;
  const why = cancelled === 0 ? 'done' : cancelled === finished.length ? 'cancelled' : 'done or cancelled';
  const name = `Wave ${wave.phase}.${wave.wave}`;
  const run = (list: Effort[]) =>
    withGitProgress(`Creating worktrees for ${name}`, folder, project, deps, (ctx, progress) =>
      createWaveWorktrees(list, ctx, {
        onProgress: (done, total, r) =>
          progress.report({ increment: 100 / total, message: `${r.effort}: ${r.status} (${done}/${total})` }),
      }),
    );
  const declined = await declinedStartWithout(efforts, folder, project, deps, prompts, name, true);
  if (declined) return { results: declined, created: 0, skipped: 0, failed: 0, planned: declined.length, leftOut };
  let summary = await run(efforts);
  let basePrompt: string | undefined;
  const noBase = summary.results.filter((r) => r.status === 'failed' && r.error?.code === 'unknown-base');
  if (noBase.length) {
    const ids = noBase.map((r) => r.effort);
    for (const r of noBase) deps.log.line(`create ${r.effort}: ${r.error!.message}`);
    // What was made already, then why the rest was not: the question waits for an answer before the summary.
    const why = ids.length === 1 ? shortError(noBase[0].error!.message) : `${ids.length} efforts have no base branch`;
    basePrompt = `Waveplan: ${name}: ${summary.created} created; ${why}.`;
    const message = basePrompt;
    const base = await prompts.chooseBase(
      message,
      await baseCandidates(worktreeContext(folder, project, deps.log)),
      `Base for ${name}${wave.name ? `: ${wave.name}` : ''} (${ids.join(', ')})`,
    );
    if (base) {
      const rest = efforts.filter((e) => ids.includes(e.id)).map((e) => ({ ...e, baseBranch: base }));
      // The chosen base may lack dependencies' work the planned one had: asked again, for these efforts.
      const declinedNow = await declinedStartWithout(rest, folder, project, deps, prompts, name, true);
      const again = declinedNow ? { ...summary, results: declinedNow } : await run(rest);
      summary = merge(summary, again);
      const made = again.results.filter((r) => r.status === 'created' || r.status === 'skipped').map((r) => r.effort);
      if (made.length) await deps.bases?.remember(folder.uri.toString(), made, base);
    }
  }
  for (const r of summary.results) {
    deps.log.line(
      `create ${r.effort}: ${r.status}${r.path ? ` ${r.path}` : ''}${r.error ? ` (${r.error.message})` : ''}`,
    );
    for (const w of r.warnings) deps.log.line(`create ${r.effort}: ${w}`);
  }
  await deps.git.refresh(folder.uri.toString());
  const text = `${name}: ${summary.created} created, ${summary.skipped} already there, ${summary.failed} failed${summary.planned ? `, ${summary.planned} not created (declined)` : ''}${leftOut.length ? `; ${leftOut.length} ${why} left out` : ''}.`;
  if (summary.failed) {
    const failures = summary.results
      .filter((r) => r.status === 'failed')
      .map((r) => `${r.effort}: ${shortError(r.error?.message ?? 'unknown error')}`);
    void showFailure(`Waveplan: ${text} ${failures.slice(0, 2).join(' · ')}${failures.length > 2 ? ' …' : ''}`, deps);
  } else void vscode.window.showInformationMessage(`Waveplan: ${text}`);
  return { ...summary, leftOut, ...(basePrompt ? { basePrompt } : {}) };
}

function merge(first: WaveSummary, again: WaveSummary): WaveSummary {
  const redone = new Map(again.results.map((r) => [r.effort, r]));
  const results = first.results.map((r) => redone.get(r.effort) ?? r);
  const count = (s: CreateResult['status']) => results.filter((r) => r.status === s).length;
  return {
    results,
    created: count('created'),
    skipped: count('skipped'),
    failed: count('failed'),
    planned: count('planned'),
  };
}
