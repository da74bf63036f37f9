// `wt-create <branch> <worktree>` in a plan's shell blocks (G0 plans' helper around `git worktree add`, one per agent):
// the branch is an effort's when its last segment is the effort's slug id or ends with `-<slug id>`
// (`feature/tmc-phase4-sync-04-transform-pipeline` → sync-04-transform-pipeline). A fix branch (`…-sync-01-fixes`)
// names no effort. Only efforts the file knows and gives no branch elsewhere.
import { parseEffortId } from '../../model/ids';
import { lineSpan } from '../../model/span';
import type { Aliases } from './aliases';
import type { MdDoc } from './doc';
import { FactBuilder } from './facts';

const WT_CREATE = /^[ \t]*wt-create[ \t]+([^\s`'"]{1,300})[ \t]+\S/;

export function readWorktreeCommands(
  doc: MdDoc,
  declared: readonly FactBuilder[],
  aliases: Aliases,
  into: Map<string, FactBuilder>,
): void {
  if (!doc.text.includes('wt-create')) return;
  let branched: Set<string> | undefined;
  for (const fence of doc.fences) {
    for (let l = fence.contentStart; l < fence.contentEnd; l++) {
      const text = doc.lines[l - 1] ?? '';
      const m = text.length < 1000 ? WT_CREATE.exec(text) : null;
      const id = m ? slugEffort(m[1], aliases) : undefined;
      if (!m || !id || into.get(id)?.has('branch')) continue;
      branched ??= new Set(declared.filter((b) => b.has('branch')).map((b) => b.id));
      if (branched.has(id)) continue;
      const span = lineSpan(doc.file, l, text.indexOf(m[1]) + 1, m[1].length);
      const b = into.get(id) ?? new FactBuilder(id, 'table', span);
      into.set(id, b);
      b.set('branch', { value: m[1], span });
    }
  }
}

/** The slug-id effort the branch's last segment is, or ends with after a dash (several words after a dash). */
function slugEffort(branch: string, aliases: Aliases): string | undefined {
  const last = branch.slice(branch.lastIndexOf('/') + 1);
  for (let start = 0; ;) {
    const tail = last.slice(start);
    if (start > 0 && !tail.includes('-')) return undefined;
    if (!parseEffortId(tail) && aliases.has(tail)) return tail;
    const dash = last.indexOf('-', start);
    if (dash < 0) return undefined;
    start = dash + 1;
  }
}
