// Which references a graph draws as "not in plan" nodes: an effort id that a shown effort's dependency list or Blocks
// list names and that no plan here declares. One rule for both directions, so `depends on X` and `blocks X` show X alike.
import type { Effort, Project } from '../model/model';
import { writtenRefs } from '../model/refLists';

/**
 * Whether `id`, which `by` names, is drawn as a "not in plan" node: no effort of the project has it, and `by` is live
 * (a cancelled effort's references are never checked, so they draw nothing either).
 */
export function isNotInPlan(project: Project, id: string, by: Effort): boolean {
  return by.status !== 'cancelled' && !project.byId.has(id);
}

/**
 * Ids the effort's Blocks lists name that no plan declares, in written order, once each. Declared ones need nothing
 * here: the merge already made them depend on the effort (project/blockedBy.ts), so they are drawn as dependencies.
 */
export function blockedNotInPlan(project: Project, effort: Effort): string[] {
  const out = new Set<string>();
  for (const fact of project.facts.get(effort.id) ?? []) {
    for (const ref of writtenRefs(fact.blocks))
      if (!ref.external && isNotInPlan(project, ref.id, effort)) out.add(ref.id);
  }
  return [...out];
}
