// The words of every disagreement finding (`effort-conflict`, `state-conflict`, wave- and document-level values):
// one sentence that fits one Problems line, and the values after it when they do not fit in it. The hover and
// `waveplan lint` show the whole message; related information points at the winning value.

/** Longest first sentence a finding may have: what one Problems row shows at a normal panel width. */
export const MAIN_SENTENCE_MAX = 110;

export interface ConflictWords {
  /** `E1.2.1`, `Wave 2.2`. */
  subject: string;
  /** `branch`, `estimated lines`. */
  label: string;
  /** The losing value, as shown (`"main"`, `380`). */
  here: string;
  /** The winning value, as shown. */
  there: string;
  /** Where the winner is written, `line 6` in the same file, else its file name and line. */
  place: string;
  /** Why it wins, `the wave plan`; none when the place says it. */
  winner?: string;
}

/**
 * `E1.2.1: estimated lines 380 here; 450 in WAVE-2-PLAN.md:4 wins (the wave plan).`; when that is too long, the
 * reason after it, or (long values) "the value in WAVE-2-PLAN.md:4 wins" with the values after it.
 */
export function conflictMessage(w: ConflictWords): string {
  const why = w.winner ? ` (${w.winner})` : '';
  const values = `${w.subject}: ${w.label} ${w.here} here; ${w.there} in ${w.place} wins`;
  if (values.length + why.length + 1 <= MAIN_SENTENCE_MAX) return `${values}${why}.`;
  // The values matter more than why the winner wins: that may follow.
  if (values.length + 1 <= MAIN_SENTENCE_MAX)
    return w.winner ? `${values}. ${capitalised(w.winner)} takes precedence.` : `${values}.`;
  // The same sentence with "the value" for the values, which follow it.
  let main = `${w.subject}: ${w.label} here; the value in ${w.place} wins${why}.`;
  if (main.length > MAIN_SENTENCE_MAX)
    main = `${w.subject}: ${w.label} here; the value of ${w.winner ?? w.place} wins.`;
  return `${main} Here ${w.here}; there ${w.there}.`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `line 6` when the winner is in the same file, else `WAVE-2-PLAN.md:4` (related information holds the path), with
 * as many of its folders as tell it from the loser's file: `svc-a/PHASE-1-PLAN.md:5` beside `svc-b/PHASE-1-PLAN.md`.
 */
export function placeOf(win: { file: string; line: number }, lose: { file: string }): string {
  if (win.file === lose.file) return `line ${win.line}`;
  const a = win.file.split(/[\\/]/);
  const b = lose.file.split(/[\\/]/);
  let n = 1;
  while (n < a.length && a[a.length - n] === b[b.length - n]) n++;
  return `${a.slice(-n).join('/')}:${win.line}`;
}
