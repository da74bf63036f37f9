// Where efforts are mentioned, per file, from one project: declarations, metadata blocks and dependency references.
// No editor API: positions are the model's 1-based lines/columns.
import {
  FACT_FIELDS,
  REF_LIST_FIELDS,
  type DependencyRef,
  type Effort,
  type EffortFact,
  type Project,
  type Span,
} from '../model/model';
import { writtenRefs } from '../model/refLists';
import { updateOf, type Update } from '../project/lineage';
import { repeatedSpans } from '../project/repeats';

export type OccurrenceRole = 'declaration' | 'statement' | 'reference';

export interface Occurrence {
  id: string;
  span: Span;
  role: OccurrenceRole;
  /** A reference not written but meant: an id inside a range, located at the range's dash. */
  implied?: boolean;
}

interface Block {
  id: string;
  start: number;
  end: number;
}

/** Positions packed as one comparable number: line * 2^20 + column. */
const pos = (line: number, column: number) => line * 1048576 + column;
const startOf = (s: Span) => pos(s.line, s.column);
const endOf = (s: Span) => pos(s.endLine, s.endColumn);

/** A map read through the changes made since a base map (never written), so an update copies only what it changed. */
class Layered<K, V> {
  constructor(
    private readonly base: Map<K, V>,
    readonly changes: Map<K, V | undefined> = new Map(),
  ) {}

  get(key: K): V | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  /** A copy with more changes; past a quarter of the base, a flat map again. */
  with(changes: Map<K, V | undefined>): Layered<K, V> {
    const all = new Map(this.changes);
    for (const [k, v] of changes) all.set(k, v);
    if (all.size * 4 < this.base.size) return new Layered(this.base, all);
    const flat = new Map(this.base);
    for (const [k, v] of all) {
      if (v === undefined) flat.delete(k);
      else flat.set(k, v);
    }
    return new Layered(flat);
  }
}

/** What a locator is made of, shared (never written) by the locators updated from it. */
interface Index {
  byFile: Layered<string, Occurrence[]>;
  blocks: Layered<string, Block[]>;
  byId: Layered<string, Occurrence[]>;
  /** Per file, the efforts whose facts mention something there, in project.facts order. */
  owners: Map<string, string[]>;
  /** Position of each effort id in project.facts. */
  ordinal: Map<string, number>;
}

/** The effort whose fact an occurrence comes from (its ordinal). */
const ownerOf = new WeakMap<Occurrence, number>();

export class ProjectLocator {
  private readonly index: Index;

