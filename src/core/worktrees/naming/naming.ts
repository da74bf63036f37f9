// Pure naming: which branch and which folder an effort gets. Declared branch > repo config pattern > template.
import * as path from 'path';
import { parseEffortId, slugId } from '../../model/ids';
import { hasControl } from '../../git/refs';
import type { Effort, RepoConfig } from '../../model/model';
import { DEFAULT_WORKTREE_SETTINGS, type WorktreeSettings } from '../settings';
import { expandTemplate, TemplateError, templateRegExp } from './template';

export type BranchSource = 'declared' | 'repo-config' | 'template';

export interface BranchChoice {
  branch: string;
  source: BranchSource;
}

const SAFE_PART = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Placeholder values for one effort. `{effort_name}` is the effort's folder name when it declares one, else its slug. */
export function effortVars(
  effort: Effort,
  config: RepoConfig | undefined,
  repoName = '',
): Record<string, string | undefined> {
  const parsed = parseEffortId(effort.id);
  const phase = effort.phase ?? parsed?.phase;
  const wave = effort.wave ?? parsed?.wave;
  const slug = slugId(effort.name || effort.id);
  const folder = effort.directory ? effortFolderName(effort.directory) : '';
  const effortName = folder && SAFE_PART.test(folder) ? folder : slug;
  const n = parsed?.n !== undefined ? String(parsed.n) : undefined;
  return {
    phase: phase === undefined ? undefined : String(phase),
    wave: wave === undefined ? undefined : String(wave),
    effort_id: effort.id,
    id: effort.id,
    effort_number: n,
    index: n,
    n,
    effort_name: effortName,
    name: effortName,
    slug,
    project_prefix: config?.projectPrefix,
    prefix: config?.projectPrefix,
    repo: repoName || undefined,
  };
}

// Placeholders whose values only the plan can give, in words.
const PLAN_VALUES: Record<string, string> = {
  phase: 'phase',
  wave: 'wave',
  effort_number: 'effort number',
  index: 'effort number',
  n: 'effort number',
};

/**
 * What the plan does not say that a branch template needs (`phase` for a plan without phases), or undefined when the
 * naming failed for another reason (an unknown placeholder, a missing project prefix): those are the settings' fault.
 */
export function planValueMissing(err: unknown): string | undefined {
  return err instanceof TemplateError && err.missing ? PLAN_VALUES[err.missing] : undefined;
}

// Code folders plans write at the end of an effort's directory (`efforts/phase2/wave2/cli-commands/pkg/`): never its name.
const CODE_FOLDERS = new Set([
  'pkg',
  'src',
  'lib',
  'cmd',
  'internal',
  'source',
  'sources',
  'bin',
  'include',
  'packages',
]);
// Folders that group efforts rather than name one.
const GROUPING = /^(?:efforts?|phase[-_]?\d+|wave[-_]?\d+|p\d+w\d+)$/i;

/**
 * The effort's own folder in a declared directory: the segment after `waveN` when there is one
 * (`efforts/phase2/wave2/cli-commands/pkg/` → `cli-commands`), else the last segment that is not a code folder;
 * '' when no segment names the effort.
 */
export function effortFolderName(directory: string): string {
  const parts = directory
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p && p !== '.' && p !== '..');
  const names = (p: string): boolean => !CODE_FOLDERS.has(p.toLowerCase()) && !GROUPING.test(p);
  const wave = parts.findIndex((p) => /^wave[-_]?\d+$/i.test(p));
  if (wave >= 0 && wave + 1 < parts.length && names(parts[wave + 1])) return parts[wave + 1];
  for (let i = parts.length - 1; i >= 0; i--) {
    if (names(parts[i])) return parts[i];
    if (!CODE_FOLDERS.has(parts[i].toLowerCase())) return '';
  }
  return '';
}

/** A branch as plans write it: `` `x` (Wave 2.1 complete)`` → `x`. Anything else is kept whole (and validated later). */
export function cleanRefText(text: string): string {
  const ticked = /`([^`]+)`/.exec(text);
  if (ticked) return ticked[1].trim();
  return text.trim().replace(/\s+\([^()]*\)$/, '');
}

/** `prefix` + `/` + pattern, unless the pattern places the prefix itself. */
export function repoConfigBranchTemplate(config: RepoConfig | undefined): string | undefined {
  if (!config?.branchPattern) return undefined;
  const pattern = config.branchPattern.trim();
  if (!config.projectPrefix || /\{(project_prefix|prefix)\}/.test(pattern)) return pattern;
  return `${config.projectPrefix.replace(/\/+$/, '')}/${pattern}`;
}

/** Throws TemplateError when a template needs a value the effort lacks. The name is NOT validated here. */
export function branchFor(
  effort: Effort,
  settings: WorktreeSettings,
  config: RepoConfig | undefined,
  repoName = '',
): BranchChoice {
  const declared = effort.branch ? cleanRefText(effort.branch) : '';
  if (declared) return { branch: declared, source: 'declared' };
  const fromConfig = repoConfigBranchTemplate(config);
  const template = fromConfig ?? ownTemplateFor(effort, settings.branchTemplate);
  try {
    const branch = expandTemplate(template, effortVars(effort, config, repoName), `branch of ${effort.id}`);
    return { branch, source: fromConfig ? 'repo-config' : 'template' };
  } catch (err) {
    throw planGapError(err, effort, template, fromConfig !== undefined);
  }
}

/**
 * The built-in template names a branch by phase and wave; an effort of a plan that names no phase (`## Wave 2` over
 * `### Task 2.1`) gets the same without the phase, so Create Effort Worktree works there as the tree offers it. A
 * template the user chose is kept as written, and says what it misses (planGapError).
 */
