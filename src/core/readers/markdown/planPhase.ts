// Where a plan names its phase outside a `Phase N` heading: its front matter (`phase: 3`, `title: Search revamp`), the
// end of its title (`# Billing v2 — wave plan (Phase 2)`) or a part of it (`# App Roadmap — Phase 1: Offline Sync`).
// Headings below then belong to that phase.
import type { PhaseDecl, WaveDecl } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { MdDoc, MdHeading } from './doc';
import type { Placed } from './facts';

const FM_PHASE = /^phase\s*:\s*["']?(\d{1,3})["']?\s*(?:#.*)?$/i;
const FM_TITLE = /^title\s*:\s*(\S.*)$/i;
const FM_WAVE = /^wave\s*:\s*["']?(\d{1,3})["']?\s*(?:#.*)?$/i;
// `(Phase 2)` or `— Phase 2` closing a title; the name is what comes before it.
const TITLE_PHASE = /(?:\(\s*phase\s+(\d{1,3})\s*\)|[-–—:|·]\s*phase\s+(\d{1,3}))\s*$/i;
// `Mobile App Roadmap — Phase 1: Offline Sync`: the phase and, after it, its name.
const TITLE_PHASE_NAMED = /[-–—|·]\s*phase\s+(\d{1,3})\s*[:\-–—]\s*(\S.*)$/i;
const HAS_WAVE_NUMBER = /\bwave\s+\d/i;

export interface PlanPhase {
  phase: Placed<number>;
  /** The phase's declaration, named by the front matter's title or the title's words before the phase. */
  decl: PhaseDecl;
  /** The front matter's `wave: 2`: the file is that wave's plan, named by the title (the phase then is not). */
  wave?: WaveDecl;
}

/** `phase: 3` in the front matter, named by its `title:` (cleaned by `name`) unless that title names a wave. */
export function frontMatterPhase(doc: MdDoc, name: (title: string) => string | undefined): PlanPhase | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  let phase: Placed<number> | undefined;
  let wave: Placed<number> | undefined;
  let title: string | undefined;
  for (let l = fm.line + 1; l < fm.endLine - 1; l++) {
    const text = doc.lines[l - 1] ?? '';
    const p = FM_PHASE.exec(text) ?? FM_WAVE.exec(text);
    if (p) {
      const start = text.indexOf(p[1], text.indexOf(':'));
      const at = { value: Number(p[1]), span: lineSpan(doc.file, l, start + 1, p[1].length) };
      if (/^\s*phase/i.test(text)) phase = at;
      else wave = at;
    }
    const t = FM_TITLE.exec(text);
    if (t) title = t[1].trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  if (!phase?.span) return undefined;
  // `title: "Wave 3.1 — Query Planner"` is the wave's title, not the phase's name; so is any title beside `wave: 2`.
  const named = title && !HAS_WAVE_NUMBER.test(title) ? name(title) : undefined;
  if (wave?.span) {
    const waveDecl: WaveDecl = { phase: phase.value, wave: wave.value, span: wave.span };
    if (named) waveDecl.name = named;
    return { phase, decl: { phase: phase.value, span: phase.span }, wave: waveDecl };
  }
  return { phase, decl: { phase: phase.value, ...(named ? { name: named } : {}), span: phase.span } };
}

/** `# Billing v2 — wave plan (Phase 2)`: phase 2, named `Billing v2` (by `name`) unless the title also names a wave. */
export function titlePhase(
  file: string,
  h: MdHeading,
  name: (title: string) => string | undefined,
): PlanPhase | undefined {
  const m = TITLE_PHASE.exec(h.text);
  if (!m) return namedAfter(file, h, name);
  const digits = m[1] ?? m[2];
  const at = m.index + m[0].lastIndexOf(digits);
  const span = lineSpan(file, h.line, h.column + at, digits.length);
  const before = h.text.slice(0, m.index);
  const named = HAS_WAVE_NUMBER.test(before) ? undefined : name(before);
  return {
    phase: { value: Number(digits), span },
    decl: { phase: Number(digits), ...(named ? { name: named } : {}), span },
  };
}

/** `Mobile App Roadmap — Phase 1: Offline Sync`: phase 1, named `Offline Sync` unless those words name a wave. */
function namedAfter(file: string, h: MdHeading, name: (title: string) => string | undefined): PlanPhase | undefined {
  const m = TITLE_PHASE_NAMED.exec(h.text);
  if (!m) return undefined;
  const at = m.index + m[0].search(/\d/);
  const span = lineSpan(file, h.line, h.column + at, m[1].length);
  const named = HAS_WAVE_NUMBER.test(m[2]) ? undefined : name(m[2]);
  return {
    phase: { value: Number(m[1]), span },
    decl: { phase: Number(m[1]), ...(named ? { name: named } : {}), span },
  };
}
