// The one-line count after a lint, the same words for `waveplan lint` (stderr) and the editor's Lint Workspace.
import { counted } from './counted';
import { formatCount } from '../model/numbers';

export interface LintCounts {
  files: number;
  efforts: number;
  errors: number;
  warnings: number;
  infos?: number;
  hints?: number;
}

/**
 * `5 files, 12 efforts: 6 errors, 1 warning`, then `; 29 info, 1 hint` when there are any: information and hints
 * are no problems, but a count without them disagrees with the lines printed above it.
 */
export function lintSummary(c: LintCounts): string {
  const problems = `${counted(c.files, 'file')}, ${counted(c.efforts, 'effort')}: ${counted(c.errors, 'error')}, ${counted(c.warnings, 'warning')}`;
  const notes = [c.infos ? `${formatCount(c.infos)} info` : '', c.hints ? counted(c.hints, 'hint') : ''].filter(
    Boolean,
  );
  return notes.length ? `${problems}; ${notes.join(', ')}` : problems;
}
