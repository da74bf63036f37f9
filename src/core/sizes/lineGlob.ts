// Globs for line-counter rules: `name/` = a folder of that name at any depth; a pattern without `/` matches the
// file name at any depth (like .gitignore). Translation is the shared one in core/files/glob.ts.
import { compileGlob } from '../files/glob';

/** Line-counter semantics on top of the shared translator: case-sensitive, `.gitignore`-style anchoring. */
export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/g, '/');
  if (g.endsWith('/')) {
    const inner = g.replace(/\/+$/, '');
    g = `${inner.includes('/') ? inner : `**/${inner}`}/**`;
  } else if (!g.includes('/')) g = `**/${g}`;
  return compileGlob(g.replace(/^\/+/, ''), false);
}

export class GlobSet {
  private readonly res: Array<{ glob: string; re: RegExp }>;
  constructor(globs: readonly string[]) {
    this.res = globs.filter((g) => g.trim()).map((glob) => ({ glob, re: globToRegExp(glob) }));
  }
  /** The first glob that matches a repo-relative path, if any. */
  match(path: string): string | undefined {
    const p = path.replace(/\\/g, '/');
    for (const { glob, re } of this.res) if (re.test(p)) return glob;
    return undefined;
  }
  get size(): number {
    return this.res.length;
  }
}
