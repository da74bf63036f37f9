// The full graph's "waits for" links: a wave or phase gate (`**Depends On**: Wave 1` under `## Wave 2`, a phase's
// `**Requires**: Phase 1 complete`, an effort's `Wave 1.1 completion`; see gates.ts) drawn as what it is. One dotted
// link from the box of the waited wave (each wave box of a waited phase) to the box of the waiting wave when every
// effort drawn in it waits, else to each effort that does: never one link per pair of efforts, and never an effort
// of the waited wave left looking free. A wait the drawing already says through another gate (Wave 2.2 waits for
// Wave 2.1, which waits for Phase 1) is not drawn again, unless the critical path steps across it.
import { scheduledAs, scheduleGraph, type ScheduleGraph } from '../analysis/gates';
import { pathSteps } from '../analysis/pathSteps';
import { milestoneKey, milestoneName, waitedText } from '../model/milestones';
import type { Effort, Milestone, Project } from '../model/model';

/** A box (wave subgraph) by its group key, an effort by id, or a stand-in node for a wave or phase not drawn. */
export type GateEnd = { box: string } | { effort: string } | { milestone: Milestone };

export interface GateLink {
  from: GateEnd;
  to: GateEnd;
  /** What the link stands for, in words (its tooltip). */
  note: string;
  critical?: boolean;
}

/**
 * `drawn`: the efforts drawn; `boxOf`: the group key of the box an effort is drawn in (undefined: none); `path`: the
 * critical path, whose steps across a gate mark the link they take.
 */
export function gateLinks(
  project: Project,
  drawn: readonly Effort[],
  boxOf: (e: Effort) => string | undefined,
  path: readonly string[],
): GateLink[] {
  const graph = scheduleGraph(project);
  if (!graph.gates.length) return [];
  const box = new Map<number, string | undefined>();
  const boxSize = new Map<string, number>();
  for (const e of drawn) {
    const u = graph.index.get(e.id);
    if (u === undefined || u >= graph.efforts) continue;
    const b = boxOf(e);
    box.set(u, b);
    if (b !== undefined) boxSize.set(b, (boxSize.get(b) ?? 0) + 1);
  }
  // Each target (a box whose drawn efforts all wait, else an effort) with the gates it waits for, in gate order.
  const targets = new Map<string, { end: GateEnd; name: string; gates: number[] }>();
  const targetOf = new Map<string, string>(); // `${gate}\0${effort node}` → target key
  graph.gates.forEach((_, i) => {
    const g = graph.efforts + i;
    // A wave or phase no effort here is in holds nothing up (`Phase 0 done` of a plan that starts at phase 1).
    if (!membersOf(graph, g).length) return;
    const byBox = new Map<string | undefined, number[]>();
    for (const u of graph.dependents[g]) {
      if (!box.has(u)) continue;
      const list = byBox.get(box.get(u));
      if (list) list.push(u);
      else byBox.set(box.get(u), [u]);
    }
    for (const [b, waiting] of byBox) {
      const whole = b !== undefined && waiting.length === boxSize.get(b);
      for (const u of whole ? waiting.slice(0, 1) : waiting) {
        const key = whole ? `b\u0000${b}` : `e\u0000${graph.ids[u]}`;
        const e = project.efforts[u];
        let t = targets.get(key);
        if (!t) {
          const name = whole ? `Every effort of ${placeName(project, e)}` : e.id;
          targets.set(key, (t = { end: whole ? { box: b } : { effort: e.id }, name, gates: [] }));
        }
        t.gates.push(g);
      }
      for (const u of waiting) targetOf.set(`${g}\u0000${u}`, whole ? `b\u0000${b}` : `e\u0000${graph.ids[u]}`);
    }
  });
  // The critical path's steps across a gate: the link each takes, and the effort it comes from.
  const critical = new Map<string, string>(); // `${gate}\0${target key}` → the path's effort in the waited wave
  for (const step of pathSteps(project, path)) {
    if (!step.via) continue;
    const g = graph.index.get(milestoneKey(step.via));
    const [a, b] = [graph.index.get(step.from), graph.index.get(step.to)];
    const t = g === undefined || b === undefined ? undefined : targetOf.get(`${g}\u0000${b}`);
    if (t !== undefined && a !== undefined && box.has(a)) critical.set(`${g}\u0000${t}`, step.from);
  }
  const links: GateLink[] = [];
  for (const [key, t] of targets) {
    for (const g of t.gates) {
      const from = critical.get(`${g}\u0000${key}`);
      // What else every effort of the target waits for: its box's gates, or all of the effort's.
      const also = 'effort' in t.end ? gatesOf(graph, graph.index.get(t.end.effort)!) : t.gates;
      const implied = also.some((h) => h !== g && saysAlready(graph, h, g));
      if (implied && from === undefined) continue;
      const m = graph.gates[g - graph.efforts];
      const note = `${t.name} waits for ${waitedText([m])}`;
      const pathBox = from === undefined ? undefined : box.get(graph.index.get(from)!);
      for (const end of sourcesOf(graph, g, box, m, pathBox)) {
        const onPath =
          from !== undefined &&
          ('milestone' in end || ('box' in end && end.box === pathBox) || ('effort' in end && end.effort === from));
        // An implied wait is drawn for the path's step only.
        if (implied && !onPath) continue;
        links.push(
          onPath
            ? { from: end, to: t.end, note: `${note}; the critical path comes from ${from}`, critical: true }
            : { from: end, to: t.end, note },
        );
      }
    }
  }
  return links;
}

