// Plans that number their waves but name no phase (kcp's `WAVE-IMPLEMENTATION-PLAN.md`: `### Wave 0: Foundation
// Fixes` … `### Wave 4`). Their efforts have a wave and no phase: they are listed under their plan, wave by wave,
// not as efforts without a wave. A wave number means something only inside its own plan, so plans stay apart.
import { basename } from 'path';
import { planOf } from '../analysis/gates';
import type { Effort, Project } from '../model/model';
import { isCoordination } from './treeShape';

export interface UnphasedPlan {
  file: string;
  /** The plan's title, else its file name. */
  label: string;
  waves: UnphasedWave[];
}

export interface UnphasedWave {
  wave: number;
  name?: string;
  efforts: string[];
}

/**
 * Each such plan with its waves in number order, their efforts in plan order; plans in file order. An effort is under
 * the plan the schedule puts it in (planOf), even where a state file recording it ranks first.
 */
export function unphasedPlans(project: Project): UnphasedPlan[] {
  const byFile = new Map<string, Map<number, Placed[]>>();
  for (const e of project.efforts) {
    if (e.phase !== undefined || e.wave === undefined || isCoordination(e, project)) continue;
    const file = planOf(project, e);
    let waves = byFile.get(file);
    if (!waves) byFile.set(file, (waves = new Map()));
    const placed = { effort: e, line: lineIn(project, e, file) };
    const list = waves.get(e.wave);
    if (list) list.push(placed);
    else waves.set(e.wave, [placed]);
  }
  const plans: UnphasedPlan[] = [];
  for (const [file, waves] of byFile) {
    const read = project.files.find((r) => r.file === file)?.unphased;
    plans.push({
      file,
      label: unphasedPlanLabel(project, file),
      waves: [...waves]
        .sort(([a], [b]) => a - b)
        .map(([wave, efforts]) => {
          const name = read?.waves.find((w) => w.wave === wave)?.name;
          return {
            wave,
            ...(name ? { name } : {}),
            efforts: efforts.sort((a, b) => a.line - b.line).map((p) => p.effort.id),
          };
        }),
    });
  }
  return plans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

interface Placed {
  effort: Effort;
  /** Where the plan states it: efforts are listed in plan order. */
  line: number;
}

function lineIn(project: Project, e: Effort, file: string): number {
  if (e.source.file === file) return e.source.line;
  return project.facts.get(e.id)?.find((f) => f.span.file === file)?.span.line ?? e.source.line;
}

/** Every effort the plans above list. */
export function unphasedIds(plans: readonly UnphasedPlan[]): Set<string> {
  return new Set(plans.flatMap((p) => p.waves.flatMap((w) => w.efforts)));
}

/** The title of a plan that names no phase, else its file name. */
export function unphasedPlanLabel(project: Project, file: string): string {
  return project.files.find((r) => r.file === file)?.unphased?.title ?? basename(file);
}
