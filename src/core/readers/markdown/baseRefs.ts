// A base branch written as another effort's, `**Base Branch**: E1.1.1's branch (stacked)` or `same as E1.1.2`: that
// effort's branch (or base) where the file gives it; else no base (a branch named `E1.1.1's` or `same` was made of
// the words) and a metadata-invalid warning at the words.
import type { PlanDiagnostic } from '../../model/model';
import type { FactBuilder } from './facts';

/** Sets each such base from the file's own efforts, in `builders`; a warning in `out` for each it cannot. */
export function resolveBaseRefs(builders: readonly FactBuilder[], out: PlanDiagnostic[]): void {
  let byId: Map<string, FactBuilder> | undefined;
  for (let i = 0; i < builders.length; i++) {
    const b = builders[i];
    if (!b.baseRef) continue;
    if (!byId) {
      byId = new Map();
      for (const x of builders) if (!byId.has(x.id)) byId.set(x.id, x);
    }
    const value = resolved(b, byId, 0);
    const ref = b.baseRef;
    if (value !== undefined && !b.has('baseBranch')) b.set('baseBranch', { value, span: ref.span });
    else if (value === undefined)
      out.push({
        ...ref.span,
        code: 'metadata-invalid',
        severity: 'warning',
        message: `${b.id}: base branch "${ref.text}" names the ${ref.of} of ${ref.id}, which this file does not give: no base is set. Write the branch itself.`,
        efforts: [b.id],
      });
  }
}

/** The branch a base reference names, following `same as` chains a few steps. */
function resolved(b: FactBuilder, byId: Map<string, FactBuilder>, depth: number): string | undefined {
  const ref = b.baseRef;
  if (!ref || depth > 8) return b.fact.baseBranch?.value;
  const target = byId.get(ref.id);
  if (!target || target === b) return undefined;
  if (ref.of === 'branch') return target.fact.branch?.value;
  return target.fact.baseBranch?.value ?? resolved(target, byId, depth + 1);
}
