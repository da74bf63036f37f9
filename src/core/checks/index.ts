// All plan checks over a merged project. Each check is its own file; fixes are computed from the file texts.
import type { Limits, PlanDiagnostic, Project } from '../model/model';
import { addConflictFixes } from './conflictFix';
import { createContext } from './context';
import { checkCycles } from './cycles';
import { checkParallel } from './parallel';
import { checkMeasured } from './measured';
import { checkSizes } from './size';
import { checkUnknownDependencies } from './unknownDependency';
import { checkWaveOrder } from './waveOrder';

/**
 * Diagnostics for the project (reader and merge diagnostics are already in project.diagnostics and are not repeated).
 * `getText` gives a file's current text for fixes (undefined: no fixes in that file).
 * `measured` maps effort ids to lines measured on their branches, for `effort-measured-oversized`.
 * The merge's `effort-conflict` findings get their "use this value" fix here, where file texts are at hand.
 */
export function runChecks(
  project: Project,
  limits: Limits,
  getText: (file: string) => string | undefined,
  measured?: Map<string, number>,
): PlanDiagnostic[] {
  const ctx = createContext(project, limits, getText, measured);
  addConflictFixes(ctx, project.diagnostics);
  return [
    ...checkCycles(ctx),
    ...checkUnknownDependencies(ctx),
    ...checkWaveOrder(ctx),
    ...checkParallel(ctx),
    ...checkSizes(ctx),
    ...checkMeasured(ctx),
  ];
}
