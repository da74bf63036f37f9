// `git worktree list --porcelain [-z]` → records. Handles bare, detached, locked and prunable entries.

export interface WorktreeEntry {
  path: string;
  /** Commit checked out; undefined for a bare repository or an unborn branch. */
  head?: string;
  /** Short branch name (`refs/heads/` removed); undefined when detached or bare. */
  branch?: string;
  bare: boolean;
  detached: boolean;
  /** Lock reason ('' when locked without one); undefined when not locked. */
  locked?: string;
  /** Why git would prune it (e.g. its folder is gone); undefined when healthy. */
  prunable?: string;
  /** The first entry is the main worktree (or the bare repository). */
  main: boolean;
}

/** Parses porcelain output; NUL-separated (`-z`) when it contains a NUL, newline-separated otherwise. */
export function parseWorktreeList(text: string): WorktreeEntry[] {
  const sep = text.includes('\0') ? '\0' : '\n';
  const entries: WorktreeEntry[] = [];
  let current: WorktreeEntry | undefined;
  for (const raw of text.split(sep)) {
    const line = sep === '\n' ? raw.replace(/\r$/, '') : raw;
    if (line === '') {
      current = undefined;
      continue;
    }
    const space = line.indexOf(' ');
    const key = space === -1 ? line : line.slice(0, space);
    const value = space === -1 ? '' : line.slice(space + 1);
    if (key === 'worktree') {
      current = { path: value, bare: false, detached: false, main: entries.length === 0 };
      entries.push(current);
      continue;
    }
    if (!current) continue;
    switch (key) {
      case 'HEAD':
        if (!/^0+$/.test(value)) current.head = value;
        break;
      case 'branch':
        current.branch = value.replace(/^refs\/heads\//, '');
        break;
      case 'bare':
        current.bare = true;
        break;
      case 'detached':
        current.detached = true;
        break;
      case 'locked':
        current.locked = value;
        break;
      case 'prunable':
        current.prunable = value;
        break;
    }
  }
  return entries;
}
