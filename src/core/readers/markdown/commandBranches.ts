// `wt-create feature/tmc-completion/p6w1-synctarget-controller p6w1-synctarget` in a plan's shell block names the
// whole branch of an effort whose table or graph gives only its last part (`p6w1-synctarget-controller`): Create
// Effort Worktree must make the branch the plan's own commands make.
import type { EffortFact } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { MdDoc } from './docTypes';

// The branch a command creates: `git checkout -b B`, `git switch -c B`, `git branch B`, `git worktree add DIR -b B`,
// `wt-create B DIR`. Only branches with a folder part: a bare name is what the plan already says.
const CREATES =
  /\b(?:git\s+(?:checkout\s+-b|switch\s+-c|branch|worktree\s+add(?:\s+[^\s-]\S*)?\s+-b)|wt-create)\s+([A-Za-z0-9][\w.-]*(?:\/[\w.-]+)+)/g;
const SHELL = /^(?:$|(?:ba|z)?sh\b|shell\b|console\b)/i;

/** Gives each fact whose branch is a bare name the one whole branch a shell block of the file creates for it. */
export function completeBranches(doc: MdDoc, facts: readonly EffortFact[]): void {
  if (!doc.fences.length || !facts.some((f) => f.branch && !f.branch.value.includes('/'))) return;
  // Last part → the whole branches that end in it, each where it is first written.
  const byLast = new Map<string, Map<string, { line: number; column: number }>>();
  for (const fence of doc.fences) {
    if (!SHELL.test(fence.info.trim())) continue;
    for (let l = fence.contentStart; l < fence.contentEnd; l++) {
      const text = doc.lines[l - 1] ?? '';
      if (text.length > 500 || !/wt-create|git\s/.test(text)) continue;
      CREATES.lastIndex = 0;
      for (let m = CREATES.exec(text); m; m = CREATES.exec(text)) {
        const branch = m[1];
        const last = branch.slice(branch.lastIndexOf('/') + 1);
        const seen = byLast.get(last) ?? new Map<string, { line: number; column: number }>();
        byLast.set(last, seen);
        if (!seen.has(branch)) seen.set(branch, { line: l, column: m.index + m[0].length - branch.length + 1 });
      }
    }
  }
  for (const f of facts) {
    if (!f.branch || f.branch.value.includes('/')) continue;
    const whole = byLast.get(f.branch.value);
    if (whole?.size !== 1) continue;
    const [[branch, at]] = [...whole];
    f.branch = { value: branch, span: lineSpan(doc.file, at.line, at.column, branch.length) };
  }
}
