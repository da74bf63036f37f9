// Which workspace folders are linked worktrees of another folder's repository (read from disk, no git process).
import { promises as fs } from 'fs';
import * as path from 'path';
import { isInside } from '../views/gitStatus';

/**
 * The main worktree of the repository `dir` is a linked worktree of, else undefined (a main worktree, a submodule,
 * a bare repository's worktree, or no repository). A linked worktree has a `.git` FILE (`gitdir: <common>/worktrees/<name>`)
 * and that folder a `commondir` file; submodules have the file but no `commondir`.
 */
export async function mainWorktreeOf(dir: string): Promise<string | undefined> {
  const text = await fs.readFile(path.join(dir, '.git'), 'utf8').catch(() => undefined);
  const m = text && /^gitdir:\s*(.+?)\s*$/m.exec(text);
  if (!m) return undefined;
  const gitdir = path.resolve(dir, m[1]);
  const common = await fs.readFile(path.join(gitdir, 'commondir'), 'utf8').catch(() => undefined);
  if (common === undefined) return undefined;
  const commonDir = path.resolve(gitdir, common.trim());
  return path.basename(commonDir) === '.git' ? path.dirname(commonDir) : undefined;
}

/**
 * Folders (by fsPath) that are effort worktrees of a repository another workspace folder belongs to: their plans are
 * copies of that folder's plans, so the index skips them ("Add to Workspace" must not show every effort twice).
 */
export async function worktreeCopies(folders: readonly string[]): Promise<Set<string>> {
  const mains = await Promise.all(folders.map((dir) => mainWorktreeOf(dir)));
  // Only a folder that is not a linked worktree itself can be "the" plan folder (two worktrees never hide each other).
  const owners = folders.filter((_, i) => !mains[i]);
  const copies = new Set<string>();
  folders.forEach((dir, i) => {
    const main = mains[i];
    if (main && owners.some((other) => isInside(other, main))) copies.add(dir);
  });
  return copies;
}
