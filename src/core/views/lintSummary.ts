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
 * are no problems, but a count without them disagrees with the lines printed above it. In the editor the hints get
 * where they are: VS Code's Problems lists errors, warnings and information but never hints (by design), so a count
 * of hints with nowhere to find them reads as findings lost.
 */
export function lintSummary(c: LintCounts, where: 'cli' | 'editor' = 'cli'): string {
  const problems = `${counted(c.files, 'file')}, ${counted(c.efforts, 'effort')}: ${counted(c.errors, 'error')}, ${counted(c.warnings, 'warning')}`;
  const hints = c.hints ? counted(c.hints, 'hint') + (where === 'editor' ? HINTS_IN_EDITOR : '') : '';
  const notes = [c.infos ? `${formatCount(c.infos)} info` : '', hints].filter(Boolean);
  return notes.length ? `${problems}; ${notes.join(', ')}` : problems;
}

const HINTS_IN_EDITOR = ' (dotted underlines in the plans, not in Problems)';
