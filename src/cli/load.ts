// Shared by CLI commands: paths on the command line → a loaded engine and its project.
import { readFileSync } from 'fs';
import * as path from 'path';
import { PlanEngine } from '../core/project/engine';
import type { Limits, Project } from '../core/model/model';
import { findPlanFiles, type ScanProblem } from '../core/files/scan';

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
  const files = await findPlanFiles(targets, problems);
  const engine = new PlanEngine({ limits });
  // Synchronous reads: on 1,000 small files they beat batched async reads, and a CLI has nothing else to do
  // meanwhile. Reader worker threads were tried too and lost on two cores (start-up and a second cold JIT).
  for (const file of files) {
    try {
      engine.updateBytes(file, readFileSync(file));
    } catch (err) {
      problems.push({ path: file, message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    }
  }
  return { engine, project: engine.project(), root: cwd, problems };
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
