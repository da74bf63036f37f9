// The graph's legend: one entry per style the drawing uses, worded after what Problems says. The webview draws each
// entry's swatch with the same classes as the drawing, so the legend and the graph cannot disagree.
import type { LegendEntry, LegendKey, MermaidGraph } from './types';

/** Status marks drawn after an effort's id. */
export const STATUS_MARKS = {
  done: '\u2713',
  'in-progress': '\u25B6',
  review: '\u25CE',
  blocked: '\u2298',
  cancelled: '\u2715',
  // A status field in words Waveplan does not read: never drawn as planned (no mark).
  unknown: '?',
} as const;

const ENTRIES: readonly LegendEntry[] = [
  { key: 'node-error', shape: 'node', label: 'error in Problems' },
  { key: 'node-warning', shape: 'node', label: 'warning in Problems' },
  {
    key: 'node-missing',
    shape: 'node',
    label: 'named, not in any plan here',
    detail:
      'An effort a dependency or Blocks list names that no plan in this workspace declares. Usually a hint (its wave may be planned elsewhere); when the id looks like a typo, Problems has an error and the edge to it is drawn as one.',
  },
  {
    key: 'node-critical',
    shape: 'node',
    label: 'critical path of the remaining work',
    detail:
      'The longest chain of efforts not finished yet, by estimated lines: done and merged efforts are left out. A blue frame around its efforts and a blue band under its dependencies, drawn outside any problem border.',
  },
  { key: 'node-context', shape: 'node', label: 'outside this view' },
  { key: 'node-empty', shape: 'node', label: 'declared wave with no efforts' },
  { key: 'edge-cycle', shape: 'edge', label: 'dependency cycle' },
  { key: 'edge-error', shape: 'edge', label: 'dependency error: wave order, parallel claim, unknown effort' },
  { key: 'edge-warning', shape: 'edge', label: 'dependency warning: parallel claim' },
  { key: 'edge-external', shape: 'edge', label: 'not an effort' },
  { key: 'edge-waits', shape: 'edge', label: 'waits for the whole wave or phase (plan text)' },
  { key: 'status-done', shape: 'mark', mark: STATUS_MARKS.done, label: 'done' },
  { key: 'status-in-progress', shape: 'mark', mark: STATUS_MARKS['in-progress'], label: 'in progress' },
  { key: 'status-review', shape: 'mark', mark: STATUS_MARKS.review, label: 'in review' },
  { key: 'status-blocked', shape: 'mark', mark: STATUS_MARKS.blocked, label: 'blocked' },
  { key: 'status-cancelled', shape: 'mark', mark: STATUS_MARKS.cancelled, label: 'cancelled' },
  {
    key: 'status-unknown',
    shape: 'mark',
    mark: STATUS_MARKS.unknown,
    label: 'status not understood',
    detail:
      'The plan writes a status in words Waveplan does not read (an unknown-status info in Problems says which): not shown as planned.',
  },
];

/** The entries for the styles this graph uses, in a fixed order (problems first). */
export function graphLegend(graph: Pick<MermaidGraph, 'nodes' | 'edges'>): LegendEntry[] {
  const used = new Set<LegendKey>();
  for (const n of graph.nodes) {
    if (n.kind === 'missing') used.add('node-missing');
    else if (n.problem) used.add(n.problem === 'error' ? 'node-error' : 'node-warning');
    if (n.critical) used.add('node-critical');
    if (n.context) used.add('node-context');
    if (n.empty) used.add('node-empty');
    if (n.status && n.status in STATUS_MARKS) used.add(`status-${n.status as keyof typeof STATUS_MARKS}`);
  }
  for (const e of graph.edges) {
    // The critical path has one entry (its efforts and dependencies are drawn alike, over any problem style).
    if (e.critical) used.add('node-critical');
    if (e.problem) used.add(`edge-${e.problem}`);
    else if (e.external) used.add('edge-external');
    else if (e.waits) used.add('edge-waits');
  }
  return ENTRIES.filter((e) => used.has(e.key));
}
