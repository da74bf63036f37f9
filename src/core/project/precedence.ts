// Which source wins when several facts describe the same effort field, and when two values really disagree.
import { slugId } from '../model/ids';
import type { EffortFact, EffortField, FactKind, FileReadResult, PlanFileKind, RefList } from '../model/model';
import { formatCount } from '../model/numbers';
import { isFollowUpPlan } from '../files/classify';

/** A fact together with the file it came from, as the merge and the checks see it. */
export interface RankedFact {
  fact: EffortFact;
  result: FileReadResult;
  fileIndex: number;
  factIndex: number;
}

const FILE_RANK: Record<PlanFileKind, number> = {
  'effort-plan': 5,
  'wave-plan': 4,
  'phase-plan': 3,
  state: 2,
  'merge-plan': 1,
  'repo-config': 1,
  infrastructure: 1,
  other: 1,
};

const FOLLOW_UP_RANK = 3.5;

const EXPLICIT_KINDS: ReadonlySet<FactKind> = new Set<FactKind>([
  'metadata',
  'json-block',
  'yaml-block',
  'front-matter',
]);

/**
 * What names and places an effort, compared between state records (two state files, a state file and a plan, two
 * records of one state file); progress (status, actual lines) and plan structure are left out.
 */
export const RECORD_CONFLICT_FIELDS: ReadonlySet<EffortField> = new Set<EffortField>([
  'name',
  'branch',
  'baseBranch',
  'estimatedLines',
]);

/** Fields whose truth is progress, recorded in state files after the plans were written: state wins for these. */
export const STATE_FIRST_FIELDS: ReadonlySet<EffortField> = new Set<EffortField>(['status', 'actualLines']);

export function fileRank(kind: PlanFileKind): number {
  return FILE_RANK[kind] ?? 1;
}

/** State and infrastructure files record what happened (progress, real branches), not declarations. */
export function isRecordSource(r: RankedFact): boolean {
  return (
    r.result.kind === 'state' ||
    r.result.kind === 'infrastructure' ||
    r.fact.kind === 'state' ||
    r.fact.kind === 'infrastructure'
  );
}

function rank(r: RankedFact, field?: EffortField): number {
  // A report on another effort (effortReports.ts) is the weakest word on it, below any file's own declarations.
  if (r.fact.kind === 'report') return 0;
  const fileRank =
    field && STATE_FIRST_FIELDS.has(field) && r.result.kind === 'state' ? 9 : (FILE_RANK[r.result.kind] ?? 1);
  // A fix or split plan is an effort plan by name, but the wave plan that declared the effort names it and is where
  // it is defined: the follow-up ranks between the wave plan and the phase plan.
  return (isFollowUp(r.result) ? FOLLOW_UP_RANK : fileRank) * 2 + (EXPLICIT_KINDS.has(r.fact.kind) ? 1 : 0);
}

// Once per file read, not per comparison: rank runs inside every sort of an effort's facts.
const followUps = new WeakMap<FileReadResult, boolean>();

function isFollowUp(result: FileReadResult): boolean {
  if (result.kind !== 'effort-plan') return false;
  let followUp = followUps.get(result);
  if (followUp === undefined) followUps.set(result, (followUp = isFollowUpPlan(result.file)));
  return followUp;
}

/**
 * Generation of a state file from its name: `orchestrator-state-v3.json` (31) > `-v3.yaml` (30) > `.json` (1) >
 * `.yaml` (0). Newer conventions record more and were written later; JSON replaced YAML within a generation.
 */
export function stateGeneration(file: string): number {
  const m = /orchestrator-state(?:-v(\d+))?\.(json|ya?ml)$/i.exec(file);
  if (!m) return 0;
  return (m[1] ? Number(m[1]) : 0) * 10 + (m[2].toLowerCase() === 'json' ? 1 : 0);
}

/** Whether two state files are of one convention generation (`-v3.yaml` and `-v3.json` are; `.json` and `-v3.json` not). */
export function sameStateGeneration(a: string, b: string): boolean {
  return Math.floor(stateGeneration(a) / 10) === Math.floor(stateGeneration(b) / 10);
}

function generation(r: RankedFact): number {
  return r.result.kind === 'state' ? stateGeneration(r.result.file) : 0;
}

/**
 * A total order, best first: file kind (state first for progress fields), explicit metadata over headings/tables,
 * state-file generation, newest timestamp (named or recorded), then the path and the position in the file. Never
 * the order files were read in, so the model is a function of paths and contents alone.
 */
