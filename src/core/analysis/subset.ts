// A project narrowed to some of its efforts, for analyses that must not see the others (cancelled or finished work).
import type { Effort, Project } from '../model/model';

/** The project with only the efforts `keep` accepts: the same object when it accepts them all. */
export function withEfforts(project: Project, keep: (e: Effort) => boolean): Project {
  const efforts = project.efforts.filter(keep);
  if (efforts.length === project.efforts.length) return project;
  return { ...project, efforts, byId: new Map(efforts.map((e) => [e.id, e])) };
}
