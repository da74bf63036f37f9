// `unknown-dependency` / `unknown-parallel-with`: a reference that looks like an effort id but names no effort of
// the plan (in a dependency list, a Blocks list or a parallel-with list), with a did-you-mean and a fix pointing it
// at the suggestion. External references (`Phase 6
// Controllers`, `integration:phase4-wave4.1`) are never errors. A well-formed id of a wave no plan here declares
// (an effort worktree holds only its own plan) is `undeclared-effort`, a hint, unless its words name a known effort.
import { removeDependencyFix, removeListedFix, replaceDependencyFix, replaceWordsFix } from '../fixes';
import { factsOf } from '../fixes/text';
import type { DependencyRef, Effort, EffortFact, Fix, PlanDiagnostic } from '../model/model';
import { diagnostic, type CheckContext } from './context';
import { undeclaredWaveOf } from './declaredWaves';
import type { IdSuggester } from './suggest';

const FIELDS = ['dependsOn', 'blocks', 'parallelWith'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Past this many unknown references in one list, the rest are reported without fixes: each fix edits the list
 * (n·log n for one removal), and a generated list may name 100,000 unknown ids.
 */
const MAX_FIXES_PER_LIST = 100;

/** One effort's (node's) references to efforts that do not exist, in every source of it. */
export function checkUnknownReferencesOf(ctx: CheckContext, effort: Effort, node: number, out: PlanDiagnostic[]): void {
  const { project } = ctx;
  // Every source is checked, not only the one that won the merge: a typo in a losing phase plan is still a typo.
  // Each place that writes an unknown id is a place to fix, so each gets its own diagnostic (once per list).
  const sources = ctx.factsAt(node);
  if (sources.length === 1 && refersToKnownOnly(ctx, effort, node, sources[0])) return;
  for (let f = 0; f < FIELDS.length; f++) {
    const field = FIELDS[f];
    // Places already reported, per file (a position number, not a `file:line:column` string per reference).
    let reported: Map<string, Set<number>> | undefined;
    // This effort's written references of the field by unknown id: one pass, not one per unknown id.
    let written: Map<string, DependencyRef[]> | undefined;
    // The two, as unknownRef takes them: one object per list, not one per unknown id.
    let index: ListIndex | undefined;
    for (let s = 0; s < sources.length; s++) {
      const fact = sources[s];
      const list = fact[field];
      if (!list) continue;
      let inList: Set<string> | undefined;
      // The list's ids of efforts, made at its first unknown id: the rest of the list is then told known by it rather
      // than by the graph's index again (a list may name 100,000 ids).
      let known: Set<string> | undefined;
      // An id the list already names is not a useful correction; built once per list, not per unknown id.
      let listed: Set<string> | undefined;
      const refs = list.refs;
      for (let r = 0; r < refs.length; r++) {
        const ref = refs[r];
        if (ref.external) {
          if (field === 'dependsOn' && firstAt((reported ??= new Map()), ref)) nearName(ctx, effort.id, fact, ref, out);
          continue;
        }
        if (known ? known.has(ref.id) : isEffort(ctx, ref.id)) continue;
        // Added at once: a repeat of an unknown id leaves the set's size as it was.
        const seen = inList?.size ?? 0;
        if ((inList ??= new Set()).add(ref.id).size === seen) continue;
        // With one source, a reference written as its id alone (most of a 100,000-id list) is the only one at its
        // place: only an item standing for several (a range's dash, `all previous`) or a shared list repeats one.
        const alone = sources.length === 1 && !ref.implied && ref.raw === ref.id;
        if (!alone && !firstAt((reported ??= new Map()), ref)) continue;
        if (!listed) {
          known = knownIdsOf(ctx, list.refs);
          listed = known;
          // What this effort waits for cannot be what it blocks: that correction would make a cycle.
          if (field === 'blocks') {
            listed = new Set(known);
            for (const d of effort.dependsOn) listed.add(d);
          }
        }
        written ??= writtenRefs(project, effort.id, field, fixableIds(ctx, sources, field));
        if (index?.listed !== listed || index.written !== written) index = { listed, written };
        const withFixes = inList.size <= MAX_FIXES_PER_LIST;
        out.push(unknownRef(ctx, ctx.suggester(), effort.id, field, fact, ref, index, withFixes));
      }
    }
  }
}

/** Records where `ref` is written; false when a reference there was reported already. */
function firstAt(reported: Map<string, Set<number>>, ref: DependencyRef): boolean {
  let inFile = reported.get(ref.span.file);
  if (!inFile) reported.set(ref.span.file, (inFile = new Set<number>()));
  // Small enough to stay an integer V8 does not box; a very long line falls back to distinct negative numbers.
  const { line, column } = ref.span;
  const at = column < 65536 ? line * 65536 + column : -(line * 2 ** 21 + column);
  if (inFile.has(at)) return false;
  inFile.add(at);
  return true;
}

/**
 * The one source of an effort names only efforts of the plan, as the graph already tells (no id is looked up again,
 * most efforts of a big plan): it writes no Blocks or Parallel With list, so its effort references are its Dependencies
 * list, whose ids are the effort's dependsOn (it won the merge, being the only source; no Blocks list of another effort
 * added to them), and the graph resolved every one of those.
 */
function refersToKnownOnly(ctx: CheckContext, effort: Effort, node: number, fact: EffortFact): boolean {
  return (
    fact.blocks === undefined &&
    fact.parallelWith === undefined &&
    effort.blockedBy === undefined &&
    ctx.graph.deps[node].length === effort.dependsOn.length &&
    effort.externalDependsOn.length === 0
  );
}

/**
 * A dependency written as words that name no effort is read as work outside the plan; when the words nearly spell an
 * effort's name (`tokeniser`, the plan's `tokenizer`), that is most likely a typo that drops the real dependency.
 */
function nearName(ctx: CheckContext, id: string, fact: EffortFact, ref: DependencyRef, out: PlanDiagnostic[]): void {
  const guess = ctx.suggester().nameNear(ref.raw);
  if (!guess || guess === id) return;
  const message = `${id} depends on "${ref.raw.trim()}", which names no effort of this plan (read as work outside it). Did you mean ${guess}${nameOf(ctx, guess)}?`;
  // The words are replaced by the effort's name, as the list writes its dependencies (a guess: never certain).
  const fix = replaceWordsFix(ctx, fact, ref, ctx.project.byId.get(guess)!.name, guess);
  out.push(diagnostic(ref.span, 'unknown-dependency', 'warning', message, [id], fix ? { fixes: [fix] } : {}));
}

interface ListIndex {
  /**
   * Efforts the list names: never suggested as its correction (`E1.1.1, E1.1.9` → `E1.1.1, E1.1.1`). Only efforts
   * are ever suggested, so the list's unknown ids (all 100,000 of a generated list) need not be in it.
   */
  listed: ReadonlySet<string>;
  /** The effort's written (plan, not state) references of the field, by unknown id. */
  written: ReadonlyMap<string, DependencyRef[]>;
}

const WHAT: Record<Field, string> = {
  dependsOn: 'depends on',
  blocks: 'blocks',
  parallelWith: 'is declared parallel with',
};

/** One unknown reference at its own place: `undeclared-effort` (a hint) or `unknown-dependency`/`-parallel-with`. */
function unknownRef(
  ctx: CheckContext,
  suggester: IdSuggester,
  id: string,
  field: Field,
  fact: EffortFact,
  ref: DependencyRef,
  index: ListIndex,
  /** False past MAX_FIXES_PER_LIST unknown ids in the list. */
  withFixes: boolean,
): PlanDiagnostic {
  const { project } = ctx;
  const { listed } = index;
  const what = WHAT[field];
  const blocks = field === 'blocks';
  const wave = undeclaredWaveOf(project, ref.id);
  if (wave && !suggester.suggestByName(ref, id, listed, blocks)) {
    const message = `${id} ${what} ${ref.id}, which is not declared in this workspace (no plan here lists the efforts of wave ${wave}).`;
    return diagnostic(ref.span, 'undeclared-effort', 'hint', message, [id]);
  }
  const guesses = suggester.suggest(ref, id, listed, blocks);
  const hint = didYouMean(ctx, guesses);
  const code = field === 'parallelWith' ? 'unknown-parallel-with' : 'unknown-dependency';
  // Joined, not a template: a template makes a chain of four joined strings (128 bytes) that output copies flat
  // again; a list may name 100,000 unknown ids.
  const message = [id, ' ', what, ' ', ref.id, ', which is not an effort of this plan.', hint].join('');
  // [dependency, dependent]: a Blocks list names the dependent.
  const edge: [string, string] | undefined = field === 'dependsOn' ? [ref.id, id] : blocks ? [id, ref.id] : undefined;
  const edges = edge ? { edges: [edge] } : {};
  if (!withFixes) return diagnostic(ref.span, code, 'error', message, [id], edges);
  return diagnostic(ref.span, code, 'error', message, [id], {
    ...edges,
    fixes: fixesOf(ctx, id, field, fact, ref, index, guesses),
  });
}

/**
 * The fixes of an unknown reference: one per guess, then its removal. Apart from unknownRef, whose every call would
 * otherwise allocate the context of these closures (the CLI's V8 flags), past the fixes' limit too.
 */
function fixesOf(
  ctx: CheckContext,
  id: string,
  field: Field,
  fact: EffortFact,
  ref: DependencyRef,
  index: ListIndex,
  guesses: readonly string[],
): Array<Fix | undefined> {
  // Every plan source of this effort that writes the same unknown reference gets the same correction (state files
  // are records, never edited); this place first, so the fix is titled with what is written here.
  const sameRefs = (index.written.get(ref.id) ?? []).slice();
  sameRefs.sort((a, b) => Number(b === ref) - Number(a === ref));
  const remove =
    field === 'dependsOn' ? removeDependencyFix(ctx, id, ref.id) : removeListedFix(ctx, id, fact, field, ref.id);
  if (remove) remove.preferred = false;
  // One fix per equally good candidate; a single candidate is preferred, but never certain (Fix All skips guesses).
  const fixes = guesses.map((g) => {
    const fix = replaceDependencyFix(ctx, sameRefs, g);
    if (fix) fix.title += nameOf(ctx, g);
    if (fix && guesses.length > 1) fix.preferred = false;
    return fix;
  });
  fixes.push(remove);
  return fixes;
}

/** ` Did you mean E1.1.3 (Logging)?`, or for several equal candidates ` Did you mean E1.1.1, E1.1.2 or E1.1.3?`. */
function didYouMean(ctx: CheckContext, ids: readonly string[]): string {
  if (ids.length === 0) return '';
  if (ids.length === 1) return ` Did you mean ${ids[0]}${nameOf(ctx, ids[0])}?`;
  return ` Did you mean ${ids.slice(0, -1).join(', ')} or ${ids[ids.length - 1]}?`;
}

/** The ids of a list's references to efforts of the plan. */
function knownIdsOf(ctx: CheckContext, refs: readonly DependencyRef[]): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < refs.length; i++) if (!refs[i].external && isEffort(ctx, refs[i].id)) ids.add(refs[i].id);
  return ids;
}

