// The protocol between the graph panel (extension host) and its webview. Both sides import these types; messages
// coming from the webview are validated with parseWebviewMessage before the extension acts on them.
import type { GraphFocus, GraphMode, GraphView, MermaidGraph } from '../core/mermaid/types';

export type {
  GraphEdgeRef,
  GraphFocus,
  GraphNodeRef,
  GraphView,
  LegendEntry,
  MermaidGraph,
} from '../core/mermaid/types';

export const GRAPH_VIEW_TYPE = 'waveplan.graph';

/** Pan and zoom of the drawing: screen = graph × scale + (x, y). */
export interface PanZoom {
  x: number;
  y: number;
  scale: number;
}

/** What the webview keeps with vscode.setState; VS Code hands it to the serializer after a reload. */
export interface GraphWebviewState {
  version: 1;
  view: GraphView;
  /** The view key the pan/zoom belongs to: a different view starts with "fit". */
  viewKey?: string;
  panZoom?: PanZoom;
  search?: string;
}

/** Put in the page's `data-config` attribute (HTML-escaped JSON), read before anything else. */
export interface WebviewConfig {
  maxTextSize: number;
  maxEdges: number;
}

export type ExtensionToWebview =
  | {
      type: 'render';
      graph: MermaidGraph;
      view: GraphView;
      /** Same key → keep the user's pan/zoom (live update); new key → fit the new drawing. */
      viewKey: string;
      totalEfforts: number;
      /** Efforts the plans write without an id (Problems lists them): an empty drawing says so, not "no efforts". */
      untracked?: number;
      generation: number;
      /** Node to select once drawn (Show in Graph); `reveal` centres it. */
      highlight?: { nodeId: string; reveal: boolean };
    }
  | { type: 'highlight'; nodeId?: string; reveal: boolean }
  | { type: 'exportResult'; ok: boolean; message: string };

export type WebviewToExtension =
  | { type: 'ready'; state?: GraphWebviewState }
  | { type: 'openEffort'; id: string }
  | { type: 'setView'; view: GraphView }
  | { type: 'exportSvg'; svg: string }
  /** The empty state's one action. */
  | { type: 'createExamplePlan' }
  | { type: 'showProblems' }
  | { type: 'rendered'; generation: number; nodes: number; ms: number }
  | { type: 'renderError'; generation: number; message: string };

/** Exported SVGs above this are refused (a plan graph is far smaller; a bigger string is not ours). */
export const MAX_EXPORT_SVG_CHARS = 50_000_000;

const MODES: readonly GraphMode[] = ['auto', 'full', 'summary'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1_000_000;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isShortString = (v: unknown, max = 500): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

export function parseFocus(v: unknown): GraphFocus | undefined {
  if (!isObject(v)) return undefined;
  if (v.kind === 'effort' && isShortString(v.id) && isInt(v.hops) && v.hops <= 50)
    return { kind: 'effort', id: v.id, hops: v.hops };
  if (v.kind === 'wave' && isInt(v.phase) && isInt(v.wave)) return { kind: 'wave', phase: v.phase, wave: v.wave };
  if (v.kind === 'phase' && isInt(v.phase)) return { kind: 'phase', phase: v.phase };
  // A plan's path, matched against the model's plans, never opened.
  if (v.kind === 'planWave' && isShortString(v.plan, 4096) && isInt(v.wave))
    return { kind: 'planWave', plan: v.plan, wave: v.wave };
  if (v.kind === 'plan' && isShortString(v.plan, 4096)) return { kind: 'plan', plan: v.plan };
  return undefined;
}

export function parseView(v: unknown): GraphView | undefined {
  if (!isObject(v) || !MODES.includes(v.mode as GraphMode)) return undefined;
  const focus = v.focus === undefined ? undefined : parseFocus(v.focus);
  if (v.focus !== undefined && !focus) return undefined;
  return focus ? { mode: v.mode as GraphMode, focus } : { mode: v.mode as GraphMode };
}

export function parsePanZoom(v: unknown): PanZoom | undefined {
  if (!isObject(v) || !isFiniteNumber(v.x) || !isFiniteNumber(v.y) || !isFiniteNumber(v.scale) || v.scale <= 0)
    return undefined;
  return { x: v.x, y: v.y, scale: v.scale };
}

/** Restored state is data from disk: anything malformed is dropped, field by field. */
export function parseGraphState(v: unknown): GraphWebviewState | undefined {
  if (!isObject(v)) return undefined;
  const state: GraphWebviewState = { version: 1, view: parseView(v.view) ?? { mode: 'auto' } };
  if (isShortString(v.viewKey, 2000)) state.viewKey = v.viewKey;
  const panZoom = parsePanZoom(v.panZoom);
  if (panZoom) state.panZoom = panZoom;
  if (typeof v.search === 'string' && v.search.length <= 200) state.search = v.search;
  return state;
}

/** A message from the webview, or undefined when it is not one this protocol knows. */
export function parseWebviewMessage(v: unknown): WebviewToExtension | undefined {
  if (!isObject(v)) return undefined;
  switch (v.type) {
    case 'ready':
      return v.state === undefined ? { type: 'ready' } : { type: 'ready', state: parseGraphState(v.state) };
    case 'openEffort':
      return isShortString(v.id) ? { type: 'openEffort', id: v.id } : undefined;
    case 'setView': {
      const view = parseView(v.view);
      return view ? { type: 'setView', view } : undefined;
    }
    case 'exportSvg':
      return typeof v.svg === 'string' && v.svg.length <= MAX_EXPORT_SVG_CHARS && /^\s*<svg[\s>]/.test(v.svg)
        ? { type: 'exportSvg', svg: v.svg }
        : undefined;
    case 'createExamplePlan':
      return { type: 'createExamplePlan' };
    case 'showProblems':
      return { type: 'showProblems' };
    case 'rendered':
      return isInt(v.generation) && isInt(v.nodes) && isFiniteNumber(v.ms)
        ? { type: 'rendered', generation: v.generation, nodes: v.nodes, ms: v.ms }
        : undefined;
    case 'renderError':
      return isInt(v.generation) && typeof v.message === 'string'
        ? { type: 'renderError', generation: v.generation, message: v.message.slice(0, 2000) }
        : undefined;
    default:
      return undefined;
  }
}

/** A stable key for a view and the drawing it produced. */
export function viewKeyOf(view: GraphView, graph: Pick<MermaidGraph, 'kind' | 'level'>): string {
  return JSON.stringify([view.mode, view.focus ?? null, graph.kind, graph.level ?? null]);
}
