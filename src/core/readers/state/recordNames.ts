// A state file whose records are keyed by their efforts' names (`efforts: {lexer: {id: E1.1.2, deps: [parser-core]}}`)
// names the other records by those names in its dependency lists: such a reference is the record's effort, not an
// external one. Only a name exactly one other record of the file has.
import { nameKey } from '../../model/ids';
import type { EffortFact } from '../../model/model';
import { writtenRefs } from '../../model/refLists';

/** Rewrites the external references of the file's facts that name one other record of the file into its id. */
export function resolveRecordNames(facts: readonly EffortFact[]): void {
  const byName = new Map<string, Set<string>>();
  for (const f of facts)
    for (const name of [f.id, f.name?.value]) {
      const key = name === undefined ? undefined : nameKey(name);
      if (!key) continue;
      const ids = byName.get(key);
      if (ids) ids.add(f.id);
      else byName.set(key, new Set([f.id]));
    }
  if (!byName.size) return;
  for (const f of facts)
    for (const list of [f.dependsOn, f.parallelWith, f.blocks])
      for (const ref of writtenRefs(list)) {
        if (!ref.external) continue;
        const key = nameKey(ref.id);
        const ids = key ? byName.get(key) : undefined;
        if (ids?.size !== 1) continue;
        const [id] = ids;
        if (id === f.id) continue;
        ref.id = id;
        ref.external = false;
      }
}
