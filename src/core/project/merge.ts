// Many files' facts → one Project. Per field the best source wins (see precedence.ts); disagreements become
// `effort-conflict` warnings at the losing value, repeated declarations inside one file `duplicate-effort` errors
// (declarations only: a graph label, table cell or list item restating an effort never is one).
//
// Choices: an effort nobody gave a status is 'planned' (it is in a plan and nothing says work started).
// Phase and wave come from the winning facts, else from the numbered id. Efforts without a phase or wave
// stay in `efforts`/`byId` but belong to no Wave. `facts` keeps, per id, the facts that were not superseded
// by a newer timestamped effort plan, best source first.
import { appendAll, listOf, sortShort } from '../model/arrays';
import { EffortRecord, NO_IDS, WaveRecord } from '../model/records';
import {
  canonicalIdKey,
  compareEffortIds,
  keyPhase,
  keyWave,
  numberedIdKey,
  parseEffortId,
  waveId,
} from '../model/ids';
import { applyScopes, INHERITED_FIELDS } from './inherit';
import { applyBlockers, blockersOf, NO_BLOCKERS, type Blockers } from './blockedBy';
import { conflictMessage, MAIN_SENTENCE_MAX, placeOf } from './conflictMessage';
import {
  EFFORT_FIELDS,
  type DependencyRef,
  type Effort,
  type EffortFact,
  type EffortField,
  type FileReadResult,
  type Located,
  type Phase,
  type PlanDiagnostic,
  type Project,
  MAX_DUPLICATE_REPORTS,
  type RefList,
  type RepeatedHeading,
  type Span,
  type Wave,
} from '../model/model';
import {
  compareRanked,
  comparePaths,
  displayList,
  displayValue,
  explicitLabel,
  FIELD_LABELS,
  fileRank,
  isRecordSource,
  listIsPartOf,
  listsAgree,
  namesAgree,
  RECORD_CONFLICT_FIELDS,
  sameStateGeneration,
  winnerReason,
  valuesAgree,
  winnerFor,
  type RankedFact,
} from './precedence';
import { formatCount } from '../model/numbers';
import { joinedFact, joinNamedRecords, type NameJoins } from './nameJoin';
import { factsAtNode, keepFactsByNode, type FactsByNode } from './nodeFacts';
import { lendNodeIndex, type NodeIndex } from '../analysis/graph';
import { firstNotBelow, lendIdKeys, type IdKeys } from './idKeys';

const FIELDS: readonly EffortField[] = EFFORT_FIELDS;

/**
 * Declarations that must not repeat inside one file. Tables, bullets, mermaid and state list an effort often, and
 * one effort plan may hold several bold metadata blocks (effort metadata, infrastructure metadata), so those may repeat.
 */
const SINGLE_DECLARATION_KINDS = new Set(['heading', 'json-block', 'yaml-block', 'front-matter']);

/**
 * Declarations whose names must agree inside one file. A mermaid label, table cell or list item restates an effort,
 * often under a shorter name (`Sync` for "Inventory sync worker"): never a duplicate.
 */
const NAMING_KINDS = new Set([
  'heading',
  'metadata',
  'json-block',
  'yaml-block',
  'front-matter',
  'state',
  'infrastructure',
]);

export function mergeProject(input: FileReadResult[]): Project {
  return assembleProject(mergeParts(input));
}

/** One effort merged from every fact stated about it, with the merge's own findings about it. */
export interface MergedGroup {
  effort: Effort;
  /** The facts not superseded, best source first. */
  facts: EffortFact[];
  diagnostics: PlanDiagnostic[];
  /** Which inherited fields the effort declares itself (a bit each; before a wave's or document's defaults apply). */
  declares: number;
}

/** A merge before it becomes a Project: kept by the incremental engine to re-merge only what a re-read changed. */
export interface MergeParts {
  /** In path order. */
  results: FileReadResult[];
  /** Per effort id, every fact about it in path order then position; the map in order of first statement. */
  grouped: Map<string, RankedFact[]>;
  /** Per effort id, its merge (empty when merged once, for no update: a one-shot read keeps no group per effort). */
  groups: Map<string, MergedGroup>;
  /**
   * Per node (index in `efforts`), the facts not superseded, best source first: the project's `facts` by node, as
   * this merge made them (an update keeps the facts it merges again in the project's `facts` only). A one-shot merge
   * keeps a node's one fact alone (nodeFacts.ts).
   */
  factsByNode: FactsByNode;
  /** Per group (in order of first statement: the order of the project's `facts`), its node. */
  nodeOfGroup: Int32Array;
  /** Per effort id, its node: the graph's index (the merge's map of ids, not a second one). */
  nodeIndex: NodeIndex;
  /** Per node, its id's packed key (idKeys.ts); undefined when an id does not pack. */
  idKeys: IdKeys | undefined;
  /** In id order, with inherited values applied. */
  efforts: Effort[];
  /** The groups' findings, in the groups' order. */
  mergeDiagnostics: PlanDiagnostic[];
  /** Contradicting wave or document defaults (inherit.ts). */
  scopeDiagnostics: PlanDiagnostic[];
  phases: Phase[];
  /** What the efforts' Blocks lists add to other efforts' dependencies (blockedBy.ts). */
  blockers: Blockers;
  /** State records keyed by name that join a plan's effort (nameJoin.ts); undefined when none could. */
  joins: NameJoins | undefined;
}

