// Shapes shared by the Mermaid text builders, the graph panel and the webview (pure data, JSON-safe).
import type { Limits } from '../model/model';

/** What part of the plan the graph shows. */
export type GraphFocus =
  | { kind: 'effort'; id: string; hops: number }
  | { kind: 'wave'; phase: number; wave: number }
  | { kind: 'phase'; phase: number }
  /** A wave of a plan that names no phase (`plan`: its file; see planOf), and that whole plan. */
  | { kind: 'planWave'; plan: string; wave: number }
  | { kind: 'plan'; plan: string };

export type GraphMode = 'auto' | 'full' | 'summary';

/** The user's choice of view, kept in the webview state across reloads. */
export interface GraphView {
  mode: GraphMode;
  focus?: GraphFocus;
}

export interface MermaidOptions {
  direction?: 'TD' | 'LR';
  limits?: Limits;
  /** Effort ids on the critical path, in order (from the analysis module, when available). */
  criticalPath?: readonly string[];
  /** Draw references that are not efforts ("Phase 3 Wave 1 completion") as dashed nodes. */
  includeExternal?: boolean;
  /**
   * Write a dependency on an effort of a later wave target-first and without arrowheads (`b --- a`), so the layout
   * keeps waves in plan order; the edge is flagged `reversed` and the webview draws its arrowhead at the dependent.
   * Mermaid has no reversed-arrow link, so plain Mermaid text (the CLI's) keeps `a --> b`.
   */
  layoutBackwardEdges?: boolean;
  /** Wave subgraphs (costly in layout time for big graphs, see field notes). */
  subgraphs?: boolean;
  /** Mermaid's own limits; the text must stay under both or Mermaid refuses to render. */
  maxTextSize?: number;
  maxEdges?: number;
  /** In `auto` mode, more efforts than this are drawn as a wave summary. */
  maxEfforts?: number;
  mode?: GraphMode;
  focus?: GraphFocus;
  /** Names longer than this (in code points) are cut with an ellipsis. */
  maxLabelLength?: number;
  /** Git state per effort id, drawn as a line in the effort's node (left out when it alone breaks Mermaid's limits). */
  git?: ReadonlyMap<string, EffortGitState>;
  /** The project folder: findings' messages on nodes and edges name files relative to it. */
  root?: string;
}

/** What the graph shows of an effort's branch (see mermaidGit.ts); `branch: false` draws `no branch`. */
export interface EffortGitState {
  worktree?: boolean;
  branch?: boolean;
  dirty?: boolean;
  ahead?: number;
  merged?: boolean;
  /** Lines measured on the branch, drawn as `612/800` against the hard limit. */
  measured?: number;
  /** Only in the node's plain label (search, screen readers), never in the drawing. */
  branchName?: string;
}

export type GraphNodeKind = 'effort' | 'missing' | 'external' | 'wave' | 'phase';

/** One drawn node: lets the webview map SVG nodes back to efforts, waves and phases. */
export interface GraphNodeRef {
  /** The Mermaid node id (`[A-Za-z0-9_]`). */
  nodeId: string;
  kind: GraphNodeKind;
  /** Effort id, `W5.1`, `P5`, a missing effort's id or an external reference's text. */
  id: string;
  /** Plain text (never HTML) for search and tooltips. */
  label: string;
  /** True for efforts shown only as neighbours of a focused wave or effort. */
  context?: boolean;
  /** Wave and phase nodes: what clicking them drills into, and the efforts they stand for. */
  focus?: GraphFocus;
  efforts?: string[];
  /** Worst finding in Problems about this effort (or, for a wave or phase node, about one of its efforts). */
  problem?: 'error' | 'warning';
  /** On the critical path (for a wave or phase node: holds an effort of it). */
  critical?: boolean;
  /** A declared wave with no efforts (summary). */
  empty?: boolean;
  /** The findings' messages (plain text), for the node's tooltip. */
  notes?: string[];
  /** Effort status when the node shows a mark for it (done, in progress, review, blocked). */
  status?: string;
}

/** One drawn dependency (dependency → dependent), by Mermaid node ids, with what styles it. */
export interface GraphEdgeRef {
  from: string;
  to: string;
  /** A finding in Problems is about this edge: `cycle` (drawn solid), else by severity (drawn dashed). */
  problem?: 'cycle' | 'error' | 'warning';
  critical?: boolean;
  external?: boolean;
  /** The findings' messages, or what a "waits for" link stands for (plain text, the edge's tooltip). */
  notes?: string[];
  /** Summary edges: how many dependencies (or waiting efforts) the edge stands for. */
  count?: number;
  /**
   * The plan says `to` waits for the whole wave or phase `from` stands for (not a dependency): summary links, and the
   * full graph's critical-path steps across a wave gate.
   */
  waits?: boolean;
  /** Written `to --- from` (see layoutBackwardEdges): Mermaid's path runs from `to` to `from`. */
  reversed?: boolean;
}

/** One line of the graph's legend (see legend.ts). */
export type LegendKey =
  | 'node-error'
  | 'node-warning'
  | 'node-critical'
  | 'node-missing'
  | 'node-context'
  | 'node-empty'
  | 'edge-cycle'
  | 'edge-error'
  | 'edge-warning'
  | 'edge-external'
  | 'edge-waits'
  | 'status-done'
  | 'status-in-progress'
  | 'status-review'
  | 'status-blocked'
  | 'status-cancelled'
  | 'status-unknown';

export interface LegendEntry {
  key: LegendKey;
  /** What the swatch shows: a node border, an edge line, or a status mark (text). */
  shape: 'node' | 'edge' | 'mark';
  label: string;
  /** A longer explanation (the entry's tooltip). */
  detail?: string;
  /** For `mark` entries: the character drawn in the node. */
  mark?: string;
}

export interface MermaidGraph {
  text: string;
  kind: 'full' | 'summary';
  /** Summary granularity. */
  level?: 'wave' | 'phase';
  title: string;
  nodes: GraphNodeRef[];
  /** Every drawn edge, in the order of the text (Mermaid's link index). */
  edges: GraphEdgeRef[];
  edgeCount: number;
  /** Invisible links that keep waves in order (Mermaid counts them against its edge limit). */
  hiddenLinks?: number;
  /** What is drawn, in words, for the panel's status line (`8 waves (2 empty) · 0 dependencies between waves`). */
  counts?: string;
  /** Efforts drawn (full) or summarized (summary). */
  effortCount: number;
  /** Why this is not the view that was asked for, or what was left out. */
  note?: string;
  /** What the drawing's styles mean (graphLegend): made with the drawing, so no consumer can show one without the other. */
  legend: LegendEntry[];
}

export const MERMAID_MAX_TEXT_SIZE = 50_000;
export const MERMAID_MAX_EDGES = 500;
export const DEFAULT_GRAPH_MAX_EFFORTS = 150;
export const DEFAULT_FOCUS_HOPS = 2;