function ownTemplateFor(effort: Effort, template: string): string {
  if (effort.phase !== undefined || template !== DEFAULT_WORKTREE_SETTINGS.branchTemplate) return template;
  return effort.wave === undefined ? WITHOUT_PHASE_OR_WAVE : WITHOUT_PHASE;
}

const WITHOUT_PHASE = 'waveplan/wave{wave}/{slug}';
const WITHOUT_PHASE_OR_WAVE = 'waveplan/{slug}';

/**
 * A template the plan cannot fill (kcp's Wave 0 gives its efforts no phase), said as the plan's gap and what to do
 * about it, rather than as a template failure; other template errors are the settings' and pass unchanged.
 */
function planGapError(err: unknown, effort: Effort, template: string, fromRepoConfig: boolean): unknown {
  const word = planValueMissing(err);
  if (!word || !(err instanceof TemplateError)) return err;
  const where = fromRepoConfig
    ? 'a branch pattern in the repository config'
    : 'a branch template (waveplan.branchTemplate, or branchTemplate in .waveplan.json)';
  // Callers show the part before "; " where space is short (shortError), the whole in logs and the CLI.
  return new TemplateError(
    `branch of ${effort.id}: the plan names none, and gives no ${word} for {${err.missing}} of "${template}"; ` +
      `give it a \`**Branch**:\` line in its plan, or use ${where} without {${err.missing}}`,
    err.missing,
  );
}

/** Regexes for branch names our templates would produce, for spotting branches that belong to no plan. */
export function branchPatterns(settings: WorktreeSettings, config: RepoConfig | undefined): RegExp[] {
  const fixed: Record<string, string> = config?.projectPrefix
    ? { project_prefix: config.projectPrefix, prefix: config.projectPrefix }
    : {};
  const templates = [repoConfigBranchTemplate(config), settings.branchTemplate].filter((t): t is string => !!t);
  if (settings.branchTemplate === DEFAULT_WORKTREE_SETTINGS.branchTemplate)
    templates.push(WITHOUT_PHASE, WITHOUT_PHASE_OR_WAVE);
  return templates.map((t) => templateRegExp(t, fixed));
}

export function branchSlug(branch: string): string {
  return branch.replace(/\//g, '-');
}

export class PathError extends Error {
  override readonly name = 'PathError';
}

/** Absolute folder that holds the effort worktrees (settings.root or the override, relative to the main worktree). */
export function worktreeRootFor(
  settings: WorktreeSettings,
  mainPath: string,
  repoName: string,
  rootOverride?: string,
): string {
  return path.resolve(mainPath, expandTemplate(rootOverride ?? settings.root, { repo: repoName }, 'worktree root'));
}

/** Absolute worktree folder: root (relative to the main worktree) + directory template. Refuses to leave root. */
export function worktreePathFor(
  effort: Effort,
  branch: string,
  settings: WorktreeSettings,
  config: RepoConfig | undefined,
  mainPath: string,
  repoName: string,
  rootOverride?: string,
): string {
  const vars = { ...effortVars(effort, config, repoName), branch, branch_slug: branchSlug(branch) };
  const root = worktreeRootFor(settings, mainPath, repoName, rootOverride);
  const dirTemplate = settings.directoryTemplate ?? config?.effortDirectoryPattern ?? '{branch_slug}';
  const rel = expandTemplate(dirTemplate, vars, `folder of ${effort.id}`);
  const full = path.resolve(root, rel);
  const inside = path.relative(root, full);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside))
    throw new PathError(`folder of ${effort.id}: "${rel}" would leave the worktree root ${root}`);
  if (hasControl(full))
    throw new PathError(`folder of ${effort.id}: ${JSON.stringify(full)} contains a control character`);
  const fromMain = path.relative(mainPath, full);
  if (!fromMain || fromMain === '.git' || fromMain.startsWith(`.git${path.sep}`))
    throw new PathError(`folder of ${effort.id}: ${full} is the repository itself or inside its .git folder`);
  return full;
}

export interface SplitName {
  stem: string;
  separator: string;
  number: number;
  width: number;
}

const SPLIT = /^(.*?)(-{1,2})split-(\d+)$/;

/** `x-split-002` / `x--split-002` → its stem and number. */
export function parseSplit(branch: string): SplitName | undefined {
  const m = SPLIT.exec(branch);
  return m ? { stem: m[1], separator: m[2], number: Number(m[3]), width: m[3].length } : undefined;
}

export function splitBranch(split: SplitName, number: number): string {
  return `${split.stem}${split.separator}split-${String(number).padStart(split.width, '0')}`;
}
