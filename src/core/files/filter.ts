// Which files of a project folder are plans: one policy for the CLI's folder walk and the editor's file search —
// the plan globs, minus the excludes, folders never read (dependencies, build output) and the worktree root.
import { classifyPlanFile, PLAN_GLOBS } from './classify';
import type { PlanFileKind } from '../model/model';
import { compileAnyGlob } from './glob';

/** What decides discovery; `.waveplan.json`, VS Code settings or CLI flags fill it (see project/config). */
export interface DiscoveryPolicy {
  planGlobs: string[];
  exclude: string[];
  worktreeRoot: string;
}

/** Folders never read as plans, at any depth: dependencies, git's own folder, build output, test installs. */
const NEVER_READ_DIRS: readonly string[] = ['node_modules', '.git', '.vscode-test', 'vendor', 'dist', 'out'];
const ALWAYS_EXCLUDED = NEVER_READ_DIRS.map((d) => `**/${d}/**`);

const DATA_FILE = /\.(json|ya?ml)$/i;

export class PlanFileFilter {
  // Each list as one pattern (compileAnyGlob): a path is tested once per list.
  private readonly defaults: RegExp;
  private readonly custom: RegExp;
  private readonly excluded: RegExp;
  /** Excludes simple enough for `workspace.findFiles` (one brace group, no nesting). */
  readonly searchExclude: string;

  constructor(policy: DiscoveryPolicy) {
    const isDefault = (g: string) => PLAN_GLOBS.includes(g);
    this.defaults = compileAnyGlob(policy.planGlobs.filter(isDefault));
    this.custom = compileAnyGlob(policy.planGlobs.filter((g) => !isDefault(g)));
    const excludes = [...ALWAYS_EXCLUDED, ...policy.exclude];
    // `{repo}` & co. become `*`: the exact folder is known only to git (the index also skips the worktrees git lists).
    const root = policy.worktreeRoot
      .replace(/\\/g, '/')
      .replace(/^\.\/|\/+$/g, '')
      .replace(/\{[A-Za-z_-]+\}/g, '*');
    // Effort worktrees are full checkouts holding copies of the plans: never read them as plans of this folder.
    if (root && !root.startsWith('/') && !root.startsWith('..')) excludes.push(`${root}/**`);
    this.excluded = compileAnyGlob(excludes);
    this.searchExclude = `{${excludes.filter((g) => !/[{}]/.test(g)).join(',')}}`;
  }

  /** The kind to read a folder-relative path as, or undefined when it is not a plan file here. */
  kindOf(relativePath: string): PlanFileKind | undefined {
    const p = relativePath.replace(/\\/g, '/');
    if (this.excluded.test(p)) return undefined;
    const kind = classifyPlanFile(p);
    if (kind && this.defaults.test(p)) return kind;
    // Globs the user added admit files the classifier does not know: JSON and YAML as state, the rest as generic plans.
    if (this.custom.test(p)) return kind ?? (DATA_FILE.test(p) ? 'state' : 'other');
    return undefined;
  }

  /** Whether a folder (relative path, no trailing slash) is excluded as a whole, so a walk need not enter it. */
  skipsFolder(relativeDir: string): boolean {
    const p = relativeDir.replace(/\\/g, '/');
    return this.excluded.test(`${p}/\u0000`);
  }
}
