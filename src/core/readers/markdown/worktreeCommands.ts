// The branches a plan's shell blocks create (`wt-create B DIR`, G0 plans' helper around `git worktree add`, one per
// agent; `git checkout -b B`, `git switch -c B`, `git branch B`, `git worktree add DIR -b B`). They give:
// - an effort named by slug its branch when the last segment is its slug id or ends with `-<slug id>`
//   (`feature/tmc-phase4-sync-04-transform-pipeline` → sync-04-transform-pipeline; `…-sync-01-fixes` names none);
// - an effort whose table or graph writes only a branch's last part (`p6w1-synctarget-controller`) the whole branch
//   (`feature/tmc-completion/p6w1-synctarget-controller`), so Create Effort Worktree makes the branch the plan does.
import { parseEffortId } from '../../model/ids';
import type { EffortFact } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { Aliases } from './aliases';
import type { MdDoc } from './doc';
import { FactBuilder } from './facts';

export interface CreatedBranch {
  branch: string;
  line: number;
  /** 1-based column of the branch in its line. */
  column: number;
}

// A command at the start of a line or after `;`, `&&`, `|`.
const CREATES =
  /(?:^|[;&|])[ \t]*(?:git[ \t]+(?:checkout[ \t]+-b|switch[ \t]+-c|branch|worktree[ \t]+add(?:[ \t]+[^\s-]\S*)?[ \t]+-b)|wt-create)[ \t]+([A-Za-z0-9][\w./-]{0,299})/g;
const SHELL = /^(?:$|(?:ba|z)?sh\b|shell\b|console\b)/i;

/** The branches the file's shell (or untagged) blocks create, in file order. */
export function createdBranches(doc: MdDoc): CreatedBranch[] {
  const out: CreatedBranch[] = [];
  // Most plans have no code block: no search of their whole text.
  if (!doc.fences.length || (!doc.text.includes('wt-create') && !doc.text.includes('git '))) return out;
  for (const fence of doc.fences) {
    if (!SHELL.test(fence.info.trim())) continue;
    for (let l = fence.contentStart; l < fence.contentEnd; l++) {
      const text = doc.lines[l - 1] ?? '';
      if (text.length > 1000 || (!text.includes('wt-create') && !text.includes('git'))) continue;
      CREATES.lastIndex = 0;
      for (let m = CREATES.exec(text); m; m = CREATES.exec(text))
        out.push({ branch: m[1], line: l, column: m.index + m[0].length - m[1].length + 1 });
    }
  }
  return out;
}

/** Slug-id efforts the file knows and gives no branch elsewhere: the branch a command creates for them. */
export function readWorktreeCommands(
  doc: MdDoc,
  created: readonly CreatedBranch[],
  declared: readonly FactBuilder[],
  aliases: Aliases,
  into: Map<string, FactBuilder>,
): void {
  let branched: Set<string> | undefined;
  for (const c of created) {
    const id = slugEffort(c.branch, aliases);
    if (!id || into.get(id)?.has('branch')) continue;
    branched ??= new Set(declared.filter((b) => b.has('branch')).map((b) => b.id));
    if (branched.has(id)) continue;
    const span = lineSpan(doc.file, c.line, c.column, c.branch.length);
    const b = into.get(id) ?? new FactBuilder(id, 'table', span);
    into.set(id, b);
    b.set('branch', { value: c.branch, span });
  }
}

/** Gives each fact whose branch is a bare name the one whole branch the commands create that ends in it. */
export function completeBranches(file: string, created: readonly CreatedBranch[], facts: readonly EffortFact[]): void {
  if (!created.length) return;
  // Last part → the whole branches that end in it, each where it is first written.
  const byLast = new Map<string, Map<string, CreatedBranch>>();
  for (const c of created) {
    const slash = c.branch.lastIndexOf('/');
    if (slash < 0) continue;
    const last = c.branch.slice(slash + 1);
    const seen = byLast.get(last) ?? new Map<string, CreatedBranch>();
    byLast.set(last, seen);
    if (!seen.has(c.branch)) seen.set(c.branch, c);
  }
  for (const f of facts) {
    if (!f.branch || f.branch.value.includes('/')) continue;
    const whole = byLast.get(f.branch.value);
    // Two whole branches end in it: the plan does not say which, and the short one stays.
    if (whole?.size !== 1) continue;
    const [c] = whole.values();
    f.branch = { value: c.branch, span: lineSpan(file, c.line, c.column, c.branch.length) };
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
