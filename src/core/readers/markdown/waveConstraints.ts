// A wave's or phase's wait for earlier ones, as readScopes finds it: a wave-level `**Depends On**:` line (or
// `**Start Condition**:`) under its heading, or a sentence (`Wave 2 depends on Wave 1`, see waveSentences.ts). The
// milestones written are placed where the plan puts them (an inserted `Wave 1.5`, see insertedWaves.ts) and narrowed
// to the efforts a gate names (`Wave 2 p6w2-vw-core`, see effortGates.ts).
import { isBefore, milestoneKey, milestonesIn } from '../../model/milestones';
import type { Milestone, Span, WaveConstraint } from '../../model/model';
import type { MdDoc } from './doc';
import { narrowToEfforts, type EffortNamer } from './effortGates';
import { insertedSubject, insertedWaveOf, placeInsertedWaves, type InsertedWaves } from './insertedWaves';
import type { Outline } from './outline';
import { readWaveSentences } from './waveSentences';

/** What of readScopes' input the constraints need (see ScopeInput). */
interface ScopeInput {
  doc: MdDoc;
  outline: Outline;
  owned: (line: number) => boolean;
  effortNames?: EffortNamer;
  inserted?: InsertedWaves;
}

interface ScopeOutput {
  constraints: WaveConstraint[];
}

/** `**Depends On**: Wave 1` written for the wave or phase `where` at `line`. */
export function fieldConstraint(
  out: ScopeOutput,
  input: ScopeInput,
  where: { phase?: number; wave?: number; plan?: string },
  value: string,
  line: number,
  span: Span,
): void {
  const place = (ms: Milestone[]) => placeInsertedWaves(ms, input.inserted, where.phase);
  const named = place(milestonesIn(value, where.phase, where.plan));
  const after = narrowToEfforts(value, named, where, input.effortNames, place);
  addConstraint(out, insertedSubject(where, after, input.inserted, line), value.trim(), span);
}

export function sentenceConstraints(out: ScopeOutput, input: ScopeInput): void {
  for (const c of readWaveSentences(input.doc, input.outline, input.owned)) {
    // `Wave 1.5 starts after Wave 1`: its `Wave 1` is of the phase the inserted wave is in, not of a phase 1.
    const phase = insertedWaveOf(input.inserted, c.subject)?.phase ?? c.subject.phase;
    const place = (ms: Milestone[]) => placeInsertedWaves(ms, input.inserted, phase);
    const named = phase === c.subject.phase ? c.after : milestonesIn(c.text, phase);
    const after = narrowToEfforts(c.text, place(named), { phase, plan: c.subject.plan }, input.effortNames, place);
    addConstraint(out, insertedSubject(c.subject, after, input.inserted), c.raw, c.span);
  }
}

/**
 * A wave or phase (or, with `efforts`, those efforts of a wave) waits for earlier ones; a plan that names no phase,
 * only as one of its waves (never as a whole).
 */
function addConstraint(
  out: ScopeOutput,
  waits: { subject: Milestone; efforts?: string[]; after: Milestone[] },
  raw: string,
  span: Span,
): void {
  const { subject, efforts } = waits;
  if (subject.plan !== undefined ? subject.wave === undefined : subject.phase === undefined) return;
  const after = waits.after.filter((m) => isBefore(m, subject));
  if (!after.length) return;
  const keyOf = (c: Milestone, who: string[] | undefined, list: Milestone[]) =>
    `${milestoneKey(c)}${who ? `[${who.join(',')}]` : ''}>${list.map(milestoneKey).join(',')}`;
  const key = keyOf(subject, efforts, after);
  if (out.constraints.some((c) => keyOf(c, c.efforts, c.after) === key)) return;
  out.constraints.push({
    ...(subject.plan !== undefined ? { plan: subject.plan } : { phase: subject.phase }),
    ...(subject.wave !== undefined ? { wave: subject.wave } : {}),
    ...(efforts ? { efforts } : {}),
    after,
    raw,
    span,
  });
}
