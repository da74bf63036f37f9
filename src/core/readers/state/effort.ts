// One effort record of a state file (an object with effort_id, branch_name, estimated_lines, …) → a draft fact.
import { appendAll } from '../../model/arrays';
// Drafts from every place of one file are merged into one EffortFact per id, stronger places first.
import { canonicalEffortId, compareEffortIds, slugId, SPLIT_SUFFIX } from '../../model/ids';
import {
  FACT_FIELDS,
  type DependencyRef,
  type EffortFact,
  type FactField,
  type EffortStatus,
  type Located,
  type RefList,
  type Span,
} from '../../model/model';
import { parseBool, parseRefList, parseSize, writtenStatus } from '../values';
import { writtenBranchText, type BranchField } from '../branchValues';
import {
  bool,
  contentStart,
  entries,
  isMap,
  isScalar,
  isSeq,
  items,
  locatedInt,
  locatedStr,
  nodeSpan,
  num,
  str,
  valueSpan,
  type Entry,
  type NodeCtx,
  type SNode,
} from './nodes';

type FactFields = Omit<EffortFact, 'id' | 'kind' | 'span'>;

export interface Draft {
  id: string;
  span: Span;
  /** Lower = stronger source (pre-planned infrastructure beats a list of completed ids). */
  rank: number;
  fields: FactFields;
  /** The key of the file the record sits under (`pre_planned_infrastructure`, `efforts_completed`), for messages. */
  place?: string;
}

/** What the place a record sits in says about it. */
export interface Scope {
  phase?: Located<number>;
  wave?: Located<number>;
  /** The key the record is stored under (`phase1_wave1_effort-1-docker-interface`, `E2.1.1`, `effort-1`). */
  key?: { text: string; span: Span };
  /** Status implied by the list the record is in (`efforts_completed`). */
  listStatus?: Located<EffortStatus>;
  /** Base branch declared for every effort of a wave (`phase2_wave1_infrastructure.base_branch`). */
  baseBranch?: Located<string>;
}

type Role =
  | keyof FactFields
  | 'id'
  | 'effort'
  | 'key'
  | 'index'
  | 'reviewStatus'
  | 'doneFlag'
  | 'parentWave'
  | 'splits'
  | 'lines'
  | 'size'
  | 'summary';

/** Record keys (normalized) → what they hold. A Map, so keys such as `constructor` or `__proto__` mean nothing. */
const ROLES = new Map<string, Role>(
  Object.entries({
    effort_id: 'id',
    id: 'id',
    effort: 'effort',
    // Plans that call efforts tasks (`### Task 1.2.1`) keep them as `{task_id: "1.2.1", title}` records.
    task_id: 'id',
    task: 'effort',
    task_name: 'name',
    key: 'key',
    effort_key: 'key',
    effort_name: 'name',
    name: 'name',
    title: 'name',
    slug: 'name',
    // A tracker's one-line title (`{key: E1.1.1, summary: Repo layout}`): the name when the record has no other.
    summary: 'summary',
    phase: 'phase',
    wave: 'wave',
    parent_wave: 'parentWave',
    index: 'index',
    effort_index: 'index',
    effort_number: 'index',
    estimated_lines: 'estimatedLines',
    estimated_size: 'estimatedLines',
    size_estimate: 'estimatedLines',
    estimate: 'estimatedLines',
    actual_lines: 'actualLines',
    lines_changed: 'actualLines',
    measured_lines: 'actualLines',
    estimated_loc: 'estimatedLines',
    estimate_lines: 'estimatedLines',
    est_lines: 'estimatedLines',
    est_loc: 'estimatedLines',
    lines_estimate: 'estimatedLines',
    lines_estimated: 'estimatedLines',
    lines_actual: 'actualLines',
    loc_estimate: 'estimatedLines',
    loc_actual: 'actualLines',
    actual_loc: 'actualLines',
    // What the size rule counts: the insertions of the effort's diff.
    lines_added: 'actualLines',
    insertions: 'actualLines',
    lines: 'lines',
    line_count: 'lines',
    lines_of_code: 'lines',
    loc: 'lines',
    size: 'size',
    dependencies: 'dependsOn',
    depends_on: 'dependsOn',
    blocked_by: 'dependsOn',
    requires: 'dependsOn',
    deps: 'dependsOn',
    depends: 'dependsOn',
    needs: 'dependsOn',
    after: 'dependsOn',
    prerequisites: 'dependsOn',
    prereqs: 'dependsOn',
    // `blocks: [E1.2.1]`: E1.2.1 depends on this effort (the merge adds the edge).
    blocks: 'blocks',
    parallel_with: 'parallelWith',
    can_parallel_with: 'parallelWith',
    can_parallelize: 'canParallelize',
    parallelizable: 'canParallelize',
    branch: 'branch',
    branch_name: 'branch',
    effort_branch: 'branch',
    base_branch: 'baseBranch',
    parent_branch: 'baseBranch',
    base: 'baseBranch',
    working_dir: 'directory',
    full_path: 'directory',
    directory: 'directory',
    effort_dir: 'directory',
    workspace_path: 'directory',
    worktree: 'directory',
    worktree_path: 'directory',
    worktree_dir: 'directory',
    status: 'status',
    state: 'status',
    effort_status: 'status',
    review_status: 'reviewStatus',
    // A to-do tracker's tick, `done: true` / `completed: true`: done (false says no more than nothing).
    done: 'doneFlag',
    completed: 'doneFlag',
    complete: 'doneFlag',
    is_done: 'doneFlag',
    is_completed: 'doneFlag',
    is_complete: 'doneFlag',
    note: 'note',
    notes: 'note',
    remark: 'note',
    remarks: 'note',
    comment: 'note',
    comments: 'note',
    split_info: 'split',
    split_count: 'split',
    was_split: 'split',
    splits: 'splits',
  } satisfies Record<string, Role>),
);