  constructor(
    private readonly project: Project,
    index?: Index,
  ) {
    if (index) {
      this.index = index;
      return;
    }
    const byFile = new Map<string, Occurrence[]>();
    const blocks = new Map<string, Block[]>();
    const byId = new Map<string, Occurrence[]>();
    const owners = new Map<string, string[]>();
    const ordinal = new Map<string, number>();
    for (const [id, facts] of project.facts) {
      ordinal.set(id, ordinal.size);
      for (const o of occurrencesOwnedBy(project, id, ordinal.size - 1, facts)) {
        push(byFile, o.span.file, o);
        push(byId, o.id, o);
        const list = owners.get(o.span.file);
        if (!list) owners.set(o.span.file, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
      for (const fact of facts) push(blocks, fact.span.file, blockOf(id, fact));
      for (const span of repeatedSpans(project, id)) push(blocks, span.file, spanBlock(id, span));
    }
    for (const list of byFile.values()) list.sort((a, b) => startOf(a.span) - startOf(b.span));
    this.index = { byFile: new Layered(byFile), blocks: new Layered(blocks), byId: new Layered(byId), owners, ordinal };
  }

  /**
   * The locator of `project`, an incremental update of this locator's project that merged `changed` again (their
   * facts changed, not which files state them): only the files and ids those efforts mention are rebuilt.
   * Undefined when a changed effort mentions a file it did not before.
   */
  update(project: Project, update: Update): ProjectLocator | undefined {
    const changed = update.ids;
    const { owners, ordinal } = this.index;
    const files = new Set<string>();
    const ids = new Set<string>();
    const changedOrdinals = new Set<number>();
    const added = new Map<string, Occurrence[]>();
    if ([...changed].some((id) => !ordinal.has(id))) return undefined;
    // In project.facts order, so each id's added mentions are in the order a full build lists them.
    for (const id of [...changed].sort((a, b) => ordinal.get(a)! - ordinal.get(b)!)) {
      const at = ordinal.get(id)!;
      changedOrdinals.add(at);
      for (const o of this.index.byId.get(id) ?? []) files.add(o.span.file);
      for (const fact of update.factsBefore.get(id) ?? []) {
        files.add(fact.span.file);
        for (const ref of refsOf(fact)) {
          ids.add(ref.id);
          files.add(ref.span.file);
        }
      }
      ids.add(id);
      for (const o of occurrencesOwnedBy(project, id, at, project.facts.get(id) ?? [])) {
        if (!owners.get(o.span.file)?.includes(id)) return undefined;
        files.add(o.span.file);
        ids.add(o.id);
        push(added, o.id, o);
      }
    }
    const byFile = new Map<string, Occurrence[] | undefined>();
    const blocks = new Map<string, Block[] | undefined>();
    for (const file of files) {
      const list: Occurrence[] = [];
      const fileBlocks: Block[] = [];
      for (const id of owners.get(file) ?? []) {
        const facts = project.facts.get(id) ?? [];
        for (const o of occurrencesOwnedBy(project, id, ordinal.get(id)!, facts))
          if (o.span.file === file) list.push(o);
        for (const fact of facts) if (fact.span.file === file) fileBlocks.push(blockOf(id, fact));
        for (const span of repeatedSpans(project, id)) if (span.file === file) fileBlocks.push(spanBlock(id, span));
      }
      list.sort((a, b) => startOf(a.span) - startOf(b.span));
      byFile.set(file, list.length ? list : undefined);
      blocks.set(file, fileBlocks.length ? fileBlocks : undefined);
    }
    const byId = new Map<string, Occurrence[] | undefined>();
    for (const id of ids) {
      const kept = (this.index.byId.get(id) ?? []).filter((o) => !changedOrdinals.has(ownerOf.get(o)!));
      const merged = mergeByOwner(kept, added.get(id) ?? []);
      byId.set(id, merged.length ? merged : undefined);
    }
    return new ProjectLocator(project, {
      byFile: this.index.byFile.with(byFile),
      blocks: this.index.blocks.with(blocks),
      byId: this.index.byId.with(byId),
      owners,
      ordinal,
    });
  }

  /** Mentions in one file, in document order. */
  occurrencesIn(file: string): readonly Occurrence[] {
    return this.index.byFile.get(file) ?? [];
  }

  /** The facts stated in a file, with the effort each is about, in project.facts order. */
  factsIn(file: string): Array<{ id: string; fact: EffortFact }> {
    const out: Array<{ id: string; fact: EffortFact }> = [];
    for (const id of this.index.owners.get(file) ?? [])
      for (const fact of this.project.facts.get(id) ?? []) if (fact.span.file === file) out.push({ id, fact });
    return out;
  }

  /** Every mention of an effort id, across files. */
  occurrencesOf(id: string): readonly Occurrence[] {
    return this.index.byId.get(id) ?? [];
  }

  /** The declaring fact's span of an effort (its heading, row or state entry). */
  declaration(id: string): Span | undefined {
    const effort = this.project.byId.get(id);
    const occurrences = this.index.byId.get(id) ?? [];
    const decl = occurrences.find((o) => o.role === 'declaration') ?? occurrences.find((o) => o.role === 'statement');
    if (decl) return decl.span;
    return effort
      ? { file: effort.source.file, line: effort.source.line, column: 1, endLine: effort.source.line, endColumn: 1 }
      : undefined;
  }

  /** The id under a position: a dependency reference first (it names another effort), else a declaration line. */
  at(file: string, line: number, column: number): Occurrence | undefined {
    const p = pos(line, column);
    let best: Occurrence | undefined;
    for (const o of this.occurrencesIn(file)) {
      if (startOf(o.span) > p) break;
      // An implied id's span is the range's dash alone: the character after it starts the range's upper end.
      if (p > endOf(o.span) || (o.implied && p === endOf(o.span))) continue;
      if (!best || (o.role === 'reference' && best.role !== 'reference') || size(o.span) < size(best.span)) best = o;
    }
    return best;
  }

  /** The effort whose declaration or metadata block covers a position (the innermost block). */
  effortAt(file: string, line: number, column: number): Effort | undefined {
    const p = pos(line, column);
    let best: Block | undefined;
    for (const b of this.index.blocks.get(file) ?? []) {
      if (b.start <= p && p <= b.end && (!best || b.end - b.start < best.end - best.start)) best = b;
    }
    return best ? this.project.byId.get(best.id) : undefined;
  }
}

/** An effort's declaration or statements and the references its facts write, in the order a full build adds them. */
function occurrencesOwnedBy(project: Project, id: string, at: number, facts: readonly EffortFact[]): Occurrence[] {
  const effort = project.byId.get(id);
  const out: Occurrence[] = [];
  const own = (o: Occurrence) => {
    ownerOf.set(o, at);
    out.push(o);
  };
  for (const fact of facts) {
    const role =
      effort && fact.span.file === effort.source.file && fact.span.line === effort.source.line
        ? 'declaration'
        : 'statement';
    own({ id, span: fact.span, role });
    for (const ref of refsOf(fact))
      own({ id: ref.id, span: ref.span, role: 'reference', ...(ref.implied ? { implied: true } : {}) });
  }
  for (const span of repeatedSpans(project, id)) own({ id, span, role: 'statement' });
  return out;
}

/** Two lists in owner order (each already in it) as one, as a full build lists them. */
function mergeByOwner(a: Occurrence[], b: Occurrence[]): Occurrence[] {
  if (!b.length) return a;
  const out: Occurrence[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && ownerOf.get(a[i])! < ownerOf.get(b[j])!)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

function spanBlock(id: string, span: Span): Block {
  return { id, start: startOf(span), end: endOf(span) };
}

function blockOf(id: string, fact: EffortFact): Block {
  let start = startOf(fact.span);
  let end = endOf(fact.span);
  const spans: Span[] = [];
  // Every field value (located values and reference lists alike) carries its span: the model's own field list.
  for (const key of FACT_FIELDS) {
    const field = fact[key];
    if (field) spans.push(field.span);
  }
  for (const key of REF_LIST_FIELDS) for (const again of fact[key]?.restated ?? []) spans.push(again.span);
  for (const s of spans) {
    if (s.file !== fact.span.file) continue;
    start = Math.min(start, startOf(s));
    end = Math.max(end, endOf(s));
  }
  return { id, start, end };
}

/** The effort references of a fact's lists (dependencies, parallel efforts, the efforts it blocks). */
function refsOf(fact: EffortFact): DependencyRef[] {
  const refs: DependencyRef[] = [];
  for (const field of REF_LIST_FIELDS) for (const r of writtenRefs(fact[field])) if (!r.external) refs.push(r);
  return refs;
}

function size(s: Span): number {
  return endOf(s) - startOf(s);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cache = new WeakMap<Project, ProjectLocator>();
/**
 * One locator per project object (projects are immutable snapshots, replaced on change). A project an incremental
 * update made from one whose locator exists gets that locator updated.
 */
export function locatorFor(project: Project): ProjectLocator {
  let locator = cache.get(project);
  if (!locator) {
    const update = updateOf(project);
    const from = update?.from.deref();
    const base = from && cache.get(from);
    locator = (base && update && base.update(project, update)) || new ProjectLocator(project);
    cache.set(project, locator);
  }
  return locator;
}
