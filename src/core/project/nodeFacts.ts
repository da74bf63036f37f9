// A project's facts by node (index in project.efforts), as the merge that made it kept them: read by node, an
// effort's facts cost no lookup of its id, and the project's `facts` map is built only when something iterates it.
import { dependencyGraph } from '../analysis/graph';
import type { EffortFact, Project } from '../model/model';

/**
 * Per node, its facts: the one fact itself where a one-shot merge found one (most efforts of a big project: a list of
 * one was 56 bytes a node, kept to the end of the lint), else the list.
 */
export type FactsByNode = Array<EffortFact | EffortFact[]>;

/** A node's facts as a list (a new one of one fact where the merge kept the fact alone). */
export function factsAtNode(byNode: FactsByNode, node: number): EffortFact[] {
  const kept = byNode[node];
  return Array.isArray(kept) ? kept : [kept];
}

const byProject = new WeakMap<Project, FactsByNode>();

export function keepFactsByNode(project: Project, facts: FactsByNode): void {
  byProject.set(project, facts);
}

/** The project's `facts` is about to change in place (an incremental update): from now on it is the one truth. */
export function forgetFactsByNode(project: Project): void {
  byProject.delete(project);
}

export function factsByNode(project: Project): FactsByNode | undefined {
  return byProject.get(project);
}

/** An effort's facts through the node index of the project's graph, when the merge kept them by node. */
export function keptFactsOf(project: Project, id: string): EffortFact[] | undefined {
  const kept = byProject.get(project);
  if (!kept) return undefined;
  const node = dependencyGraph(project).index.get(id);
  return node === undefined ? [] : factsAtNode(kept, node);
}
