// Which project an incremental update made a project from, and the efforts it merged again: views derived from a
// project (the locator) update the same efforts instead of rebuilding from every effort.
import type { Project } from '../model/model';

export interface Update {
  /** Weak: a chain of updates must not keep every earlier project alive. */
  from: WeakRef<Project>;
  /** Ids of the efforts merged again; every other effort, its facts and their files are as in `from`. */
  ids: ReadonlySet<string>;
}

const updates = new WeakMap<Project, Update>();

export function recordUpdate(project: Project, update: Update): void {
  updates.set(project, update);
}

export function updateOf(project: Project): Update | undefined {
  return updates.get(project);
}
