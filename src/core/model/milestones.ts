// Waves and phases named in prose as things to wait for: `Phase 3 Wave 1 completion`, `Wave 3.1 complete`,
// `integration:phase2-wave2.1`, `Waves 2&3`, `Phase 5 APIs`. They schedule efforts; they are never errors. In a plan
// that names no phase, a bare `Wave 1` is wave 1 of that plan (`plan`: its file), of no phase and no other plan.
import type { Milestone } from './model';

// `phase2-wave2.1`, `Phase 3 Wave 1`, `Wave 3.1`, `Waves 2&3`, `wave 1, 2 and 3`, or a bare `Phase 5`; `E3.1.*`, every
// effort of wave 3.1.
const PIECE = String.raw`\d{1,3}(?:\.\d{1,3})?(?:\s*[-–]\s*\d{1,3}(?![\d.]))?`;
const MENTION = new RegExp(
  String.raw`\b(?:phase[\s_-]*(\d{1,3})[\s,_-]*)?waves?[\s_-]*(${PIECE}(?:\s*(?:&|,|\band\b)\s*${PIECE})*)|\bphase[\s_-]*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?(?![\d.])|(?<![\w.])E?(\d{1,3})\.(\d{1,3})\.\*`,
  'gi',
);

/**
 * The milestones a text names. A bare `Wave 1` belongs to `phase` (the phase of whoever wrote it), if known, else to
 * `plan` (the file of a plan that names no phase), if given.
 */
export function milestonesIn(text: string, phase?: number, plan?: string): Milestone[] {
  const out: Milestone[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    if (m[5] !== undefined) {
      out.push({ phase: Number(m[5]), wave: Number(m[6]) });
      continue;
    }
    if (m[3] !== undefined) {
      // `Phase 0-3` is every phase of the range.
      for (const p of range(Number(m[3]), m[4])) out.push({ phase: p });
      continue;
    }
    const named = m[1] !== undefined ? Number(m[1]) : phase;
    for (const piece of m[2].split(/\s*(?:&|,|\band\b)\s*/i)) {
      const [first, to] = piece.split(/\s*[-–]\s*/);
      const [a, b] = first.split('.').map(Number);
      // `Wave 3.1` is wave 1 of phase 3; `Wave 1` is wave 1 of the phase in force; `Wave 1-2` both waves.
      if (b !== undefined && !Number.isNaN(b)) for (const w of range(b, to)) out.push({ phase: a, wave: w });
      else if (named !== undefined) for (const w of range(a, to)) out.push({ phase: named, wave: w });
      else if (plan !== undefined) for (const w of range(a, to)) out.push({ plan, wave: w });
    }
  }
  return unique(out);
}

/** `from` alone, or from..to when `to` is a larger number close enough to be a range. */
function range(from: number, to: string | undefined): number[] {
  const end = to === undefined ? from : Number(to);
  if (!(end > from) || end - from > 20) return [from];
  const out: number[] = [];
  for (let n = from; n <= end; n++) out.push(n);
  return out;
}

function unique(list: Milestone[]): Milestone[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = milestoneKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `W3.1` for a wave, `P5` for a phase, `plans/sync.md#W2` for wave 2 of a plan that names no phase; `W6.2[E6.2.1]`
 * for efforts of a wave.
 */
export function milestoneKey(m: Milestone): string {
  const efforts = m.named ? `[${m.named.join(',')}]` : '';
  if (m.plan !== undefined) return `${m.plan}#W${m.wave}${efforts}`;
  return m.wave === undefined ? `P${m.phase}${efforts}` : `W${m.phase}.${m.wave}${efforts}`;
}

/**
 * `Wave 3.1` for a wave, `Phase 5` for a phase, as a plan writes them (`Wave 2` in a plan that names no phase); the
 * efforts, for efforts of a wave (`E6.2.1`).
 */
export function milestoneName(m: Milestone): string {
  if (m.named) return m.named.join(', ');
  if (m.plan !== undefined) return `Wave ${m.wave}`;
  return m.wave === undefined ? `Phase ${m.phase}` : `Wave ${m.phase}.${m.wave}`;
}

/** `E6.2.1 and all of Wave 1, Phase 2`: what is waited for, in words (efforts named, waves and phases whole). */
export function waitedText(waits: readonly Milestone[]): string {
  const some: string[] = [];
  const whole: string[] = [];
  for (const m of waits) (m.named ? some : whole).push(milestoneName(m));
  if (whole.length) some.push(`all of ${whole.join(', ')}`);
  return some.join(' and ');
}

/**
 * Whether a milestone is finished before the given wave (or phase) can start: only earlier ones constrain. The waves
 * of a plan that names no phase are ordered among themselves only: not against phases, nor another such plan's.
 * Named efforts of the wave itself may be waited for too (the wave's other efforts wait; see gates.ts).
 */
export function isBefore(m: Milestone, of: Milestone): boolean {
  const same = m.named !== undefined;
  if (m.plan !== undefined || of.plan !== undefined)
    return (
      m.plan === of.plan &&
      m.wave !== undefined &&
      of.wave !== undefined &&
      (m.wave < of.wave || (same && m.wave === of.wave))
    );
  if (m.phase !== of.phase) return m.phase! < of.phase!;
  return m.wave !== undefined && of.wave !== undefined && (m.wave < of.wave || (same && m.wave === of.wave));
}
