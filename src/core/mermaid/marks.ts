// What the graph colours, read from the diagnostics themselves: an edge or an effort is marked exactly when
// Problems lists a finding about it, so every colour in the graph stands for an entry there.
// Findings about a dependency (cycle, wave order, parallel claim, unknown reference) carry their edges and mark
// those edges; every other finding marks each effort it names, as the tree lists it under each (a wave's contested
// base branch names every effort that inherits it).
import { edgeKey } from './select';
import type { DiagnosticCode, PlanDiagnostic } from '../model/model';
import { relativeMessage } from '../views/provenance';

export type MarkSeverity = 'error' | 'warning';

export interface EdgeMark {
  severity: MarkSeverity;
  /** On a dependency cycle (drawn solid); other edge findings are drawn dashed. */
  cycle: boolean;
  messages: string[];
}

export interface EffortMark {
  severity: MarkSeverity;
  codes: Set<DiagnosticCode>;
  /** From size findings only: over the hard limit (error) or the soft one (warning), by any source. */
  size?: MarkSeverity;
  messages: string[];
}

export interface GraphMarks {
  /** By `edgeKey(dependency, dependent)`. */
  edges: Map<string, EdgeMark>;
  efforts: Map<string, EffortMark>;
}

/** Size findings, by any source: estimate or recorded actual lines (plan, state) and measured lines (git). */
export const SIZE_CODES: ReadonlySet<DiagnosticCode> = new Set([
  'effort-oversized',
  'effort-near-limit',
  'effort-measured-oversized',
]);

const worse = (a: MarkSeverity | undefined, b: MarkSeverity): MarkSeverity =>
  a === 'error' || b === 'error' ? 'error' : 'warning';

/** `root`: the project folder; paths under it in the findings' messages are written relative to it, as in Problems. */
export function graphMarks(diagnostics: readonly PlanDiagnostic[], root?: string): GraphMarks {
  const edges = new Map<string, EdgeMark>();
  const efforts = new Map<string, EffortMark>();
  for (const d of diagnostics) {
    if (d.severity !== 'error' && d.severity !== 'warning') continue; // hints (and info) draw nothing
    const message = root ? relativeMessage(d.message, root) : d.message;
    if (d.edges?.length) {
      for (const [from, to] of d.edges) {
        const key = edgeKey(from, to);
        const mark = edges.get(key);
        if (mark) {
          mark.severity = worse(mark.severity, d.severity);
          mark.cycle ||= d.code === 'dependency-cycle';
          if (!mark.messages.includes(message)) mark.messages.push(message);
        } else edges.set(key, { severity: d.severity, cycle: d.code === 'dependency-cycle', messages: [message] });
      }
      continue;
    }
    for (const id of d.efforts) {
      let mark = efforts.get(id);
      if (!mark) efforts.set(id, (mark = { severity: d.severity, codes: new Set(), messages: [] }));
      mark.severity = worse(mark.severity, d.severity);
      mark.codes.add(d.code);
      if (SIZE_CODES.has(d.code)) mark.size = worse(mark.size, d.severity);
      if (!mark.messages.includes(message)) mark.messages.push(message);
    }
  }
  return { edges, efforts };
}
