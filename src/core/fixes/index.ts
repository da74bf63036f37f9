// Quick fixes as TextEdits computed from fact spans and file texts. A fix that cannot be computed safely
// (text missing or changed since it was read) is simply not offered.
import type { DependencyRef, EffortFact, Fix, RefList, TextEdit } from '../model/model';
import { setNoEdits } from './boolean';
import { removeRefEdits, replaceRefEdit } from './refList';
import { factsOf, isDataKind, type FixContext } from './text';

export { splitEffortFix } from './split';
export { type FixContext } from './text';
export { moveNumberedEffortFix } from '../authoring/moveEffort';
export { moveToWaveFix } from './wave';

function key(e: TextEdit): string {
  return `${e.file}\n${e.line}:${e.column}:${e.endLine}:${e.endColumn}`;
}

/** Adds edits unless an identical one is there already (two facts may share one written list). */
function addUnique(into: TextEdit[], seen: Set<string>, edits: TextEdit[] | undefined): void {
  for (const e of edits ?? []) {
    if (seen.has(key(e))) continue;
    seen.add(key(e));
    into.push(e);
  }
}

function listEdits(ctx: FixContext, fact: EffortFact, list: RefList | undefined, id: string): TextEdit[] | undefined {
  const ref = list?.refs.find((r) => !r.external && r.id === id);
  const ft = list && ctx.text(list.span.file);
  return ref && ft ? removeRefEdits(ft, fact, list!, ref) : undefined;
}

/**
 * Removes `depId` from `fromId`'s dependencies in every (non-state) source that lists it, and `fromId` from every
 * Blocks list of `depId`'s that names it: the edge is gone wherever it is written.
 */
export function removeDependencyFix(
  ctx: FixContext,
  fromId: string,
  depId: string,
  preferred = false,
): Fix | undefined {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const fact of factsOf(ctx.project, fromId)) {
    if (fact.kind === 'state' || fact.kind === 'infrastructure') continue;
    addUnique(edits, seen, listEdits(ctx, fact, fact.dependsOn, depId));
  }
  for (const fact of factsOf(ctx.project, depId)) {
    if (fact.kind === 'state' || fact.kind === 'infrastructure') continue;
    addUnique(edits, seen, listEdits(ctx, fact, fact.blocks, fromId));
  }
  if (edits.length === 0) return undefined;
  return { title: `Remove ${depId} from the dependencies of ${fromId}`, kind: 'remove-dependency', edits, preferred };
}

/** Removes `otherId` from one written Parallel With or Blocks list. */
export function removeListedFix(
  ctx: FixContext,
  fromId: string,
  fact: EffortFact,
  field: 'parallelWith' | 'blocks',
  otherId: string,
): Fix | undefined {
  const edits = listEdits(ctx, fact, fact[field], otherId);
  if (!edits || edits.length === 0) return undefined;
  const blocks = field === 'blocks';
  return {
    title: `Remove ${otherId} from ${blocks ? 'Blocks' : 'Parallel With'} of ${fromId}`,
    kind: blocks ? 'remove-dependency' : 'remove-parallel-with',
    edits,
    preferred: true,
  };
}

/** Points the given written references at `target` instead. */
export function replaceDependencyFix(ctx: FixContext, refs: readonly DependencyRef[], target: string): Fix | undefined {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const ft = ctx.text(ref.span.file);
    const e = ft && replaceRefEdit(ft, ref, target);
    addUnique(edits, seen, e ? [e] : undefined);
  }
  if (edits.length === 0) return undefined;
  return { title: `Change ${refs[0].raw} to ${target}`, kind: 'replace-dependency', edits, preferred: true };
}

/**
 * Writes `name` over a dependency written as words (`tokeniser` → `tokenizer`), titled with the effort `id` it names.
 * Not in a state file (a record, never edited) or a JSON/YAML value (which would want quotes).
 */
export function replaceWordsFix(
  ctx: FixContext,
  fact: EffortFact,
  ref: DependencyRef,
  name: string,
  id: string,
): Fix | undefined {
  const ft = isDataKind(fact.kind) ? undefined : ctx.text(ref.span.file);
  const start = ft?.start(ref.span);
  if (!ft || start === undefined || !ft.text.startsWith(ref.raw, start)) return undefined;
  const edits = [ft.edit(start, start + ref.raw.trimEnd().length, name)];
  return { title: `Change ${ref.raw.trim()} to ${name} (${id})`, kind: 'replace-dependency', edits, preferred: true };
}

/** Rewrites every "can parallelize" value the effort's (non-state) sources give to No / false. */
export function setCanParallelizeNoFix(ctx: FixContext, id: string): Fix | undefined {
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const fact of factsOf(ctx.project, id)) {
    if (!fact.canParallelize?.value || fact.kind === 'state' || fact.kind === 'infrastructure') continue;
    const ft = ctx.text(fact.canParallelize.span.file);
    if (ft) addUnique(edits, seen, setNoEdits(ft, fact));
  }
  if (edits.length === 0) return undefined;
  const word = factsOf(ctx.project, id).some((f) => f.canParallelize && !isDataKind(f.kind)) ? 'No' : 'false';
  return { title: `Set Can Parallelize of ${id} to ${word}`, kind: 'set-can-parallelize-no', edits, preferred: true };
}