const ID_PREFIX = /^\s*(?:E|effort[\s_-]*)?\d{1,3}\.\d{1,3}\.\d{1,3}[\s:_-]*/i;
/** `phase1_wave1_effort-1-docker-interface`, `phase1/wave2/effort-3-auth`, `effort-1` (with a known phase and wave). */
const PHASE_WAVE_EFFORT = /phase[\s_-]*(\d{1,3})[\s/_-]+wave[\s_-]*(\d{1,3})[\s/_-]+effort[\s_-]*(\d{1,3})(?!\d|\.\d)/i;
const EFFORT_N = /^effort[\s_-]*(\d{1,3})(?!\d|\.\d)/i;
/** `effort_1_1_2`, `E1_1_2`, `effort-1-1-2` (ids with `_`/`-` for dots, as some state keys write them). */
const UNDERSCORED = /^(?:E|effort[_-]?)(\d{1,3})[_-](\d{1,3})[_-](\d{1,3})(?![\d])/i;

/** Canonical id from text alone: `E1.1.1-x`, `effort-1.1.2`, `phase1_wave2_effort_3_auth`. */
export function idFromText(text: string): string | undefined {
  const numbered = canonicalEffortId(text);
  if (numbered) return numbered;
  const m = PHASE_WAVE_EFFORT.exec(text) ?? UNDERSCORED.exec(text.trim());
  return m ? `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}` : undefined;
}

/** `E1.1.1-kind-cert-extraction` → `kind-cert-extraction`; text without an id prefix is returned as is. */
export function nameAfterId(text: string): string | undefined {
  const rest = text.replace(ID_PREFIX, '').trim();
  return rest || undefined;
}

// An id or key of a split part: a digit, then the split suffix (`E1.1.1-split-001`).
const SPLIT_PART = new RegExp(String.raw`\d` + SPLIT_SUFFIX, 'i');

