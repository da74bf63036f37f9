// Which workspace files are plans: the `waveplan.planGlobs`, minus excludes, node_modules, .git and effort worktrees.
import { classifyPlanFile, PLAN_GLOBS } from './classify';
import type { PlanFileKind } from '../model/model';
import { compileGlob } from './glob';

/** The settings that decide which files are plans (the editor's settings and the CLI's flags both give them). */
export interface PlanFileSettings {
  planGlobs: string[];
  exclude: string[];
  worktreeRoot: string;
}

const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];

export class PlanFileFilter {
  private readonly defaults: RegExp[];
  private readonly custom: RegExp[];
  private readonly excluded: RegExp[];
  /** Excludes simple enough for `workspace.findFiles` (one brace group, no nesting). */
  readonly searchExclude: string;

  constructor(settings: PlanFileSettings) {
    const isDefault = (g: string) => PLAN_GLOBS.includes(g);
    this.defaults = settings.planGlobs.filter(isDefault).map((g) => compileGlob(g));
    this.custom = settings.planGlobs.filter((g) => !isDefault(g)).map((g) => compileGlob(g));
    const excludes = [...ALWAYS_EXCLUDED, ...settings.exclude];
    // `{repo}` & co. become `*`: the exact folder is known only to git (the index also skips the worktrees git lists).
    const root = settings.worktreeRoot.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '').replace(/\{[A-Za-z_-]+\}/g, '*');
    // Effort worktrees are full checkouts holding copies of the plans: never read them as plans of this folder.
    if (root && !root.startsWith('/') && !root.startsWith('..')) excludes.push(`${root}/**`);
    this.excluded = excludes.map((g) => compileGlob(g));
    this.searchExclude = `{${excludes.filter((g) => !/[{}]/.test(g)).join(',')}}`;
  }

  /** The kind to read a workspace-relative path as, or undefined when it is not a plan file here. */
  kindOf(relativePath: string): PlanFileKind | undefined {
    const p = relativePath.replace(/\\/g, '/');
    if (this.excluded.some((g) => g.test(p))) return undefined;
    const kind = classifyPlanFile(p);
    if (kind && this.defaults.some((g) => g.test(p))) return kind;
    // Globs the user added admit files the classifier does not know; they are read as generic plans.
    if (this.custom.some((g) => g.test(p))) return kind ?? 'other';
    return undefined;
  }
}
