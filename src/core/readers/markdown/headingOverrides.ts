// A size or status an effort's heading writes that a field of the effort contradicts (`### E1.1.1: Parser (~1,200
// lines)` over `**Estimated Lines**: 600`): the field wins, as explicit metadata beats headings (README: Precedence),
// and the heading's value is an effort-conflict where it is written, so a stale title is seen and not believed.
import type { PlanDiagnostic } from '../../model/model';
import { formatCount } from '../../model/numbers';
import { conflictMessage } from '../../project/conflictMessage';
import type { FactBuilder, Overridden } from './facts';

const LABELS: Record<Overridden['field'], string> = {
  estimatedLines: 'estimated lines',
  actualLines: 'actual lines',
  status: 'status',
};

/** The findings of every heading value a field replaced, in `out`. */
export function headingOverrides(builders: readonly FactBuilder[], out: PlanDiagnostic[]): void {
  for (let i = 0; i < builders.length; i++) {
    const b = builders[i];
    if (!b.overridden) continue;
    for (const o of b.overridden) {
      const label = LABELS[o.field];
      const there = shown(o.won.value);
      out.push({
        ...o.lost.span,
        code: 'effort-conflict',
        severity: 'warning',
        message: conflictMessage({
          subject: b.id,
          label,
          here: shown(o.lost.value),
          there,
          place: `line ${o.won.span.line}`,
          winner: 'the field, over the heading',
        }),
        efforts: [b.id],
        related: [{ span: o.won.span, message: `winning ${label} of ${b.id}: ${there}` }],
      });
    }
  }
}

function shown(value: unknown): string {
  return typeof value === 'number' ? formatCount(value) : String(value);
}
