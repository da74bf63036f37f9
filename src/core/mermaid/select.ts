// Which efforts a graph shows (everything, one phase, one wave, an effort ± k hops) and how edges are keyed.
import { planOf } from '../analysis/gates';
import { dependencyGraph } from '../analysis/graph';
import { milestoneKey } from '../model/milestones';
import { compareEffortIds, waveId } from '../model/ids';
import type { Effort, Project } from '../model/model';
import { isCoordination } from '../views/treeShape';
import type { GraphFocus } from './types';
import { counted } from '../views/counted';
import { unphasedPlanLabel } from '../views/unphasedPlans';

export interface Selection {
  /** Efforts drawn, in id order. */
  efforts: Effort[];
  /** Ids among `efforts` that are only neighbours of the focus (drawn faded). */
  context: Set<string>;
  title: string;
}

/** Dependents of each effort (reverse edges) from the shared dependency graph. */
export function dependentsOf(project: Project): (id: string) => string[] {
  const graph = dependencyGraph(project);
  return (id) => {
    const i = graph.index.get(id);
    return i === undefined ? [] : graph.dependents[i].map((d) => graph.ids[d]);
  };
}

export function selectEfforts(
  project: Project,
  focus: GraphFocus | undefined,
  dependents: (id: string) => string[],
): Selection {
  // A coordination document (the tree keeps it apart) is not drawn; one with an edge is work (see isCoordination).
  const work = project.efforts.filter((e) => !isCoordination(e, project));
  if (!focus) return { efforts: sorted(work), context: new Set(), title: 'All efforts' };
  if (focus.kind === 'effort') return aroundEffort(project, focus.id, Math.max(0, Math.floor(focus.hops)), dependents);
  const inFocus = work.filter((e) => inScope(project, e, focus));
  const title = scopeTitle(project, focus);
  if (focus.kind === 'phase' || focus.kind === 'plan') return { efforts: sorted(inFocus), context: new Set(), title };
  // A wave is drawn with its direct neighbours outside it, so its inputs and outputs stay visible.
  const ids = new Set(inFocus.map((e) => e.id));
  const context = new Set<string>();
  for (const e of inFocus) {
    for (const dep of e.dependsOn) if (!ids.has(dep) && project.byId.has(dep)) context.add(dep);
    for (const d of dependents(e.id)) if (!ids.has(d)) context.add(d);
  }
  const efforts = [...inFocus, ...[...context].map((id) => project.byId.get(id)!)];
  return { efforts: sorted(efforts), context, title };
}

type ScopeFocus = Exclude<GraphFocus, { kind: 'effort' }>;

function inScope(project: Project, e: Effort, focus: ScopeFocus): boolean {
  if (focus.kind === 'phase' || focus.kind === 'wave')
    return e.phase === focus.phase && (focus.kind === 'phase' || e.wave === focus.wave);
  if (e.phase !== undefined || e.wave === undefined) return false;
  return (focus.kind === 'plan' || e.wave === focus.wave) && planOf(project, e) === focus.plan;
}

function scopeTitle(project: Project, focus: ScopeFocus): string {
  if (focus.kind === 'phase') return `Phase ${focus.phase}`;
  if (focus.kind === 'wave') return `Phase ${focus.phase} · Wave ${focus.wave}`;
  const plan = unphasedPlanLabel(project, focus.plan);
  return focus.kind === 'plan' ? plan : `${plan} · Wave ${focus.wave}`;
}

/** Upstream and downstream separately, k hops each: siblings of the effort are not pulled in. */
function aroundEffort(project: Project, id: string, hops: number, dependents: (id: string) => string[]): Selection {
  const center = project.byId.get(id);
  if (!center) return { efforts: [], context: new Set(), title: `${id} (not in plan)` };
  const seen = new Set<string>([id]);
  walk(id, hops, (e) => project.byId.get(e)?.dependsOn ?? [], seen);
  walk(id, hops, dependents, seen);
  const efforts = [...seen].map((e) => project.byId.get(e)).filter((e): e is Effort => !!e);
  const context = new Set([...seen].filter((e) => e !== id));
  return { efforts: sorted(efforts), context, title: `${id} ± ${counted(hops, 'hop')}` };
}

function walk(start: string, hops: number, next: (id: string) => string[], seen: Set<string>): void {
  let frontier = [start];
  const local = new Set<string>([start]);
  for (let h = 0; h < hops && frontier.length; h++) {
    const after: string[] = [];
    for (const id of frontier) {
      for (const n of next(id)) {
        if (local.has(n)) continue;
        local.add(n);
        seen.add(n);
        after.push(n);
      }
    }
    frontier = after;
  }
}

function sorted(efforts: Effort[]): Effort[] {
  return [...efforts].sort((a, b) => compareEffortIds(a.id, b.id));
}

export function edgeKey(from: string, to: string): string {
  return `${from}\u2192${to}`;
}

/**
 * The group an effort is drawn in: groupOf's, or for an effort of a plan that names no phase its wave of that plan
 * (`plans/sync.md#W2`, the gate's key), so such a plan gets wave boxes as a phased one does.
 */
export function boxOf(project: Project, e: Effort): string {
  return e.phase === undefined && e.wave !== undefined
    ? milestoneKey({ plan: planOf(project, e), wave: e.wave })
    : groupOf(e);
}

/** `W5.1` for an effort's wave, `P5` when it has a phase only, `unassigned` otherwise. */
export function groupOf(e: Pick<Effort, 'phase' | 'wave'>): string {
  if (e.phase === undefined) return 'unassigned';
  return e.wave === undefined ? `P${e.phase}` : waveId(e.phase, e.wave);
}
