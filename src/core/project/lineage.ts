// Which project an incremental update made a project from, and the efforts it merged again: views derived from a
// project (the locator) update the same efforts instead of rebuilding from every effort.
// The updated project shares its byId and facts maps with the one it came from (copying 10,000 entries per
// keystroke was most of an update's cost): the older project, superseded, then reads the newer efforts there.
import type { EffortFact, Project } from '../model/model';

export interface Update {
  /** Weak: a chain of updates must not keep every earlier project alive. */
  from: WeakRef<Project>;
  /** Ids of the efforts merged again; every other effort, its facts and their files are as in `from`. */
  ids: ReadonlySet<string>;
  /** Their facts before the update (`from.facts` now holds the new ones). */
  factsBefore: ReadonlyMap<string, readonly EffortFact[]>;
}

const updates = new WeakMap<Project, Update>();

export function recordUpdate(project: Project, update: Update): void {
  updates.set(project, update);
}

export function updateOf(project: Project): Update | undefined {
  return updates.get(project);
}
