// Waves one under the other, in plan order. Mermaid lays a wave with outside links out in one graph with the rest, so a
// wave sits wherever the ranks of its efforts fall: when the next wave's first efforts shared a rank with this wave's
// last ones they went beside it, and the waves drifted right, a step per wave (plain to see zoomed out). Invisible
// links from every effort that ends a wave (no dependent in it) to every one that starts the next (no dependency in
// it) rank the next wave wholly below. Past MAX_PAIRS such pairs they go through one invisible gate node instead, so
// a plan of wide waves stays within Mermaid's edge limit.
import type { Effort } from '../model/model';

export const MAX_PAIRS = 16;

export interface WaveRows {
  /** Gate node declarations and invisible links, to write after the real links (their indexes stay 0..n-1). */
  lines: string[];
  /** The gate nodes (drawn invisible by the `gate` class). */
  gates: string[];
  /** Invisible links written (Mermaid counts them against its edge limit). */
  links: number;
}

/**
 * `waves`: each wave's drawn efforts and its subgraph id, in plan order; `node`: an effort's node id; `gate`: a new
 * gate node's id; `budget`: how many invisible links Mermaid's edge limit leaves. Over budget, one link from each wave
 * to the next (the subgraphs' order only, as before: waves may then stand side by side).
 */
export function waveRowLinks(
  waves: ReadonlyArray<{ subgraph: string; efforts: readonly Effort[] }>,
  node: (effortId: string) => string,
  gate: (index: number) => string,
  budget: number,
): WaveRows {
  const rows = rowLinks(
    waves.map((w) => w.efforts),
    node,
    gate,
  );
  if (rows.links <= budget) return rows;
  const lines = waves.slice(1).map((w, i) => `${waves[i].subgraph} ~~~ ${w.subgraph}`);
  return { lines, gates: [], links: lines.length };
}

function rowLinks(
  waves: ReadonlyArray<readonly Effort[]>,
  node: (effortId: string) => string,
  gate: (index: number) => string,
): WaveRows {
  const out: WaveRows = { lines: [], gates: [], links: 0 };
  for (let i = 1; i < waves.length; i++) {
    const ends = waveEnds(waves[i - 1]);
    const starts = waveStarts(waves[i]);
    if (ends.length * starts.length <= MAX_PAIRS) {
      // A dependency between the two already ranks its ends.
      for (const a of ends)
        for (const b of starts) if (!b.dependsOn.includes(a.id)) out.lines.push(`${node(a.id)} ~~~ ${node(b.id)}`);
    } else {
      const g = gate(i);
      out.gates.push(g);
      out.lines.push(`${g}[" "]`);
      for (const a of ends) out.lines.push(`${node(a.id)} ~~~ ${g}`);
      for (const b of starts) out.lines.push(`${g} ~~~ ${node(b.id)}`);
    }
  }
  out.links = out.lines.length - out.gates.length;
  return out;
}

/** Efforts no other effort of the wave depends on (all of them when a cycle leaves none). */
function waveEnds(wave: readonly Effort[]): readonly Effort[] {
  const needed = new Set(wave.flatMap((e) => e.dependsOn));
  const ends = wave.filter((e) => !needed.has(e.id));
  return ends.length ? ends : wave;
}

/** Efforts that depend on no other effort of the wave (all of them when a cycle leaves none). */
function waveStarts(wave: readonly Effort[]): readonly Effort[] {
  const ids = new Set(wave.map((e) => e.id));
  const starts = wave.filter((e) => !e.dependsOn.some((d) => d !== e.id && ids.has(d)));
  return starts.length ? starts : wave;
}
