// Schedule analysis of a plan: earliest possible wave per effort, critical path weighted by estimated lines,
// slack, and minimum vs declared waves per phase. Dependencies inside a cycle are ignored (the graph minus those
// edges is acyclic), so a broken plan still gets an answer; `cyclic` lists the efforts concerned.
//
// Earliest wave: within a phase, 1 + the latest earliest wave of its same-phase dependencies, counted from the
// phase's first wave (0 when the plan has a Wave 0). Dependencies on earlier phases are met by phase order;
// dependencies on later phases are wave-order errors and ignored here. Critical path and slack follow explicit
// dependencies across phases; an effort without an estimate weighs 0 lines. What the plan says about whole waves
// and phases (`Wave 2 depends on Wave 1`, `Phase 5 APIs`) counts too, through the gate nodes of schedule.ts: an
// effort waiting for wave W starts after every effort of W (after W itself when no effort of W is known).
//
// A plan that names no phase (`## Wave 2` over `### Task 2.1`) is scheduled as a phase of its own: its efforts'
// earliest waves count from its first wave, by its own dependencies and `Depends On: Wave 1`; its wave numbers mean
// nothing to phases or to another such plan.
import { cyclicComponents, dependencyGraph, stronglyConnected } from './graph';
import type { Project } from '../model/model';
import { scheduledAs, scheduleGraph, scopeKey } from './gates';
import { withEfforts } from './subset';

export interface EffortSchedule {
  id: string;
  name: string;
  phase?: number;
  declaredWave?: number;
  /** Earliest wave the dependencies allow (undefined without a phase or a wave of a plan without phases). */
  earliestWave?: number;
  estimatedLines: number;
  /** Lines of work that could slip before the effort delays the critical path. */
  slack: number;
  critical: boolean;
  /** Declared later than its dependencies require (it could move earlier). */
  canMoveEarlier: boolean;
}

export interface PhaseSchedule {
  phase: number;
  declaredWaves: number;
  /** Waves the dependency chains need at least. */
  minimumWaves: number;
  firstWave: number;
}

/** A plan that names no phase, scheduled as a phase of its own. */
export interface UnphasedSchedule {
  /** The plan's file. */
  file: string;
  declaredWaves: number;
  minimumWaves: number;
  firstWave: number;
  /** Its efforts, in project order. */
  efforts: string[];
}

export interface PlanAnalysis {
  efforts: EffortSchedule[];
  byId: Map<string, EffortSchedule>;
  phases: PhaseSchedule[];
  /** Plans that name no phase, in file order. */
  unphased: UnphasedSchedule[];
  criticalPath: { efforts: string[]; totalLines: number };
  cyclic: string[];
}

