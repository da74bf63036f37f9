// Shared by CLI commands: paths on the command line → a loaded engine and its project.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'fs';
import * as path from 'path';
import { PlanEngine } from '../core/project/engine';
import type { Limits, Project } from '../core/model/model';
import { findPlanFiles, type ScanProblem } from '../core/files/scan';
import { entryType, refusalOf } from '../core/files/readGuard';

export interface LoadedPlans {
  engine: PlanEngine;
  project: Project;
  /** The folder paths are reported relative to. */
  root: string;
  problems: ScanProblem[];
}

export async function loadProject(paths: string[], cwd: string, limits?: Partial<Limits>): Promise<LoadedPlans> {
  const targets = (paths.length ? paths : ['.']).map((p) => path.resolve(cwd, p));
  const problems: ScanProblem[] = [];
  const { files, refused } = await findPlanFiles(targets, problems);
  const engine = new PlanEngine({ limits });
  for (const r of refused) engine.refuse(r.file, r.problem);
  const named = new Set(targets);
  // Synchronous reads: on 1,000 small files they beat batched async reads, and a CLI has nothing else to do
  // meanwhile. Reader worker threads were tried too and lost on two cores (start-up and a second cold JIT).
  for (const file of files) {
    let fd: number | undefined;
    try {
      // Stat the open file, then read it: a file too large or not regular is refused without reading a byte.
      // Non-blocking: a path swapped for a FIFO since the scan must not hang the open.
      fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
      const stat = fstatSync(fd);
      const refusal = refusalOf({ type: entryType(stat), size: stat.size });
      if (refusal) {
        engine.refuse(file, refusal);
        if (named.has(file)) problems.push({ path: file, named: true, message: `cannot read ${file}: ${refusal}` });
      } else engine.updateBytes(file, readFileSync(fd));
    } catch (err) {
      problems.push({ path: file, named: named.has(file), message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return { engine, project: engine.project(), root: cwd, problems };
}

/** Exit code 2 when a path named on the command line could not be read, or nothing could be. */
export function failedToLoad(loaded: LoadedPlans): boolean {
  return loaded.problems.some((p) => p.named) || (loaded.problems.length > 0 && !loaded.project.files.length);
}

/** A path as the user should see it: relative to cwd when inside it. */
export function displayPath(file: string, root: string): string {
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** A diagnostic message with absolute paths under root shown relative, as in the rest of the CLI's output. */
export function displayMessage(message: string, root: string): string {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return message.split(prefix).join('');
}
