// Finds plan and state files under folders (Node fs, no editor API).
import { promises as fs } from 'fs';
import * as path from 'path';
import { classifyPlanFile } from './classify';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', 'vendor']);

export interface ScanProblem {
  path: string;
  message: string;
}

/** Plan and state files under each path (a folder is searched; a file is taken as it is). Sorted, de-duplicated. */
export async function findPlanFiles(paths: string[], problems: ScanProblem[] = []): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      problems.push({ path: abs, message: `cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    if (stat.isFile()) found.add(abs);
    else if (stat.isDirectory()) await walk(abs, found, problems);
  }
  return [...found].sort();
}

async function walk(dir: string, found: Set<string>, problems: ScanProblem[]): Promise<void> {
  // Breadth-first with an explicit queue: deep trees never grow the call stack.
  const queue = [dir];
  while (queue.length) {
    const current = queue.shift()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
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
