// The prefixes a plan's branches live under (`acme` in `acme/phase3/wave1/x`), for integration-branch lookups.
import { cleanRefText } from './naming';
import type { PlanView } from '../settings';

/** `acme/phase3/wave1/x` → `acme`: what a branch carries before its `phaseN` segment. */
export function prefixOfBranch(branch: string): string | undefined {
  const parts = branch.split('/');
  const at = parts.findIndex((p) => /^phase[-_]?\d+/i.test(p));
  return at > 0 ? parts.slice(0, at).join('/') : undefined;
}

// Counted once per plan, not once per effort.
const cache = new WeakMap<PlanView, { efforts: PlanView['efforts']; prefixes: string[] }>();

/** Prefixes of the plan's declared effort branches, most used first. */
function planPrefixes(plan: PlanView): string[] {
  const hit = cache.get(plan);
  if (hit && hit.efforts === plan.efforts) return hit.prefixes;
  const counts = new Map<string, number>();
  for (const e of plan.efforts) {
    const prefix = e.branch ? prefixOfBranch(cleanRefText(e.branch)) : undefined;
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const prefixes = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
  cache.set(plan, { efforts: plan.efforts, prefixes });
  return prefixes;
}

/**
 * Prefixes integration branches are looked up under: the repo config's, the one the effort's own branch carries,
 * then those of the plan's declared branches, most used first.
 */
export function branchPrefixes(plan: PlanView, branch?: string): string[] {
  const out = new Set<string>();
  const configured = plan.repoConfig?.projectPrefix?.replace(/\/+$/, '');
  if (configured) out.add(configured);
  const own = branch && prefixOfBranch(branch);
  if (own) out.add(own);
  for (const p of planPrefixes(plan)) out.add(p);
  return [...out];
}
