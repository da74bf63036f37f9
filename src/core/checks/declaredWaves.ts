// Which waves the workspace's plans declare. An effort plan speaks only for its own effort, so in an effort's
// own worktree (that plan alone) a reference to a sibling effort cannot be checked: it is not known to be wrong.
import { parseEffortId } from '../model/ids';
import type { Project } from '../model/model';

const declared = new WeakMap<Project, Set<string>>();

/** `phase.wave` of every wave a plan other than an effort plan declares (a wave heading or an effort of it). */
export function declaredWaves(project: Project): Set<string> {
  let set = declared.get(project);
  if (set) return set;
  set = new Set();
  for (const r of project.files) {
    if (r.kind === 'effort-plan') continue;
    for (const w of r.waves) set.add(`${w.phase}.${w.wave}`);
    for (const f of r.efforts) {
      const p = parseEffortId(f.id);
      if (p) set.add(`${p.phase}.${p.wave}`);
    }
  }
  declared.set(project, set);
  return set;
}

/** An edit that kept every file's waves and effort ids keeps the declared waves: computed once, not per edit. */
export function adoptDeclaredWaves(from: Project, to: Project): void {
  const set = declared.get(from);
  if (set) declared.set(to, set);
}

/** For a numbered id of a wave no plan here declares, that wave (`1.2`); undefined otherwise. */
export function undeclaredWaveOf(project: Project, id: string): string | undefined {
  const p = parseEffortId(id);
  if (!p) return undefined;
  const key = `${p.phase}.${p.wave}`;
  return declaredWaves(project).has(key) ? undefined : key;
}