export function compareRanked(a: RankedFact, b: RankedFact, field?: EffortField): number {
  const d = rank(b, field) - rank(a, field) || generation(b) - generation(a);
  if (d !== 0) return d;
  const ta = a.result.timestamp ?? '';
  const tb = b.result.timestamp ?? '';
  if (ta !== tb) return ta < tb ? 1 : -1;
  return comparePaths(a.result.file, b.result.file) || a.factIndex - b.factIndex;
}

/** Code-unit order of paths: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const STRUCTURED_KINDS: ReadonlySet<FactKind> = new Set<FactKind>([
  'json-block',
  'yaml-block',
  'front-matter',
  'state',
  'infrastructure',
]);

/**
 * A dependency list is structured when a metadata block holds it, or a field's own value names efforts (or says
 * None); prose is a bullet list under a key, or a value that names no effort (`Wave 1 sync engine`). Structure
 * wins, so prose never hides the edges a JSON block, a mermaid graph or a dependency matrix gives.
 */
export function isStructuredList(fact: EffortFact, list: RefList): boolean {
  if (STRUCTURED_KINDS.has(fact.kind)) return true;
  if (list.prose) return false;
  return list.refs.length === 0 || list.refs.some((r) => !r.external);
}

/** The fact whose value of `field` wins, given facts already sorted by compareRanked without a field. */
export function winnerFor(sorted: readonly RankedFact[], field: EffortField): RankedFact | undefined {
  if (field === 'dependsOn' || field === 'parallelWith') {
    // Plans declare dependencies; state files only record them, so they speak only where no plan does.
    let prose: RankedFact | undefined;
    let record: RankedFact | undefined;
    for (let i = 0; i < sorted.length; i++) {
      const r = sorted[i];
      const list = r.fact[field];
      if (list === undefined) continue;
      if (isRecordSource(r)) record ??= r;
      else if (isStructuredList(r.fact, list)) return r;
      else prose ??= r;
    }
    return prose ?? record;
  }
  let best: RankedFact | undefined;
  // A status word Waveplan does not know speaks only where no source gives one it knows.
  let unread: RankedFact | undefined;
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i];
    if (r.fact[field] === undefined) continue;
    if (field === 'status' && r.fact.status?.value === 'unknown') {
      unread ??= r;
      continue;
    }
    if (!STATE_FIRST_FIELDS.has(field)) return r;
    if (r.result.kind === 'state') return r;
    best ??= r;
  }
  return best ?? unread;
}

/**
 * Why `win` beats `loser`, for conflict messages: the kind of its file (`the wave plan`), else its field over a
 * heading, else that it is the newer of two files of one kind, else the order of their paths.
 */
export function winnerReason(win: RankedFact, loser: RankedFact): string {
  const label = sourceLabel(win);
  if (win.result.kind !== loser.result.kind || isFollowUp(win.result) !== isFollowUp(loser.result)) return label;
  const explicit = EXPLICIT_KINDS.has(win.fact.kind);
  if (explicit !== EXPLICIT_KINDS.has(loser.fact.kind)) return (explicit && explicitLabel(win.fact.kind)) || label;
  const newer =
    generation(win) !== generation(loser) || (win.result.timestamp ?? '') !== (loser.result.timestamp ?? '');
  if (newer) return `the newer ${(kindLabel(win.result.kind) ?? 'the file').slice(4)}`;
  return 'the first in path order';
}

/** Human label of the kind of source, for conflict messages. */
export function sourceLabel(r: RankedFact): string {
  return kindLabel(r.result.kind) ?? explicitLabel(r.fact.kind) ?? 'that source';
}

/** `the wave plan`: what a kind of plan file is called in messages (none for a file of no ranked kind). */
export function kindLabel(kind: PlanFileKind): string | undefined {
  switch (kind) {
    case 'effort-plan':
      return 'the effort plan';
    case 'wave-plan':
      return 'the wave plan';
    case 'phase-plan':
      return 'the phase plan';
    case 'state':
      return 'the state file';
    default:
      return undefined;
  }
}

/** What an explicit declaration is called in messages: `**Size**:` is a bold field, not a block. */
export function explicitLabel(kind: EffortFact['kind']): string | undefined {
  switch (kind) {
    case 'metadata':
      return 'the bold metadata field';
    case 'json-block':
      return 'the JSON block';
    case 'yaml-block':
      return 'the YAML block';
    case 'front-matter':
      return 'the front matter';
    default:
      return undefined;
  }
}

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'effort']);

function tokens(slug: string): Set<string> {
  return new Set(slug.split('-').filter((t) => t.length >= 3 && !STOP_WORDS.has(t)));
}

