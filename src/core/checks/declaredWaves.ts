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

/** The declared waves by waveKey: those of wave headings, and (read only when a wave is not among those) of efforts. */
interface Declared {
  headings: Set<WaveKey>;
  efforts?: Set<WaveKey>;
}

const declared = new WeakMap<Project, Declared>();

/** The declared waves of a project, from plans other than effort plans; efforts' ids are left for first need. */
function declaredOf(project: Project): Declared {
  let d = declared.get(project);
  if (d) return d;
  const headings = new Set<WaveKey>();
  for (const r of project.files) {
    if (r.kind === 'effort-plan') continue;
    for (const w of r.waves) headings.add(waveKey(w.phase, w.wave));
  }
  declared.set(project, (d = { headings }));
  return d;
}

/** Every wave an effort of a plan other than an effort plan is numbered in. */
function effortWaves(project: Project): Set<WaveKey> {
  const set = new Set<WaveKey>();
  for (const r of project.files) {
    if (r.kind === 'effort-plan') continue;
    for (const f of r.efforts) {
      const p = parseEffortId(f.id);
      if (p) set.add(waveKey(p.phase, p.wave));
    }
  }
  return set;
}

/** A wave heading or an effort of a plan other than an effort plan declares the wave. */
function isDeclared(project: Project, key: WaveKey): boolean {
  const d = declaredOf(project);
  // Most unknown references name a wave a plan heads: 10,000 efforts' ids are then never parsed for it.
  return d.headings.has(key) || (d.efforts ??= effortWaves(project)).has(key);
}

/** An edit that kept every file's waves and effort ids keeps the declared waves: computed once, not per edit. */
export function adoptDeclaredWaves(from: Project, to: Project): void {
  const d = declared.get(from);
  if (d) declared.set(to, d);
}

/** For a numbered id of a wave no plan here declares, that wave (`1.2`); undefined otherwise. */
export function undeclaredWaveOf(project: Project, id: string): string | undefined {
  const p = parseEffortId(id);
  if (!p) return undefined;
  return isDeclared(project, waveKey(p.phase, p.wave)) ? undefined : `${p.phase}.${p.wave}`;
}
