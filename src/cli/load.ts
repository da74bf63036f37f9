// Shared by CLI commands: paths on the command line → a loaded engine and its project.
import * as path from 'path';
import { PlanEngine } from '../core/engine';
import type { Limits, Project } from '../core/model';
import { findPlanFiles, loadFiles, type ScanProblem } from '../core/scan';

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
  await loadFiles(engine, files, problems);
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
