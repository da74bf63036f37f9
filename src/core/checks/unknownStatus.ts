// `unknown-status`: an effort's status is written in words Waveplan does not know (`frobnicated`, a team's own
// column name), and no other source gives one it knows. Info, at the word: the effort is shown as "status unknown",
// never silently as planned, and the author learns which word to change.
import type { Effort, PlanDiagnostic } from '../model/model';
import { diagnostic, type CheckContext } from './context';

export function checkUnknownStatusOf(ctx: CheckContext, effort: Effort, out: PlanDiagnostic[]): void {
  const where = effort.origins.status;
  if (effort.status !== 'unknown' || !where) return;
  const word = ctx.text(where.file)?.slice(where);
  const written = word ? ` "${word}"` : '';
  out.push(
    diagnostic(
      where,
      'unknown-status',
      'info',
      `${effort.id}: status${written} is not a status Waveplan knows, so it shows as "status unknown". Known words include planned, in progress, in review, done, blocked and cancelled.`,
      [effort.id],
    ),
  );
}