/** Names agree when one contains the other once slugged, or they share at least half of their words. */
export function namesAgree(a: string, b: string): boolean {
  const sa = slugId(a);
  const sb = slugId(b);
  if (sa === sb || sa.includes(sb) || sb.includes(sa)) return true;
  const ta = tokens(sa);
  const tb = tokens(sb);
  const smaller = Math.min(ta.size, tb.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared * 2 >= smaller;
}

/** Effort ids a list names (external references and order ignored). */
export function refIdSet(list: RefList): Set<string> {
  const set = new Set<string>();
  for (const ref of list.refs) if (!ref.external) set.add(ref.id);
  return set;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function normString(s: string): string {
  return s
    .trim()
    .replace(/^[`"']+|[`"']+$/g, '')
    .replace(/\/+$/, '');
}

/**
 * Paths agree when the end of one is the start of the other, over at least two segments (or all of a one-segment
 * path): `prefix/phase2/wave1/x` ~ `phase2/wave1/x`, `/ws/efforts/p5/x` ~ `efforts/p5/x/pkg/`, `feature/a/x` ~ `x`.
 */
function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = a.split('/').filter(Boolean);
  const sb = b.split('/').filter(Boolean);
  const overlaps = (x: string[], y: string[]): boolean => {
    const min = Math.min(2, x.length, y.length);
    for (let k = Math.min(x.length, y.length); k >= min; k--) {
      let same = true;
      for (let i = 0; i < k && same; i++) same = x[x.length - k + i] === y[i];
      if (same) return true;
    }
    return false;
  };
  return overlaps(sa, sb) || overlaps(sb, sa);
}

/** A list that names no effort but has prose (`Wave 1 types`) says nothing comparable about dependencies. */
function comparableList(list: RefList): boolean {
  return list.refs.length === 0 || list.refs.some((r) => !r.external);
}

/** Whether two dependency lists name the same efforts (a list of prose only names none to compare). */
export function listsAgree(a: RefList, b: RefList): boolean {
  return !comparableList(a) || !comparableList(b) || sameSet(refIdSet(a), refIdSet(b));
}

/**
 * Whether a dependency list names some of another's efforts and nothing else (`[E5.1.1]` beside `[E5.1.1, E5.1.2]`):
 * a sketch that leaves edges out, not a contradiction. An empty list (`None`) says there are none: not a part.
 */
export function listIsPartOf(part: RefList, whole: RefList): boolean {
  const ids = refIdSet(part);
  const all = refIdSet(whole);
  if (ids.size === 0 || ids.size >= all.size) return false;
  for (const id of ids) if (!all.has(id)) return false;
  return true;
}

/** Whether two facts say the same thing about a field (absent values never disagree). */
export function valuesAgree(field: EffortField, a: EffortFact, b: EffortFact): boolean {
  const va = a[field];
  const vb = b[field];
  // A value agrees with itself (merge asks this of the winning fact too).
  if (va === undefined || vb === undefined || va === vb) return true;
  if (field === 'dependsOn' || field === 'parallelWith') return listsAgree(va as RefList, vb as RefList);
  const x = (va as { value: unknown }).value;
  const y = (vb as { value: unknown }).value;
  if (field === 'name') return namesAgree(String(x), String(y));
  if (typeof x === 'string' && typeof y === 'string') {
    if (x === y) return true;
    const nx = normString(x);
    const ny = normString(y);
    return field === 'branch' || field === 'baseBranch' || field === 'directory' ? samePath(nx, ny) : nx === ny;
  }
  return x === y;
}

/** `[E1.1.1, E1.1.2]`, or `None`: a dependency list as a person would write it, for messages. */
export function displayList(list: RefList): string {
  const ids = [...refIdSet(list)];
  return ids.length ? `[${ids.join(', ')}]` : 'None';
}

/** A value as a person would write it, for messages. */
export function displayValue(field: EffortField, fact: EffortFact): string {
  const v = fact[field];
  if (v === undefined) return '(none)';
  if (field === 'dependsOn' || field === 'parallelWith') return displayList(v as RefList);
  const x = (v as { value: unknown }).value;
  if (typeof x === 'boolean') return x ? 'Yes' : 'No';
  if (typeof x === 'string') return `"${x}"`;
  return typeof x === 'number' ? formatCount(x) : String(x);
}

export const FIELD_LABELS: Record<EffortField, string> = {
  name: 'name',
  phase: 'phase',
  wave: 'wave',
  estimatedLines: 'estimated lines',
  actualLines: 'actual lines',
  split: 'split',
  largestPart: 'largest split part',
  dependsOn: 'dependencies',
  parallelWith: 'parallel with',
  canParallelize: 'can parallelize',
  branch: 'branch',
  baseBranch: 'base branch',
  directory: 'directory',
  note: 'note',
  status: 'status',
};
