// Styling shared by the full graph and the summary: class definitions, link styles, size thresholds.
import type { GraphEdgeRef } from './types';

// For Mermaid outside the editor (CLI, markdown): VS Code's error, warning and link colours, legible on light and
// dark backgrounds. The graph panel draws the same classes with the theme's own colours (media/graph.css).
// Critical efforts get a tinted fill, so a problem border drawn over them leaves the critical path visible.
export const CLASS_DEFS: Record<string, string> = {
  critical: 'fill:#3794ff33,stroke:#3794ff,stroke-width:3px',
  hasWarning: 'stroke:#cca700,stroke-width:3px,stroke-dasharray:6 3',
  hasError: 'stroke:#e51400,stroke-width:3px',
  // An effort no plan here declares: grey and dotted, not red; what Problems says about it is on its edge.
  missing: 'stroke:#8a8a8a,stroke-width:2px,stroke-dasharray:1 4,stroke-linecap:round',
  external: 'stroke-dasharray:4 4',
  context: 'opacity:0.55',
  // Not faded: the dash marks it (an opacity took its border and text under 3:1 in both high-contrast themes).
  empty: 'stroke-dasharray:3 3',
  // The invisible node that ranks a wide wave below the one before (waveRows.ts).
  gate: 'fill:none,stroke:none',
};
/** Node classes in the order Mermaid must apply them (the last stroke wins: problems over the critical path). */
export const CLASS_ORDER = [
  'context',
  'critical',
  'hasWarning',
  'hasError',
  'missing',
  'external',
  'empty',
  'gate',
] as const;
// Each kind of edge has its own dash pattern as well as its colour (as in the panel), so none relies on colour alone:
// cycle dash-dot, error dashed, warning dotted, critical path thick and solid.
export const CYCLE_EDGE = 'stroke:#e51400,stroke-width:3px,stroke-dasharray:12 3 2 3';
/** A finding about this dependency other than a cycle (wave order, parallel claim, unknown effort). */
export const ERROR_EDGE = 'stroke:#e51400,stroke-width:2px,stroke-dasharray:6 3';
export const WARNING_EDGE = 'stroke:#cca700,stroke-width:2px,stroke-dasharray:2 3';
export const CRITICAL_EDGE = 'stroke:#3794ff,stroke-width:3px';
export const EXTERNAL_EDGE = 'stroke-dasharray:4 4';

/** `class a,b,c cls`, split so no line gets unreasonably long. */
export function classLines(cls: string, nodeIds: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < nodeIds.length; i += 50) out.push(`class ${nodeIds.slice(i, i + 50).join(',')} ${cls}`);
  return out;
}

/** `classDef` lines for the classes in use, in a fixed order so the text is stable. */
export function classDefLines(used: Iterable<string>): string[] {
  const set = new Set(used);
  return Object.keys(CLASS_DEFS)
    .filter((cls) => set.has(cls))
    .map((cls) => `classDef ${cls} ${CLASS_DEFS[cls]}`);
}

/** `linkStyle` lines for drawn edges: a finding's style wins over the critical path's. */
export function linkStyleLines(edges: readonly GraphEdgeRef[]): string[] {
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const style =
      e.problem === 'cycle'
        ? CYCLE_EDGE
        : e.problem === 'error'
          ? ERROR_EDGE
          : e.problem === 'warning'
            ? WARNING_EDGE
            : e.critical
              ? CRITICAL_EDGE
              : e.external
                ? EXTERNAL_EDGE
                : undefined;
    if (!style) return;
    const list = groups.get(style);
    if (list) list.push(i);
    else groups.set(style, [i]);
  });
  return [...groups].map(([style, idx]) => `linkStyle ${idx.join(',')} ${style}`);
}
