// Folder facts for safe creation and rollback: never touch what existed before we started.
import { promises as fs } from 'fs';
import * as path from 'path';

/** blocked = cannot exist because a parent is a file. */
export type DirState = 'absent' | 'empty' | 'non-empty' | 'not-a-folder' | 'blocked';

export async function dirState(dir: string): Promise<DirState> {
  try {
    const stat = await fs.stat(dir);
    if (!stat.isDirectory()) return 'not-a-folder';
    return (await fs.readdir(dir)).length ? 'non-empty' : 'empty';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'absent' : code === 'ENOTDIR' ? 'blocked' : 'not-a-folder';
  }
}

/** The folders from `dir` up that do not exist yet (deepest first): what a rollback may remove again. */
export async function missingAncestors(dir: string): Promise<string[]> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  for (;;) {
    if ((await dirState(current)) !== 'absent') return missing;
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) return missing;
    current = parent;
  }
}

/** Empty or holding only git's `.git` link file: what a half-made worktree looks like. */
export async function onlyGitLeftovers(dir: string): Promise<boolean> {
  const entries = await fs.readdir(dir).catch(() => undefined);
  return !!entries && entries.every((e) => e === '.git');
}

/** Removes folders we created, deepest first, only while they are empty. */
export async function removeEmptyFolders(dirs: string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs) {
    if ((await dirState(dir)) !== 'empty') break;
    await fs.rmdir(dir).catch(() => undefined);
    removed.push(dir);
  }
  return removed;
}

/**
 * The first existing part of `target` below `root` (the target itself included) that is a symbolic link: creating a
 * worktree through it would write into a folder outside the worktree root.
 */
export async function symlinkBelow(root: string, target: string): Promise<string | undefined> {
  const top = path.resolve(root);
  for (
    let current = path.resolve(target);
    current !== top && path.dirname(current) !== current;
    current = path.dirname(current)
  ) {
    const stat = await fs.lstat(current).catch(() => undefined);
    if (stat?.isSymbolicLink()) return current;
  }
  return undefined;
}

/** Same folder, even when one spelling goes through a symlink (e.g. macOS /tmp → /private/tmp). */
export async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}
