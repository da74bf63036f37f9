// Waves and phases named in prose as things to wait for: `Phase 3 Wave 1 completion`, `Wave 3.1 complete`,
// `integration:phase2-wave2.1`, `Waves 2&3`, `Phase 5 APIs`. They schedule efforts; they are never errors.
import type { Milestone } from './model';

// `phase2-wave2.1`, `Phase 3 Wave 1`, `Wave 3.1`, `Waves 2&3`, `wave 1, 2 and 3`, or a bare `Phase 5`.
const PIECE = String.raw`\d{1,3}(?:\.\d{1,3})?(?:\s*[-–]\s*\d{1,3}(?![\d.]))?`;
const MENTION = new RegExp(
  String.raw`\b(?:phase[\s_-]*(\d{1,3})[\s,_-]*)?waves?[\s_-]*(${PIECE}(?:\s*(?:&|,|\band\b)\s*${PIECE})*)|\bphase[\s_-]*(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?(?![\d.])`,
  'gi',
);

/** The milestones a text names. A bare `Wave 1` belongs to `phase` (the phase of whoever wrote it), if known. */
export function milestonesIn(text: string, phase?: number): Milestone[] {
  const out: Milestone[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
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

/** `W3.1` for a wave, `P5` for a phase. */
export function milestoneKey(m: Milestone): string {
  return m.wave === undefined ? `P${m.phase}` : `W${m.phase}.${m.wave}`;
}

/** `Wave 3.1` for a wave, `Phase 5` for a phase, as a plan writes them. */
export function milestoneName(m: Milestone): string {
  return m.wave === undefined ? `Phase ${m.phase}` : `Wave ${m.phase}.${m.wave}`;
}

/** Whether a milestone is finished before the given wave (or phase) can start: only earlier ones constrain. */
export function isBefore(m: Milestone, phase: number, wave?: number): boolean {
  if (m.phase !== phase) return m.phase < phase;
  return m.wave !== undefined && wave !== undefined && m.wave < wave;
}
