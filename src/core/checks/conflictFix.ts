// Attaches "use this value" to the merge's `effort-conflict` findings (the merge has no file texts; checks do).
// The finding is located at the losing value and its first related location is the winning one.
import { useWinningValueFix } from '../fixes/useValue';
import { factsOf, sameSpan } from '../fixes/text';
import { EFFORT_FIELDS, type EffortFact, type EffortField, type PlanDiagnostic, type Span } from '../model/model';
import type { CheckContext } from './context';

function valueAt(facts: readonly EffortFact[], span: Span): { fact: EffortFact; field: EffortField } | undefined {
  for (const fact of facts) {
    for (const field of EFFORT_FIELDS) {
      const v = fact[field] as { span: Span } | undefined;
      if (v && sameSpan(v.span, span)) return { fact, field };
    }
  }
  return undefined;
}

const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

export function addConflictFixes(ctx: CheckContext, diagnostics: readonly PlanDiagnostic[]): void {
  for (const d of diagnostics) {
    if (d.code !== 'effort-conflict' || d.fixes?.length || !d.related?.length || !d.efforts[0]) continue;
    const facts = factsOf(ctx.project, d.efforts[0]);
    const loser = valueAt(facts, d);
    const winner = valueAt(facts, d.related[0].span);
    if (!loser || !winner || loser.field !== winner.field) continue;
    const where = `${baseName(d.related[0].span.file)}:${d.related[0].span.line}`;
    const fix = useWinningValueFix(ctx, d.efforts[0], loser.field, loser.fact, winner.fact, where);
    if (fix) d.fixes = [fix];
  }
}
