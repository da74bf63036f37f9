// The critical path of the work that remains: the longest chain of efforts not finished yet, by estimated lines.
// Finished efforts (done, or as the caller knows, merged) are left out with their edges: what waits for them waits
// for nothing any more, so the path never runs through work already delivered.
import type { Effort, EffortStatus, Project } from '../model/model';
import { analyzeProject } from './schedule';
import { withEfforts } from './subset';

/** No work is left: done, or cancelled (work nobody will do). */
export const isFinishedStatus = (status: EffortStatus): boolean => status === 'done' || status === 'cancelled';

export const isFinished = (e: Effort): boolean => isFinishedStatus(e.status);

/** Ids in order and total estimated lines; `finished` says which efforts are delivered (default: done or cancelled). */
export function remainingCriticalPath(
  project: Project,
  finished: (e: Effort) => boolean = isFinished,
): { efforts: string[]; totalLines: number } {
  return analyzeProject(withEfforts(project, (e) => !finished(e))).criticalPath;
}
