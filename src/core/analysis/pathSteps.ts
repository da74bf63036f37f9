// How the consecutive efforts of a path (the critical path) are joined: the later depends on the earlier, or waits
// for a whole wave or phase that holds it (a gate, see gates.ts; the analysis steps through gates without naming
// them). The graph draws both kinds of step, so a path that crosses a wave gate is one connected chain.
import { scheduleGraph } from './gates';
import type { Milestone, Project } from '../model/model';

export interface PathStep {
  from: string;
  to: string;
  /** The wave or phase `to` waits for, which holds `from`; absent when `to` depends on `from` itself. */
  via?: Milestone;
}

/** The steps of a path of effort ids; a pair joined neither way (not a path of this project) has no step. */
export function pathSteps(project: Project, path: readonly string[]): PathStep[] {
  const graph = scheduleGraph(project);
  const steps: PathStep[] = [];
  for (let i = 1; i < path.length; i++) {
    const [from, to] = [path[i - 1], path[i]];
    const a = graph.index.get(from);
    const b = graph.index.get(to);
    if (a === undefined || b === undefined || a >= graph.efforts || b >= graph.efforts) continue;
    if (graph.deps[b].includes(a)) {
      steps.push({ from, to });
      continue;
    }
    const gate = graph.deps[b].find((g) => g >= graph.efforts && graph.deps[g].includes(a));
    if (gate !== undefined) steps.push({ from, to, via: graph.gates[gate - graph.efforts] });
  }
  return steps;
}
