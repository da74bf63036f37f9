// Attaches "use this value" to the merge's `effort-conflict` findings (the merge has no file texts; checks do).
// The finding is located at the losing value and its first related location is the winning one: both an effort's
// own field, or both a wave's (or document's) default.
import { useWinningValueFix, type WrittenValue } from '../fixes/useValue';
import { factsOf, sameSpan } from '../fixes/text';
import { INHERITED_FIELDS } from '../project/inherit';
import { EFFORT_FIELDS, type EffortField, type PlanDiagnostic, type Project, type Span } from '../model/model';
import type { CheckContext } from './context';

type Holder = Partial<Record<EffortField, unknown>>;
type Found = { field: EffortField; value: WrittenValue; holder: Holder };

function valueAt(values: Iterable<Holder>, fields: readonly EffortField[], span: Span): Found | undefined {
  for (const holder of values) {
    for (const field of fields) {
      const v = holder[field] as WrittenValue | undefined;
      if (v && sameSpan(v.span, span)) return { field, value: v, holder };
    }
  }
  return undefined;
}

function* scopesIn(project: Project, files: ReadonlySet<string>): Iterable<Holder> {
  for (const r of project.files) if (files.has(r.file)) yield* r.scopes ?? [];
}

const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

export function addConflictFixes(ctx: CheckContext, diagnostics: readonly PlanDiagnostic[]): void {
  for (const d of diagnostics) {
    if (d.code !== 'effort-conflict' || d.fixes?.length || !d.related?.length || !d.efforts[0]) continue;
    const won = d.related[0].span;
    const facts = factsOf(ctx.project, d.efforts[0]);
    let loser = valueAt(facts, EFFORT_FIELDS, d);
    let winner = loser && valueAt(facts, EFFORT_FIELDS, won);
    let scoped = false;
    if (!loser || !winner) {
      const scopes = [...scopesIn(ctx.project, new Set([d.file, won.file]))];
      loser = valueAt(scopes, INHERITED_FIELDS, d);
      winner = loser && valueAt(scopes, INHERITED_FIELDS, won);
      scoped = true;
    }
    if (!loser || !winner || loser.field !== winner.field) continue;
    const where = `${baseName(won.file)}:${won.line}`;
    const fix = useWinningValueFix(ctx, loser.field, loser.value, winner.value, where);
    // A wave's or phase's default covers the same efforts as the winning one; a document of no known phase covers
    // the efforts it lists, which may be others: then rewriting it is a choice, not a certainty.
    if (fix && scoped && loser.holder.phase === undefined) fix.certain = false;
    if (fix) d.fixes = [fix];
  }
}
