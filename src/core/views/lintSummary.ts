// The one-line count after a lint, the same words for `waveplan lint` (stderr) and the editor's Lint Workspace.
import { counted } from './counted';

export interface LintCounts {
  files: number;
  efforts: number;
  errors: number;
  warnings: number;
}

/** `5 files, 12 efforts: 6 errors, 1 warning` (information and hints are never problems, so not counted here). */
export function lintSummary(c: LintCounts): string {
  return `${counted(c.files, 'file')}, ${counted(c.efforts, 'effort')}: ${counted(c.errors, 'error')}, ${counted(c.warnings, 'warning')}`;
}