/** `forUpdates`: keep what the incremental engine re-merges from (false: a one-shot merge, such as the CLI's). */
export function mergeParts(input: FileReadResult[], forUpdates = true): MergeParts {
  // Path order, whatever order the files were read in: every tie below is broken by it, so the model is a function
  // of the files' paths and contents (the editor reads in discovery order, the CLI sorted).
  const results = input.slice().sort((a, b) => comparePaths(a.file, b.file));
  // Per id its group, numbered in order of first statement: the merge's one map of ids, which then serves the graph
  // and lookups as their index (nodeIndex). Per group its one fact, or a list once it has several: most ids have
  // one, and a list of one each for 100,000 efforts stayed in memory until the merge was done. A group's first fact
  // is ranked (given its file and place) only as it is merged: 100,000 ranked facts made here lived until then,
  // long enough to be promoted to the old generation, where they stayed as garbage for the rest of the lint.
  const groupOf = new Map<string, number>();
  const inGroup: Array<EffortFact | RankedFact[]> = [];
  const factCount = countFacts(results);
  // Per group, where its first fact is: at most one group per fact.
  const firstFile = new Int32Array(factCount);
  const firstIndex = new Int32Array(factCount);
  const rankedFirst = (g: number, fact: EffortFact): RankedFact => ({
    fact,
    result: results[firstFile[g]],
    fileIndex: firstFile[g],
    factIndex: firstIndex[g],
  });
  const startGroup = (fact: EffortFact, fileIndex: number, factIndex: number): void => {
    firstFile[inGroup.length] = fileIndex;
    firstIndex[inGroup.length] = factIndex;
    inGroup.push(fact);
  };
  const joins = joinNamedRecords(results);
  let anyBlocks = false;
  // While every id is numbered and greater than the one before (a plan written in id order, each effort once: the
  // common case), each fact starts a group, the groups are in id order, and their keys index them: no map of ids is
  // made or looked up (hashing 100,000 ids into it and looking up every reference was a third of a cycle's merge).
  // The groups' keys (canonicalIdKey) while that holds, else undefined.
  let ordered: Float64Array | undefined = new Float64Array(factCount);
  for (let fileIndex = 0; fileIndex < results.length; fileIndex++) {
    const result = results[fileIndex];
    const reads = result.efforts;
    for (let factIndex = 0; factIndex < reads.length; factIndex++) {
      const fact = joinedFact(reads[factIndex], joins);
      if (fact.blocks) anyBlocks = true;
      if (ordered) {
        const key = canonicalIdKey(fact.id);
        const n = inGroup.length;
        if (key >= 0 && (n === 0 || key > ordered[n - 1])) {
          ordered[n] = key;
          startGroup(fact, fileIndex, factIndex);
          continue;
        }
        // Out of order: every group so far is one fact, which the map of ids now holds.
        for (let g = 0; g < n; g++) groupOf.set((inGroup[g] as EffortFact).id, g);
        ordered = undefined;
      }
      const g = groupOf.get(fact.id);
      if (g === undefined) {
        groupOf.set(fact.id, inGroup.length);
        startGroup(fact, fileIndex, factIndex);
        continue;
      }
      const ranked: RankedFact = { fact, result, fileIndex, factIndex };
      const known = inGroup[g];
      if (Array.isArray(known)) known.push(ranked);
      else inGroup[g] = [rankedFirst(g, known), ranked];
    }
  }

  const efforts: Effort[] = [];
  // What updates re-merge from: per id a list.
  const grouped = new Map<string, RankedFact[]>();
  const groups = new Map<string, MergedGroup>();
  const factsByNode: FactsByNode = [];
  const mergeDiagnostics: PlanDiagnostic[] = [];
  for (let g = 0; g < inGroup.length; g++) {
    const known = inGroup[g];
    const id = Array.isArray(known) ? known[0].fact.id : known.id;
    // One fact and no update to come (most efforts of a one-shot read): merged alone, with no ranked fact, group or
    // list of one made for it (10,000 efforts: about 1 MB less to allocate and collect).
    if (!forUpdates && !Array.isArray(known)) {
      efforts.push(mergeOne(id, known, mergeDiagnostics, ordered ? ordered[g] : -1));
      factsByNode.push(known);
      continue;
    }
    const all = Array.isArray(known) ? known : [rankedFirst(g, known)];
    if (forUpdates) grouped.set(id, all);
    const group = mergeGroup(id, all);
    if (forUpdates) groups.set(id, group);
    appendAll(mergeDiagnostics, group.diagnostics);
    efforts.push(group.effort);
    factsByNode.push(!forUpdates && group.facts.length === 1 ? group.facts[0] : group.facts);
  }
  const sorted = ordered ? undefined : sortById(efforts, factsByNode);
  const nodeOfGroup = sorted ? sorted.moved : inPlace(efforts.length);
  // Most projects write no Blocks list: then no effort's facts are read for one.
  const blockers = anyBlocks ? blockersOf(efforts, (node) => factsAtNode(factsByNode, node)) : NO_BLOCKERS;
  applyBlockers(efforts, blockers);
  const scopeDiagnostics: PlanDiagnostic[] = [];
  applyScopes(efforts, results, scopeDiagnostics);
  const phases = buildPhases(results, efforts);
  return {
    results,
    grouped,
    groups,
    factsByNode,
    nodeOfGroup,
    nodeIndex: ordered ? keyIndex(ordered) : mapIndex(groupOf, nodeOfGroup),
    idKeys: ordered ? ordered.subarray(0, efforts.length) : sorted!.keys,
    efforts,
    mergeDiagnostics,
    scopeDiagnostics,
    phases,
    blockers,
    joins,
  };
}