/** `Wave 2`, `Wave 1.2`, `Phase 3`: where an effort is scheduled, as the plan names it. */
function placeName(project: Project, e: Effort): string {
  const at = scheduledAs(project, e);
  return at ? milestoneName(at) : e.id;
}

/** The gates an effort waits for. */
function gatesOf(graph: ScheduleGraph, u: number): number[] {
  return graph.deps[u].filter((g) => g >= graph.efforts);
}

/**
 * Whether a link for gate h says that of gate g too: every effort of h waits for g (Wave 2.1, after Phase 1, for
 * Phase 1), or h holds every effort of g (Phase 1 for its Wave 1.2; of two gates of the same efforts, the first).
 */
function saysAlready(graph: ScheduleGraph, h: number, g: number): boolean {
  // Asked once per pair of gates (a phase of 1,000 efforts, asked for each of 500 efforts, took 0.4 s).
  let known = answers.get(graph);
  if (!known) answers.set(graph, (known = new Map()));
  const key = `${h},${g}`;
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = computeSaysAlready(graph, h, g)));
  return answer;
}

const answers = new WeakMap<ScheduleGraph, Map<string, boolean>>();

function computeSaysAlready(graph: ScheduleGraph, h: number, g: number): boolean {
  const [inH, inG] = [membersOf(graph, h), membersOf(graph, g)];
  if (inH.length && inH.every((u) => graph.deps[u].includes(g))) return true;
  const holds = (a: number[], b: number[]) => {
    const set = new Set(a);
    return b.every((u) => set.has(u));
  };
  return inG.length > 0 && holds(inH, inG) && (!holds(inG, inH) || h < g);
}

function membersOf(graph: ScheduleGraph, g: number): number[] {
  return graph.deps[g].filter((u) => u < graph.efforts);
}

/**
 * The boxes the gate's drawn efforts are in, else a stand-in for the wave or phase. A box another of them waits for
 * whole (Wave 7.1, when Wave 7.2 is after all of it) is left out: the link from that one says it. `keep`: the box the
 * critical path comes from. A gate of named efforts links from each of them drawn, not from their wave's box.
 */
function sourcesOf(
  graph: ScheduleGraph,
  g: number,
  box: ReadonlyMap<number, string | undefined>,
  m: Milestone,
  keep: string | undefined,
): GateEnd[] {
  if (m.named) {
    const named: GateEnd[] = graph.deps[g].filter((u) => box.has(u)).map((u) => ({ effort: graph.ids[u] }));
    return named.length ? named : [{ milestone: m }];
  }
  const byBox = new Map<string, number[]>();
  for (const u of graph.deps[g]) {
    if (u >= graph.efforts || !box.has(u)) continue;
    const b = box.get(u);
    if (b === undefined) return [{ milestone: m }];
    const list = byBox.get(b);
    if (list) list.push(u);
    else byBox.set(b, [u]);
  }
  if (!byBox.size) return [{ milestone: m }];
  const waitsForAllOf = (efforts: number[], b: string) => {
    const gate = graph.index.get(b);
    return gate !== undefined && gate >= graph.efforts && efforts.every((u) => graph.deps[u].includes(gate));
  };
  return [...byBox.keys()]
    .filter((b) => b === keep || ![...byBox].some(([c, efforts]) => c !== b && waitsForAllOf(efforts, b)))
    .map((b) => ({ box: b }));
}
