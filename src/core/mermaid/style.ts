// Styling shared by the full graph and the summary: class definitions, link styles, size thresholds.
import type { Effort } from '../model/model';

// Colours read on light, dark and high-contrast themes alike (VS Code's error, warning and link blues).
export const CLASS_DEFS: Record<string, string> = {
  critical: 'stroke:#3794ff,stroke-width:4px',
  nearLimit: 'stroke:#cca700,stroke-width:3px,stroke-dasharray:6 3',
  oversized: 'stroke:#e51400,stroke-width:3px',
  // Measured on the branch (git): a tinted fill tells them from plan estimates.
  measuredNear: 'stroke:#cca700,stroke-width:3px,fill:#cca70026',
  measuredOver: 'stroke:#e51400,stroke-width:4px,fill:#e5140026',
  missing: 'stroke:#e51400,stroke-dasharray:4 4',
  external: 'stroke-dasharray:4 4',
  context: 'opacity:0.55',
};
export const CYCLE_EDGE = 'stroke:#e51400,stroke-width:3px';
export const CRITICAL_EDGE = 'stroke:#3794ff,stroke-width:3px';
export const EXTERNAL_EDGE = 'stroke-dasharray:4 4';
/** A dependency on an effort of the same or a later wave: the dependent cannot start with its wave. */
export const WAVE_ORDER_EDGE = 'stroke:#e51400,stroke-width:2px,stroke-dasharray:6 3';

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

/** Measured lines win over the estimate. */
export function sizeOf(e: Pick<Effort, 'actualLines' | 'estimatedLines'>): number | undefined {
  return e.actualLines ?? e.estimatedLines;
}
