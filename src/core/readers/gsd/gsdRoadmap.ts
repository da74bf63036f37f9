// GSD's `.planning/ROADMAP.md` details each phase under a third-level heading (`### Phase 2: Sync` below
// `## Phase Details`), a level the markdown reader leaves to sections of a plan. Here they are the phases' names.
import type { FileReadResult, PhaseDecl } from '../../model/model';
import { lineSpan } from '../../model/span';
import { headingText } from './headingText';

const PHASE_HEADING = /^#{2,4}[ \t]+Phase[ \t]+(\d{1,3}):[ \t]*(\S[^\r\n]*)/gm;

/** Names the phases the roadmap details that the markdown reader did not declare. */
export function addRoadmapPhases(result: FileReadResult, text: string): void {
  const known = new Set(result.phases.map((p) => p.phase));
  const added: PhaseDecl[] = [];
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(PHASE_HEADING)) {
    const phase = Number(m[1]);
    if (known.has(phase)) continue;
    known.add(phase);
    line += countLines(text, counted, m.index);
    counted = m.index;
    const name = headingText(m[2]);
    if (name) added.push({ phase, name, span: lineSpan(result.file, line, 1, m[0].trimEnd().length) });
  }
  if (added.length) result.phases = result.phases.concat(added);
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