export function readEffortRecord(ctx: NodeCtx, node: SNode, scope: Scope, rank: number): Draft | undefined {
  const found: Partial<Record<Role, Entry>> = {};
  for (const entry of entries(ctx, node)) {
    const role = ROLES.get(entry.norm);
    if (role && !found[role]) found[role] = entry;
  }
  const fields: FactFields = {};
  // `effort: "1.1.2"` and `key: E1.1.2` name the effort when they are ids (`effort: "Logger"` may be a name, and says
  // nothing here).
  const isId = (e: Entry | undefined) => e !== undefined && idFromText(str(e.value) ?? '') !== undefined;
  const idEntry = found.id ?? (isId(found.effort) ? found.effort : isId(found.key) ? found.key : undefined);
  const idText = idEntry && str(idEntry.value);
  // `{task_id: "E2.1.1", task: "CSV importer"}`: beside an id of its own, an `effort`/`task` that is no id is the name.
  const nameEntry =
    found.name ?? (idEntry && idEntry !== found.effort && !isId(found.effort) ? found.effort : undefined);
  const nameText = nameEntry && locatedStr(ctx, nameEntry.value)?.value;
  const phase =
    (found.phase && locatedInt(ctx, found.phase.value)) ?? dotted(ctx, found.parentWave?.value, 'phase') ?? scope.phase;
  const wave =
    (found.wave && waveOf(ctx, found.wave.value)) ?? dotted(ctx, found.parentWave?.value, 'wave') ?? scope.wave;
  const index = found.index ? num(found.index.value) : undefined;
  const id = resolveId({ idText, key: scope.key?.text, nameText, phase: phase?.value, wave: wave?.value, index });
  if (!id) return undefined;
  // `E1.1.1-split-001`: a part of a split effort, with its own branch and size; not a second record of E1.1.1.
  if (SPLIT_PART.test(idText ?? scope.key?.text ?? '')) return undefined;

  // A summary names an effort its record identifies otherwise; it never makes a record an effort by itself.
  const titleEntry = nameEntry ?? found.summary;
  const titleText = nameText ?? (titleEntry && locatedStr(ctx, titleEntry.value)?.value);
  if (titleText && titleEntry) {
    const name = nameAfterId(titleText);
    if (name) fields.name = { value: name, span: valueSpan(ctx, titleEntry.value) };
  } else if (idText && idEntry && canonicalEffortId(idText)) {
    const name = nameAfterId(idText);
    if (name && name !== idText) fields.name = { value: name, span: valueSpan(ctx, idEntry.value) };
  }
  if (phase) fields.phase = phase;
  if (wave) fields.wave = wave;
  setSize(ctx, fields, 'estimatedLines', found.estimatedLines);
  setSize(ctx, fields, 'actualLines', found.actualLines);
  if (found.size) sizeRecord(ctx, fields, found.size);
  const refCtx = { phase: phase?.value, wave: wave?.value };
  if (found.dependsOn) fields.dependsOn = refList(ctx, found.dependsOn.value, refCtx);
  if (found.parallelWith) fields.parallelWith = refList(ctx, found.parallelWith.value, refCtx);
  if (found.blocks) fields.blocks = refList(ctx, found.blocks.value, refCtx);
  if (found.canParallelize) {
    const v = found.canParallelize.value;
    const b = bool(v) ?? (str(v) !== undefined ? parseBool(str(v) as string) : undefined);
    if (b !== undefined) fields.canParallelize = { value: b, span: valueSpan(ctx, v) };
  }
  const branch = found.branch && branchStr(ctx, found.branch.value, 'branch');
  if (branch) fields.branch = branch;
  const base = (found.baseBranch && branchStr(ctx, found.baseBranch.value, 'baseBranch')) ?? scope.baseBranch;
  if (base) fields.baseBranch = base;
  const dir = found.directory && branchStr(ctx, found.directory.value, 'directory');
  if (dir) fields.directory = dir;
  const note = found.note && isScalar(found.note.value) ? locatedStr(ctx, found.note.value) : undefined;
  if (note?.value.trim()) fields.note = note;
  const split = splitOf(ctx, found.split) ?? splitOf(ctx, found.splits) ?? splitReview(ctx, found.reviewStatus);
  if (split) fields.split = split;
  const status =
    statusOf(ctx, found.status) ??
    doneFlag(ctx, found.doneFlag) ??
    scope.listStatus ??
    statusOf(ctx, found.reviewStatus);
  if (status) fields.status = status;
  // A bare `lines: 540` counts what was written once the code is (in review or) done; before that, what is planned.
  // `lines: {estimated: 300, actual: 344}` names its figures as `size:` does.
  if (found.lines && isMap(found.lines.value)) sizeRecord(ctx, fields, found.lines);
  else if (found.lines) {
    const written = status?.value === 'done' || status?.value === 'review';
    const field = written || fields.estimatedLines ? 'actualLines' : 'estimatedLines';
    if (!fields[field]) setSize(ctx, fields, field, found.lines);
  }

  const span =
    scope.key?.span ??
    (idEntry ? valueSpan(ctx, idEntry.value) : found.name ? valueSpan(ctx, found.name.value) : firstLine(ctx, node));
  return { id, span, rank, fields };
}

