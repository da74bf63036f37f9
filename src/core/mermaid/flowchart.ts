// Plan → Mermaid `graph` text: waves as subgraphs, an edge per dependency (dependency → dependent), problems styled.
import { appendAll } from '../model/arrays';
// Picks the wave summary on its own when the full graph would be too big for Mermaid or for a readable layout.
import { breaksWaveOrder } from '../checks/waveOrder';
import { planOf } from '../analysis/gates';
import { milestoneKey, milestoneName, waitedText } from '../model/milestones';
import type { Effort, Project } from '../model/model';
import { escapeLabel, NodeIds, plainLabel } from './escape';
import { formatCount } from '../model/numbers';
import { graphLegend, STATUS_MARKS } from './legend';
import { graphMarks } from './marks';
import { blockedNotInPlan, isNotInPlan } from './notInPlan';
import { gitLine, gitPlain } from './git';
import { boxOf, dependentsOf, edgeKey, selectEfforts, type Selection } from './select';
import { gateLinks, type GateEnd } from './gateLinks';
import { boxOrder, severalUnphasedPlans, unphasedWaveTitle } from './unphasedBox';
import { CLASS_ORDER, classDefLines, classLines, linkStyleLines } from './style';
import { resolveOptions, type ResolvedOptions } from './options';
import { summaryToMermaid } from './summary';
import { waveRowLinks } from './waveRows';
import {
  type GraphEdgeRef,
  type GraphFocus,
  type GraphNodeRef,
  type GraphView,
  type MermaidGraph,
  type MermaidOptions,
} from './types';
import { effortCaption } from '../views/effortText';

export * from './types';

const STATUS_MARK: Partial<Record<Effort['status'], string>> = STATUS_MARKS;

/** Whether Mermaid will accept this text with the given limits. */
export function fitsMermaid(graph: MermaidGraph, options: Pick<ResolvedOptions, 'maxTextSize' | 'maxEdges'>): boolean {
  return graph.text.length <= options.maxTextSize && graph.edgeCount + (graph.hiddenLinks ?? 0) <= options.maxEdges;
}

/** The graph for a project and a view: full, or a wave/phase summary when the full one is too big. */
export function projectToMermaid(project: Project, options: MermaidOptions = {}): MermaidGraph {
  const o = resolveOptions(options);
  const dependents = dependentsOf(project);
  const selection = selectEfforts(project, o.focus, dependents);
  if (o.mode === 'summary') return summaryToMermaid(project, selection, o);
  const full = () => fullWithinLimits(project, selection, o);
  if (o.mode === 'full') {
    const graph = full();
    if (fitsMermaid(graph, o)) return graph;
    return withNote(summaryToMermaid(project, selection, o), tooBig(graph, o));
  }
  if (selection.efforts.length <= o.maxEfforts) {
    const graph = full();
    if (fitsMermaid(graph, o)) return graph;
    return withNote(summaryToMermaid(project, selection, o), tooBig(graph, o));
  }
  const summary = summaryToMermaid(project, selection, o);
  const note = `${selection.efforts.length} efforts is more than waveplan.graph.maxEfforts (${o.maxEfforts}): showing a ${summary.level} summary. Click a ${summary.level} to drill down.`;
  // A summary of a single wave says nothing: draw that wave in full if Mermaid can take it.
  if (summary.nodes.length <= 1) {
    const graph = full();
    if (fitsMermaid(graph, o)) return graph;
  }
  return withNote(summary, summary.note ? `${note} ${summary.note}` : note);
}

/** The wave summary (phase summary if still too big) of the whole project or of the focus in options. */
export function waveSummaryToMermaid(project: Project, options: MermaidOptions = {}): MermaidGraph {
  const o = resolveOptions(options);
  return summaryToMermaid(project, selectEfforts(project, o.focus, dependentsOf(project)), o);
}

function tooBig(graph: MermaidGraph, o: ResolvedOptions): string {
  return `The full graph (${formatCount(graph.edgeCount)} edges, ${formatCount(graph.text.length)} characters) exceeds Mermaid's limits (${o.maxEdges} edges, ${formatCount(o.maxTextSize)} characters): showing a summary.`;
}

