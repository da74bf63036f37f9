// Finds plan and state files under folders (Node fs, no editor API). Symbolic links are followed only when they
// stay inside the folder being searched; FIFOs, devices and sockets are refused without being opened.
import { promises as fs } from 'fs';
import * as path from 'path';
import { classifyPlanFile } from './classify';
import { entryType, isInside } from './readGuard';

const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', 'vendor']);

export interface ScanProblem {
  path: string;
  message: string;
  /** True for a path named on the command line (the CLI then exits 2). */
  named?: boolean;
}

export interface ScanResult {
  /** Absolute paths to read, sorted, de-duplicated. */
  files: string[];
  /** Plan files found but not to be read, with the reason: each becomes a located diagnostic. */
  refused: Array<{ file: string; problem: string }>;
}

/** Plan and state files under each path (a folder is searched; a file is taken as it is). */
export async function findPlanFiles(paths: string[], problems: ScanProblem[] = []): Promise<ScanResult> {
  const found = new Set<string>();
  const refused: ScanResult['refused'] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      problems.push({ path: abs, named: true, message: `cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    if (stat.isFile()) found.add(abs);
    else if (stat.isDirectory()) await walk(abs, found, refused, problems);
    else problems.push({ path: abs, named: true, message: `cannot read ${p}: not a regular file (a ${entryType(stat)})` });
  }
  return { files: [...found].sort(), refused };
}

async function walk(dir: string, found: Set<string>, refused: ScanResult['refused'], problems: ScanProblem[]): Promise<void> {
  const root = await fs.realpath(dir).catch(() => dir);
  // Breadth-first with an explicit queue: deep trees never grow the call stack.
  const queue = [dir];
  for (let q = 0; q < queue.length; q++) {
    const current = queue[q];
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
        continue;
      }
      if (!classifyPlanFile(full)) continue;
      // Invalid UTF-8 in a name comes back as U+FFFD: that path does not exist and cannot be opened.
      if (entry.name.includes('\uFFFD')) {
        problems.push({ path: full, message: `skipped ${full}: its name is not valid UTF-8` });
        continue;
      }
      if (entry.isFile()) found.add(full);
      else if (entry.isSymbolicLink()) await followLink(root, full, found, refused);
      else refused.push({ file: full, problem: `not a regular file (a ${entryType(entry)}); Waveplan reads only regular files` });
    }
  }
}

/** A symlinked plan is read when it points at a regular file inside the searched folder; else it is refused. */
async function followLink(root: string, link: string, found: Set<string>, refused: ScanResult['refused']): Promise<void> {
  let target: string;
  try {
    target = await fs.realpath(link);
  } catch (err) {
    refused.push({ file: link, problem: `a symbolic link that cannot be followed (${(err as NodeJS.ErrnoException).code ?? String(err)}); Waveplan did not read it` });
    return;
  }
  if (!isInside(root, target, path.sep)) {
    refused.push({ file: link, problem: `a symbolic link to ${target}, outside the folder being read; Waveplan did not follow it` });
    return;
  }
  const stat = await fs.stat(target);
  if (stat.isFile()) found.add(link);
  else if (!stat.isDirectory()) refused.push({ file: link, problem: `not a regular file (a ${entryType(stat)}); Waveplan reads only regular files` });
}
