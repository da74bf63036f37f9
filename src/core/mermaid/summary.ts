// The fallback for big plans: one node per wave (or per phase) with counts and lines, edges between them.
import { appendAll } from '../model/arrays';
import type { Effort, Project } from '../model/model';
import { escapeLabel, NodeIds, plainLabel } from './escape';
import { formatCount } from '../model/numbers';
import type { ResolvedOptions } from './options';
import { graphLegend } from './legend';
import { graphMarks } from './marks';
import { CLASS_ORDER, classDefLines, classLines, linkStyleLines } from './style';
import { boxOf, edgeKey, type Selection } from './select';
import { planOf } from '../analysis/gates';
import { unphasedPlanLabel } from '../views/unphasedPlans';
import { severalUnphasedPlans, unphasedWaveTitle } from './unphasedBox';
import { emptyWaves, rowLinks, waitLinks, type WaitLink } from './summaryLinks';
import { pathSteps, type PathStep } from '../analysis/pathSteps';
import { groupLines, type Group } from './summaryText';
import type { GraphEdgeRef, GraphFocus, GraphNodeRef, MermaidGraph } from './types';

interface SummaryEdge {
  from: string;
  to: string;
  count: number;
  problem?: GraphEdgeRef['problem'];
  critical?: boolean;
  /** The plan's "waits for" link (a gate), not a dependency. */
  waits?: boolean;
}

type SummaryOptions = Pick<
  ResolvedOptions,
  'direction' | 'limits' | 'criticalPath' | 'maxTextSize' | 'maxEdges' | 'maxLabelLength' | 'root' | 'focus'
>;

/** Wave summary, or phase summary when the wave one is still too big for Mermaid; heaviest edges kept if needed. */
export function summaryToMermaid(project: Project, selection: Selection, o: SummaryOptions): MermaidGraph {
  const waves = summarize(project, selection, o, 'wave');
  const fits = (g: MermaidGraph) => g.text.length <= o.maxTextSize && g.edgeCount + (g.hiddenLinks ?? 0) <= o.maxEdges;
  if (fits(waves)) return waves;
  const phases = summarize(project, selection, o, 'phase');
  if (fits(phases)) return phases;
  return summarize(project, selection, o, 'phase', o.maxEdges);
}

