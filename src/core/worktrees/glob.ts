// Minimal globs for line-counter rules: `*`, `?`, `**`, `{a,b}`; `name/` = a folder of that name at any depth;
// a pattern without `/` matches the file name at any depth (like .gitignore).

export function globToRegExp(glob: string): RegExp {
  let g = glob.trim().replace(/\\/g, '/');
  if (g.endsWith('/')) {
    const inner = g.replace(/\/+$/, '');
    g = `${inner.includes('/') ? inner : `**/${inner}`}/**`;
  } else if (!g.includes('/')) g = `**/${g}`;
  g = g.replace(/^\/+/, '');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*' && g[i + 1] === '*') {
      const slashAfter = g[i + 2] === '/';
      re += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = g.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re += `(?:${g.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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
