// Efforts wherever a state file keeps them: any mapping keyed by effort ids (`E1.1.2`, `effort_1_1_2`,
// `phase1_wave1_effort-2-x`) or list of effort records, under any key (reviews, monitoring, line counts…), not
// only the keys the generations' readers know. Weakest source of a file: the known places win field by field.
import type { Located, Span } from '../../model/model';
import { idFromText, readEffortRecord, type Draft, type Scope } from './effort';
import {
  entries,
  field,
  isMap,
  isScalar,
  isSeq,
  items,
  locatedStr,
  num,
  valueSpan,
  type Entry,
  type NodeCtx,
  type SNode,
} from './nodes';

/** Below every known place (sources.ts RANK ends at 7). */
const RANK = 8;
// `phases → phase2 → waves → wave1 → efforts` is five levels; the walk visits each node once, so depth costs little.
const MAX_DEPTH = 6;
/** Collections whose `status` is a review's or an agent's, not the effort's. */
const NOT_EFFORT_STATUS = /review|monitor|agent|qa|check/i;
const LINE_COUNTS = /line|size|count|measure/i;
const NUMBERED_KEY = /^(?:effort|task|item)?[\s_-]*[\d._-]+$/i;
const ID_KEYS = /^(effort_id|effort|id|effort_name|key|effort_key|task_id|task)$/;
/** `{title: "E2.1.1 CSV importer"}` (a board's items): a name that leads with the effort's id names the record. */
const NAME_KEYS = /^(name|title|task_name)$/;
const LEADING_ID = /^\s*\[?(?:E|Effort[\s_-]*)?\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])/i;

/** `add` gets each record with the key of the collection it sits in. */
export function readCollections(ctx: NodeCtx, root: SNode, add: (d: Draft | undefined, place: string) => void): void {
  // Each entry with the base branch of the group it sits in (`waves: [{id: "5.2", base_branch, efforts: […]}]`).
  let level: Array<[Entry, Scope]> = entries(ctx, root).map((e) => [e, {}]);
  for (let depth = 0; depth < MAX_DEPTH && level.length; depth++) {
    const next: Array<[Entry, Scope]> = [];
    for (const [e, scope] of level) {
      if (isMap(e.value) && keyedByEfforts(ctx, e.value)) keyedCollection(ctx, e, scope, add);
      else if (isSeq(e.value)) {
        // `phases: [{phase: 1, waves: [{wave: 1, efforts: [...]}]}]`: a list of groups is looked into like a mapping.
        const list = items(e.value);
        if (
          !listCollection(
            ctx,
            e.key,
            list.map((value) => ({ value })),
            scope,
            add,
          )
        )
          for (const item of list) {
            const inner = entries(ctx, item);
            const group = groupScope(ctx, inner, scope);
            for (const x of inner) next.push([x, group]);
          }
      } else if (isMap(e.value)) {
        // `efforts: {"phase1/wave1/logger": {effort: "1.1.2", …}}`: records keyed by something else name themselves.
        const keyed = entries(ctx, e.value);
        if (!listCollection(ctx, e.key, keyed, scope, add) && !namedRecords(ctx, e, keyed, scope, add)) {
          const group = groupScope(ctx, keyed, scope);
          for (const x of keyed) next.push([x, group]);
        }
      }
    }
    level = next;
  }
}

/** A group's own `base_branch` is its efforts' base unless they name one; else its parent's holds. */
function groupScope(ctx: NodeCtx, fields: Entry[], parent: Scope): Scope {
  const base = locatedStr(ctx, field(fields, 'base_branch')?.value);
  return base ? { baseBranch: base } : parent;
}

/** Most keys of the mapping name efforts. */
function keyedByEfforts(ctx: NodeCtx, node: SNode): boolean {
  const keys = entries(ctx, node);
  const efforts = keys.filter((k) => idFromText(k.key)).length;
  return efforts > 0 && efforts * 2 >= keys.length;
}

