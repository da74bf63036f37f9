// The GSD ("Get Shit Done") layout: one plan per file, `.planning/phases/07-auth/07-02-PLAN.md` is plan 2 of
// phase 7, and `07-02-SUMMARY.md` beside it is written when that plan is done. Its plans call each other by
// `07-02` (`depends_on: ["07-01"]`), so that is the effort's id here too.

/**
 * `.planning/phases/<folder>/<phase>-<plan>-PLAN.md` or `-SUMMARY.md`; phase `07` or an inserted `02.1`, plan `02` or
 * one of the parts a plan was split into (`03a`, `03b`).
 */
const GSD_FILE =
  /(?:^|[\\/])\.planning[\\/]phases[\\/][^\\/]+[\\/](\d{1,3}(?:\.\d{1,2})?)-(\d{1,3}[a-z]?)-(PLAN|SUMMARY)\.md$/i;

/** `07-02`, `7-2`, `02.1-01`, `06-03a`, also written as the plan's file name (`07-01-PLAN.md`). */
const GSD_REF = /^(\d{1,3}(?:\.\d{1,2})?)-(\d{1,3}[a-z]?)(?:-PLAN(?:\.md)?)?$/i;

/** GSD's roadmap: its `### Phase 2: Sync` headings name the phases. */
const GSD_ROADMAP = /(?:^|[\\/])\.planning[\\/]ROADMAP\.md$/i;

export function isGsdRoadmap(path: string): boolean {
  return GSD_ROADMAP.test(path);
}

export interface GsdFile {
  /** The plan's id as GSD writes it, zero-padded: `07-02`, `02.1-01`. */
  id: string;
  /** The whole phase number; undefined for an inserted phase (`02.1`), which the model cannot number. */
  phase?: number;
  part: 'plan' | 'summary';
}

export function gsdFileOf(path: string): GsdFile | undefined {
  const m = GSD_FILE.exec(path);
  if (!m) return undefined;
  return { id: gsdId(m[1], m[2]), phase: wholePhase(m[1]), part: m[3].toUpperCase() === 'PLAN' ? 'plan' : 'summary' };
}

/** The id a `depends_on` entry names, or undefined when it is not a plan id (`Phase 1`, a file path). */
export function gsdRefId(text: string): string | undefined {
  const m = GSD_REF.exec(text.trim());
  return m ? gsdId(m[1], m[2]) : undefined;
}

function gsdId(phase: string, plan: string): string {
  const [whole, part] = phase.split('.');
  return `${pad(whole)}${part === undefined ? '' : `.${Number(part)}`}-${pad(plan)}`;
}

/** `7` → `07`, `3a` → `03a`. */
function pad(number: string): string {
  const digits = /^\d+/.exec(number)![0];
  return String(Number(digits)).padStart(2, '0') + number.slice(digits.length).toLowerCase();
}

function wholePhase(phase: string): number | undefined {
  return phase.includes('.') ? undefined : Number(phase);
}
