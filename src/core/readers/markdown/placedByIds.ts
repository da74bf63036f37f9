// A numbered effort's wave is part of its id: `### E1.2.5: Cache` under `## Wave 1.1` is placed in wave 1.2 (and an
// effort's own `**Wave**: 1` beside the id E1.2.1 is not its wave: fields/placedField.ts). Waveplan places such efforts
// by their ids; these findings say so where the plan says otherwise, naming the wave it used.
import { parseEffortId } from '../../model/ids';
import type { PlanDiagnostic } from '../../model/model';
import { placedByIdWarning } from './fields/placedField';
import type { Decl } from './decls';
import type { Outline } from './outline';

/**
 * A heading effort whose id names another wave than the wave heading it sits under (of the same phase), in a file
 * that has a heading for the id's wave: a plan of one wave may hold an effort moved to a later wave (the id alone
 * places it), but where the id's wave has its section, the effort sits in the wrong one.
 */
export function misplacedHeadings(outline: Outline, byHeading: ReadonlyArray<Decl | undefined>): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  for (let i = 0; i < outline.headings.length; i++) {
    const h = outline.headings[i];
    const d = byHeading[i];
    const wave = h.wave;
    // Only under a wave heading (not a wave the path or front matter gives), and only a heading's own declaration.
    if (!h.effort || !d || d.line !== h.line || !wave?.span || wave.span.line === h.line) continue;
    const id = parseEffortId(d.b.id);
    if (!id || id.wave === wave.value || (h.phase !== undefined && h.phase.value !== id.phase)) continue;
    const own = outline.waves.find((w) => w.phase === id.phase && w.wave === id.wave);
    if (!own) continue;
    const under = `${h.phase ? `${h.phase.value}.` : ''}${wave.value}`;
    out.push(
      placedByIdWarning(
        d.idSpan ?? d.b.fact.span,
        d.b.id,
        `sits under the heading of wave ${under} (line ${wave.span.line}), but its id places it in wave ${id.phase}.${id.wave} (line ${own.span.line}), which Waveplan uses`,
      ),
    );
  }
  return out;
}
