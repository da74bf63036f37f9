// A numbered effort's wave is part of its id: an effort's own `**Wave**: 1` beside the id E1.2.1 is not its wave.
// Waveplan places it by the id and says so where the field says otherwise (placedByIds.ts says it of headings).
import { parseEffortId } from '../../../model/ids';
import type { PlanDiagnostic, Span } from '../../../model/model';

/** `**Wave**: 1` (or `**Phase**`) of a numbered effort whose id says another. */
export function misplacedField(
  id: string,
  field: 'phase' | 'wave',
  value: number,
  span: Span,
): PlanDiagnostic | undefined {
  const p = parseEffortId(id);
  if (!p || p[field] === value) return undefined;
  const used = field === 'wave' ? `wave ${p.phase}.${p.wave}` : `phase ${p.phase}`;
  return placedByIdWarning(span, id, `${field} ${value} here, but its id places it in ${used}, which Waveplan uses`);
}

/** The warning that an effort is placed by its id, not where the plan says (`what`). */
export function placedByIdWarning(span: Span, id: string, what: string): PlanDiagnostic {
  return {
    ...span,
    code: 'effort-conflict',
    severity: 'warning',
    message: `${id}: ${what}. A numbered effort's wave is part of its id: renumber the effort or correct the plan here.`,
    efforts: [id],
  };
}