export function analyzeProject(all: Project): PlanAnalysis {
  // Cancelled work is never done: it neither takes a wave nor lies on a path (what waits for it is told so by a check).
  const project = withEfforts(all, (e) => e.status !== 'cancelled');
  const graph = scheduleGraph(project);
  const components = stronglyConnected(graph);
  const { comp, members, start } = components;
  const efforts = project.efforts;
  const n = efforts.length;
  const nodes = graph.ids.length;
  const weight = graph.ids.map((_, u) => (u < n ? Math.max(0, efforts[u].estimatedLines ?? 0) : 0));
  // What waves count in: `P3` for phase 3, the file for a plan that names no phase (see scopeKey).
  const scopes = efforts.map((e) => {
    const self = scheduledAs(project, e);
    return self && scopeKey(self);
  });
  const scopeOf = (u: number): string | undefined => (u < n ? scopes[u] : scopeKey(graph.gates[u - n]));
  const acyclic = (u: number, v: number): boolean => comp[u] !== comp[v];

  const firstWave = new Map<string, number>();
  const declared = new Map<string, Set<number>>();
  const noteWave = (scope: string, w: number): void => {
    const cur = firstWave.get(scope);
    if (cur === undefined || w < cur) firstWave.set(scope, w);
    let waves = declared.get(scope);
    if (!waves) declared.set(scope, (waves = new Set()));
    waves.add(w);
  };
  for (const p of project.phases) for (const w of p.waves) noteWave(`P${p.phase}`, w.wave);
  efforts.forEach((e, u) => {
    if (e.wave !== undefined && scopes[u] !== undefined) noteWave(scopes[u], e.wave);
  });
  // A plan's waves that hold no effort count too (declared: `### Wave 3: Hardening`, nothing under it yet).
  const unphasedPlans = new Set<string>();
  efforts.forEach((e, u) => {
    if (e.phase === undefined && scopes[u] !== undefined) unphasedPlans.add(scopes[u]);
  });
  for (const r of project.files)
    if (r.unphased && unphasedPlans.has(r.file)) for (const w of r.unphased.waves) noteWave(r.file, w.wave);

  // Components come dependencies first, so one pass in that order sees every dependency before its dependents.
  const depth = new Int32Array(nodes);
  const longestTo = new Float64Array(nodes);
  const pred = new Int32Array(nodes).fill(-1);
  // Efforts on the path that ends at each node: of two paths of as many lines, the longer chain is critical (a plan
  // that estimates nothing, as GSD's, has a critical path of its longest chain, not of one effort).
  const chain = new Int32Array(nodes);
  // In build order: dependencies before dependents.
  for (let i = 0; i < members.length; i++) {
    const u = members[i];
    const gate = u >= n ? graph.gates[u - n] : undefined;
    // A gate finishes with its last member; a wave no known effort belongs to finishes at its own number.
    let d = gate?.wave !== undefined && graph.deps[u].length === 0 ? gate.wave - (firstWave.get(scopeOf(u)!) ?? 1) : 0;
    let best = 0;
    let bestChain = 0;
    for (const v of graph.deps[u]) {
      if (!acyclic(u, v)) continue;
      const step = gate ? 0 : 1;
      if (scopeOf(v) === scopeOf(u) && depth[v] + step > d) d = depth[v] + step;
      const longer = longestTo[v] > best || (longestTo[v] === best && chain[v] > bestChain);
      if (longer || (pred[u] === -1 && longestTo[v] === best)) {
        best = longestTo[v];
        bestChain = chain[v];
        pred[u] = v;
      }
    }
    depth[u] = d;
    longestTo[u] = best + weight[u];
    chain[u] = bestChain + (gate ? 0 : 1);
  }
  const longestFrom = new Float64Array(nodes);
  for (let c = components.count - 1; c >= 0; c--) {
    for (let i = start[c]; i < start[c + 1]; i++) {
      const u = members[i];
      let best = 0;
      for (const x of graph.dependents[u]) if (acyclic(u, x) && longestFrom[x] > best) best = longestFrom[x];
      longestFrom[u] = best + weight[u];
    }
  }

  let end = -1;
  const longer = (u: number, than: number) =>
    longestTo[u] > longestTo[than] || (longestTo[u] === longestTo[than] && chain[u] > chain[than]);
  for (let u = 0; u < n; u++) if (end === -1 || longer(u, end)) end = u;
  const path: string[] = [];
  for (let u = end; u !== -1; u = pred[u]) if (u < n) path.push(graph.ids[u]);
  path.reverse();
  const total = end === -1 ? 0 : longestTo[end];
  const onPath = new Set(path);

  const schedules: EffortSchedule[] = efforts.map((e, u) => {
    const scope = scopes[u];
    const earliest = scope === undefined ? undefined : (firstWave.get(scope) ?? 1) + depth[u];
    const slack = total - (longestTo[u] + longestFrom[u] - weight[u]);
    return {
      id: e.id,
      name: e.name,
      phase: e.phase,
      declaredWave: e.wave,
      earliestWave: earliest,
      estimatedLines: weight[u],
      slack,
      critical: onPath.has(e.id),
      canMoveEarlier: earliest !== undefined && e.wave !== undefined && earliest < e.wave,
    };
  });

  const maxDepth = new Map<string, number>();
  efforts.forEach((e, u) => {
    const scope = scopes[u];
    if (scope !== undefined && depth[u] >= (maxDepth.get(scope) ?? 0)) maxDepth.set(scope, depth[u]);
  });
  const minimumWaves = (scope: string) => (maxDepth.has(scope) ? maxDepth.get(scope)! + 1 : 0);
  const phases: PhaseSchedule[] = project.phases.map((p) => ({
    phase: p.phase,
    declaredWaves: p.waves.length,
    minimumWaves: minimumWaves(`P${p.phase}`),
    firstWave: firstWave.get(`P${p.phase}`) ?? 1,
  }));
  const unphased: UnphasedSchedule[] = [...unphasedPlans].sort().map((plan) => ({
    file: plan,
    declaredWaves: declared.get(plan)?.size ?? 0,
    minimumWaves: minimumWaves(plan),
    firstWave: firstWave.get(plan) ?? 1,
    efforts: efforts.filter((_, u) => scopes[u] === plan).map((e) => e.id),
  }));

  // Cycles are the explicit dependencies' only: what waves say of each other never makes an error.
  const explicit = dependencyGraph(project);
  const cyclic: string[] = [];
  for (const { members: cycle } of cyclicComponents(explicit, stronglyConnected(explicit)))
    for (const u of cycle) cyclic.push(explicit.ids[u]);

  return {
    efforts: schedules,
    byId: new Map(schedules.map((s) => [s.id, s])),
    phases,
    unphased,
    criticalPath: { efforts: path, totalLines: total },
    cyclic,
  };
}
