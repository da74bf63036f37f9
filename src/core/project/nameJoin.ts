// A state record keyed by an effort's name (`efforts: {ledger-model: {status: done}}` under a phase and wave), with
// no id, is about the plan's effort of that wave with that name (E1.1.1 "ledger-model"): its facts join that effort
// instead of making a second one. Only when exactly one effort of the wave has the name; two make it ambiguous, and
// the record stays an effort of its own, said so at the record. A record of a wave under no phase (`waves: {wave_1:
// …}`) joins the one effort of that wave number, in any phase, with its name. A record of no wave
// (`efforts_in_progress: [{name: email-channel, branch: …}]`) joins the one effort whose branch is its branch.
import { compareEffortIds, nameKey, parseEffortId } from '../model/ids';
import type { DependencyRef, EffortFact, FileReadResult, PlanDiagnostic, RefList } from '../model/model';
import { writtenRefs } from '../model/refLists';

export interface NameJoins {
  /** A reader's fact (by identity) → the id of the effort it joins. */
  ids: Map<EffortFact, string>;
  /** Records whose name matches more than one effort of their wave. */
  diagnostics: PlanDiagnostic[];
  /** The places (`1.2`, or `?.2` for a wave of no phase) of every record that could join. */
  waves: Set<string>;
  /** The branches of the records of no wave, which join by branch. */
  branches: Set<string>;
  /** Per file, the ids of its records that joined → the effort each joined: its other records' references follow. */
  renamed: Map<string, Map<string, string>>;
}

/**
 * A record that may join: a state fact with no numbered id, placed in a wave (a state that names no phase: any), or
 * of no wave but with a branch.
 */
function joinable(fact: EffortFact): boolean {
  return fact.kind === 'state' && (fact.wave !== undefined || fact.branch !== undefined) && !parseEffortId(fact.id);
}

/** A record of no wave, which joins the effort of its branch. */
function joinsByBranch(fact: EffortFact): boolean {
  return fact.kind === 'state' && fact.wave === undefined && fact.branch !== undefined && !parseEffortId(fact.id);
}

/** Where a fact places its effort, by its own phase and wave, else its id's: `1.2`, and `?.2` for the wave alone. */
function placesOf(fact: EffortFact): [string, string] | undefined {
  const parsed = parseEffortId(fact.id);
  const phase = fact.phase?.value ?? parsed?.phase;
  const wave = fact.wave?.value ?? parsed?.wave;
  return wave === undefined ? undefined : [phase === undefined ? `?.${wave}` : `${phase}.${wave}`, `?.${wave}`];
}

/**
 * Which effort a record joins reads the names and places of the facts where records are: a re-read fact that keeps
 * them (and its kind) keeps the joins.
 */
export function keepsJoins(joins: NameJoins, before: EffortFact, after: EffortFact): boolean {
  const a = placesOf(before);
  const b = placesOf(after);
  if (before.kind !== after.kind || a?.[0] !== b?.[0]) return false;
  const branch = before.branch?.value;
  const branchAfter = after.branch?.value;
  if (branch !== branchAfter) {
    if (joinsByBranch(before) || joinsByBranch(after)) return false;
    if (
      (branch !== undefined && joins.branches.has(branch)) ||
      (branchAfter !== undefined && joins.branches.has(branchAfter))
    )
      return false;
  }
  return before.name?.value === after.name?.value || !a || !(joins.waves.has(a[0]) || joins.waves.has(a[1]));
}

