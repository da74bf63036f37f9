// The line-counter rules: which changed files count towards an effort's size (plan-conventions.md, "Size rules").
import type { NumstatEntry } from '../git/numstat';
import { GlobSet } from './lineGlob';

/** Excluded by default, by group, so a caller can count e.g. tests again (one older rule did). */
export const DEFAULT_EXCLUDE_GROUPS = {
  tests: ['*_test.go', 'test/', 'tests/', '__tests__/', 'testdata/', '*.spec.*', '*.test.*'],
  docs: ['*.md', 'docs/', '*.txt'],
  demos: ['demo/', 'demos/'],
  generated: ['*.pb.go', '*_generated.go', 'zz_generated*', '*.gen.go'],
  config: ['*.json', '*.yaml', '*.yml', '*.toml'],
  lockFiles: ['*.lock', 'go.sum', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'npm-shrinkwrap.json'],
  vendor: ['vendor/', 'node_modules/'],
  meta: ['.github/', '.software-factory/'],
} as const;

export type ExcludeGroup = keyof typeof DEFAULT_EXCLUDE_GROUPS;

export interface SizeRules {
  /** Groups of DEFAULT_EXCLUDE_GROUPS to apply (default: all). */
  groups: ExcludeGroup[];
  /** Extra globs to exclude. */
  exclude: string[];
  /** When non-empty, only files matching one of these count (exclusions still apply). */
  include: string[];
}

export const DEFAULT_SIZE_RULES: SizeRules = {
  groups: Object.keys(DEFAULT_EXCLUDE_GROUPS) as ExcludeGroup[],
  exclude: [],
  include: [],
};

export interface CountedFile extends NumstatEntry {
  counted: boolean;
  /** The glob (or reason) that excluded the file. */
  excludedBy?: string;
}

export class LineCounter {
  private readonly excludes: GlobSet;
  private readonly includes: GlobSet;

  constructor(rules: Partial<SizeRules> = {}) {
    const r = { ...DEFAULT_SIZE_RULES, ...rules };
    this.excludes = new GlobSet([...r.groups.flatMap((g) => DEFAULT_EXCLUDE_GROUPS[g] ?? []), ...r.exclude]);
    this.includes = new GlobSet(r.include);
  }

  classify(entries: NumstatEntry[]): { insertions: number; files: CountedFile[] } {
    let insertions = 0;
    const files = entries.map((e): CountedFile => {
      const excludedBy = this.excludedBy(e);
      if (!excludedBy) insertions += e.insertions;
      return excludedBy ? { ...e, counted: false, excludedBy } : { ...e, counted: true };
    });
    return { insertions, files };
  }

  private excludedBy(e: NumstatEntry): string | undefined {
    if (this.includes.size && !this.includes.match(e.path)) return 'not included';
    if (e.binary) return 'binary';
    return this.excludes.match(e.path);
  }
}