/** The full graph; drawn without git state when only that pushes it over Mermaid's limits. */
function fullWithinLimits(project: Project, selection: Selection, o: ResolvedOptions): MermaidGraph {
  const graph = fullGraphToMermaid(project, selection, o);
  if (!o.git || fitsMermaid(graph, o)) return graph;
  const bare = fullGraphToMermaid(project, selection, { ...o, git: undefined });
  return fitsMermaid(bare, o)
    ? withNote(bare, "Git state is not drawn: with it the graph exceeds Mermaid's limits.")
    : graph;
}

function withNote(graph: MermaidGraph, note: string): MermaidGraph {
  return { ...graph, note };
}

/** One node per effort; waves as subgraphs in plan order; what Problems lists about an effort or a dependency styled. */
export function fullGraphToMermaid(project: Project, selection: Selection, o: ResolvedOptions): MermaidGraph {
  const ids = new NodeIds();
  const lines = [`graph ${o.direction}`];
  const nodes: GraphNodeRef[] = [];
  const edges: GraphEdgeRef[] = [];
  const classes = new Map<string, string[]>();
  const addClass = (cls: string, nodeId: string) => {
    const list = classes.get(cls);
    if (list) list.push(nodeId);
    else classes.set(cls, [nodeId]);
  };
  const marks = graphMarks(project.diagnostics, o.root);
  const shown = new Set(selection.efforts.map((e) => e.id));
  const critical = new Set(o.criticalPath);
  const criticalPairs = new Set<string>();
  for (let i = 1; i < o.criticalPath.length; i++) criticalPairs.add(edgeKey(o.criticalPath[i - 1], o.criticalPath[i]));

  // Nodes, grouped by wave (or by phase when an effort has no wave); efforts with neither stay at top level.
  const groups = new Map<string, Effort[]>();
  for (const e of selection.efforts) {
    const key = boxOf(project, e);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const waveNames = new Map<string, string | undefined>();
  for (const p of project.phases) for (const w of p.waves) waveNames.set(w.id, w.name);
  const waves: Array<{ subgraph: string; efforts: Effort[] }> = [];
  const subgraphOf = new Map<string, string>();
  const withPlan = severalUnphasedPlans(project, selection.efforts);
  // Mermaid lays subgraphs out in the reverse of their declaration order: declared last-wave-first, they read in
  // plan order. `direction` makes a wave without outside links lay its efforts side by side too.
  const blocks: string[][] = [];
  const loose: string[][] = [];
  for (const [key, members] of boxOrder(project, groups)) {
    const useSubgraph = o.subgraphs && key !== 'unassigned';
    const block: string[] = [];
    if (useSubgraph) {
      const first = members[0];
      const [title, name] =
        first.phase === undefined
          ? unphasedWaveTitle(project, first, withPlan)
          : first.wave === undefined
            ? [`Phase ${first.phase}`, undefined]
            : [`Phase ${first.phase} · Wave ${first.wave}`, waveNames.get(key)];
      const label = name && plainLabel(name) !== title ? `${title}: ${name}` : title;
      const clusterId = ids.get('', key, first.phase === undefined ? `Wave${first.wave}` : key);
      subgraphOf.set(key, clusterId);
      waves.push({ subgraph: clusterId, efforts: members });
      block.push(
        `subgraph ${clusterId}["${escapeLabel(label, o.maxLabelLength + 20)}"]`,
        `  direction ${o.direction === 'LR' ? 'LR' : 'TB'}`,
      );
    }
    for (const e of members) {
      const nodeId = ids.get('n', e.id);
      const git = o.git?.get(e.id);
      const gitText = git && gitLine(git, o.limits);
      block.push(
        `${useSubgraph ? '  ' : ''}${nodeId}["${effortLabel(e, o.maxLabelLength)}${gitText ? `<br/>${escapeLabel(gitText)}` : ''}"]`,
      );
      const context = selection.context.has(e.id);
      const plainGit = git && gitPlain(git, o.limits);
      const label = plainGit ? `${plainEffortLabel(e)} · ${plainGit}` : plainEffortLabel(e);
      const mark = marks.efforts.get(e.id);
      const onPath = critical.has(e.id);
      nodes.push({
        nodeId,
        kind: 'effort',
        id: e.id,
        label,
        ...(context ? { context } : {}),
        ...(mark ? { problem: mark.severity, notes: mark.messages } : {}),
        ...(onPath ? { critical: true } : {}),
        ...(STATUS_MARK[e.status] ? { status: e.status } : {}),
      });
      if (context) addClass('context', nodeId);
      if (onPath) addClass('critical', nodeId);
      if (mark) addClass(mark.severity === 'error' ? 'hasError' : 'hasWarning', nodeId);
    }
    if (useSubgraph) block.push('end');
    (useSubgraph ? blocks : loose).push(block);
  }
  for (const block of [...blocks.reverse(), ...loose]) appendAll(lines, block);

  // Edges, with extra nodes for references that are not in the plan (missing) or not efforts (external).
  const extras = new Set<string>();
  const extraNode = (kind: 'missing' | 'external', key: string, text: string) => {
    const known = ids.get(kind === 'missing' ? 'm' : 'ext', key);
    if (!extras.has(known)) {
      extras.add(known);
      const label = kind === 'missing' ? `${key} (not in plan)` : text;
      lines.push(`${known}["${escapeLabel(label, o.maxLabelLength)}"]`);
      nodes.push({ nodeId: known, kind, id: key, label: plainLabel(label, o.maxLabelLength) });
      addClass(kind, known);
    }
    return known;
  };
  // A gate link's end: a wave box, an effort, or a stand-in for a wave or phase not drawn (drills into it).
  const gateEnd = (end: GateEnd): string => {
    if ('box' in end) return subgraphOf.get(end.box)!;
    if ('effort' in end) return ids.get('n', end.effort);
    const key = milestoneKey(end.milestone);
    const known = ids.get('gate', key, milestoneName(end.milestone));
    if (!extras.has(known)) {
      extras.add(known);
      const label = waitedText([end.milestone]);
      lines.push(`${known}["${escapeLabel(label, o.maxLabelLength)}"]`);
      const m = end.milestone;
      const focus: GraphFocus | undefined =
        m.plan !== undefined && m.wave !== undefined
          ? { kind: 'planWave', plan: m.plan, wave: m.wave }
          : m.plan !== undefined || m.phase === undefined
            ? undefined
            : m.wave === undefined
              ? { kind: 'phase', phase: m.phase }
              : { kind: 'wave', phase: m.phase, wave: m.wave };
      nodes.push({
        nodeId: known,
        kind: m.wave === undefined ? 'phase' : 'wave',
        id: key,
        label,
        context: true,
        ...(focus ? { focus } : {}),
      });
      addClass('context', known);
    }
    return known;
  };
  // One edge `dependency → dependent`, styled by what Problems says about it.
  const addEdge = (dep: string, dependent: string, from: string, to: string, reversed: boolean) => {
    lines.push(reversed ? `${to} --- ${from}` : `${from} --> ${to}`);
    const key = edgeKey(dep, dependent);
    const mark = marks.edges.get(key);
    edges.push({
      from,
      to,
      ...(reversed ? { reversed: true } : {}),
      ...(mark ? { problem: mark.cycle ? 'cycle' : mark.severity, notes: mark.messages } : {}),
      ...(criticalPairs.has(key) ? { critical: true } : {}),
    });
  };
  for (const e of selection.efforts) {
    const to = ids.get('n', e.id);
    for (const dep of new Set(e.dependsOn)) {
      let from: string;
      if (shown.has(dep)) from = ids.get('n', dep);
      else if (isNotInPlan(project, dep, e)) from = extraNode('missing', dep, dep);
      else continue; // in the plan but outside the focus
      const reversed = o.layoutBackwardEdges && shown.has(dep) && breaksWaveOrder(project.byId.get(dep)!, e);
      addEdge(dep, e.id, from, to, reversed);
    }
    // What it blocks and no plan declares (declared ones are in their dependencies above).
    for (const blocked of blockedNotInPlan(project, e))
      addEdge(e.id, blocked, to, extraNode('missing', blocked, blocked), false);
    if (o.includeExternal) {
      for (const ext of new Set(e.externalDependsOn)) {
        const from = extraNode('external', ext.toLowerCase(), ext);
        lines.push(`${from} -.-> ${to}`);
        edges.push({ from, to, external: true });
      }
    }
  }
  // The plan's waits for whole waves and phases: dotted, from the waited wave's box (see gateLinks.ts).
  const boxed = (e: Effort) => {
    const key = boxOf(project, e);
    return subgraphOf.has(key) ? key : undefined;
  };
  for (const link of gateLinks(project, selection.efforts, o.subgraphs ? boxed : () => undefined, o.criticalPath)) {
    const [from, to] = [gateEnd(link.from), gateEnd(link.to)];
    lines.push(`${from} -.-> ${to}`);
    edges.push({ from, to, waits: true, ...(link.critical ? { critical: true } : {}), notes: [link.note] });
  }
  const edgeCount = edges.length;
  // Waves one under the other in plan order: invisible links, after the real ones so link indexes stay.
  const rows = waveRowLinks(
    waves,
    (id) => ids.get('n', id),
    (i) => ids.get('gate', waves[i].subgraph),
    o.maxEdges - edges.length,
  );
  appendAll(lines, rows.lines);
  for (const g of rows.gates) addClass('gate', g);
  for (const cls of CLASS_ORDER) {
    const members = classes.get(cls);
    if (members) appendAll(lines, classLines(cls, members));
  }
  appendAll(lines, classDefLines(classes.keys()));
  appendAll(lines, linkStyleLines(edges));
  return {
    text: lines.join('\n'),
    kind: 'full',
    title: selection.title,
    nodes,
    edges,
    edgeCount,
    hiddenLinks: rows.links,
    effortCount: selection.efforts.length,
    legend: graphLegend({ nodes, edges }),
  };
}

function sizeText(e: Effort): string | undefined {
  if (e.actualLines !== undefined) {
    return e.estimatedLines !== undefined
      ? `${formatCount(e.actualLines)} lines (est ${formatCount(e.estimatedLines)})`
      : `${formatCount(e.actualLines)} lines`;
  }
  return e.estimatedLines !== undefined ? `~${formatCount(e.estimatedLines)} lines` : undefined;
}

function effortLines(e: Effort, maxLength: number): string[] {
  const mark = STATUS_MARK[e.status];
  const head = mark ? `${e.id} ${mark}` : e.id;
  // As the tree row: the name, else a state record's note (an effort only the state file knows has no name).
  const caption = effortCaption(e);
  const lines = [head];
  if (caption && plainLabel(caption, maxLength)) lines.push(caption);
  const size = sizeText(e);
  if (size) lines.push(size);
  return lines;
}

/** `E5.1.1 ✓<br/>SyncTarget API<br/>~600 lines`, every part escaped. */
function effortLabel(e: Effort, maxLength: number): string {
  return effortLines(e, maxLength)
    .map((l) => escapeLabel(l, maxLength))
    .join('<br/>');
}

function plainEffortLabel(e: Effort): string {
  const caption = effortCaption(e);
  const name = caption && plainLabel(caption, 200);
  return name ? `${e.id} ${name}` : e.id;
}

/** The node standing for an effort: its own node, else the wave or phase node that summarizes it. */
export function nodeForEffort(graph: Pick<MermaidGraph, 'nodes'>, effortId: string): GraphNodeRef | undefined {
  return (
    graph.nodes.find((n) => n.kind === 'effort' && n.id === effortId) ??
    graph.nodes.find((n) => n.efforts?.includes(effortId))
  );
}

/** A view that draws this effort as its own node: its wave (with neighbours), else the effort ± hops. */
export function viewForEffort(project: Project, effortId: string, hops: number): GraphView {
  const e = project.byId.get(effortId);
  if (e && e.phase !== undefined && e.wave !== undefined)
    return { mode: 'auto', focus: { kind: 'wave', phase: e.phase, wave: e.wave } };
  if (e && e.wave !== undefined)
    return { mode: 'auto', focus: { kind: 'planWave', plan: planOf(project, e), wave: e.wave } };
  return { mode: 'auto', focus: { kind: 'effort', id: effortId, hops } };
}
