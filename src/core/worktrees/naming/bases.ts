// Which commit an effort branch starts from: declared base > split chain > cascade strategy (R308 / R501 / main).
import { compareEffortIds, parseEffortId } from '../../model/ids';
import type { Effort } from '../../model/model';
import { GitError } from '../../git/errors';
import { checkBranchName } from '../../git/refs';
import type { GitRepo } from '../../git/repo';
import { branchFor, cleanRefText, parseSplit, splitBranch } from './naming';
import type { PlanView, WorktreeSettings } from '../settings';
import type { FoundRef, RepoSnapshot } from '../snapshot';
import { branchPrefixes } from './prefixes';
import { expandTemplate } from './template';

export interface BaseChoice extends FoundRef {
  /** Why this base: "declared Base Branch", "R308: wave 2 starts from the wave 1 integration branch", … */
  reason: string;
}

export interface BaseContext {
  plan: PlanView;
  settings: WorktreeSettings;
  snap: RepoSnapshot;
  git: GitRepo;
}

/** Throws GitError('unknown-base' | 'invalid-ref') with the names tried and the local branches that could be meant. */
export async function resolveBase(effort: Effort, branch: string, ctx: BaseContext): Promise<BaseChoice> {
  const declared = effort.baseBranch ? cleanRefText(effort.baseBranch) : '';
  if (declared) {
    const problem = checkBranchName(declared, `base branch of ${effort.id}:`);
    if (problem) throw new GitError('invalid-ref', problem.message);
    const found = ctx.snap.find(declared) ?? (await verifyCommit(declared, ctx.git));
    if (found) return { ...found, reason: 'declared Base Branch' };
    // Plans often write `phase2/integration` where the repository's branches carry the project prefix.
    const prefixed = branchPrefixes(ctx.plan, branch)
      .filter((p) => !declared.startsWith(`${p}/`))
      .map((p) => `${p}/${declared}`);
    for (const name of prefixed) {
      const hit = ctx.snap.find(name);
      if (hit) return { ...hit, reason: `declared Base Branch ${declared}, under the plan's prefix` };
    }
    throw missing(effort, [declared, ...prefixed], { declared }, ctx.snap);
  }
  const split = parseSplit(branch);
  if (split && split.number > 1) {
    const previous = splitBranch(split, split.number - 1);
    const found = ctx.snap.find(previous);
    if (found) return { ...found, reason: `split ${split.number} starts from the previous split` };
    throw missing(effort, [previous], 'the previous split', ctx.snap);
  }
  return cascadeBase(effort, branch, ctx);
}

async function cascadeBase(effort: Effort, branch: string, ctx: BaseContext): Promise<BaseChoice> {
  const { settings } = ctx;
  if (settings.strategy === 'progressive') {
    const prev = previousEffortInWave(effort, ctx.plan);
    if (prev) {
      const previous = branchFor(prev, settings, ctx.plan.repoConfig, ctx.snap.repoName).branch;
      const found = ctx.snap.find(previous);
      if (found) return { ...found, reason: `R501 progressive: starts from the previous effort ${prev.id}` };
      throw missing(
        effort,
        [previous],
        `the branch of the previous effort ${prev.id} (R501; create it first)`,
        ctx.snap,
      );
    }
  }
  if (settings.strategy === 'main') return defaultBase(effort, ctx, 'strategy main');
  return incrementalBase(effort, branch, ctx);
}

/** R308: phase 1 wave 1 from main; wave M>1 from the wave M-1 integration branch; wave 1 of phase P>1 from phase P-1's. */
function incrementalBase(effort: Effort, branch: string, ctx: BaseContext): Promise<BaseChoice> {
  const parsed = parseEffortId(effort.id);
  const phase = effort.phase ?? parsed?.phase;
  const wave = effort.wave ?? parsed?.wave;
  if (phase === undefined || wave === undefined) return defaultBase(effort, ctx, 'R308: the effort has no phase/wave');
  const known = knownWaves(ctx.plan);
  const hasWaveZero = known.has(`${phase}.0`);
  const hasPhaseZero = [...known].some((k) => k.startsWith('0.'));
  const cfg = ctx.plan.repoConfig;
  if (wave - 1 >= 1 || (wave - 1 === 0 && hasWaveZero)) {
    const patterns = [
      ...(cfg?.integrationPattern ? [cfg.integrationPattern] : []),
      ...ctx.settings.waveIntegrationPatterns,
    ];
    const names = candidates(
      patterns,
      { phase: String(phase), wave: String(wave - 1) },
      branchPrefixes(ctx.plan, branch),
    );
    return Promise.resolve(
      pick(
        effort,
        names,
        `R308: wave ${phase}.${wave} starts from the wave ${phase}.${wave - 1} integration branch`,
        ctx,
      ),
    );
  }
  if (phase - 1 >= 1 || (phase - 1 === 0 && hasPhaseZero)) {
    const names = candidates(
      ctx.settings.phaseIntegrationPatterns,
      { phase: String(phase - 1) },
      branchPrefixes(ctx.plan, branch),
    );
    return Promise.resolve(
      pick(
        effort,
        names,
        `R308: the first wave of phase ${phase} starts from the phase ${phase - 1} integration branch`,
        ctx,
      ),
    );
  }
  return defaultBase(effort, ctx, 'R308: the first wave of the first phase');
}