function keyedCollection(
  ctx: NodeCtx,
  collection: Entry,
  scope: Scope,
  add: (d: Draft | undefined, place: string) => void,
): void {
  for (const e of entries(ctx, collection.value)) {
    const id = idFromText(e.key);
    if (!id) continue;
    const key = { text: e.key, span: e.keySpan };
    if (isMap(e.value))
      add(
        adjust(readEffortRecord(ctx, e.value, { ...scope, key }, RANK), collection.key, ctx, e.value),
        collection.key,
      );
    else if (isScalar(e.value) && LINE_COUNTS.test(collection.key)) {
      // `line_counts: { E1.1.1: 612 }`: what was measured.
      const n = num(e.value);
      if (n !== undefined && Number.isInteger(n) && n >= 0)
        add(
          { id, span: e.keySpan, rank: RANK, fields: { actualLines: { value: n, span: valueSpan(ctx, e.value) } } },
          collection.key,
        );
    }
  }
}

/**
 * Records that name efforts by id (`[{effort_id: "E1.2.1", reviewer: …}]`), in a list or in a mapping keyed by
 * something else (`{"phase1/wave1/logger": {effort: "1.1.2"}}`, whose key's last part names an unnamed effort).
 * True when one did.
 */
/** A state file that is one list of effort records (`[{"id": "E4.2.1", "status": "done"}, …]`). */
export function readRecordList(ctx: NodeCtx, list: SNode, add: (d: Draft | undefined, place: string) => void): void {
  listCollection(
    ctx,
    '',
    items(list).map((value) => ({ value })),
    {},
    add,
  );
}

function listCollection(
  ctx: NodeCtx,
  collection: string,
  records: Array<{ value: SNode | null; key?: string; keySpan?: Span }>,
  scope: Scope,
  add: (d: Draft | undefined, place: string) => void,
): boolean {
  let found = false;
  for (const { value: item, key, keySpan } of records) {
    if (!isMap(item)) continue;
    const named = entries(ctx, item).some(
      (f) =>
        isScalar(f.value) &&
        ((ID_KEYS.test(f.norm) && idFromText(String(f.value.value)) !== undefined) ||
          (NAME_KEYS.test(f.norm) && LEADING_ID.test(String(f.value.value)))),
    );
    if (!named) continue;
    found = true;
    const draft = readEffortRecord(ctx, item, scope, RANK);
    const name = key?.slice(key.lastIndexOf('/') + 1).trim();
    // `effort-2: {effort_id: "1.2.2"}`: a key that numbers the record names nothing.
    if (draft && !draft.fields.name && name && keySpan && !NUMBERED_KEY.test(name))
      draft.fields.name = { value: name, span: keySpan };
    add(adjust(draft, collection, ctx, item), collection);
  }
  return found;
}

/**
 * `efforts: {parser-core: {phase: 1, wave: 1, status: done}}`: a mapping the file calls its efforts, keyed by their
 * names, each record placed in a wave. Read as the records of `phases: {…: {waves: {…: {efforts: …}}}}` are: an effort
 * of that name (joining the plan's effort of that name in that wave, nameJoin.ts). True when it was one.
 */
function namedRecords(
  ctx: NodeCtx,
  collection: Entry,
  keyed: Entry[],
  scope: Scope,
  add: (d: Draft | undefined, place: string) => void,
): boolean {
  if (collection.norm !== 'efforts' || !keyed.length) return false;
  if (!keyed.every((e) => isMap(e.value) && field(entries(ctx, e.value), 'wave') !== undefined)) return false;
  for (const e of keyed)
    if (isMap(e.value))
      add(readEffortRecord(ctx, e.value, { ...scope, key: { text: e.key, span: e.keySpan } }, RANK), collection.key);
  return true;
}

/** Review/monitoring statuses are not the effort's; `lines` in a line-count collection is the measured size. */
function adjust(draft: Draft | undefined, collection: string, ctx: NodeCtx, node: SNode): Draft | undefined {
  if (!draft) return draft;
  if (NOT_EFFORT_STATUS.test(collection)) delete draft.fields.status;
  if (LINE_COUNTS.test(collection) && draft.fields.actualLines === undefined) {
    const lines = entries(ctx, node).find((f) => /^(lines|count|total)$/.test(f.norm));
    const n = lines && num(lines.value);
    if (lines && n !== undefined && Number.isInteger(n) && n >= 0)
      draft.fields.actualLines = { value: n, span: valueSpan(ctx, lines.value) } as Located<number>;
  }
  return draft;
}
