// Wave- and phase-level dependencies written as sentences: `Wave 2 depends on Wave 1`, `- **Wave 3 Depends On**:
// Wave 2 …`, `%% Wave 4 - Integration (Depends on Waves 2&3)`, `Wave 2: CLI ──── [Depends on Wave 1]`, and, in a
// wave's own section, `(depends on Wave 3.1)`; `Wave 2 starts after Wave 1` (`begins after`, `can start after`). The
// subject is the wave named before "depends on", else the section's; before "starts after", only a wave named.
// Where no phase is in force (a plan that names none), a bare `Wave 1` is wave 1 of this plan: its file's.
import { milestonesIn } from '../../model/milestones';
import type { Milestone, Span } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { MdDoc } from './doc';
import { contextAt, type Outline } from './outline';

export interface WaveSentence {
  subject: Milestone;
  after: Milestone[];
  /** What follows "depends on" ("starts after"), as written. */
  text: string;
  raw: string;
  span: Span;
}

const DEPENDS = /\b(?:depends?\s+on|(?:can\s+)?(?:starts?|begins?)\s+(?:only\s+)?after)\b/i;
// Fences whose text is prose or a diagram, not code: comments in code are not plans.
const PLAN_FENCES = new Set(['', 'mermaid', 'text', 'txt', 'plain', 'plaintext']);

export function readWaveSentences(doc: MdDoc, outline: Outline, owned: (line: number) => boolean): WaveSentence[] {
  const out: WaveSentence[] = [];
  // One search of the whole text instead of one per line: most files hold no such sentence (a line's match is one
  // of the text's, since a line end is a non-word character as its start and end are).
  if (!DEPENDS.test(doc.text)) return out;
  const codeLines = new Set<number>();
  for (const f of doc.fences) {
    if (PLAN_FENCES.has(f.info)) continue;
    for (let l = f.line; l <= f.contentEnd; l++) codeLines.add(l);
  }
  doc.lines.forEach((text, i) => {
    const line = i + 1;
    if (text.length > 500 || codeLines.has(line)) return;
    const m = DEPENDS.exec(text);
    if (!m) return;
    const ctx = contextAt(outline, line);
    const before = text.slice(0, m.index);
    const phase = ctx.phase?.value ?? outline.filePhase?.value;
    const plan = phase === undefined ? doc.file : undefined;
    const named = milestonesIn(before, phase, plan);
    const last = named[named.length - 1];
    // Without a wave named before it, the sentence is about its section, unless an effort owns that section.
    let subject: WaveSentence['subject'];
    if (last) subject = last;
    else if (owned(line) || !/^depend/i.test(m[0])) return;
    else subject = phase !== undefined ? { phase, wave: ctx.wave?.value } : { plan, wave: ctx.wave?.value };
    const rest = text.slice(m.index + m[0].length);
    const after = milestonesIn(rest, subject.phase, subject.plan);
    if (!after.length) return;
    const start = m.index;
    const end = text.trimEnd().length;
    out.push({
      subject,
      after,
      text: rest,
      raw: text.slice(start, end).trim(),
      span: lineSpan(doc.file, line, start + 1, Math.max(end - start, 1)),
    });
  });
  return out;
}
