// The critical path of the work that remains: the longest chain of efforts not finished yet, by estimated lines.
// Finished efforts (done, or as the caller knows, merged) are left out with their edges: what waits for them waits
// for nothing any more, so the path never runs through work already delivered.
import type { Effort, Project } from '../model/model';
import { analyzeProject } from './schedule';

export const isFinished = (e: Effort): boolean => e.status === 'done';

/** Ids in order and total estimated lines; `finished` says which efforts are delivered (default: status done). */
export function remainingCriticalPath(
  project: Project,
  finished: (e: Effort) => boolean = isFinished,
): { efforts: string[]; totalLines: number } {
  const efforts = project.efforts.filter((e) => !finished(e));
  if (efforts.length === project.efforts.length) return analyzeProject(project).criticalPath;
  const rest: Project = { ...project, efforts, byId: new Map(efforts.map((e) => [e.id, e])) };
  return analyzeProject(rest).criticalPath;
}
