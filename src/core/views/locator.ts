// Where efforts are mentioned, per file, from one project: declarations, metadata blocks and dependency references.
// No editor API: positions are the model's 1-based lines/columns.
import type { DependencyRef, Effort, EffortFact, Project, Span } from '../model/model';

export type OccurrenceRole = 'declaration' | 'statement' | 'reference';

export interface Occurrence {
  id: string;
  span: Span;
  role: OccurrenceRole;
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

const FIELD_KEYS = [
  'name',
  'phase',
  'wave',
  'estimatedLines',
  'actualLines',
  'canParallelize',
  'branch',
  'baseBranch',
  'directory',
  'status',
] as const;

export class ProjectLocator {
  private readonly byFile = new Map<string, Occurrence[]>();
  private readonly blocks = new Map<string, Block[]>();
  private readonly byId = new Map<string, Occurrence[]>();

  constructor(private readonly project: Project) {
    for (const [id, facts] of project.facts) {
      const effort = project.byId.get(id);
      for (const fact of facts) {
        const role =
          effort && fact.span.file === effort.source.file && fact.span.line === effort.source.line
            ? 'declaration'
            : 'statement';
        this.add({ id, span: fact.span, role });
        this.addBlock(id, fact);
        for (const ref of refsOf(fact)) this.add({ id: ref.id, span: ref.span, role: 'reference' });
      }
    }
    for (const list of this.byFile.values()) list.sort((a, b) => startOf(a.span) - startOf(b.span));
  }

  /** Mentions in one file, in document order. */
  occurrencesIn(file: string): readonly Occurrence[] {
    return this.byFile.get(file) ?? [];
  }

  /** Every mention of an effort id, across files. */
  occurrencesOf(id: string): readonly Occurrence[] {
    return this.byId.get(id) ?? [];
  }

  /** The declaring fact's span of an effort (its heading, row or state entry). */
  declaration(id: string): Span | undefined {
    const effort = this.project.byId.get(id);
    const occurrences = this.byId.get(id) ?? [];
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
      if (p > endOf(o.span)) continue;
      if (!best || (o.role === 'reference' && best.role !== 'reference') || size(o.span) < size(best.span)) best = o;
    }
    return best;
  }

  /** The effort whose declaration or metadata block covers a position (the innermost block). */
  effortAt(file: string, line: number, column: number): Effort | undefined {
    const p = pos(line, column);
    let best: Block | undefined;
    for (const b of this.blocks.get(file) ?? []) {
      if (b.start <= p && p <= b.end && (!best || b.end - b.start < best.end - best.start)) best = b;
    }
    return best ? this.project.byId.get(best.id) : undefined;
  }

  private add(o: Occurrence): void {
    push(this.byFile, o.span.file, o);
    push(this.byId, o.id, o);
  }

  private addBlock(id: string, fact: EffortFact): void {
    let start = startOf(fact.span);
    let end = endOf(fact.span);
    const spans: Span[] = [];
    for (const key of FIELD_KEYS) {
      const field = fact[key];
      if (field) spans.push(field.span);
    }
    if (fact.dependsOn) spans.push(fact.dependsOn.span);
    if (fact.parallelWith) spans.push(fact.parallelWith.span);
    for (const s of spans) {
      if (s.file !== fact.span.file) continue;
      start = Math.min(start, startOf(s));
      end = Math.max(end, endOf(s));
    }
    push(this.blocks, fact.span.file, { id, start, end });
  }
}

function refsOf(fact: EffortFact): DependencyRef[] {
  const refs = [...(fact.dependsOn?.refs ?? []), ...(fact.parallelWith?.refs ?? [])];
  return refs.filter((r) => !r.external);
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
/** One locator per project object (projects are immutable snapshots, replaced on change). */
export function locatorFor(project: Project): ProjectLocator {
  let locator = cache.get(project);
  if (!locator) cache.set(project, (locator = new ProjectLocator(project)));
  return locator;
}
