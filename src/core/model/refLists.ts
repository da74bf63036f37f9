// A field's reference list as written: the first list (the value) and the lists that restate it in the same
// declaration. Everything that locates references (hover, go to, rename, Blocks edges) reads all of them.
import { noItems } from './arrays';
import type { DependencyRef, RefList } from './model';

const NO_REFS: readonly DependencyRef[] = noItems();

/** Every reference a field's lists write, first list first; the first list's own array when nothing restates it. */
export function writtenRefs(list: RefList | undefined): readonly DependencyRef[] {
  if (!list) return NO_REFS;
  if (!list.restated) return list.refs;
  const out = list.refs.slice();
  for (const again of list.restated) for (const r of again.refs) out.push(r);
  return out;
}