function countFacts(results: readonly FileReadResult[]): number {
  let n = 0;
  for (let i = 0; i < results.length; i++) n += results[i].efforts.length;
  return n;
}

/** Each id's node, by its group's number in the merge's map of ids. */
function mapIndex(groupOf: ReadonlyMap<string, number>, nodeOfGroup: Int32Array): NodeIndex {
  return {
    get(id) {
      const group = groupOf.get(id);
      return group === undefined ? undefined : nodeOfGroup[group];
    },
  };
}

/** Each id's node, found among the nodes' keys (canonicalIdKey, increasing): no other id names a node. */
function keyIndex(keys: Float64Array): NodeIndex {
  return {
    // Keys sort as their ids do, and increase.
    inIdOrder: true,
    get(id, near = 0) {
      const key = canonicalIdKey(id);
      if (key < 0) return undefined;
      const at = firstNotBelow(keys, key, near);
      return keys[at] === key ? at : undefined;
    },
  };
}

export function mergeDiagnosticsOf(groups: ReadonlyMap<string, MergedGroup>): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  for (const group of groups.values()) if (group.diagnostics.length) for (const d of group.diagnostics) out.push(d);
  return out;
}

/** Merges one effort's facts (path order, then position in the file). */
export function mergeGroup(id: string, all: RankedFact[]): MergedGroup {
  const found: PlanDiagnostic[] = [];
  // Most efforts have one fact: nothing to sort.
  const active = all.length > 1 ? sortShort(dropSuperseded(all), compareFacts) : all;
  const duplicates = reportDuplicates(id, active, found);
  const effort = mergeEffort(id, active, duplicates, found);
  let declares = 0;
  for (let i = 0; i < INHERITED_FIELDS.length; i++) if (effort.origins[INHERITED_FIELDS[i]]) declares |= 1 << i;
  // Most efforts have no finding: one shared empty list, not 10,000.
  return { effort, facts: active.map((r) => r.fact), diagnostics: found.length ? found : NONE, declares };
}

const NONE: PlanDiagnostic[] = [];
const compareFacts = (a: RankedFact, b: RankedFact) => compareRanked(a, b);
const inFileOrder = (a: RankedFact, b: RankedFact) => a.fileIndex - b.fileIndex || a.factIndex - b.factIndex;

/**
 * The Project of merged parts. Findings in a fixed order: the readers' per file in path order, the merge's per
 * effort in order of first statement, name-keyed records that could join two efforts, then contradicting defaults. `lookups`: byId and facts already made.
 * Without them, `facts` is made when first read: checks and fixes read an effort's facts by node (nodeFacts.ts).
 */
export function assembleProject(parts: MergeParts, lookups?: Pick<Project, 'byId' | 'facts'>): Project {
  const { results, efforts } = parts;
  const diagnostics: PlanDiagnostic[] = [];
  for (let i = 0; i < results.length; i++)
    if (results[i].diagnostics.length) appendAll(diagnostics, results[i].diagnostics);
  appendAll(diagnostics, parts.mergeDiagnostics);
  if (parts.joins) appendAll(diagnostics, parts.joins.diagnostics);
  appendAll(diagnostics, parts.scopeDiagnostics);
  let facts = lookups?.facts;
  // Made when first read, like `facts`: the checks find efforts through the graph's index, which is the merge's own
  // map of ids, so a lint of 10,000 efforts builds no second map of them.
  let byId = lookups?.byId;
  const project: Project = {
    efforts,
    get byId() {
      return (byId ??= byIdMap(efforts));
    },
    set byId(map) {
      byId = map;
    },
    get facts() {
      return (facts ??= factsMap(parts));
    },
    set facts(map) {
      facts = map;
    },
    phases: parts.phases,
    diagnostics,
    repoConfig: results.find((r) => r.repoConfig)?.repoConfig,
    files: results,
    constraints: results.flatMap((r) => r.constraints ?? []),
  };
  if (!lookups) keepFactsByNode(project, parts.factsByNode);
  lendNodeIndex(project, parts.nodeIndex);
  if (parts.idKeys) lendIdKeys(project, parts.idKeys);
  return project;
}

function byIdMap(efforts: readonly Effort[]): Map<string, Effort> {
  const map = new Map<string, Effort>();
  for (const e of efforts) map.set(e.id, e);
  return map;
}

/** Per effort id, its facts, in order of first statement (a 100,000-entry map: made only when asked for). */
function factsMap(parts: MergeParts): Map<string, EffortFact[]> {
  const map = new Map<string, EffortFact[]>();
  const { efforts, factsByNode, nodeOfGroup } = parts;
  for (let g = 0; g < nodeOfGroup.length; g++)
    map.set(efforts[nodeOfGroup[g]].id, factsAtNode(factsByNode, nodeOfGroup[g]));
  return map;
}

/**
 * compareEffortIds order, parsing each id once into one number (phase, wave and number packed): node indexes are sorted
 * by it, with no key object per effort (100,000 efforts made 200,000, all alive through the sort). `along` (one entry
 * per effort) is put in the same order. Returns each effort's new index by its old one, and the keys by new index
 * (undefined when an id does not pack).
 */
