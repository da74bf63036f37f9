// STUB — replaced by the checks helper.
import type { Limits, PlanDiagnostic, Project } from '../model';
export function runChecks(_project: Project, _limits: Limits, _getText: (file: string) => string | undefined): PlanDiagnostic[] {
  return [];
}