function summarize(
  project: Project,
  selection: Selection,
  o: SummaryOptions,
  level: 'wave' | 'phase',
  edgeBudget = Infinity,
): MermaidGraph {
  // A plan that names no phase: a group per wave, as a phase's; in the phase summary one group, as a phase is.
  const keyOf = (e: Effort) =>
    level === 'wave'
      ? boxOf(project, e)
      : e.phase !== undefined
        ? `P${e.phase}`
        : e.wave === undefined
          ? 'unassigned'
          : planOf(project, e);
  const withPlan = severalUnphasedPlans(project, selection.efforts);
  const groups = new Map<string, Group>();
  for (const e of selection.efforts) {
    const key = keyOf(e);
    let g = groups.get(key);
    if (!g) {
      g = { key, phase: e.phase, wave: level === 'wave' ? e.wave : undefined, efforts: [], allContext: true };
      if (e.phase === undefined && e.wave !== undefined) {
        const plan = planOf(project, e);
        const [title, name] = unphasedWaveTitle(project, e, withPlan);
        g.plan = plan;
        g.title = level === 'wave' ? (name ? `${title}: ${name}` : title) : unphasedPlanLabel(project, plan);
      }
      groups.set(key, g);
    }
    g.efforts.push(e);
    if (!selection.context.has(e.id)) g.allContext = false;
  }
  if (level === 'wave')
    for (const w of emptyWaves(project, o.focus, new Set(groups.keys())))
      groups.set(w.key, { key: w.key, phase: w.phase, wave: w.wave, efforts: [], allContext: false, empty: true });
  const ordered = [...groups.values()].sort(compareGroups);
  const rank = new Map(ordered.map((g, i) => [g.key, i]));

  // Cross-group dependency counts; dependencies inside one wave are counted on the node (they break parallelism).
  const shown = new Map(selection.efforts.map((e) => [e.id, keyOf(e)]));
  const marks = graphMarks(project.diagnostics, o.root);
  const critical = new Set(o.criticalPath);
  const criticalPairs = new Set<string>();
  for (let i = 1; i < o.criticalPath.length; i++) criticalPairs.add(edgeKey(o.criticalPath[i - 1], o.criticalPath[i]));
  const between = new Map<string, SummaryEdge>();
  const inside = new Map<string, number>();
  for (const e of selection.efforts) {
    const to = keyOf(e);
    for (const dep of new Set(e.dependsOn)) {
      const from = shown.get(dep);
      if (from === undefined) continue;
      if (from === to) {
        if (dep !== e.id || level === 'wave') inside.set(to, (inside.get(to) ?? 0) + 1);
        continue;
      }
      const k = `${from}\u0000${to}`;
      const edge = between.get(k) ?? { from, to, count: 0, critical: false };
      edge.count++;
      const key = edgeKey(dep, e.id);
      const mark = marks.edges.get(key);
      // The worst finding among the dependencies it stands for: cycle, then error, then warning.
      if (mark)
        edge.problem =
          mark.cycle || edge.problem === 'cycle'
            ? 'cycle'
            : mark.severity === 'error' || edge.problem === 'error'
              ? 'error'
              : 'warning';
      if (criticalPairs.has(key)) edge.critical = true;
      between.set(k, edge);
    }
  }

  const ids = new NodeIds();
  const prefix = level === 'wave' ? 'w' : 'p';
  // A plan that names no phase is keyed by its path: its node ids are made of `W2` (or `plan`), not of the path.
  const readable = new Map(
    ordered.map((g) => [g.key, g.plan === undefined ? g.key : level === 'wave' ? `Wave${g.wave}` : 'plan']),
  );
  const nodeId = (key: string) => ids.get(prefix, key, readable.get(key));
  const lines = [`graph ${o.direction}`];
  const nodes: GraphNodeRef[] = [];
  const classes = new Map<string, string[]>();
  for (const g of ordered) {
    const nid = nodeId(g.key);
    const text = groupLines(g, level, project, marks, inside.get(g.key) ?? 0);
    const problem = worstOf(g.efforts.map((e) => marks.efforts.get(e.id)?.severity));
    const onPath = g.efforts.some((e) => critical.has(e.id));
    const cls = g.empty ? 'empty' : problem === 'error' ? 'hasError' : problem === 'warning' ? 'hasWarning' : undefined;
    lines.push(`${nid}["${text.map((t) => escapeLabel(t, o.maxLabelLength + 20)).join('<br/>')}"]`);
    const focus = focusOf(g, level);
    nodes.push({
      nodeId: nid,
      kind: level,
      id: g.key,
      label: text.map((t) => plainLabel(t, o.maxLabelLength + 20)).join(' · '),
      efforts: g.efforts.map((e) => e.id),
      ...(focus && !g.empty ? { focus } : {}),
      ...(g.empty ? { empty: true } : {}),
      ...(g.allContext ? { context: true } : {}),
      ...(problem ? { problem } : {}),
      ...(onPath ? { critical: true } : {}),
    });
    for (const c of [g.allContext ? 'context' : undefined, onPath ? 'critical' : undefined, cls]) {
      if (!c) continue;
      const list = classes.get(c);
      if (list) list.push(nid);
      else classes.set(c, [nid]);
    }
  }

  // The plan's "waits for" links between groups, where no dependency already joins the two.
  const waits = criticalWaits(
    waitLinks(project, keyOf, ordered, level).filter((w) => !between.has(`${w.from}\u0000${w.to}`)),
    pathSteps(project, o.criticalPath),
    (id) => shown.get(id),
    between,
  );
  let edges: SummaryEdge[] = [...between.values(), ...waits.map((w) => ({ ...w, waits: true }))];
  let note: string | undefined;
  if (edges.length > edgeBudget) {
    edges = edges.sort((a, b) => b.count - a.count).slice(0, edgeBudget);
    note = `Only the ${edgeBudget} heaviest of ${between.size + waits.length} ${level} links are drawn.`;
  }
  edges.sort((a, b) => rank.get(a.from)! - rank.get(b.from)! || rank.get(a.to)! - rank.get(b.to)!);
  const refs: GraphEdgeRef[] = edges.map((edge) => {
    const from = nodeId(edge.from);
    const to = nodeId(edge.to);
    lines.push(edge.waits ? `${from} -.-> ${to}` : `${from} -->${edge.count > 1 ? `|${edge.count}|` : ''} ${to}`);
    return {
      from,
      to,
      count: edge.count,
      ...(edge.waits ? { waits: true } : {}),
      ...(edge.problem ? { problem: edge.problem } : {}),
      ...(edge.critical ? { critical: true } : {}),
    };
  });
  // Rows of waves, one phase after another (invisible, after the real links so link indexes stay).
  const hidden = rowLinks(level === 'wave' ? ordered : ordered.map((g) => ({ key: g.key })));
  for (const [a, b] of hidden) lines.push(`${nodeId(a)} ~~~ ${nodeId(b)}`);
  for (const cls of CLASS_ORDER) {
    const members = classes.get(cls);
    if (members) appendAll(lines, classLines(cls, members));
  }
  appendAll(lines, classDefLines(classes.keys()));
  appendAll(lines, linkStyleLines(refs));
  const dependencies = edges.filter((e) => !e.waits).reduce((n, e) => n + e.count, 0);
  const waitCount = refs.filter((e) => e.waits).length;
  const empty = ordered.filter((g) => g.empty).length;
  const counts = [
    `${formatCount(ordered.length)} ${level}${ordered.length === 1 ? '' : 's'}${empty ? ` (${empty} empty)` : ''} in plan order`,
    `${formatCount(dependencies)} dependenc${dependencies === 1 ? 'y' : 'ies'} between ${level}s`,
    ...(waitCount ? [`${waitCount} “waits for” link${waitCount === 1 ? '' : 's'}`] : []),
  ];
  return {
    text: lines.join('\n'),
    kind: 'summary',
    level,
    title: `${selection.title} (${level} summary)`,
    nodes,
    edges: refs,
    edgeCount: edges.length,
    hiddenLinks: hidden.length,
    counts: counts.join(' · '),
    effortCount: selection.efforts.length,
    legend: graphLegend({ nodes, edges: refs }),
    ...(note ? { note } : {}),
  };
}

