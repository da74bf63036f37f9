// `Blocks: E1.2.1` in E1.1.4's plan says E1.2.1 depends on E1.1.4. The merge adds that edge to E1.2.1's dependencies
// beside the ones its own lists give (a union, never a contest of precedence): the two lists state two halves of one
// graph, so E1.2.1 listing other dependencies and not E1.1.4 is no conflict. References that name no effort add
// nothing here; the checks report them where they are written (unknownDependency.ts).
import type { DependencyRef, Effort, EffortFact } from '../model/model';
import { writtenRefs } from '../model/refLists';

/** Per blocked effort id: its blockers (id → the first reference that names it), in the order they were found. */
export type Blockers = ReadonlyMap<string, ReadonlyMap<string, DependencyRef>>;

/** No effort's facts write a Blocks list (most projects): nothing to look up per effort. */
export const NO_BLOCKERS: Blockers = new Map();

/** What every effort's Blocks lists say, over the merged efforts (id order) and their active facts by node (best first). */
export function blockersOf(efforts: readonly Effort[], factsAt: (node: number) => readonly EffortFact[]): Blockers {
  let out: Map<string, Map<string, DependencyRef>> | undefined;
  for (let node = 0; node < efforts.length; node++) {
    const effort = efforts[node];
    for (const fact of factsAt(node)) {
      if (!fact.blocks) continue;
      for (const ref of writtenRefs(fact.blocks)) {
        if (ref.external) continue;
        out ??= new Map();
        let by = out.get(ref.id);
        if (!by) out.set(ref.id, (by = new Map()));
        if (!by.has(effort.id)) by.set(effort.id, ref);
      }
    }
  }
  return out ?? NO_BLOCKERS;
}

/** Adds each effort's blockers to its dependencies (after its own), recording where each added one is written. */
export function applyBlockers(efforts: Iterable<Effort>, blockers: Blockers): void {
  if (!blockers.size) return;
  for (const effort of efforts) {
    const by = blockers.get(effort.id);
    if (!by) continue;
    let deps: string[] | undefined;
    for (const [id, ref] of by) {
      if (effort.dependsOn.includes(id)) continue;
      // A fresh list: the merged one may be shared (the one empty list, a fact's own).
      (deps ??= effort.dependsOn.slice()).push(id);
      (effort.blockedBy ??= {})[id] = ref.span;
    }
    if (deps) effort.dependsOn = deps;
  }
}