/** The joins of the files' name-keyed records; undefined when no record could join (most workspaces). */
export function joinNamedRecords(results: readonly FileReadResult[]): NameJoins | undefined {
  const records: EffortFact[] = [];
  const waves = new Set<string>();
  const branches = new Set<string>();
  for (const r of results)
    if (r.kind === 'state')
      for (const f of r.efforts)
        if (joinable(f)) {
          records.push(f);
          const places = placesOf(f);
          if (places) waves.add(places[0]);
          else branches.add(f.branch!.value);
        }
  if (!records.length) return undefined;
  // Per place and name, the efforts of that name; ids stated by anything else than such a record (a plan that
  // declares `ledger-model` itself) already meet their effort.
  const named = new Map<string, Set<string>>();
  const stated = new Set<string>();
  const branched = new Map<string, Set<string>>();
  for (const r of results)
    for (const f of r.efforts) {
      if (r.kind === 'state' && joinable(f)) continue;
      stated.add(f.id);
      const branch = f.branch?.value;
      if (branch !== undefined && branches.has(branch)) {
        const ids = branched.get(branch);
        if (ids) ids.add(f.id);
        else branched.set(branch, new Set([f.id]));
      }
      const key = f.name && nameKey(f.name.value);
      const places = key ? placesOf(f) : undefined;
      if (!places) continue;
      for (const place of new Set(places)) {
        if (!waves.has(place)) continue;
        const at = `${place}|${key}`;
        const ids = named.get(at);
        if (ids) ids.add(f.id);
        else named.set(at, new Set([f.id]));
      }
    }
  const joins: NameJoins = { ids: new Map(), diagnostics: [], waves, branches, renamed: new Map() };
  for (const f of records) {
    if (stated.has(f.id)) continue;
    if (joinsByBranch(f)) {
      const ids = branched.get(f.branch!.value);
      if (ids?.size === 1) join(joins, f, [...ids][0]);
      continue;
    }
    const place = placesOf(f)![0];
    const matches = new Set<string>();
    for (const name of [f.id, f.name?.value]) {
      const key = name === undefined ? undefined : nameKey(name);
      for (const id of (key && named.get(`${place}|${key}`)) || []) matches.add(id);
    }
    const target = matches.size === 1 ? [...matches][0] : undefined;
    if (target) join(joins, f, target);
    else if (matches.size > 1) joins.diagnostics.push(ambiguous(f, place.replace('?.', ''), [...matches]));
  }
  return joins;
}

function join(joins: NameJoins, f: EffortFact, target: string): void {
  joins.ids.set(f, target);
  const renamed = joins.renamed.get(f.span.file);
  if (renamed) renamed.set(f.id, target);
  else joins.renamed.set(f.span.file, new Map([[f.id, target]]));
}

function ambiguous(f: EffortFact, wave: string, ids: string[]): PlanDiagnostic {
  const sorted = ids.sort(compareEffortIds);
  const list = `${sorted.slice(0, -1).join(', ')} and ${sorted[sorted.length - 1]}`;
  return {
    ...f.span,
    code: 'state-conflict',
    severity: 'info',
    message: `${f.id} in wave ${wave} has the name of ${list}: kept as an effort of its own (give the record the id of the one it is about).`,
    efforts: [f.id],
  };
}

/**
 * The fact as the merge sees it: under the id of the effort it joins, and its references to records of its file that
 * joined an effort (`deps: [ledger-model]`) under that effort's id.
 */
export function joinedFact(fact: EffortFact, joins: NameJoins | undefined): EffortFact {
  if (!joins) return fact;
  const id = joins.ids.get(fact);
  const renamed = joins.renamed.get(fact.span.file);
  const lists = renamed && renamedLists(fact, renamed);
  if (id === undefined && !lists) return fact;
  return { ...fact, ...lists, ...(id === undefined ? {} : { id }) };
}

type RefField = 'dependsOn' | 'parallelWith' | 'blocks';
const REF_FIELDS: readonly RefField[] = ['dependsOn', 'parallelWith', 'blocks'];

/** The fact's reference lists that name a renamed record, with those references renamed; undefined when none do. */
function renamedLists(fact: EffortFact, renamed: ReadonlyMap<string, string>): Partial<EffortFact> | undefined {
  let out: Partial<Record<RefField, RefList>> | undefined;
  for (const field of REF_FIELDS) {
    const list = fact[field];
    if (!list || !writtenRefs(list).some((r) => !r.external && renamed.has(r.id))) continue;
    const rename = (refs: readonly DependencyRef[]) =>
      refs.map((r) => (!r.external && renamed.has(r.id) ? { ...r, id: renamed.get(r.id)! } : r));
    (out ??= {})[field] = {
      ...list,
      refs: rename(list.refs),
      ...(list.restated ? { restated: list.restated.map((again) => ({ ...again, refs: rename(again.refs) })) } : {}),
    };
  }
  return out;
}
