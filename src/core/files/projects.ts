// A folder holding several git repositories holds several projects: each nested repository's plans are read, merged
// and checked on their own (svc-a's E1.1.1 is not svc-b's). Pure path logic shared by the CLI and the editor.
import * as path from 'path';
import { isInside } from './readGuard';
import type { LinkedWorktree } from './scan';

export interface ProjectPart<T> {
  /** The project's folder: the nested repository, or the opened folder for plans outside every nested one. */
  root: string;
  /** What the project is called where several are shown: its folder relative to the opened folder (`svc-a`). */
  name: string;
  items: T[];
}

/** The git repositories a scan found (ScanResult's repos and linked). */
export interface FoundRepos {
  repos: readonly string[];
  linked: readonly LinkedWorktree[];
}

/**
 * Splits what was found under `top` by the repository that holds it: an item belongs to the deepest of `repos` (folders
 * holding a `.git`) that contains it, else to `top`. Only projects with items are returned, in path order; a folder
 * with no nested repository, or with plans in one project only, gives one part, as before. A linked worktree of a
 * nested repository (`svc-a-worktrees/x`, made by a worktree command) holds copies of that repository's plans on
 * another branch: its items are left out, as the editor leaves out the worktrees of its folder's own repository.
 */
export function splitByRepository<T>(
  top: string,
  found: FoundRepos,
  items: readonly T[],
  fileOf: (item: T) => string,
  sep: string = path.sep,
): ProjectPart<T>[] {
  const copies = nestedWorktreeCopies(top, found, sep);
  const roots = nestedRoots(top, found.repos, sep).filter((r) => !copies.includes(r));
  const parts = new Map<string, T[]>();
  for (const item of items) {
    if (copies.length && copies.some((c) => isInside(c, fileOf(item), sep))) continue;
    const root = repositoryOf(fileOf(item), top, roots, sep);
    let list = parts.get(root);
    if (!list) parts.set(root, (list = []));
    list.push(item);
  }
  if (parts.size <= 1) {
    const [only] = parts;
    return [{ root: only?.[0] ?? top, name: nameOf(top, only?.[0] ?? top, sep), items: [...items] }];
  }
  return [...parts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([root, list]) => ({ root, name: nameOf(top, root, sep), items: list }));
}

/** Linked worktrees below `top` whose main folder is a repository below `top`: copies, not projects. */
export function nestedWorktreeCopies(top: string, found: FoundRepos, sep: string = path.sep): string[] {
  if (!found.linked.length) return [];
  const nested = new Set(nestedRoots(top, found.repos, sep));
  return found.linked.filter((l) => nested.has(l.main) && isInside(top, l.folder, sep)).map((l) => l.folder);
}

/** The repositories below `top`, deepest first: a submodule inside a repository is its own project. */
export function nestedRoots(top: string, repos: readonly string[], sep: string = path.sep): string[] {
  return repos.filter((r) => r !== top && isInside(top, r, sep)).sort((a, b) => b.length - a.length);
}

/** The project folder a file belongs to: the deepest of `roots` (from nestedRoots) holding it, else `top`. */
export function repositoryOf(file: string, top: string, roots: readonly string[], sep: string = path.sep): string {
  return roots.find((r) => isInside(r, file, sep)) ?? top;
}

/** A nested project is named by its path below the opened folder (`svc-a`, `libs/core`); the opened folder by its own name. */
function nameOf(top: string, root: string, sep: string): string {
  if (root === top) return basename(top, sep);
  return root.slice(withSep(top, sep).length).split(sep).join('/');
}

function basename(p: string, sep: string): string {
  const trimmed = p.endsWith(sep) && p.length > 1 ? p.slice(0, -1) : p;
  return trimmed.slice(trimmed.lastIndexOf(sep) + 1) || trimmed;
}

function withSep(p: string, sep: string): string {
  return p.endsWith(sep) ? p : p + sep;
}
