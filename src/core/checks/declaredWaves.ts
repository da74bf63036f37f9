// Which waves the workspace's plans declare. An effort plan speaks only for its own effort, so in an effort's
// own worktree (that plan alone) a reference to a sibling effort cannot be checked: it is not known to be wrong.
import { parseEffortId } from '../model/ids';
import type { Project } from '../model/model';

type WaveKey = number | string;

/**
 * A wave as one small integer (no string per lookup: a list may name 100,000 ids); `phase.wave` for numbers past 16
 * and 15 bits (the masks also send fractions and negatives there).
 */
function waveKey(phase: number, wave: number): WaveKey {
  return (phase & 0xffff) === phase && (wave & 0x7fff) === wave ? phase * 32768 + wave : `${phase}.${wave}`;
}

const declared = new WeakMap<Project, Set<WaveKey>>();

/** Every wave a plan other than an effort plan declares (a wave heading or an effort of it), by waveKey. */
function declaredWaves(project: Project): Set<WaveKey> {
  let set = declared.get(project);
  if (set) return set;
  set = new Set();
  for (const r of project.files) {
    if (r.kind === 'effort-plan') continue;
    for (const w of r.waves) set.add(waveKey(w.phase, w.wave));
    for (const f of r.efforts) {
      const p = parseEffortId(f.id);
      if (p) set.add(waveKey(p.phase, p.wave));
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
  return declaredWaves(project).has(waveKey(p.phase, p.wave)) ? undefined : `${p.phase}.${p.wave}`;
}