/** The unknown ids that get fixes: in each source's list of the field, the first MAX_FIXES_PER_LIST distinct ones. */
function fixableIds(ctx: CheckContext, sources: readonly EffortFact[], field: Field): Set<string> {
  const ids = new Set<string>();
  for (const fact of sources) {
    const inList = new Set<string>();
    for (const ref of fact[field]?.refs ?? []) {
      if (inList.size >= MAX_FIXES_PER_LIST) break;
      if (ref.external || isEffort(ctx, ref.id)) continue;
      inList.add(ref.id);
      ids.add(ref.id);
    }
  }
  return ids;
}

/**
 * The effort's written (non-state) references of one field to the `fixable` ids, by id: one pass over its sources
 * (only fixes read them: past MAX_FIXES_PER_LIST, a list of 100,000 unknown ids keeps no map of them all).
 */
function writtenRefs(
  project: CheckContext['project'],
  id: string,
  field: Field,
  fixable: ReadonlySet<string>,
): Map<string, DependencyRef[]> {
  const byId = new Map<string, DependencyRef[]>();
  for (const f of factsOf(project, id)) {
    if (f.kind === 'state' || f.kind === 'infrastructure') continue;
    for (const r of f[field]?.refs ?? []) {
      if (r.external || !fixable.has(r.id)) continue;
      const list = byId.get(r.id);
      if (list) list.push(r);
      else byId.set(r.id, [r]);
    }
  }
  return byId;
}

/** An effort of the plan, by the graph's index of ids (the project's byId is made only when something reads it). */
function isEffort(ctx: CheckContext, id: string): boolean {
  return ctx.graph.index.get(id) !== undefined;
}

function nameOf(ctx: CheckContext, id: string): string {
  const node = ctx.graph.index.get(id);
  const e = node === undefined ? undefined : ctx.project.efforts[node];
  return e && e.name !== id ? ` (${e.name})` : '';
}
