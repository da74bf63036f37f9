// What the plan tree shows first, decided from the plan alone (the editor only draws it): which wave is current,
// which efforts are coordination documents rather than work, and the compact effort label.
import type { Effort, Limits, Project, Wave } from '../model/model';
import { counted } from './counted';
import { formatCount } from '../model/numbers';
import { isFinished } from '../analysis/remaining';
import { milestoneName } from '../model/milestones';
import { sizeTally } from '../sizes/effortSize';

// `E1.2.3`, `w2-1-…` of an item a plan without phases numbers within its wave (`### W2.1 — Worker core`), or a
// GSD plan's `07-02` (readers/gsd).
const NUMBERED = /^(?:E\d|w\d{1,3}-\d{1,3}-|\d{2,3}(?:\.\d{1,2})?-\d{2,3}[a-z]?$)/;
const COORDINATION = /\b(?:coordination|planning|wave-?plan(?:ning)?)\b/i;

/**
 * A plan-only effort: no effort number, either nothing to build (no size and no branch) or named as
 * coordination/planning work, and no dependency either way. Its plan coordinates the numbered efforts; it is not one
 * of them. An effort that waits for others, or that others wait for, is work whatever its name (kcp's
 * `sync-01-interfaces`: a branch the next waves build on, listed without size or branch).
 */
export function isCoordination(effort: Effort, project: Project | undefined): boolean {
  if (NUMBERED.test(effort.id) || effort.dependsOn.length) return false;
  const planOnly =
    (effort.estimatedLines === undefined && effort.actualLines === undefined && !effort.branch) ||
    COORDINATION.test(`${effort.id.replace(/[-_]/g, ' ')} ${effort.name ?? ''}`);
  return planOnly && !(project && waitedFor(project).has(effort.id));
}

const waitedForCache = new WeakMap<Project, Set<string>>();

/** Every id some effort depends on; computed once per merged project (the tree asks per wave row). */
function waitedFor(project: Project): Set<string> {
  let ids = waitedForCache.get(project);
  if (ids) return ids;
  ids = new Set();
  for (const e of project.efforts) for (const d of e.dependsOn) ids.add(d);
  waitedForCache.set(project, ids);
  return ids;
}

/** Id (`W1.2`) of the first wave, in plan order, with an effort that is not done; undefined when all are done. */
export function currentWaveId(project: Project): string | undefined {
  for (const phase of project.phases) {
    for (const wave of phase.waves) {
      const work = wave.efforts
        .map((id) => project.byId.get(id))
        .filter((e): e is Effort => !!e && !isCoordination(e, project));
      if (work.some((e) => !isFinished(e))) return wave.id;
    }
  }
  return undefined;
}

/** `E1.2.1 ~450/800`: id and size, which must stay visible in a narrow sidebar; the name follows as description. */
export function compactEffortLabel(effort: Effort, limits: Limits): string {
  const size = effort.actualLines ?? effort.estimatedLines;
  if (size === undefined) return effort.id;
  return `${effort.id} ${effort.actualLines === undefined ? '~' : ''}${formatCount(size)}/${formatCount(limits.hard)}`;
}

/**
 * A wave's efforts as the tree and `inspect` list them: its work in plan order, then the coordination documents the
 * plan puts in it (idp's `phase3/wave2/wave-planning`), which are listed there, after the work, and not counted as it.
 */
export function waveListing(
  ids: readonly string[],
  project: Project | undefined,
): { work: string[]; coordination: string[] } {
  const work: string[] = [];
  const coordination: string[] = [];
  for (const id of ids) {
    const e = project?.byId.get(id);
    (e && isCoordination(e, project) ? coordination : work).push(id);
  }
  return { work, coordination };
}

/** Coordination documents that no wave lists: the tree and `inspect` keep them in a group of their own. */
export function coordinationApart(project: Project): Effort[] {
  const inWave = new Set<string>();
  for (const phase of project.phases) for (const wave of phase.waves) for (const id of wave.efforts) inWave.add(id);
  return project.efforts.filter((e) => !inWave.has(e.id) && isCoordination(e, project));
}

/**
 * A wave's tree description: its efforts (coordination documents counted apart) and their lines, `+` when some have
 * no size: `2 efforts · 600 lines · +1 coordination doc`.
 */
export function waveDescription(all: readonly string[], project: Project | undefined): string {
  const { work: ids, coordination } = waveListing(all, project);
  const { lines, unsized } = sizeTally(ids.map((id) => project?.byId.get(id)));
  // idp's Wave 1.2 has one effort of 350 lines and three with no size: `350+ lines`, not the wave's size.
  const parts = [counted(ids.length, 'effort')];
  if (lines) parts.push(`${formatCount(lines)}${unsized ? '+' : ''} lines`);
  // After the numbers of the work, which a narrow sidebar must still show.
  if (coordination.length) parts.push(`+${counted(coordination.length, 'coordination doc')}`);
  return parts.join(' · ');
}

/**
 * A wave's row: `Wave 6.2` as label (as the CLI, Problems and hovers name it), then its count and size, then its name
 * (`2 efforts · 1,850 lines · Core Build & Push`). The label stays short, so count and size are what a narrow sidebar
 * shows after it; the name is cut first.
 */
export function waveRow(
  wave: Wave,
  project: Project | undefined,
): { label: string; description: string; title: string } {
  const counts = waveDescription(wave.efforts, project);
  const label = milestoneName(wave);
  return {
    label,
    description: wave.name ? `${counts} · ${wave.name}` : counts,
    title: wave.name ? `${label}: ${wave.name}` : label,
  };
}

/**
 * A phase's row, like a wave's: `Phase 2` as label, its wave count and then its name as description (`3 waves · Push
 * Command`), so a narrow sidebar cuts the name, never the number or the count. The tooltip has the full title.
 */
export function phaseRow(
  phase: { phase: number; name?: string },
  waves: number,
): { label: string; description: string; title: string } {
  const count = counted(waves, 'wave');
  return {
    label: `Phase ${phase.phase}`,
    description: phase.name ? `${count} · ${phase.name}` : count,
    title: `Phase ${phase.phase}${phase.name ? `: ${phase.name}` : ''}`,
  };
}

/** Efforts with a phase and no wave, by phase, in plan order. */
export function wavelessByPhase(project: Project): Map<number, string[]> {
  const byPhase = new Map<number, string[]>();
  for (const e of project.efforts) {
    if (e.phase === undefined || e.wave !== undefined) continue;
    const list = byPhase.get(e.phase);
    if (list) list.push(e.id);
    else byPhase.set(e.phase, [e.id]);
  }
  return byPhase;
}
