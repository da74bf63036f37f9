// The graph the schedule analysis runs on: every effort dependency, plus what the plan says about whole waves and
// phases (`Wave 2 depends on Wave 1`, `Dependencies: Wave 3.1 completion`, `integration:phase2-wave2.1`,
// `Phase 5 APIs`). Each such milestone is a gate node of weight 0 that depends on every effort of its wave or phase;
// the efforts that wait for it depend on the gate. Gates are scheduling only: checks never see them.
import { appendAll } from '../model/arrays';
import { dependencyGraph, type DependencyGraph, type NodeIndex } from './graph';
import { isBefore, milestoneKey, milestonesIn } from '../model/milestones';
import type { Effort, Milestone, Project, WaveConstraint } from '../model/model';

export interface ScheduleGraph extends DependencyGraph {
  /** Nodes [0, efforts) are efforts, in project.efforts order; the rest are gates. */
  efforts: number;
  /** The milestone of each gate node, by node index minus `efforts`. */
  gates: Milestone[];
}

const cache = new WeakMap<Project, ScheduleGraph>();

export function scheduleGraph(project: Project): ScheduleGraph {
  const cached = cache.get(project);
  if (cached) return cached;
  const base = dependencyGraph(project);
  const n = base.ids.length;
  // Constraints by phase: a big plan must not test every constraint against every effort.
  const byPhase = new Map<number, WaveConstraint[]>();
  for (const c of project.constraints ?? []) byPhase.set(c.phase, [...(byPhase.get(c.phase) ?? []), c]);
  const waits = project.efforts.map((e) => waitsFor(e, e.phase === undefined ? [] : (byPhase.get(e.phase) ?? [])));
  const gateIndex = new Map<string, number>();
  const gates: Milestone[] = [];
  for (const list of waits) {
    for (const m of list) {
      const key = milestoneKey(m);
      if (gateIndex.has(key)) continue;
      gateIndex.set(key, n + gates.length);
      gates.push(m);
    }
  }
  if (!gates.length) {
    const plain = { ...base, efforts: n, gates };
    cache.set(project, plain);
    return plain;
  }
  const deps = base.deps.map((d) => d.slice());
  const dependents = base.dependents.map((d) => d.slice());
  for (let g = 0; g < gates.length; g++) {
    deps.push([]);
    dependents.push([]);
  }
  // Gate → members: every effort of the wave (or phase).
  project.efforts.forEach((e, u) => {
    if (e.phase === undefined) return;
    for (const key of [`P${e.phase}`, e.wave !== undefined ? `W${e.phase}.${e.wave}` : undefined]) {
      const g = key === undefined ? undefined : gateIndex.get(key);
      if (g === undefined) continue;
      deps[g].push(u);
      dependents[u].push(g);
    }
  });
  waits.forEach((list, u) => {
    for (const m of list) {
      const g = gateIndex.get(milestoneKey(m))!;
      deps[u].push(g);
      dependents[g].push(u);
    }
  });
  const ids = [...base.ids, ...gates.map(milestoneKey)];
  // A gate's key wins over an effort id written the same.
  const index: NodeIndex = { get: (id) => gateIndex.get(id) ?? base.index.get(id) };
  const graph: ScheduleGraph = { ids, index, deps, dependents, efforts: n, gates };
  cache.set(project, graph);
  return graph;
}

/** The waves and phases an effort must wait for: its own non-effort dependencies and its wave's or phase's. */
function waitsFor(e: Effort, constraints: readonly WaveConstraint[]): Milestone[] {
  if (e.phase === undefined) return [];
  const found: Milestone[] = [];
  for (const text of e.externalDependsOn) appendAll(found, milestonesIn(text, e.phase));
  for (const c of constraints) if (c.wave === undefined || c.wave === e.wave) appendAll(found, c.after);
  const seen = new Set<string>();
  return found.filter((m) => {
    const key = milestoneKey(m);
    if (seen.has(key) || !isBefore(m, e.phase!, e.wave)) return false;
    seen.add(key);
    return true;
  });
}
