// A later heading about an effort the file already declared: `### E1.1.1 acceptance criteria`, `### E1.1.2 Tests`,
// `### E1.1.1 (continued)`, `### E1.1.1 — merged`, `#### E1.1.1 review (round 2)`. Its id followed only by a word
// that says what the section holds, or by a status: a section of that effort (its fields are the effort's, a status
// there is a status update), not a second declaration. Another name or a size of its own is a second declaration.
import type { EffortStatus } from '../../model/model';
import { parseStatus } from '../values';
import { isStatusPhrase } from '../statusTerms';
import type { Found } from './fields/locatedValues';
import type { HeadingEffort } from './headingEffort';
import type { Heading } from './outline';

// What a section about an effort holds, optionally with a note in brackets (`review (round 2)`) or after a colon.
const SECTION_WORDS = new RegExp(
  String.raw`^(?:(?:\(\s*)?(?:cont(?:inued|'d|d|\.)?|more|again|revisited|part\s+\d{1,2}|addendum)(?:\s*\))?|` +
    String.raw`(?:(?:acceptance|exit|success|completion|done)\s+criteria|definition\s+of\s+done|dod|` +
    String.raw`(?:unit\s+|integration\s+|e2e\s+)?tests?(?:\s+plan|\s+cases|\s+strategy)?|testing|test\s+plan|` +
    String.raw`(?:code\s+)?review(?:\s+(?:notes|log|comments|feedback))?|reviews|notes|implementation\s+notes|` +
    String.raw`design(?:\s+notes)?|details|implementation\s+details|risks?(?:\s+(?:and|&)\s+mitigations?)?|` +
    String.raw`(?:open\s+)?questions|follow[- ]?ups?|status(?:\s+update)?|progress|updates?|retro(?:spective)?|` +
    String.raw`lessons(?:\s+learned)?|summary|scope|deliverables|checklist|(?:sub)?tasks|steps|validation|` +
    String.raw`verification|results?|outcome|rollout|rollback|handoff|hand-off|blockers|changelog|changes|metrics|` +
    String.raw`demo|appendix|background|context|rationale|decisions?|dependencies))` +
    String.raw`(?:\s*\([^()]{0,60}\)|\s*[:\-–—]\s*[^()]{0,60})?$`,
  'i',
);

/** A heading effort read as a section about its effort: the status it states (at its text's offsets), if any. */
export interface EffortSection {
  status?: Found<Exclude<EffortStatus, 'unknown'>>;
}

/**
 * Whether an effort heading is shaped as a section about its effort rather than a declaration: an id (not a label
 * such as `Effort 3`, whose effort depends on its section), no size and no dependencies in the heading, and after the
 * id nothing, a section word or a status. Only meaningful for an id the file already declared (decls.ts asks then).
 */
export function effortSection(e: HeadingEffort): EffortSection | undefined {
  if (e.headingId === undefined || e.label !== undefined || e.struck || e.size || e.deps) return undefined;
  const name = e.name;
  if (name === undefined) return { status: e.status };
  if (SECTION_WORDS.test(name)) return { status: e.status };
  // `### E1.1.1 — merged`: the status read as the name (a tail with nothing before it is a name, titleStatus.ts).
  if (e.status === undefined && isStatusPhrase(name)) {
    const value = parseStatus(name);
    if (value !== 'unknown') return { status: { value, start: e.nameStart, end: e.nameEnd } };
  }
  return undefined;
}

/** What this module reads of a declaration (decls.ts, Decl): its id, what made it, and whether it is a section. */
export interface Declaration<D> {
  b: { readonly id: string };
  by: string;
  about?: D;
  struck?: boolean;
}

/** The first heading declaration of each id in a file, gathered only once a heading may be a section about one. */
export class Declared<D extends Declaration<D>> {
  private byId: Map<string, D> | undefined;
  private seen = 0;

  constructor(private readonly byHeading: ReadonlyArray<D | undefined>) {}

  /** The declaration of `id` by a heading above the one at `index`, if any. */
  of(id: string, index: number): D | undefined {
    const byId = (this.byId ??= new Map<string, D>());
    for (; this.seen < index; this.seen++) {
      const d = this.byHeading[this.seen];
      if (d && d.by === 'heading' && !d.about && !d.struck && !byId.has(d.b.id)) byId.set(d.b.id, d);
    }
    return byId.get(id);
  }
}

export interface Section<D> {
  about: D;
  status?: Found<Exclude<EffortStatus, 'unknown'>>;
}

/**
 * A heading about an effort an earlier heading of the file declared: its id, then nothing, a section word or a
 * status (effortSections.ts); or a word-for-word repeat of such a heading.
 */
export function sectionOf<D extends Declaration<D>>(
  h: Heading,
  e: HeadingEffort,
  byHeading: ReadonlyArray<D | undefined>,
  declared: Declared<D>,
): Section<D> | undefined {
  if (h.repeatOf !== undefined) {
    // A repeat of a declaration stays one (the duplicate finding reads it): only a repeated section is a section.
    const about = byHeading[h.repeatOf]?.about;
    return about ? { about, status: effortSection(e)?.status } : undefined;
  }
  if (e.headingId === undefined) return undefined;
  const section = effortSection(e);
  const about = section && declared.of(e.headingId, h.index);
  return about ? { about, status: section.status } : undefined;
}
