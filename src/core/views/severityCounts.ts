// How many findings of each severity: one count for `waveplan lint`'s summary, Problems (the editor's Lint Workspace
// summary) and the Waveplan view's badge, so the badge and VS Code's own error count in the status bar agree.
import type { PlanDiagnostic } from '../model/model';

export type SeverityCounts = Record<PlanDiagnostic['severity'], number>;

export function severityCounts(diagnostics: Iterable<Pick<PlanDiagnostic, 'severity'>>): SeverityCounts {
  const n: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) n[d.severity]++;
  return n;
}
