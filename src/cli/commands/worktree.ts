// `waveplan worktree create|list|remove|prune`: effort worktrees from the plan. Never prompts; --dry-run runs nothing that writes.
import * as path from 'path';
import { GitError, formatArgv } from '../../core/git/errors';
import { canonicalEffortId, slugId } from '../../core/model/ids';
import type { Effort, Limits, Project } from '../../core/model/model';
import { createWaveWorktrees, type CreateResult, type WaveSummary } from '../../core/worktrees/create';
import { listWorktrees, type WorktreeListing } from '../../core/worktrees/list';
import { pruneWorktrees, removeEffortWorktree } from '../../core/worktrees/remove';
import type { WorktreeContext } from '../../core/worktrees/session';
import { CASCADE_STRATEGIES, type CascadeStrategy } from '../../core/worktrees/settings';
import { worktreeSettingsOf, type ProjectSettings } from '../../core/config/settings';
import { limitsFrom, parseFlags } from '../args';
import { WORKTREE_CREATE, WORKTREE_LIST, WORKTREE_PRUNE, WORKTREE_REMOVE, worktreeUsage } from '../spec';
import { EXIT, UsageError, type CliIO } from '../io';
import { loadProject } from '../load';
import { chooseProject, type ProjectChoice } from './chooseProject';

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case 'create':
        return await create(rest, io);
      case 'list':
        return await list(rest, io);
      case 'remove':
        return await remove(rest, io);
      case 'prune':
        return await prune(rest, io);
      case undefined:
      case '--help':
      case '-h':
        io.out(worktreeUsage());
        return sub ? EXIT.ok : EXIT.usage;
      default:
        throw new UsageError(`unknown subcommand "${sub}"\n${worktreeUsage()}`);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (err instanceof GitError) {
      io.err(`waveplan worktree ${sub}: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

export interface LoadedForGit {
  project: Project;
  ctx: WorktreeContext;
  limits: Limits;
  /** `.waveplan.json` under the flags (naming, bases, line-counter rules). */
  settings: ProjectSettings;
}

/** Plans from --plans (default cwd), repository from --repo (default cwd), settings from flags. */
export async function loadForGit(
  values: {
    plans?: string[];
    repo?: string;
    strategy?: string;
    root?: string;
    hard?: string;
    soft?: string;
    config?: string;
  },
  io: CliIO,
  choice: Omit<ProjectChoice, 'repo'> = {},
): Promise<LoadedForGit> {
  const strategy = values.strategy as CascadeStrategy | undefined;
  if (strategy !== undefined && !CASCADE_STRATEGIES.includes(strategy))
    throw new UsageError(`--strategy must be one of ${CASCADE_STRATEGIES.join(', ')}, not "${strategy}"`);
  // Plan excludes are not taken from here: `size --exclude` is a line-counter glob.
  const flags = {
    limits: limitsFrom(values),
    baseStrategy: strategy,
    ...(values.config ? { config: values.config } : {}),
  };
  const loaded = await loadProject(values.plans ?? [], io.cwd, flags);
  for (const p of loaded.problems) io.err(`waveplan: ${p.message}\n`);
  const repo = values.repo ? path.resolve(io.cwd, values.repo) : undefined;
  // Plans of several repositories: the one holding the efforts named; git runs in its repository.
  const { engine, project, settings, nested, root } = chooseProject(loaded, { repo, ...choice });
  if (!project.efforts.length)
    throw new UsageError(`no efforts found in ${(values.plans ?? ['.']).join(', ')} (use --plans PATH)`);
  const ctx: WorktreeContext = {
    repo: repo ?? (nested ? root : io.cwd),
    plan: project,
    settings: worktreeSettingsOf(settings),
    root: values.root ? path.resolve(io.cwd, values.root) : undefined,
  };
  return { project, ctx, limits: engine.limits, settings };
}

/** An effort by id (`E1.2.3`, `1.2.3`, `Effort 1.2.3`), slug, or declared branch. */
export function findEffort(project: Project, arg: string): Effort {
  const direct =
    project.byId.get(arg) ?? project.byId.get(canonicalEffortId(arg) ?? '') ?? project.byId.get(slugId(arg));
  const found = direct ?? project.efforts.find((e) => e.branch === arg);
  if (found) return found;
  const known =
    project.efforts
      .slice(0, 12)
      .map((e) => e.id)
      .join(', ') + (project.efforts.length > 12 ? ', …' : '');
  throw new UsageError(`unknown effort ${JSON.stringify(arg)} (known: ${known})`);
}

/** Does the project have this effort (findEffort's lookup, without its error)? */
export function holdsEffort(project: Project, arg: string): boolean {
  try {
    return !!findEffort(project, arg);
  } catch {
    return false;
  }
}

function holdsWave(project: Project, spec: string): boolean {
  try {
    return waveEfforts(project, spec).length > 0;
  } catch {
    return false;
  }
}

export function waveEfforts(project: Project, spec: string): Effort[] {
  const m = /^W?(\d+)\.(\d+)$/i.exec(spec.trim());
  if (!m) throw new UsageError(`--wave takes PHASE.WAVE like 1.2, not ${JSON.stringify(spec)}`);
  const [phase, wave] = [Number(m[1]), Number(m[2])];
  const efforts = project.efforts.filter((e) => e.phase === phase && e.wave === wave);
  if (efforts.length) return efforts;
  const waves = [
    ...new Set(
      project.efforts.filter((e) => e.phase !== undefined && e.wave !== undefined).map((e) => `${e.phase}.${e.wave}`),
    ),
  ];
  throw new UsageError(`no efforts in wave ${phase}.${wave} (waves with efforts: ${waves.join(', ') || 'none'})`);
}

/** Ctrl-C cancels the running git command; the engine then rolls back what it made. */
async function withInterrupt<T>(ctx: WorktreeContext, fn: (ctx: WorktreeContext) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    return await fn({ ...ctx, signal: controller.signal });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}

const FATAL_CODES = new Set(['not-a-repository', 'git-missing']);

async function create(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, WORKTREE_CREATE);
  if (!positionals.length && !values.wave) throw new UsageError('name at least one EFFORT or give --wave P.W');
  if (positionals.length && values.wave) throw new UsageError('give EFFORT names or --wave, not both');
  const { project, ctx } = await loadForGit(values, io, {
    holds: (p) => (values.wave ? holdsWave(p, values.wave) : positionals.every((a) => holdsEffort(p, a))),
    named: values.wave ? `wave ${values.wave}` : positionals.join(', '),
  });
  const efforts = values.wave
    ? waveEfforts(project, values.wave)
    : [...new Map(positionals.map((a) => findEffort(project, a)).map((e) => [e.id, e])).values()];
  const dryRun = !!values['dry-run'];
  const summary = await withInterrupt(ctx, (c) =>
    createWaveWorktrees(efforts, c, {
      dryRun,
      onProgress: values.json ? undefined : (_d, _t, r) => printCreate(r, io),
    }),
  );
  if (values.json) io.out(JSON.stringify(summary, null, 2) + '\n');
  else io.err(summaryLine(summary, dryRun));
  if (summary.failed && summary.results.every((r) => r.status !== 'failed' || FATAL_CODES.has(r.error?.code ?? '')))
    return EXIT.usage;
  return summary.failed ? EXIT.findings : EXIT.ok;
}

function printCreate(r: CreateResult, io: CliIO): void {
  for (const w of r.warnings) if (r.status !== 'skipped') io.err(`warning ${r.effort}: ${w}\n`);
  switch (r.status) {
    case 'created':
      io.out(
        `created ${r.effort} ${r.branch} ${r.reusedBranch ? '(existing branch)' : `from ${r.base}`} at ${r.path}\n`,
      );
      break;
    case 'skipped':
      io.out(`exists  ${r.effort} ${r.branch} at ${r.path}\n`);
      break;
    case 'planned':
      io.out(
        `${r.effort} ${r.branch} ${r.reusedBranch ? '(existing branch)' : `from ${r.base} (${r.baseReason})`} at ${r.path}; would run:\n`,
      );
      for (const argv of r.commands) io.out(`  ${formatArgv(argv)}\n`);
      break;
    case 'failed':
      io.err(`failed  ${r.effort}${r.branch ? ` ${r.branch}` : ''}: [${r.error?.code}] ${r.error?.message}\n`);
      break;
  }
}

function summaryLine(s: WaveSummary, dryRun: boolean): string {
  const parts = dryRun ? [`${s.planned} planned (dry run, nothing changed)`] : [`${s.created} created`];
  return `${[...parts, `${s.skipped} already existed`, `${s.failed} failed`].join(', ')}\n`;
}

async function list(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, WORKTREE_LIST);
  if (positionals.length) throw new UsageError(`list takes no EFFORT arguments (got ${positionals.join(' ')})`);
  const { ctx } = await loadForGit(values, io);
  const listing = await listWorktrees(ctx);
  if (values.json) io.out(JSON.stringify(listing, null, 2) + '\n');
  else printListing(listing, io);
  return EXIT.ok;
}

function printListing(l: WorktreeListing, io: CliIO): void {
  for (const e of l.efforts) {
    const where = e.worktree ?? (e.remoteBranch ? `(only on ${e.remoteBranch})` : '');
    const flags = [e.locked ? 'locked' : '', e.prunable ? 'prunable' : ''].filter(Boolean).join(',');
    io.out(
      `${e.effort} ${e.state}${flags ? `(${flags})` : ''} ${e.branch ?? e.error ?? ''}${where ? ` ${where}` : ''}\n`,
    );
  }
  for (const u of l.unplanned)
    io.out(`unplanned ${u.kind} ${u.branch ?? '(detached)'}${u.worktree ? ` ${u.worktree}` : ''}\n`);
  const count = (s: string) => l.efforts.filter((e) => e.state === s).length;
  io.err(
    `${l.efforts.length} efforts: ${count('worktree')} with worktrees, ${count('branch-only')} branch only, ${count('missing')} missing; ${l.unplanned.length} unplanned\n`,
  );
}

async function remove(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, WORKTREE_REMOVE);
  if (positionals.length !== 1) throw new UsageError('remove takes exactly one EFFORT');
  const { project, ctx } = await loadForGit(values, io, {
    holds: (p) => holdsEffort(p, positionals[0]),
    named: positionals[0],
  });
  const effort = findEffort(project, positionals[0]);
  const result = await removeEffortWorktree(effort, ctx, {
    force: values.force,
    deleteBranch: values['delete-branch'],
    dryRun: values['dry-run'],
  });
  if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
  else if (result.status === 'failed')
    io.err(`failed  ${result.effort}: [${result.error?.code}] ${result.error?.message}\n`);
  else {
    const verb = result.status === 'planned' ? 'would run' : 'ran';
    io.out(
      `${result.status} ${result.effort}${result.path ? ` ${result.path}` : ''}${result.branchDeleted ? ` and branch ${result.branch}` : ''}\n`,
    );
    for (const argv of result.commands) io.out(`  ${verb}: ${formatArgv(argv)}\n`);
  }
  if (result.status !== 'failed') return EXIT.ok;
  return FATAL_CODES.has(result.error?.code ?? '') ? EXIT.usage : EXIT.findings;
}

async function prune(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, WORKTREE_PRUNE);
  if (positionals.length) throw new UsageError(`prune takes no arguments (got ${positionals.join(' ')})`);
  const result = await pruneWorktrees(
    { repo: path.resolve(io.cwd, values.repo ?? '.') },
    { dryRun: values['dry-run'] },
  );
  if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
  else {
    for (const p of result.pruned) io.out(`${values['dry-run'] ? 'would prune' : 'pruned'} ${p}\n`);
    io.err(`${result.pruned.length} stale worktree entries ${values['dry-run'] ? 'would be ' : ''}pruned\n`);
  }
  return EXIT.ok;
}
