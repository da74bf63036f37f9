// `## Wave 1.5: Hotfix Wave` in a plan of phase 5: a wave the author inserted between waves 1 and 2. Waves are whole
// numbers in the model, so it cannot stand between them; reading it as phase 1's wave 5 invented a phase the plan does
// not have. Its efforts are read as efforts of the wave it follows (5.1), and a warning at the heading says so. The
// plan's `Wave 1.5` names the inserted wave's own efforts (the wave it follows when it declares none): a wave's
// `**Depends On**: Wave 1.5` waits for them, an effort's `depends on Wave 1.5` depends on each of them, and `Wave 1.5
// starts after Wave 1` (or a `**Depends On**:` under its heading) makes them, not all of wave 5.1, wait.
import { waveId } from '../../model/ids';
import { milestonesIn } from '../../model/milestones';
import type { DependencyRef, EffortFact, Milestone, PlanDiagnostic } from '../../model/model';
import { headingAt, type Outline } from './outline';

/** An inserted wave of the file: where it is placed, its section's lines [line, end) and the efforts declared there. */
interface Inserted {
  label: string;
  phase: number;
  wave: number;
  line: number;
  end: number;
  efforts: string[];
}

/** The file's inserted waves and the efforts of each wave they are placed in. */
export interface InsertedWaves {
  waves: Inserted[];
  /** Efforts of a wave of this file, in file order. */
  ofWave: (phase: number, wave: number) => string[];
}

export function insertedWaveDiagnostics(outline: Outline): PlanDiagnostic[] {
  return (outline.insertedWaves ?? []).map((w) => ({
    ...w.span,
    code: 'metadata-invalid',
    severity: 'warning',
    message:
      `Wave ${w.label} is written between waves of Phase ${w.phase}, but waves are whole numbers: it cannot be placed ` +
      `after wave ${w.wave} and before wave ${w.wave + 1}. Its efforts are read as efforts of wave ${w.phase}.${w.wave}; ` +
      `"Wave ${w.label}" in this plan names them. Renumber the waves to keep the order.`,
    efforts: [],
    waves: [waveId(w.phase, w.wave)],
  }));
}

/** `facts` in file order. Undefined for a file that inserts no wave (most). */
export function insertedWaves(outline: Outline, facts: readonly EffortFact[]): InsertedWaves | undefined {
  if (!outline.insertedWaves) return undefined;
  const waves = outline.insertedWaves.map((w) => {
    const end = headingAt(outline, w.span.line)?.end ?? w.span.line + 1;
    const efforts: string[] = [];
    for (const f of facts)
      if (f.span.line > w.span.line && f.span.line < end && !efforts.includes(f.id)) efforts.push(f.id);
    return { label: w.label, phase: w.phase, wave: w.wave, line: w.span.line, end, efforts };
  });
  const ofWave = (phase: number, wave: number) => {
    const ids: string[] = [];
    for (const f of facts)
      if (f.phase?.value === phase && f.wave?.value === wave && !ids.includes(f.id)) ids.push(f.id);
    return ids;
  };
  return { waves, ofWave };
}

/** The milestones a text names, `Wave 1.5` read as the inserted wave's efforts (else the wave it is placed in). */
export function placeInsertedWaves(
  found: Milestone[],
  inserted: InsertedWaves | undefined,
  phase: number | undefined,
): Milestone[] {
  if (!inserted || phase === undefined) return found;
  return found.map((m) => {
    const w = m.named ? undefined : insertedNamed(inserted, phase, m);
    if (!w) return m;
    return w.efforts.length ? { phase: w.phase, wave: w.wave, named: w.efforts } : { phase: w.phase, wave: w.wave };
  });
}

function insertedNamed(inserted: InsertedWaves, phase: number, m: Milestone): Inserted | undefined {
  return inserted.waves.find((i) => i.phase === phase && i.label === `${m.phase}.${m.wave}`);
}

/** The inserted wave a milestone names as written (`Wave 1.5`: phase 1, wave 5), if any. */
export function insertedWaveOf(inserted: InsertedWaves | undefined, m: Milestone): Inserted | undefined {
  if (!inserted || m.plan !== undefined || m.phase === undefined || m.wave === undefined) return undefined;
  return inserted.waves.find((i) => i.label === `${m.phase}.${m.wave}`);
}

/**
 * Who waits, when the subject is an inserted wave (named, or the section a line is in): its efforts only, and a wait
 * for the whole wave it is placed in is a wait for that wave's other efforts. Otherwise the subject and its waits as
 * they are.
 */
export function insertedSubject(
  subject: Milestone,
  after: Milestone[],
  inserted: InsertedWaves | undefined,
  line?: number,
): { subject: Milestone; efforts?: string[]; after: Milestone[] } {
  if (!inserted || subject.plan !== undefined) return { subject, after };
  const w =
    line !== undefined ? inserted.waves.find((i) => line > i.line && line < i.end) : insertedWaveOf(inserted, subject);
  if (!w || !w.efforts.length) return { subject, after };
  const others = inserted.ofWave(w.phase, w.wave).filter((id) => !w.efforts.includes(id));
  const placed = after.flatMap((m): Milestone[] => {
    if (m.named || m.phase !== w.phase || m.wave !== w.wave) return [m];
    return others.length ? [{ phase: w.phase, wave: w.wave, named: others }] : [];
  });
  return { subject: { phase: w.phase, wave: w.wave }, efforts: w.efforts, after: placed };
}

/** An effort's `depends on Wave 1.5`: a dependency on each effort of the inserted wave, located where it is written. */
export function expandInsertedWaves(facts: readonly EffortFact[], inserted: InsertedWaves | undefined): void {
  if (!inserted) return;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const phase = f.phase?.value;
    const list = f.dependsOn;
    if (!list || phase === undefined || !list.refs.some((r) => r.external)) continue;
    let changed = false;
    const refs: DependencyRef[] = [];
    for (const r of list.refs) {
      const named = r.external ? milestonesIn(r.id, phase) : [];
      const w = named.length === 1 ? insertedNamed(inserted, phase, named[0]) : undefined;
      if (!w || !w.efforts.length) {
        refs.push(r);
        continue;
      }
      changed = true;
      for (const id of w.efforts)
        if (id !== f.id && !refs.some((x) => !x.external && x.id === id))
          refs.push({ id, raw: r.raw, external: false, span: r.span });
    }
    if (changed) f.dependsOn = { ...list, refs };
  }
}