function sortById<T>(efforts: Effort[], along: T[]): { moved: Int32Array; keys: IdKeys | undefined } {
  const n = efforts.length;
  // NaN: not a numbered id; those sort after the numbered ones, by text.
  const keys = new Float64Array(n);
  let packed = true;
  for (let i = 0; i < n && packed; i++) {
    const key = numberedIdKey(efforts[i].id);
    keys[i] = key < 0 ? NaN : key;
    // Past the packing (a fuzzer's id): the comparison itself, which parses on every call.
    if (Number.isNaN(key)) packed = false;
  }
  // Already in order: nothing moves.
  if (packed && inOrder(keys)) return { moved: inPlace(n), keys };
  const order = Array.from({ length: n }, (_, i) => i);
  if (!packed) order.sort((a, b) => compareEffortIds(efforts[a].id, efforts[b].id));
  else
    order.sort((a, b) => {
      const na = Number.isNaN(keys[a]);
      const nb = Number.isNaN(keys[b]);
      if (!na && !nb) return keys[a] - keys[b];
      if (na !== nb) return na ? 1 : -1;
      const x = efforts[a].id;
      const y = efforts[b].id;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const sorted = order.map((i) => efforts[i]);
  const sortedAlong = order.map((i) => along[i]);
  const sortedKeys = new Float64Array(n);
  const moved = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    efforts[i] = sorted[i];
    along[i] = sortedAlong[i];
    sortedKeys[i] = keys[order[i]];
    moved[order[i]] = i;
  }
  return { moved, keys: packed ? sortedKeys : undefined };
}

/** Each of n efforts' new index by its old one when none moves. */
function inPlace(n: number): Int32Array {
  return new Int32Array(n).map((_, i) => i);
}

/** Whether numbered keys never decrease (a NaN, an id that is not numbered, is not in order). */
function inOrder(keys: Float64Array): boolean {
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1] <= keys[i])) return false;
  return keys.length === 0 || !Number.isNaN(keys[0]);
}

function dirOf(file: string): string {
  return file.replace(/[\\/][^\\/]*$/, '');
}

/** Timestamped effort plans in one folder are versions of one plan: only the newest speaks for an effort. */
function dropSuperseded(all: RankedFact[]): RankedFact[] {
  let newest: Map<string, string> | undefined;
  for (let i = 0; i < all.length; i++) {
    const r = all[i];
    if (r.result.kind !== 'effort-plan' || !r.result.timestamp) continue;
    newest ??= new Map();
    const dir = dirOf(r.result.file);
    const seen = newest.get(dir);
    if (seen === undefined || r.result.timestamp > seen) newest.set(dir, r.result.timestamp);
  }
  if (!newest) return all;
  return all.filter(
    (r) =>
      r.result.kind !== 'effort-plan' ||
      !r.result.timestamp ||
      newest!.get(dirOf(r.result.file)) === r.result.timestamp,
  );
}

const NO_DUPLICATES: ReadonlySet<EffortFact> = new Set();

/**
 * Same id declared twice in one file by the same kind of declaration, or under two different names in one file.
 * One pass in file order, remembering per file the first declaration of each kind and the first named one
 * (a file may repeat one heading 500,000 times: no pairwise loops).
 */
function reportDuplicates(id: string, active: RankedFact[], out: PlanDiagnostic[]): ReadonlySet<EffortFact> {
  if (active.length < 2) return NO_DUPLICATES;
  let duplicates: Set<EffortFact> | undefined;
  let reported = 0;
  let last: PlanDiagnostic | undefined;
  const inOrder = sortShort(active.slice(), inFileOrder);
  // The first single declaration of each kind in the file (at most one per kind of SINGLE_DECLARATION_KINDS, so four):
  // a scan of these few, where a Map per effort stated twice cost 650 KB of 1.3 MB allocated on 10,000 efforts.
  const firstOfKind: RankedFact[] = [];
  let firstNamed: RankedFact | undefined;
  let file = -1;
  // Repeats a reader kept as lines only: each a duplicate past the ones shown, so only counted (after the loop).
  let repeats = 0;
  for (let i = 0; i < inOrder.length; i++) {
    const r = inOrder[i];
    if (r.fileIndex !== file) {
      file = r.fileIndex;
      firstOfKind.length = 0;
      firstNamed = undefined;
      if (r.result.repeats) repeats += repeatsOf(r.result.repeats, id);
    }
    const single = SINGLE_DECLARATION_KINDS.has(r.fact.kind);
    const sameKind = single ? ofKind(firstOfKind, r.fact.kind) : undefined;
    if (sameKind) {
      (duplicates ??= new Set()).add(r.fact);
      // Past the cap a repeat is only counted: no closure or message is made for it.
      if (++reported <= MAX_DUPLICATE_REPORTS)
        out.push(
          (last = duplicate(
            id,
            r.fact.span,
            sameKind.fact.span,
            `${id} is declared twice in this file (first at line ${sameKind.fact.span.line}).`,
          )),
        );
      continue;
    }
    const name = NAMING_KINDS.has(r.fact.kind) ? r.fact.name : undefined;
    const first = firstNamed?.fact.name;
    if (name && first && !namesAgree(first.value, name.value)) {
      (duplicates ??= new Set()).add(r.fact);
      if (++reported <= MAX_DUPLICATE_REPORTS)
        out.push(
          (last = duplicate(
            id,
            name.span,
            first.span,
            `${id} is used for two different efforts in this file: "${name.value}" here and "${first.value}" at line ${first.span.line}.`,
          )),
        );
      continue;
    }
    if (single) firstOfKind.push(r);
    if (name && !firstNamed) firstNamed = r;
  }
  reported += repeats;
  if (last && reported > MAX_DUPLICATE_REPORTS)
    last.message += ` (${formatCount(reported - MAX_DUPLICATE_REPORTS)} more duplicate declarations of ${id} not shown)`;
  return duplicates ?? NO_DUPLICATES;
}

