// Plans that number their waves but name no phase (kcp's `WAVE-IMPLEMENTATION-PLAN.md`: `### Wave 0: Foundation
// Fixes` … `### Wave 4`). Their efforts have a wave and no phase: they are listed under their plan, wave by wave,
// not as efforts without a wave. A wave number means something only inside its own plan, so plans stay apart.
import { basename } from 'path';
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

/** Each such plan with its waves in number order, their efforts in plan order; plans in file order. */
export function unphasedPlans(project: Project): UnphasedPlan[] {
  const byFile = new Map<string, Map<number, Effort[]>>();
  for (const e of project.efforts) {
    if (e.phase !== undefined || e.wave === undefined || isCoordination(e, project)) continue;
    let waves = byFile.get(e.source.file);
    if (!waves) byFile.set(e.source.file, (waves = new Map()));
    const list = waves.get(e.wave);
    if (list) list.push(e);
    else waves.set(e.wave, [e]);
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
            efforts: efforts.sort((a, b) => a.source.line - b.source.line).map((e) => e.id),
          };
        }),
    });
  }
  return plans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every effort the plans above list. */
export function unphasedIds(plans: readonly UnphasedPlan[]): Set<string> {
  return new Set(plans.flatMap((p) => p.waves.flatMap((w) => w.efforts)));
}

/** The title of a plan that names no phase, else its file name. */
export function unphasedPlanLabel(project: Project, file: string): string {
  return project.files.find((r) => r.file === file)?.unphased?.title ?? basename(file);
}