/** The integration branch of one wave (the effort's own, for "is it merged?"), when one exists. */
export function waveIntegrationBranch(phase: number, wave: number, ctx: BaseContext): FoundRef | undefined {
  const cfg = ctx.plan.repoConfig;
  const patterns = [
    ...(cfg?.integrationPattern ? [cfg.integrationPattern] : []),
    ...ctx.settings.waveIntegrationPatterns,
  ];
  for (const name of candidates(patterns, { phase: String(phase), wave: String(wave) }, branchPrefixes(ctx.plan))) {
    const found = ctx.snap.find(name);
    if (found) return found;
  }
  return undefined;
}

export function defaultBranchRef(ctx: BaseContext): FoundRef | undefined {
  const wanted = ctx.settings.defaultBranch ?? ctx.plan.repoConfig?.defaultBranch;
  const names = wanted ? [wanted] : [ctx.snap.remoteHead, 'main', 'master'].filter((n): n is string => !!n);
  for (const name of names) {
    const found = ctx.snap.find(name);
    if (found) return found;
  }
  return undefined;
}

async function defaultBase(effort: Effort, ctx: BaseContext, why: string): Promise<BaseChoice> {
  const wanted = ctx.settings.defaultBranch ?? ctx.plan.repoConfig?.defaultBranch;
  const names = wanted ? [wanted] : [ctx.snap.remoteHead, 'main', 'master'].filter((n): n is string => !!n);
  return pick(effort, names, `${why} (${wanted ? 'configured default branch' : 'default branch'})`, ctx);
}

function pick(effort: Effort, names: string[], reason: string, ctx: BaseContext): BaseChoice {
  for (const name of names) {
    const found = ctx.snap.find(name);
    if (found) return { ...found, reason };
  }
  throw missing(effort, names, reason, ctx.snap);
}

/** Pattern × (each prefix, then none), de-duplicated, prefixed names first. */
function candidates(patterns: string[], vars: Record<string, string>, prefixes: string[]): string[] {
  const out = new Set<string>();
  for (const prefix of prefixes) {
    const expanded = patterns.map((p) =>
      expandTemplate(p, { ...vars, project_prefix: prefix, prefix }, 'integration branch'),
    );
    for (const name of expanded) out.add(name.startsWith(`${prefix}/`) ? name : `${prefix}/${name}`);
  }
  // Unprefixed: a pattern that places {prefix} itself cannot be expanded without one.
  for (const p of patterns)
    if (!/\{(project_prefix|prefix)\}/.test(p)) out.add(expandTemplate(p, vars, 'integration branch'));
  return [...out];
}

function previousEffortInWave(effort: Effort, plan: PlanView): Effort | undefined {
  const peers = planIndex(plan).waves.get(`${effort.phase}.${effort.wave}`) ?? [];
  const at = peers.findIndex((e) => e.id === effort.id);
  return at > 0 ? peers[at - 1] : undefined;
}

function knownWaves(plan: PlanView): Set<string> {
  return planIndex(plan).known;
}

interface PlanIndex {
  efforts: Effort[];
  phases: PlanView['phases'];
  known: Set<string>;
  /** Efforts by `phase.wave`, in id order. */
  waves: Map<string, Effort[]>;
}

// Built once per plan, not once per effort: a base lookup for each of N efforts would otherwise scan all N.
const indexes = new WeakMap<PlanView, PlanIndex>();

function planIndex(plan: PlanView): PlanIndex {
  const hit = indexes.get(plan);
  if (hit && hit.efforts === plan.efforts && hit.phases === plan.phases) return hit;
  const known = new Set<string>();
  const waves = new Map<string, Effort[]>();
  for (const p of plan.phases) for (const w of p.waves) known.add(`${w.phase}.${w.wave}`);
  for (const e of plan.efforts) {
    const key = `${e.phase}.${e.wave}`;
    if (e.phase !== undefined && e.wave !== undefined) known.add(key);
    const list = waves.get(key) ?? [];
    list.push(e);
    waves.set(key, list);
  }
  for (const list of waves.values()) list.sort((a, b) => compareEffortIds(a.id, b.id));
  const index = { efforts: plan.efforts, phases: plan.phases, known, waves };
  indexes.set(plan, index);
  return index;
}

async function verifyCommit(name: string, git: GitRepo): Promise<FoundRef | undefined> {
  const r = await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`], {
    okCodes: [0, 1, 128],
  });
  const sha = r.exitCode === 0 ? r.stdout.trim() : '';
  return sha ? { display: name, ref: sha, sha, remote: false } : undefined;
}

const LOOKS_LIKE_BASE = /integration|^(main|master|develop|trunk)$/i;

/**
 * No base: `what` the rule wanted, or the Base Branch the plan `declared`, which does not exist (saying "no base
 * branch" of an effort whose plan names one misled).
 */
function missing(effort: Effort, tried: string[], what: string | { declared: string }, snap: RepoSnapshot): GitError {
  const existing = [...snap.local.keys()]
    .filter((b) => LOOKS_LIKE_BASE.test(b))
    .sort()
    .slice(0, 12);
  const shown = tried.slice(0, 10).join(', ') + (tried.length > 10 ? `, … (${tried.length} names)` : '');
  const choices = existing.length
    ? `local branches that could be meant: ${existing.join(', ')}`
    : 'no local branch looks like a base';
  if (typeof what !== 'string')
    return new GitError(
      'unknown-base',
      `the base branch of ${effort.id}, ${what.declared}, does not exist: tried ${shown}; ${choices}. Correct its Base Branch or create the branch.`,
    );
  return new GitError(
    'unknown-base',
    `no base branch for ${effort.id} (${what}): tried ${shown}; ${choices}. Declare a Base Branch or create one of these.`,
  );
}
