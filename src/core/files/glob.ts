// Glob → RegExp, one translator for plan-file watchers and excludes and for the line counter's rules:
// `**`, `*`, `?`, `[…]` (`[!…]`), nested `{a,b}`.

/** Compiles a relative glob; case-insensitive by default, like the plan file classifier. */
export function compileGlob(glob: string, ignoreCase = true): RegExp {
  return new RegExp(`^${translateGlob(glob)}$`, ignoreCase ? 'i' : '');
}

/**
 * One case-insensitive pattern matching what any of the globs matches (a pattern that matches nothing for none): one
 * test per path instead of one per glob, for the folder walk's thousands of paths.
 */
export function compileAnyGlob(globs: readonly string[]): RegExp {
  if (!globs.length) return /(?!)/;
  // Most globs start with `**/`: their `(?:.*/)?` is written once, before an alternation of their rests. Each tried
  // its own before (the default plan globs and excludes: nine and six, ~3 us a path in all for a scan's thousands);
  // a prefix taken out of a union matches the same paths.
  const anyFolder: string[] = [];
  const others: string[] = [];
  for (const glob of globs) {
    const g = normalGlob(glob);
    if (g.startsWith('**/')) anyFolder.push(translate(g.slice(3)));
    else others.push(translate(g));
  }
  if (anyFolder.length) others.unshift(`(?:.*/)?(?:${anyFolder.join('|')})`);
  return new RegExp(`^(?:${others.join('|')})$`, 'i');
}

function normalGlob(glob: string): string {
  return glob.replace(/\\/g, '/').replace(/^\.\//, '');
}

function translateGlob(glob: string): string {
  return translate(normalGlob(glob));
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      // `**/` matches zero or more folders; a trailing `**` matches everything below.
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        out += `[${glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '{') {
      const close = matchingBrace(glob, i);
      if (close === -1) out += '\\{';
      else {
        out += `(?:${splitTop(glob.slice(i + 1, close))
          .map(translate)
          .join('|')})`;
        i = close;
      }
    } else out += ch.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}