function ofKind(facts: readonly RankedFact[], kind: string): RankedFact | undefined {
  for (let i = 0; i < facts.length; i++) if (facts[i].fact.kind === kind) return facts[i];
  return undefined;
}

function repeatsOf(repeats: readonly RepeatedHeading[], id: string): number {
  let n = 0;
  for (let i = 0; i < repeats.length; i++) if (repeats[i].id === id) n += repeats[i].lines.length;
  return n;
}

function duplicate(id: string, span: Span, first: Span, message: string): PlanDiagnostic {
  return {
    ...span,
    code: 'duplicate-effort',
    severity: 'error',
    message,
    efforts: [id],
    related: [{ span: first, message: `first declaration of ${id}` }],
  };
}

function valueSpan(fact: EffortFact, field: EffortField): Span {
  return (fact[field] as Located<unknown> | RefList).span;
}

function mergeEffort(
  id: string,
  active: RankedFact[],
  duplicates: ReadonlySet<EffortFact>,
  out: PlanDiagnostic[],
): Effort {
  const primary = active[0].fact;
  if (active.length === 1) return mergeOne(id, primary, out, -1);
  const effort = new EffortRecord(id, { file: primary.span.file, line: primary.span.line });
  // Name and branch are decided first: what belongs to one effort's work is only taken from sources that are
  // about that effort (sameEffort).
  const identity = { name: winnerFor(active, 'name'), branch: winnerFor(active, 'branch') };
  // Indexed: this runs for every field of every effort, mostly before the optimizing compiler has seen it, where
  // `for…of` allocates an iterator result per step.
  for (let f = 0; f < FIELDS.length; f++) {
    const field = FIELDS[f];
    const candidates = sameEffort(active, field, identity);
    const win = winnerFor(candidates, field);
    if (!win) continue;
    // The winner's value and origin, by the field's own writer (TAKE): a write keyed by a changing field misses V8's
    // inline caches.
    TAKES[f](effort, win.fact);
    if (field === 'dependsOn' || field === 'parallelWith')
      for (let i = 0; i < active.length; i++) {
        const r = active[i];
        if (r.fact[field]?.restated && !duplicates.has(r.fact)) restatedConflicts(id, field, r.fact, out);
      }
    // Status, actual lines, splits and notes move with progress: never a conflict. State and infrastructure files record what
    // happened; where they disagree with a plan or each other on what names and places an effort (name, branch,
    // base, size) that is reported as `state-conflict`, apart from the plans' own `effort-conflict`s.
    if (field === 'status' || field === 'split' || field === 'largestPart' || field === 'note') continue;
    const winIsRecord = isRecordSource(win);
    for (let i = 0; i < candidates.length; i++) {
      const r = candidates[i];
      if (r === win || r.fact[field] === undefined || duplicates.has(r.fact)) continue;
      // A status report's wording of a name (effortReports.ts) is not a declaration to disagree with.
      if (r.fact.kind === 'report') continue;
      const record = winIsRecord || isRecordSource(r);
      if (record && !RECORD_CONFLICT_FIELDS.has(field)) continue;
      if (field === 'name' && r.fileIndex === win.fileIndex) continue;
      if (!valuesAgree(field, win.fact, r.fact))
        out.push(record ? stateConflict(id, field, win, r) : conflict(id, field, win, r));
    }
  }
  return withIdNumbers(effort, id);
}

/** An effort stated by one fact: every field of it, with no ranking and no comparison. */
function mergeOne(id: string, fact: EffortFact, out: PlanDiagnostic[], key: number): Effort {
  const effort = new EffortRecord(id, { file: fact.span.file, line: fact.span.line });
  takeEveryField(effort, fact);
  if (fact.dependsOn?.restated) restatedConflicts(id, 'dependsOn', fact, out);
  if (fact.parallelWith?.restated) restatedConflicts(id, 'parallelWith', fact, out);
  return withIdNumbers(effort, id, key);
}

/** Phase and wave from the numbered id where no fact gave them; `key`: the id's canonicalIdKey, if read already. */
function withIdNumbers(effort: Effort, id: string, key = -1): Effort {
  if (key >= 0) {
    effort.phase ??= keyPhase(key);
    effort.wave ??= keyWave(key);
    return effort;
  }
  // Most facts give both: no id parsed.
  if (effort.phase !== undefined && effort.wave !== undefined) return effort;
  const parsed = parseEffortId(id);
  if (parsed) {
    effort.phase ??= parsed.phase;
    effort.wave ??= parsed.wave;
  }
  return effort;
}

type Take = (effort: Effort, fact: EffortFact) => void;

/**
 * A fact's value of each field, with its origin (every field of an effort's one source, or the winning fact's value
 * of one field): each field by its own name. The field loop read and wrote
 * `fact[field]`, `origins[field]` and `effort[field]` by a key that changes every step, and such reads and writes
 * miss V8's inline caches (most efforts of a big plan have one source). Typed by field, so none is left out.
 */
