// Finds plan and state files under folders (Node fs, no editor API), with the same policy as the editor's search.
// Synchronous: a CLI has nothing else to do meanwhile, and sequential async readdir spent most of its time idle.
import * as fs from 'fs';
import * as path from 'path';
import type { PlanFileKind } from '../model/model';
import { PLAN_GLOBS } from './classify';
import { PlanFileFilter } from './filter';

export interface ScanProblem {
  path: string;
  message: string;
}

export interface FoundFile {
  file: string;
  /** The kind the policy reads it as; undefined for a file named on the command line that no rule knows. */
  kind?: PlanFileKind;
}

export interface ScanOptions {
  /** Paths of found files are matched relative to this folder (the project root); default: each searched folder. */
  root?: string;
  filter?: PlanFileFilter;
}

const DEFAULT_FILTER = new PlanFileFilter({ planGlobs: PLAN_GLOBS, exclude: [], worktreeRoot: '' });

/** Plan and state files under each path (a folder is searched; a file is taken as it is). Sorted, de-duplicated. */
export function findPlanFiles(
  paths: string[],
  problems: ScanProblem[] = [],
  options: ScanOptions = {},
): FoundFile[] {
  const found = new Map<string, PlanFileKind | undefined>();
  const filter = options.filter ?? DEFAULT_FILTER;
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      problems.push({ path: abs, message: `cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    const root = options.root && isInside(abs, options.root) ? options.root : abs;
    if (stat.isFile()) found.set(abs, filter.kindOf(relative(path.dirname(abs), abs)) ?? undefined);
    else if (stat.isDirectory()) walk(abs, root, filter, found, problems);
  }
  return [...found]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, kind]) => (kind ? { file, kind } : { file }));
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
  found: Map<string, PlanFileKind | undefined>,
  problems: ScanProblem[],
): void {
  // Breadth-first with an explicit queue: deep trees never grow the call stack.
  const queue = [dir];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i];
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
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!filter.skipsFolder(relative(root, full))) queue.push(full);
      } else if (entry.isFile()) {
        const kind = filter.kindOf(relative(root, full));
        if (kind) found.set(full, kind);
      }
    }
  }
}
