// `Agent 9: sync-12-integration-tests (depends on all previous)`: the efforts the file declares before it, each one
// a dependency located where "all previous" is written.
import type { DependencyRef, EffortFact } from '../../model/model';

const ALL_PREVIOUS =
  /^all\s+(?:the\s+)?(?:previous|prior|preceding|earlier|above)(?:\s+(?:efforts?|agents?|branches|tasks|work))?$/i;

/** `facts` in file order (the reader's sorted list). */
export function expandAllPrevious(facts: readonly EffortFact[]): void {
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const list = f.dependsOn;
    if (!list || !list.refs.some(isAllPrevious)) continue;
    const refs: DependencyRef[] = [];
    const seen = new Set<string>([f.id]);
    for (const r of list.refs) if (!isAllPrevious(r)) seen.add(r.id);
    for (const r of list.refs) {
      if (!isAllPrevious(r)) {
        refs.push(r);
        continue;
      }
      for (const g of facts) {
        if (g.span.line >= f.span.line) break;
        if (seen.has(g.id)) continue;
        seen.add(g.id);
        refs.push({ id: g.id, raw: r.raw, external: false, span: r.span });
      }
    }
    f.dependsOn = { ...list, refs };
  }
}

function isAllPrevious(r: DependencyRef): boolean {
  return r.external && ALL_PREVIOUS.test(r.id.trim());
}
