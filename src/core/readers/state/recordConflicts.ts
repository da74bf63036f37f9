// `state-conflict` inside one state file: the file records one effort in two places (planning files and a wave's
// infrastructure, a parallelization plan and a review collection…) with different names, branches, bases or sizes.
// mergeDrafts keeps the stronger place's value; the other is reported at its own place, like two files disagreeing.
import type { EffortFact, EffortField, PlanDiagnostic, Span } from '../../model/model';
import { conflictMessage } from '../../project/conflictMessage';
import { displayValue, FIELD_LABELS, RECORD_CONFLICT_FIELDS, valuesAgree } from '../../project/precedence';
import type { Draft } from './effort';

/** Drafts in mergeDrafts' order (rank, then file order): the first that has a field gives the fact its value. */
export function recordConflicts(drafts: readonly Draft[]): PlanDiagnostic[] {
  const byId = new Map<string, Draft[]>();
  for (const d of drafts) {
    const list = byId.get(d.id);
    if (list) list.push(d);
    else byId.set(d.id, [d]);
  }
  const out: PlanDiagnostic[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    const sorted = list
      .map((d, i) => ({ d, i }))
      .sort((a, b) => a.d.rank - b.d.rank || a.i - b.i)
      .map((x) => x.d);
    for (const field of RECORD_CONFLICT_FIELDS) {
      const win = sorted.find((d) => d.fields[field] !== undefined);
      if (!win) continue;
      const winFact = asFact(id, win);
      const winSpan = spanOf(win, field);
      // One finding per written value: a record read twice (a known place and a collection) is one place.
      const seen = new Set<string>([key(winSpan)]);
      for (const d of sorted) {
        if (d === win || d.fields[field] === undefined) continue;
        const at = spanOf(d, field);
        if (seen.has(key(at))) continue;
        seen.add(key(at));
        const loser = asFact(id, d);
        if (!valuesAgree(field, winFact, loser)) out.push(conflict(id, field, winFact, winSpan, win.place, loser, at));
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

function asFact(id: string, d: Draft): EffortFact {
  return { id, kind: 'state', span: d.span, ...d.fields };
}

function spanOf(d: Draft, field: EffortField): Span {
  return (d.fields[field] as { span: Span }).span;
}

function key(s: Span): string {
  return `${s.line}:${s.column}`;
}

function conflict(
  id: string,
  field: EffortField,
  win: EffortFact,
  winSpan: Span,
  place: string | undefined,
  loser: EffortFact,
  at: Span,
): PlanDiagnostic {
  const label = FIELD_LABELS[field];
  const winValue = displayValue(field, win);
  const winner = place ? `the record under \`${place}\`` : 'the stronger record';
  return {
    ...at,
    code: 'state-conflict',
    severity: 'warning',
    message: conflictMessage({
      subject: id,
      label,
      here: displayValue(field, loser),
      there: winValue,
      place: `line ${winSpan.line}`,
      winner,
    }),
    efforts: [id],
    related: [{ span: winSpan, message: `winning ${label} of ${id}: ${winValue}` }],
  };
}
