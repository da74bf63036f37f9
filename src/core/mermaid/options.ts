// The graph options with every default filled in, so the full and summary builders never guess.
import { DEFAULT_LIMITS } from '../model/model';
import { DEFAULT_GRAPH_MAX_EFFORTS, MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE, type MermaidOptions } from './types';

/** Resolves every option to a value, so builders never guess. */
export function resolveOptions(options: MermaidOptions = {}) {
  return {
    direction: options.direction ?? 'TD',
    limits: options.limits ?? DEFAULT_LIMITS,
    criticalPath: options.criticalPath ?? [],
    includeExternal: options.includeExternal ?? false,
    layoutBackwardEdges: options.layoutBackwardEdges ?? false,
    subgraphs: options.subgraphs ?? true,
    maxTextSize: options.maxTextSize ?? MERMAID_MAX_TEXT_SIZE,
    maxEdges: options.maxEdges ?? MERMAID_MAX_EDGES,
    maxEfforts: options.maxEfforts ?? DEFAULT_GRAPH_MAX_EFFORTS,
    mode: options.mode ?? 'auto',
    focus: options.focus,
    maxLabelLength: options.maxLabelLength ?? 48,
    git: options.git,
    root: options.root,
  };
}
export type ResolvedOptions = ReturnType<typeof resolveOptions>;
