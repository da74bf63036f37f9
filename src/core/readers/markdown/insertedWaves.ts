// `## Wave 1.5: Hotfix Wave` in a plan of phase 5: a wave the author inserted between waves 1 and 2. Waves are whole
// numbers in the model, so it cannot stand between them; reading it as phase 1's wave 5 invented a phase the plan does
// not have. Its efforts are read as efforts of the wave it follows (5.1), the plan's `Wave 1.5` names that wave, and a
// warning at the heading says so.
import { waveId } from '../../model/ids';
import type { Milestone, PlanDiagnostic } from '../../model/model';
import type { Outline } from './outline';

export function insertedWaveDiagnostics(outline: Outline): PlanDiagnostic[] {
  return (outline.insertedWaves ?? []).map((w) => ({
    ...w.span,
    code: 'metadata-invalid',
    severity: 'warning',
    message:
      `Wave ${w.label} is written between waves of Phase ${w.phase}, but waves are whole numbers: it cannot be placed ` +
      `after wave ${w.wave} and before wave ${w.wave + 1}. Its efforts are read as efforts of wave ${w.phase}.${w.wave}, ` +
      `and "Wave ${w.label}" in this plan as that wave. Renumber the waves to keep the order.`,
    efforts: [],
    waves: [waveId(w.phase, w.wave)],
  }));
}

/** The milestones a text names, `Wave 1.5` read as the wave its inserted wave's efforts are placed in. */
export function placeInsertedWaves(found: Milestone[], outline: Outline, phase: number | undefined): Milestone[] {
  const inserted = outline.insertedWaves;
  if (!inserted || phase === undefined) return found;
  return found.map((m) => {
    const w = inserted.find((i) => i.phase === phase && i.label === `${m.phase}.${m.wave}`);
    return w ? { phase: w.phase, wave: w.wave } : m;
  });
}
