// Finds plan and state files under folders (Node fs, no editor API).
import * as fs from 'fs';
import * as path from 'path';
import { classifyPlanFile } from './classify';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', 'vendor']);

export interface ScanProblem {
  path: string;
  message: string;
}

/**
 * Plan and state files under each path (a folder is searched; a file is taken as it is). Sorted, de-duplicated.
 * Synchronous: a CLI has nothing else to do meanwhile, and sequential async readdir spent most of its time idle.
 */
export function findPlanFiles(paths: string[], problems: ScanProblem[] = []): string[] {
  const found = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      problems.push({ path: abs, message: `cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    if (stat.isFile()) found.add(abs);
    else if (stat.isDirectory()) walk(abs, found, problems);
  }
  return [...found].sort();
}

function walk(dir: string, found: Set<string>, problems: ScanProblem[]): void {
  // Breadth-first with an explicit queue: deep trees never grow the call stack.
  const queue = [dir];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i];
    let entries;
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: current, message: `cannot list ${current}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) queue.push(full);
      } else if (entry.isFile() && classifyPlanFile(full)) {
        found.add(full);
      }
    }
  }
}