/**
 * The critical path's steps across a wave gate, on the "waits for" links: the link between the two groups is marked,
 * or drawn (even where plan order already says it), so the path reads as one chain here too.
 */
function criticalWaits(
  links: WaitLink[],
  steps: readonly PathStep[],
  groupOf: (id: string) => string | undefined,
  between: ReadonlyMap<string, SummaryEdge>,
): Array<WaitLink & { critical?: boolean }> {
  const out: Array<WaitLink & { critical?: boolean }> = links.slice();
  for (const step of steps) {
    const [from, to] = [groupOf(step.from), groupOf(step.to)];
    if (!step.via || from === undefined || to === undefined || from === to || between.has(`${from}\u0000${to}`))
      continue;
    const at = out.findIndex((w) => w.from === from && w.to === to);
    if (at === -1) out.push({ from, to, count: 1, critical: true });
    else out[at] = { ...out[at], critical: true };
  }
  return out;
}

function compareGroups(a: Group, b: Group): number {
  const pa = a.phase ?? Infinity;
  const pb = b.phase ?? Infinity;
  if (pa !== pb) return pa - pb;
  // Plans that name no phase one after another (the efforts of none last), each wave by wave.
  if (a.plan !== b.plan) return a.plan === undefined ? 1 : b.plan === undefined ? -1 : a.plan < b.plan ? -1 : 1;
  return (a.wave ?? Infinity) - (b.wave ?? Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function focusOf(g: Group, level: 'wave' | 'phase'): GraphFocus | undefined {
  if (g.phase === undefined && g.plan !== undefined)
    return level === 'wave' && g.wave !== undefined
      ? { kind: 'planWave', plan: g.plan, wave: g.wave }
      : { kind: 'plan', plan: g.plan };
  if (g.phase === undefined) return undefined;
  if (level === 'wave' && g.wave !== undefined) return { kind: 'wave', phase: g.phase, wave: g.wave };
  return { kind: 'phase', phase: g.phase };
}

function worstOf(severities: Array<'error' | 'warning' | undefined>): 'error' | 'warning' | undefined {
  return severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : undefined;
}
