// The text of a summary node (a wave or a phase): title, counts and lines, size findings, progress.
import type { Effort, Project } from '../model/model';
import { formatCount } from '../model/numbers';
import type { GraphMarks } from './marks';
import { sizeTally } from '../sizes/effortSize';

/** One node of a summary: a wave (or phase) and the efforts it stands for. */
export interface Group {
  key: string;
  phase?: number;
  wave?: number;
  efforts: Effort[];
  allContext: boolean;
  /** A plan that names no phase: its file, and the group's title (its wave, or the plan in the phase summary). */
  plan?: string;
  title?: string;
  /** A declared wave with no effort drawn: shown, marked empty. */
  empty?: boolean;
}

export function groupLines(
  g: Group,
  level: 'wave' | 'phase',
  project: Project,
  marks: GraphMarks,
  insideDeps: number,
): string[] {
  const out: string[] = [];
  if (g.empty) return [title(g, project), 'empty: no efforts'];
  if (g.title !== undefined) out.push(g.title);
  else if (g.phase === undefined) out.push('No phase');
  else if (g.wave === undefined) out.push(`Phase ${g.phase}`);
  else out.push(title(g, project));
  const n = g.efforts.length;
  const count = `${formatCount(n)} effort${n === 1 ? '' : 's'}`;
  const size = sizeText(g.efforts);
  if (level === 'phase') {
    const waves = new Set(g.efforts.map((e) => e.wave)).size;
    out.push([`${waves} wave${waves === 1 ? '' : 's'}`, count, size].filter(Boolean).join(' · '));
  } else out.push(size ? `${count} · ${size}` : count);
  // Counted from the same findings Problems lists (estimate, actual or measured lines over a limit).
  const over = g.efforts.filter((e) => marks.efforts.get(e.id)?.size === 'error').length;
  const near = g.efforts.filter((e) => marks.efforts.get(e.id)?.size === 'warning').length;
  const problems = [over ? `${over} oversized` : '', near ? `${near} near limit` : ''].filter(Boolean);
  if (problems.length) out.push(problems.join(' · '));
  const done = g.efforts.filter((e) => e.status === 'done').length;
  if (done) out.push(`${done}/${n} done`);
  const cancelled = g.efforts.filter((e) => e.status === 'cancelled').length;
  if (cancelled) out.push(`${cancelled} cancelled`);
  if (insideDeps && level === 'wave' && g.wave !== undefined)
    out.push(`${insideDeps} dependenc${insideDeps === 1 ? 'y' : 'ies'} inside the wave`);
  return out;
}

/**
 * The lines of the work to do, as the tree's wave rows count them: a cancelled effort's are none, `~950+ lines` when
 * some efforts have no size, `sizes not given` when none has (not `~0 lines`); nothing when all are cancelled.
 */
function sizeText(efforts: readonly Effort[]): string {
  const live = efforts.filter((e) => e.status !== 'cancelled');
  if (!live.length) return '';
  const { lines, unsized } = sizeTally(live);
  return lines ? `~${formatCount(lines)}${unsized ? '+' : ''} lines` : 'sizes not given';
}

function title(g: Group, project: Project): string {
  const name = project.phases.find((p) => p.phase === g.phase)?.waves.find((w) => w.wave === g.wave)?.name;
  return name ? `Phase ${g.phase} · Wave ${g.wave}: ${name}` : `Phase ${g.phase} · Wave ${g.wave}`;
}
