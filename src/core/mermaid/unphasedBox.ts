// The title of a wave of a plan that names no phase, in the graph and the summary: `Wave 2`, as the plan writes it,
// with its name; led by the plan's title when several such plans are drawn (their wave numbers are their own).
import { planOf } from '../analysis/gates';
import type { Effort, Project } from '../model/model';
import { unphasedPlanLabel } from '../views/unphasedPlans';

/** `[title, name]` of the wave an effort with a wave and no phase is in. */
export function unphasedWaveTitle(project: Project, e: Effort, withPlan: boolean): [string, string | undefined] {
  const plan = planOf(project, e);
  const name = project.files.find((r) => r.file === plan)?.unphased?.waves.find((w) => w.wave === e.wave)?.name;
  const wave = `Wave ${e.wave}`;
  return [withPlan ? `${unphasedPlanLabel(project, plan)} · ${wave}` : wave, name];
}

/** Whether the efforts come from more than one plan that names no phase. */
export function severalUnphasedPlans(project: Project, efforts: readonly Effort[]): boolean {
  let first: string | undefined;
  for (const e of efforts) {
    if (e.phase !== undefined || e.wave === undefined) continue;
    const plan = planOf(project, e);
    if (first === undefined) first = plan;
    else if (plan !== first) return true;
  }
  return false;
}

/**
 * Groups in plan order: phases' waves as the efforts' ids order them, then each plan that names no phase wave by
 * wave (efforts of several such plans interleave in id order).
 */
export function boxOrder(project: Project, groups: ReadonlyMap<string, Effort[]>): Array<[string, Effort[]]> {
  const all = [...groups];
  const unphased = all.filter(([, [e]]) => e.phase === undefined && e.wave !== undefined);
  if (!unphased.length) return all;
  const plans = new Map(unphased.map(([key, [e]]) => [key, planOf(project, e)]));
  unphased.sort(([a, [ea]], [b, [eb]]) => {
    const [pa, pb] = [plans.get(a)!, plans.get(b)!];
    return pa < pb ? -1 : pa > pb ? 1 : ea.wave! - eb.wave!;
  });
  return [...all.filter(([key]) => !plans.has(key)), ...unphased];
}