/** An id written in a list (`"E1.1.1-kind-cert-extraction"`, `"1.2.3"`) with what the list implies. */
export function listDraft(ctx: NodeCtx, node: SNode, scope: Scope, rank: number): Draft | undefined {
  const text = isScalar(node) && typeof node.value === 'string' ? str(node) : undefined;
  if (text === undefined) return undefined;
  const id = idFromText(text) ?? slugId(text);
  const fields: FactFields = {};
  if (scope.phase) fields.phase = scope.phase;
  if (scope.wave) fields.wave = scope.wave;
  if (scope.listStatus) fields.status = scope.listStatus;
  return { id, span: valueSpan(ctx, node), rank, fields };
}

function resolveId(p: {
  idText?: string;
  key?: string;
  nameText?: string;
  phase?: number;
  wave?: number;
  index?: number;
}): string | undefined {
  const fromText =
    (p.idText && idFromText(p.idText)) || (p.key && idFromText(p.key)) || (p.nameText && idFromText(p.nameText));
  if (fromText) return fromText;
  if (p.phase !== undefined && p.wave !== undefined) {
    const n = p.index ?? numberFromEffortKey(p.key) ?? numberFromEffortKey(p.idText);
    if (n !== undefined && Number.isInteger(n)) return `E${p.phase}.${p.wave}.${n}`;
  }
  const slugSource = p.idText ?? p.nameText ?? p.key;
  return slugSource ? slugId(slugSource) : undefined;
}

