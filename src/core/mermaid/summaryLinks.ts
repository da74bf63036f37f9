// What the summary draws besides dependencies: the plan's own "waits for" links between waves and phases
// (`Wave 2 depends on Wave 1`, `Phase 3 Wave 1 completion`: the schedule's gates), declared waves with no efforts, and
// the invisible links that lay the waves out in rows, one phase after another, so the summary opens whole.
import { scheduleGraph } from '../analysis/gates';
import { waveId } from '../model/ids';
import { milestoneKey } from '../model/milestones';
import type { Effort, Project } from '../model/model';
import type { GraphFocus } from './types';

/** At most this many waves side by side: a phase with more continues on the next row. */
// Two fit a panel beside the editor at a readable zoom.
export const WAVES_PER_ROW = 2;

export interface WaitLink {
  from: string;
  to: string;
  /** How many efforts of `to` wait for `from`. */
  count: number;
}

/** Declared waves of the plan (or of the focused phase) that have no effort drawn: `{ key, phase, wave }`. */
export function emptyWaves(
  project: Project,
  focus: GraphFocus | undefined,
  drawn: ReadonlySet<string>,
): Array<{ key: string; phase: number; wave: number }> {
  if (focus && focus.kind !== 'phase') return [];
  const out: Array<{ key: string; phase: number; wave: number }> = [];
  for (const p of project.phases) {
    if (focus && p.phase !== focus.phase) continue;
    for (const w of p.waves) {
      const key = waveId(p.phase, w.wave);
      if (!drawn.has(key)) out.push({ key, phase: p.phase, wave: w.wave });
    }
  }
  return out;
}

/**
 * The plan's waits between groups that plan order does not already say: an effort that waits for a whole wave (or
 * phase) links that wave's group to its own, unless the wave is the one just before its own in the same phase, or
 * the phase is the one just before its own (the summary reads in plan order, a row per phase). A phase is
 * represented by its last group in plan order. Links inside one group are left out, and so are links to a later wave
 * of a phase whose earlier wave waits for the same group.
 */
export function waitLinks(
  project: Project,
  keyOf: (e: Effort) => string,
  groups: readonly { key: string; phase?: number }[],
  level: 'wave' | 'phase',
): WaitLink[] {
  const graph = scheduleGraph(project);
  const present = new Set(groups.map((g) => g.key));
  const lastOfPhase = new Map<number, string>();
  for (const g of groups) if (g.phase !== undefined) lastOfPhase.set(g.phase, g.key);
  const phaseOf = new Map(groups.map((g) => [g.key, g.phase]));
  const phases = [...lastOfPhase.keys()].sort((a, b) => a - b);
  const previousPhase = (p: number | undefined) => (p === undefined ? undefined : phases[phases.indexOf(p) - 1]);
  const waveOrder = groups.map((g) => g.key);
  // What reading the summary in plan order already says: the wave just before, or any wave of the phase before.
  const implied = (from: string, to: string, wave: boolean): boolean => {
    const [pf, pt] = [phaseOf.get(from), phaseOf.get(to)];
    if (wave && pf === pt) return waveOrder.indexOf(to) - waveOrder.indexOf(from) === 1;
    return pf !== undefined && pf === previousPhase(pt);
  };
  const links = new Map<string, WaitLink>();
  graph.gates.forEach((m, i) => {
    // A plan that names no phase is one group of the phase summary: the waits between its waves are inside it.
    if (m.plan !== undefined && level === 'phase') return;
    const from =
      m.plan !== undefined
        ? milestoneKey(m)
        : level === 'phase'
          ? `P${m.phase}`
          : m.wave !== undefined
            ? waveId(m.phase!, m.wave)
            : lastOfPhase.get(m.phase!);
    if (from === undefined || !present.has(from)) return;
    for (const u of graph.dependents[graph.efforts + i]) {
      if (u >= graph.efforts) continue;
      const to = keyOf(project.efforts[u]);
      if (to === from || !present.has(to) || implied(from, to, level === 'wave' && m.wave !== undefined)) continue;
      const k = `${from}\u0000${to}`;
      const link = links.get(k) ?? { from, to, count: 0 };
      link.count++;
      links.set(k, link);
    }
  });
  // A wave waited for by several waves of one phase links to the first of them: the others follow it in plan order.
  const first = new Map<string, WaitLink>();
  for (const link of links.values()) {
    const k = `${link.from}\u0000${phaseOf.get(link.to)}`;
    const kept = first.get(k);
    if (!kept || waveOrder.indexOf(link.to) < waveOrder.indexOf(kept.to)) first.set(k, link);
  }
  return [...first.values()];
}

/**
 * Invisible links that put each phase's groups side by side (at most WAVES_PER_ROW per row) and the rows one under
 * the other, in plan order: a summary of many waves is then about as wide as it is tall.
 */
export function rowLinks(ordered: readonly { key: string; phase?: number; plan?: string }[]): Array<[string, string]> {
  const rows: string[][] = [];
  let phase: string | undefined | null = null;
  for (const g of ordered) {
    const row = rows[rows.length - 1];
    // A plan that names no phase is a phase of its own here too.
    const scope = g.plan ?? (g.phase === undefined ? undefined : `P${g.phase}`);
    if (!row || scope !== phase || row.length >= WAVES_PER_ROW) rows.push([g.key]);
    else row.push(g.key);
    phase = scope;
  }
  const out: Array<[string, string]> = [];
  // Every node of a row to every node of the next: the layout then centres each row under the one above instead of
  // fanning a row out from one node (which staggers the rows and doubles the drawing's width).
  for (let i = 1; i < rows.length; i++) for (const a of rows[i - 1]) for (const b of rows[i]) out.push([a, b]);
  return out;
}