const TAKE: { [F in EffortField]: Take } = {
  name: (e, f) => {
    const v = f.name;
    if (v === undefined) return;
    e.origins.name = v.span;
    e.name = v.value;
  },
  phase: (e, f) => {
    const v = f.phase;
    if (v === undefined) return;
    e.origins.phase = v.span;
    e.phase = v.value;
  },
  wave: (e, f) => {
    const v = f.wave;
    if (v === undefined) return;
    e.origins.wave = v.span;
    e.wave = v.value;
  },
  estimatedLines: (e, f) => {
    const v = f.estimatedLines;
    if (v === undefined) return;
    e.origins.estimatedLines = v.span;
    e.estimatedLines = v.value;
  },
  actualLines: (e, f) => {
    const v = f.actualLines;
    if (v === undefined) return;
    e.origins.actualLines = v.span;
    e.actualLines = v.value;
  },
  split: (e, f) => {
    const v = f.split;
    if (v === undefined) return;
    e.origins.split = v.span;
    e.split = v.value;
  },
  largestPart: (e, f) => {
    const v = f.largestPart;
    if (v === undefined) return;
    e.origins.largestPart = v.span;
    e.largestPart = v.value;
  },
  dependsOn: (e, f) => {
    const list = f.dependsOn;
    if (list === undefined) return;
    e.origins.dependsOn = list.span;
    e.dependsOn = unique(list.refs, false);
    e.externalDependsOn = unique(list.refs, true);
  },
  parallelWith: (e, f) => {
    const list = f.parallelWith;
    if (list === undefined) return;
    e.origins.parallelWith = list.span;
    e.parallelWith = unique(list.refs, false);
  },
  canParallelize: (e, f) => {
    const v = f.canParallelize;
    if (v === undefined) return;
    e.origins.canParallelize = v.span;
    e.canParallelize = v.value;
  },
  branch: (e, f) => {
    const v = f.branch;
    if (v === undefined) return;
    e.origins.branch = v.span;
    e.branch = v.value;
  },
  baseBranch: (e, f) => {
    const v = f.baseBranch;
    if (v === undefined) return;
    e.origins.baseBranch = v.span;
    e.baseBranch = v.value;
  },
  directory: (e, f) => {
    const v = f.directory;
    if (v === undefined) return;
    e.origins.directory = v.span;
    e.directory = v.value;
  },
  note: (e, f) => {
    const v = f.note;
    if (v === undefined) return;
    e.origins.note = v.span;
    e.note = v.value;
  },
  status: (e, f) => {
    const v = f.status;
    if (v === undefined) return;
    e.origins.status = v.span;
    e.status = v.value;
  },
};
/** In FIELDS order: the order the field loop gives an effort and its origins their fields (and JSON shows them). */
const TAKES: readonly Take[] = FIELDS.map((field) => TAKE[field]);

/**
 * Every field of an effort's one source, in FIELDS order: each writer called by name, so each call site sees one
 * function (a loop over TAKES called 15 writers from one site, 1.5 million calls on 100,000 efforts).
 */
function takeEveryField(effort: Effort, fact: EffortFact): void {
  TAKE.name(effort, fact);
  TAKE.phase(effort, fact);
  TAKE.wave(effort, fact);
  TAKE.estimatedLines(effort, fact);
  TAKE.actualLines(effort, fact);
  TAKE.split(effort, fact);
  TAKE.largestPart(effort, fact);
  TAKE.dependsOn(effort, fact);
  TAKE.parallelWith(effort, fact);
  TAKE.canParallelize(effort, fact);
  TAKE.branch(effort, fact);
  TAKE.baseBranch(effort, fact);
  TAKE.directory(effort, fact);
  TAKE.note(effort, fact);
  TAKE.status(effort, fact);
}

/**
 * Base, directory, sizes and status belong to one effort's work, so they are only taken from sources about
 * that effort. A source naming another branch than the winning one describes that branch (a stale state file,
 * another project's record): its base and folder are never taken, its size and progress only when it names the
 * effort itself. A state record naming another effort, with no agreeing branch (an earlier generation's
 * `E1.1.2-registry-tls-trust` under the id of today's "Registry Client Interface"), describes that effort: even its
 * estimate is that effort's. Plans' estimates are always about the effort (they disagree as an effort-conflict).
 */
const WORK_FIELDS: ReadonlySet<EffortField> = new Set([
  'baseBranch',
  'directory',
  'estimatedLines',
  'actualLines',
  'split',
  'largestPart',
  'note',
  'status',
]);
const BRANCH_FIELDS: ReadonlySet<EffortField> = new Set(['baseBranch', 'directory']);

function sameEffort(
  active: RankedFact[],
  field: EffortField,
  win: { name?: RankedFact; branch?: RankedFact },
): RankedFact[] {
  if (!WORK_FIELDS.has(field)) return active;
  // Usually every source is about the effort: then no copy (one file may state an effort 500,000 times).
  for (let i = 0; i < active.length; i++) if (!aboutEffort(active[i], field, win)) return aboutOnly(active, field, win);
  return active;
}

/**
 * The sources about the effort. Apart from sameEffort, which runs for every field of every effort: a closure there
 * (a filter's) made V8 allocate a context for its variables at each call, used or not.
 */
