// `shared-branch`: two efforts whose plans name one branch (a copy-paste slip): a worktree is made per branch, so
// only one of them could have one. Located at the later effort's branch, naming the first (in plan order).
import type { Effort, PlanDiagnostic } from '../model/model';
import { declarationSpan, diagnostic, type CheckContext } from './context';

export function checkSharedBranches(ctx: CheckContext): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  const first = new Map<string, Effort>();
  const efforts = ctx.project.efforts;
  for (let i = 0; i < efforts.length; i++) {
    const e = efforts[i];
    // A cancelled effort's branch is never made; one that is done has had its worktree (and may be merged).
    if (e.branch === undefined || e.status === 'cancelled') continue;
    const owner = first.get(e.branch);
    if (!owner) {
      first.set(e.branch, e);
      continue;
    }
    const span = e.origins.branch ?? declarationSpan(ctx.project, e);
    const message = `${e.id} names the branch ${e.branch}, as ${owner.id} does: a worktree is made per branch, so only one of them can have one.`;
    out.push(diagnostic(span, 'shared-branch', 'warning', message, [e.id, owner.id]));
  }
  return out;
}
