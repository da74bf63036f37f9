// The graph the schedule analysis runs on: every effort dependency, plus what the plan says about whole waves and
// phases (`Wave 2 depends on Wave 1`, `Dependencies: Wave 3.1 completion`, `integration:phase2-wave2.1`,
// `Phase 5 APIs`). Each such milestone is a gate node of weight 0 that depends on every effort of its wave or phase;
// the efforts that wait for it depend on the gate. Gates are scheduling only: checks never see them. A plan that
// names no phase gates its own waves (`## Wave 2` … `**Depends On**: Wave 1`): the gate is that plan's wave, whose
// efforts are the ones of that wave its file declares. A gate that names efforts of a wave (`Wave 2 p6w2-vw-core`)
// depends on those efforts only; they do not wait for it themselves.
import { appendAll } from '../model/arrays';
import { dependencyGraph, type DependencyGraph, type NodeIndex } from './graph';
import { isBefore, milestoneKey, milestoneName, milestonesIn, waitedText } from '../model/milestones';
import type { Effort, FileReadResult, Milestone, Project, WaveConstraint } from '../model/model';

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
  const byScope = constraintsByScope(project);
  const waits = project.efforts.map((e) => {
    const self = scheduledAs(project, e);
    return self ? waitsFor(e, self, byScope.get(scopeKey(self)) ?? []) : [];
  });
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
  // Gate → members: the efforts it names, else every effort of the wave (or phase).
  gates.forEach((m, i) => {
    for (const id of m.named ?? []) {
      const u = base.index.get(id);
      if (u === undefined || deps[n + i].includes(u)) continue;
      deps[n + i].push(u);
      dependents[u].push(n + i);
    }
  });
  project.efforts.forEach((e, u) => {
    const self = scheduledAs(project, e);
    if (!self) return;
    const keys = self.plan !== undefined ? [milestoneKey(self)] : [scopeKey(self)];
    if (self.plan === undefined && self.wave !== undefined) keys.push(milestoneKey(self));
    for (const key of keys) {
      const g = gateIndex.get(key);
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

/**
 * Where the schedule places an effort: its phase and wave, or its wave of the plan without phases that states it (see
 * planOf); none for an effort of neither.
 */
export function scheduledAs(project: Project, e: Effort): Milestone | undefined {
  if (e.phase !== undefined) return e.wave === undefined ? { phase: e.phase } : { phase: e.phase, wave: e.wave };
  return e.wave === undefined ? undefined : { plan: planOf(project, e), wave: e.wave };
}

const plansCache = new WeakMap<readonly FileReadResult[], Set<string>>();

/**
 * The file of the plan whose wave an effort of no phase is in: the plan that numbers waves with no phase and states
 * the effort, even where a state file recording it ranks first; else the file its wave was read from.
 */
export function planOf(project: Project, e: Effort): string {
  let plans = plansCache.get(project.files);
  if (!plans)
    plansCache.set(project.files, (plans = new Set(project.files.filter((r) => r.unphased).map((r) => r.file))));
  if (plans.size) for (const f of project.facts.get(e.id) ?? []) if (plans.has(f.span.file)) return f.span.file;
  return e.origins.wave?.file ?? e.source.file;
}

/**
 * The waves and phases an effort must wait for: its own non-effort dependencies and its wave's or phase's (those of
 * part of a wave, an inserted one, only if it is of that part); never a gate of efforts it is one of.
 */
function waitsFor(e: Effort, self: Milestone, constraints: readonly WaveConstraint[], written = true): Milestone[] {
  const found: Milestone[] = [];
  if (written) for (const text of e.externalDependsOn) appendAll(found, milestonesIn(text, self.phase, self.plan));
  for (const c of constraints)
    if ((c.wave === undefined || c.wave === e.wave) && (!c.efforts || c.efforts.includes(e.id)))
      appendAll(found, c.after);
  return earlierOnce(found, self).filter((m) => !m.named?.includes(e.id));
}

/** Of `found`, the milestones before `self` (the only ones a schedule can wait for), each once, in order. */
function earlierOnce(found: readonly Milestone[], self: Milestone): Milestone[] {
  const seen = new Set<string>();
  return found.filter((m) => {
    const key = milestoneKey(m);
    if (seen.has(key) || !isBefore(m, self)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The waves and phases an effort waits for because its plan says so of its wave or phase (`**Depends On**: Wave 1`
 * under `## Wave 2`), not in its own dependency list: what its hover and CodeLens add to the dependencies it writes.
 */
export function planWaitsOf(project: Project, e: Effort): Milestone[] {
  const self = scheduledAs(project, e);
  const constraints = self && constraintsByScope(project).get(scopeKey(self));
  return constraints ? waitsFor(e, self, constraints, false) : [];
}

/** `P3` for phase 3; a plan that names no phase by its file (a path, never `P` and a number). */
export function scopeKey(m: { phase?: number; plan?: string }): string {
  return m.plan ?? `P${m.phase}`;
}

const scoped = new WeakMap<Project, Map<string, WaveConstraint[]>>();

/** The plan's wave and phase constraints by scope, once per project: a big plan must not test each against every effort. */
function constraintsByScope(project: Project): Map<string, WaveConstraint[]> {
  let byScope = scoped.get(project);
  if (byScope) return byScope;
  byScope = new Map();
  for (const c of project.constraints ?? []) {
    const list = byScope.get(scopeKey(c));
    if (list) list.push(c);
    else byScope.set(scopeKey(c), [c]);
  }
  scoped.set(project, byScope);
  return byScope;
}

/**
 * What the plan says a whole wave or phase waits for, where it says it: a wave's own `**Depends On**: Wave 1`, a
 * phase's `**Requires**: Phase 1 complete` (asked of the phase, `{ phase }`; its waves wait for it too, but the phase
 * is where the plan says it). Earlier waves and phases only, as the schedule counts them; in plan order, each once.
 */
export function declaredWaitsOf(project: Project, scope: Milestone): Milestone[] {
  const found: Milestone[] = [];
  for (const c of constraintsByScope(project).get(scopeKey(scope)) ?? [])
    if (c.wave === scope.wave && !c.efforts) appendAll(found, c.after);
  return earlierOnce(found, scope);
}

/**
 * `waits for all of Wave 1, Phase 2`, `waits for E6.2.1`: how every view says it (inspect, the tree's wave and phase
 * rows).
 */
export function waitsText(waits: readonly Milestone[]): string | undefined {
  return waits.length ? `waits for ${waitedText(waits)}` : undefined;
}

/** `after Wave 1`: the same, short, for a row a narrow sidebar cuts. */
export function afterText(waits: readonly Milestone[]): string | undefined {
  return waits.length ? `after ${waits.map(milestoneName).join(', ')}` : undefined;
}
