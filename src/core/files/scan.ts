// Finds plan and state files under folders (Node fs, no editor API), with the same policy as the editor's search.
// Synchronous: a CLI has nothing else to do meanwhile, and sequential async readdir spent most of its time idle.
// Symbolic links are followed only when they stay inside the folder being searched; FIFOs, devices and sockets are
// refused without being opened.
import * as fs from 'fs';
import * as path from 'path';
import type { PlanFileKind } from '../model/model';
import { PLAN_GLOBS } from './classify';
import { PlanFileFilter } from './filter';
import { entryType, isInside as isWithin } from './readGuard';

export interface ScanProblem {
  path: string;
  message: string;
  /** True for a path named on the command line (the CLI then exits 2). */
  named?: boolean;
}

export interface FoundFile {
  file: string;
  /** The kind the policy reads it as; undefined for a file named on the command line that no rule knows. */
  kind?: PlanFileKind;
}

export interface RefusedFile extends FoundFile {
  /** Why it is not read, as a sentence: it becomes the file's one located diagnostic. */
  problem: string;
}

export interface ScanResult {
  /** Files to read, sorted by path, de-duplicated. */
  files: FoundFile[];
  /** Plan files found but not to be read, with the reason. */
  refused: RefusedFile[];
  /** Searched folders that hold a `.git` folder or file (git repositories, submodules, worktrees), sorted. */
  repos: string[];
  /** Of those, the linked worktrees (a `.git` file naming `<main>/.git/worktrees/<name>`), with their main folder. */
  linked: LinkedWorktree[];
}

export interface LinkedWorktree {
  folder: string;
  main: string;
}

export interface ScanOptions {
  /** Paths of found files are matched relative to this folder (the project root); default: each searched folder. */
  root?: string;
  filter?: PlanFileFilter;
}

const DEFAULT_FILTER = new PlanFileFilter({ planGlobs: PLAN_GLOBS, exclude: [], worktreeRoot: '' });

/** Plan and state files under each path (a folder is searched; a file is taken as it is). */
export function findPlanFiles(paths: string[], problems: ScanProblem[] = [], options: ScanOptions = {}): ScanResult {
  const found = new Map<string, PlanFileKind | undefined>();
  const refused: RefusedFile[] = [];
  const repos: string[] = [];
  const linked: LinkedWorktree[] = [];
  const filter = options.filter ?? DEFAULT_FILTER;
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      problems.push({
        path: abs,
        named: true,
        message: `cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      });
      continue;
    }
    const root = options.root && isInside(abs, options.root) ? options.root : abs;
    if (stat.isFile()) found.set(abs, filter.kindOf(relative(path.dirname(abs), abs)) ?? undefined);
    else if (stat.isDirectory()) walk(abs, root, filter, { found, refused, repos, linked }, problems);
    else
      problems.push({ path: abs, named: true, message: `cannot read ${p}: not a regular file (a ${entryType(stat)})` });
  }
  const files = [...found]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, kind]) => (kind ? { file, kind } : { file }));
  return { files, refused, repos: [...new Set(repos)].sort(), linked };
}

function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

function relative(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/');
}

function walk(
  dir: string,
  root: string,
  filter: PlanFileFilter,
  into: {
    found: Map<string, PlanFileKind | undefined>;
    refused: RefusedFile[];
    repos: string[];
    linked: LinkedWorktree[];
  },
  problems: ScanProblem[],
): void {
  const { found, refused, repos, linked } = into;
  let realDir: string;
  try {
    realDir = fs.realpathSync(dir);
  } catch {
    realDir = dir;
  }
  // Breadth-first with an explicit queue: deep trees never grow the call stack. Each folder's path relative to root
  // rides along, so an entry's is `rel/name` (what path.relative would give, without its work per entry).
  const queue = [dir];
  const rels = [relative(root, dir)];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i];
    const rel = rels[i];
    // path.join(current, name) for a name from readdir (never `.`, `..` or containing a separator).
    const prefix = current.endsWith(path.sep) ? current : current + path.sep;
    let entries;
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (err) {
      problems.push({
        path: current,
        message: `cannot list ${current}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      });
      continue;
    }
    for (const entry of entries) {
      if (entry.name === '.git') {
        repos.push(current);
        const main = entry.isFile() ? mainOfLinkedWorktree(current, prefix + entry.name) : undefined;
        if (main) linked.push({ folder: current, main });
      }
      const full = prefix + entry.name;
      const relFull = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!filter.skipsFolder(relFull)) {
          queue.push(full);
          rels.push(relFull);
        }
        continue;
      }
      const kind = filter.kindOf(relFull);
      if (!kind) continue;
      // Invalid UTF-8 in a name comes back as U+FFFD: that path does not exist and cannot be opened.
      if (entry.name.includes('\uFFFD')) {
        problems.push({ path: full, message: `skipped ${full}: its name is not valid UTF-8` });
        continue;
      }
      if (entry.isFile()) found.set(full, kind);
      else if (entry.isSymbolicLink()) followLink(realDir, full, kind, found, refused);
      else refused.push({ file: full, kind, problem: notRegular(entryType(entry)) });
    }
  }
}

function notRegular(type: string): string {
  return `not a regular file (a ${type}); Waveplan reads only regular files`;
}

/** A symlinked plan is read when it points at a regular file inside the searched folder; else it is refused. */
function followLink(
  realDir: string,
  link: string,
  kind: PlanFileKind,
  found: Map<string, PlanFileKind | undefined>,
  refused: RefusedFile[],
): void {
  let target: string;
  let stat: fs.Stats;
  try {
    target = fs.realpathSync(link);
    stat = fs.statSync(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    refused.push({
      file: link,
      kind,
      problem: `a symbolic link that cannot be followed (${code}); Waveplan did not read it`,
    });
    return;
  }
  if (!isWithin(realDir, target, path.sep)) {
    refused.push({
      file: link,
      kind,
      problem: `a symbolic link to ${target}, outside the folder being read; Waveplan did not follow it`,
    });
    return;
  }
  if (stat.isFile()) found.set(link, kind);
  else if (!stat.isDirectory()) refused.push({ file: link, kind, problem: notRegular(entryType(stat)) });
}

/** A `.git` file reads `gitdir: /repo/.git/worktrees/name` in a linked worktree: its main folder is `/repo`. */
function mainOfLinkedWorktree(folder: string, gitFile: string): string | undefined {
  let text: string;
  try {
    // A gitdir line is short; a large `.git` file is no pointer.
    if (fs.statSync(gitFile).size > 4096) return undefined;
    text = fs.readFileSync(gitFile, 'utf8');
  } catch {
    return undefined;
  }
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
  if (!m) return undefined;
  const gitDir = path.resolve(folder, m[1]);
  const w = /^(.*)[\\/]\.git[\\/]worktrees[\\/][^\\/]+$/.exec(gitDir);
  return w ? w[1] : undefined;
}