function aboutOnly(
  active: RankedFact[],
  field: EffortField,
  win: { name?: RankedFact; branch?: RankedFact },
): RankedFact[] {
  return active.filter((r) => aboutEffort(r, field, win));
}

function aboutEffort(r: RankedFact, field: EffortField, win: { name?: RankedFact; branch?: RankedFact }): boolean {
  // Plans that disagree on an estimate are about one effort (an effort-conflict); a record may be another's.
  if (field === 'estimatedLines' && !isRecordSource(r)) return true;
  const { branch, name } = r.fact;
  const branchAgrees = branch !== undefined && win.branch ? valuesAgree('branch', win.branch.fact, r.fact) : undefined;
  const nameAgrees =
    isRecordSource(r) && name !== undefined && win.name ? valuesAgree('name', win.name.fact, r.fact) : undefined;
  if (branchAgrees === false) return !BRANCH_FIELDS.has(field) && nameAgrees === true;
  return nameAgrees !== false || branchAgrees === true;
}

/**
 * Two state files disagreeing is a warning; a plan and a state file, info (plans are revised after state is written),
 * and so is an older generation's record of another effort under the same id (`orchestrator-state.json`'s
 * "registry-auth-types" on its own branch, where `-v3.json` has "Auth & TLS Interface Definitions"): a record of an
 * earlier plan, which nobody edits to agree.
 */
function stateConflict(id: string, field: EffortField, win: RankedFact, loser: RankedFact): PlanDiagnostic {
  const d = conflict(id, field, win, loser);
  const both = isRecordSource(win) && isRecordSource(loser) && !earlierPlansRecord(win, loser);
  return { ...d, code: 'state-conflict', severity: both ? 'warning' : 'info' };
}

function earlierPlansRecord(win: RankedFact, loser: RankedFact): boolean {
  const [a, b] = [win.fact, loser.fact];
  if (win.result.kind !== 'state' || loser.result.kind !== 'state') return false;
  if (sameStateGeneration(win.result.file, loser.result.file)) return false;
  // Another effort as aboutEffort tells it: the names disagree, and no branch agrees.
  if (a.name === undefined || b.name === undefined || valuesAgree('name', a, b)) return false;
  return a.branch === undefined || b.branch === undefined || !valuesAgree('branch', a, b);
}

function conflict(id: string, field: EffortField, win: RankedFact, loser: RankedFact): PlanDiagnostic {
  const winSpan = valueSpan(win.fact, field);
  const loseSpan = valueSpan(loser.fact, field);
  const label = FIELD_LABELS[field];
  const winner =
    win.fileIndex === loser.fileIndex
      ? (explicitLabel(win.fact.kind) ?? 'the first declaration')
      : winnerReason(win, loser);
  const winValue = displayValue(field, win.fact);
  // The finding sits at the losing value ("here"); the winner's place is also related information.
  const here = displayValue(field, loser.fact);
  const place = placeOf(winSpan, loseSpan);
  // kcp's phase plan sketches its dependencies in a Mermaid block with edges left out; its wave plan lists them all.
  // Naming fewer of the winner's efforts contradicts nothing: worth knowing (the fix syncs it), not a warning.
  const part = field === 'dependsOn' && listIsPartOf(loser.fact.dependsOn!, win.fact.dependsOn!);
  return {
    ...loseSpan,
    code: 'effort-conflict',
    severity: part ? 'info' : 'warning',
    message: part
      ? partMessage(id, label, here, winValue, place, winner)
      : conflictMessage({ subject: id, label, here, there: winValue, place, winner }),
    efforts: [id],
    related: [{ span: winSpan, message: `winning ${label} of ${id}: ${winValue}` }],
  };
}

/** `E5.3.1: dependencies [E5.1.1] here are part of [E5.1.1, E5.1.2] in WAVE-PLAN.md:63.`, then who wins. */
function partMessage(id: string, label: string, here: string, there: string, place: string, winner: string): string {
  const values = `${id}: ${label} ${here} here are part of ${there} in ${place}.`;
  const rest = ` That list wins (${winner}); nothing here rules the others out.`;
  if (values.length <= MAIN_SENTENCE_MAX) return values + rest;
  return `${id}: ${label} here are part of the list in ${place}.${rest} Here ${here}; there ${there}.`;
}

/**
 * A declaration that writes a list twice (`Dependencies:` in an effort plan's overview, `- Depends on:` in its
 * Dependencies section): the first gives the value; a later one naming other efforts is a warning at that list.
 */
function restatedConflicts(
  id: string,
  field: 'dependsOn' | 'parallelWith',
  fact: EffortFact,
  out: PlanDiagnostic[],
): void {
  const first = fact[field];
  if (!first?.restated) return;
  const label = FIELD_LABELS[field];
  for (const again of first.restated) {
    if (listsAgree(first, again)) continue;
    const there = displayList(first);
    out.push({
      ...again.span,
      code: 'effort-conflict',
      severity: 'warning',
      message: conflictMessage({
        subject: id,
        label,
        here: displayList(again),
        there,
        place: placeOf(first.span, again.span),
        winner: 'the first list',
      }),
      efforts: [id],
      related: [{ span: first.span, message: `winning ${label} of ${id}: ${there}` }],
    });
  }
}

/**
 * Ids of the external (or the other) refs in written order, each once (a Set: an integration effort may list
 * thousands). Most lists hold one ref or none (`None`): that costs no Set and no filtered copy.
 */