function numberFromEffortKey(key: string | undefined): number | undefined {
  const m = key ? EFFORT_N.exec(key.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

/** `wave: 2`, `"wave2"`, and `"WAVE_2.2"` / `"2.2"` (phase.wave) → 2. */
function waveOf(ctx: NodeCtx, node: SNode | null): Located<number> | undefined {
  return dotted(ctx, node, 'wave') ?? locatedInt(ctx, node);
}

/** `"WAVE_2.2"` → phase 2 or wave 2. */
function dotted(ctx: NodeCtx, node: SNode | null | undefined, part: 'phase' | 'wave'): Located<number> | undefined {
  const text = node ? locatedStr(ctx, node)?.value : undefined;
  const m = text ? DOTTED_WAVE.exec(text) : null;
  if (!m || !node) return undefined;
  return { value: Number(part === 'phase' ? m[1] : m[2]), span: valueSpan(ctx, node) };
}
const DOTTED_WAVE = /(\d{1,3})\.(\d{1,3})$/;

function setSize(
  ctx: NodeCtx,
  fields: FactFields,
  key: 'estimatedLines' | 'actualLines',
  entry: Entry | undefined,
): void {
  if (!entry) return;
  const n = num(entry.value);
  const text = n === undefined ? str(entry.value) : undefined;
  const parsed = text !== undefined ? parseSize(text) : undefined;
  const value = n ?? parsed?.estimated;
  if (value !== undefined && Number.isInteger(value) && value >= 0)
    fields[key] = { value, span: valueSpan(ctx, entry.value) };
}

const SIZE_PARTS = new Map<string, 'estimatedLines' | 'actualLines'>([
  ['estimated', 'estimatedLines'],
  ['estimate', 'estimatedLines'],
  ['planned', 'estimatedLines'],
  ['actual', 'actualLines'],
  ['measured', 'actualLines'],
]);

/** `size: 400` is the estimate; `size: {estimated: 400, actual: 380}` gives both. Explicit fields win. */
function sizeRecord(ctx: NodeCtx, fields: FactFields, entry: Entry): void {
  if (isScalar(entry.value)) {
    if (!fields.estimatedLines) setSize(ctx, fields, 'estimatedLines', entry);
    return;
  }
  for (const part of entries(ctx, entry.value)) {
    const field = SIZE_PARTS.get(part.norm);
    if (field && !fields[field]) setSize(ctx, fields, field, part);
  }
}

/**
 * A recorded split: `split_info: {was_split: true, split_count: 2}`, `split_count: 3`, `was_split: true`, a list of
 * `splits` (one per part). 0 when the record says split without a count; undefined when it says not split.
 */
function splitOf(ctx: NodeCtx, entry: Entry | undefined): Located<number> | undefined {
  if (!entry) return undefined;
  const v = entry.value;
  const at = (value: number) => ({ value, span: valueSpan(ctx, v) });
  if (isSeq(v)) return items(v).length ? at(items(v).length) : undefined;
  const count = num(v);
  if (count !== undefined) return Number.isInteger(count) && count > 1 ? at(count) : undefined;
  const flag = bool(v);
  if (flag !== undefined) return flag ? at(0) : undefined;
  const inner = new Map(entries(ctx, v).map((e) => [e.norm, e.value]));
  if (bool(inner.get('was_split') ?? null) === false) return undefined;
  const n = num(inner.get('split_count') ?? null) ?? items(inner.get('splits') ?? null).length;
  if (Number.isInteger(n) && n > 1) return at(n);
  return bool(inner.get('was_split') ?? null) ? at(0) : undefined;
}

/** `review_status: SPLIT`: reviewed and split, the count not recorded. */
function splitReview(ctx: NodeCtx, entry: Entry | undefined): Located<number> | undefined {
  const text = entry && str(entry.value);
  return entry && text && /^split/i.test(text) ? { value: 0, span: valueSpan(ctx, entry.value) } : undefined;
}

export function statusOf(ctx: NodeCtx, entry: Entry | undefined): Located<EffortStatus> | undefined {
  const text = entry && str(entry.value);
  if (!text || !entry) return undefined;
  const value = writtenStatus(text);
  return value ? { value, span: valueSpan(ctx, entry.value) } : undefined;
}

/** `done: true`: the effort is done; `done: false` or a value that is no boolean (`completed: 2026-05-01`) says nothing. */
function doneFlag(ctx: NodeCtx, entry: Entry | undefined): Located<EffortStatus> | undefined {
  return entry && bool(entry.value) === true ? { value: 'done', span: valueSpan(ctx, entry.value) } : undefined;
}

/** `[]`, `["2.1.1"]`, `"None"`, `"E1.1.1, E1.1.2"`, `"Phase 1 Certificate Infrastructure"` → located references. */
export function refList(
  ctx: NodeCtx,
  node: SNode | null,
  scope: { phase?: number; wave?: number },
): RefList | undefined {
  if (!node) return undefined;
  const refs: DependencyRef[] = [];
  const pieces = isSeq(node) ? items(node) : [node];
  let usable = 0;
  for (const piece of pieces) {
    // Only text: ids are written as strings, and a stray number or object is not a dependency.
    if (!isScalar(piece) || typeof piece.value !== 'string' || str(piece) === undefined) continue;
    usable++;
    const pos = ctx.idx.position(contentStart(ctx, piece));
    appendAll(refs, parseRefList(piece.value, { file: ctx.file, line: pos.line, column: pos.column, ...scope }));
  }
  if (pieces.length && !usable) return undefined;
  if (!isSeq(node) && !usable) return undefined;
  return { span: isSeq(node) ? nodeSpan(ctx, node) : valueSpan(ctx, node), refs };
}

function firstLine(ctx: NodeCtx, node: SNode): Span {
  const span = nodeSpan(ctx, node);
  return { ...span, endLine: span.line, endColumn: span.line === span.endLine ? span.endColumn : span.column + 1 };
}

// The model's own field list, so a new field cannot be forgotten here.
const FIELD_ORDER: readonly FactField[] = FACT_FIELDS;

/** One fact per id: each field from the strongest draft that has it (file order breaks ties). Sorted by id. */
export function mergeDrafts(drafts: Draft[], kind: EffortFact['kind']): EffortFact[] {
  const byId = new Map<string, Draft[]>();
  drafts.forEach((d) => {
    const list = byId.get(d.id);
    if (list) list.push(d);
    else byId.set(d.id, [d]);
  });
  const facts: EffortFact[] = [];
  for (const [id, list] of byId) {
    const sorted = list
      .map((d, i) => ({ d, i }))
      .sort((a, b) => a.d.rank - b.d.rank || a.i - b.i)
      .map((x) => x.d);
    const fact: EffortFact = { id, kind, span: sorted[0].span };
    for (const key of FIELD_ORDER) {
      const source = sorted.find((d) => d.fields[key] !== undefined);
      if (source) (fact as Record<string, unknown>)[key] = source.fields[key];
    }
    facts.push(fact);
  }
  return facts.sort((a, b) => compareEffortIds(a.id, b.id));
}

/** A branch, base or directory a record writes (`TBD` is none; `refs/heads/x` is `x`), at its value. */
function branchStr(ctx: NodeCtx, node: unknown, field: BranchField): Located<string> | undefined {
  const written = locatedStr(ctx, node);
  const branch = written && writtenBranchText(written.value, field);
  return branch ? { value: branch.value, span: written.span } : undefined;
}