function unique(refs: readonly DependencyRef[], external: boolean): string[] {
  if (refs.length === 0) return NO_IDS;
  if (refs.length === 1) return refs[0].external === external ? [refs[0].id] : NO_IDS;
  if (refs.length <= 8) return uniqueFew(refs, external);
  const ids = new Set<string>();
  for (const r of refs) if (r.external === external) ids.add(r.id);
  return ids.size ? [...ids] : NO_IDS;
}

/**
 * unique() of a short list: a scan of the few refs beats a Set and its spread copy. The list is made at its length
 * (counted first): the merged effort keeps it, and one grown by push keeps room for 17 ids.
 */
function uniqueFew(refs: readonly DependencyRef[], external: boolean): string[] {
  let n = 0;
  for (let i = 0; i < refs.length; i++) if (firstOfItsId(refs, i, external)) n++;
  if (n === 0) return NO_IDS;
  const ids = listOf<string>(n);
  let k = 0;
  for (let i = 0; i < refs.length; i++) if (firstOfItsId(refs, i, external)) ids[k++] = refs[i].id;
  return ids;
}

/** refs[i] is `external` (or not) and no ref of that kind before it has its id. */
function firstOfItsId(refs: readonly DependencyRef[], i: number, external: boolean): boolean {
  const r = refs[i];
  if (r.external !== external) return false;
  for (let j = 0; j < i; j++) if (refs[j].external === external && refs[j].id === r.id) return false;
  return true;
}

export function buildPhases(results: FileReadResult[], efforts: Effort[]): Phase[] {
  const phases = new Map<number, Phase>();
  // Wave id → index in waveList, where per-wave counts can be kept in typed arrays.
  const waves = new Map<string, number>();
  const waveList: Wave[] = [];
  const phaseOf = (p: number): Phase => {
    let phase = phases.get(p);
    if (!phase) phases.set(p, (phase = { phase: p, waves: [] }));
    return phase;
  };
  const waveOf = (p: number, w: number): number => {
    const id = waveId(p, w);
    let index = waves.get(id);
    if (index === undefined) {
      const wave = new WaveRecord(p, w, id);
      waves.set(id, (index = waveList.length));
      waveList.push(wave);
      phaseOf(p).waves.push(wave);
    }
    return index;
  };
  const namePhases = (r: FileReadResult): void => {
    for (let i = 0; i < r.phases.length; i++) {
      const d = r.phases[i];
      const phase = phaseOf(d.phase);
      phase.span ??= d.span;
      phase.name ??= d.name;
    }
  };
  // Names and spans from the most specific plan first (a wave plan names its wave better than a phase plan), but a
  // phase from its own plan first: a wave plan's title may name its method (`… Plan for Optimal Parallelization`).
  const ordered = results.slice().sort((a, b) => fileRank(b.kind) - fileRank(a.kind));
  for (let i = 0; i < ordered.length; i++) if (ordered[i].kind === 'phase-plan') namePhases(ordered[i]);
  for (let i = 0; i < ordered.length; i++) {
    const r = ordered[i];
    if (r.kind !== 'phase-plan') namePhases(r);
    for (let j = 0; j < r.waves.length; j++) {
      const d = r.waves[j];
      const wave = waveList[waveOf(d.phase, d.wave)];
      wave.span ??= d.span;
      wave.name ??= d.name;
    }
  }
  // Each wave's list is made at its final length: lists grown by push kept room for 17 ids until the end, long
  // enough to outlive the young generation (100,000 one-effort waves: ~15 MB of old-generation garbage).
  const waveOfEffort = new Int32Array(efforts.length).fill(-1);
  // Efforts in id order come wave by wave: a wave is looked up (by a new id string) only where the wave changes.
  let last = { phase: NaN, wave: NaN, index: -1 };
  for (let i = 0; i < efforts.length; i++) {
    const { phase, wave } = efforts[i];
    if (phase === undefined) continue;
    if (wave === undefined) phaseOf(phase);
    else {
      if (phase !== last.phase || wave !== last.wave) last = { phase, wave, index: waveOf(phase, wave) };
      waveOfEffort[i] = last.index;
    }
  }
  const counts = new Int32Array(waveList.length);
  for (let i = 0; i < waveOfEffort.length; i++) if (waveOfEffort[i] >= 0) counts[waveOfEffort[i]]++;
  waveList.forEach((wave, w) => {
    if (counts[w]) wave.efforts = listOf(counts[w]);
  });
  const filled = new Int32Array(waveList.length);
  efforts.forEach((e, i) => {
    const w = waveOfEffort[i];
    if (w >= 0) waveList[w].efforts[filled[w]++] = e.id;
  });
  // Names written in passing (`**Wave**: 4 - Debug Capabilities` in an effort plan) name only what nothing declared.
  for (let i = 0; i < ordered.length; i++) {
    const r = ordered[i];
    if (!r.scopeNames) continue;
    for (const d of r.scopeNames.phases) {
      const phase = phases.get(d.phase);
      if (phase) phase.name ??= d.name;
    }
    for (const d of r.scopeNames.waves) {
      const index = waves.get(waveId(d.phase, d.wave));
      if (index !== undefined) waveList[index].name ??= d.name;
    }
  }
  const list = [...phases.values()].sort((a, b) => a.phase - b.phase);
  for (const p of list) p.waves.sort((a, b) => a.wave - b.wave);
  return list;
}
