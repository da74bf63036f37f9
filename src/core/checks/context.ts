// What every check gets: the project, limits, the dependency graph and cached file texts, plus small helpers.
import {
  dependencyGraph,
  PathFinder,
  stronglyConnected,
  type Components,
  type DependencyGraph,
} from '../analysis/graph';
import type {
  DependencyRef,
  DiagnosticCode,
  Fix,
  Effort,
  EffortFact,
  EffortField,
  Limits,
  PlanDiagnostic,
  Project,
  RefList,
  Severity,
  Span,
} from '../model/model';
import { factsOf, sameSpan, textCache, type FixContext } from '../fixes/text';
import { IdSuggester } from './suggest';
import { factsAtNode, factsByNode } from '../project/nodeFacts';
import { idKeysOf } from '../project/idKeys';

export interface CheckContext extends FixContext {
  limits: Limits;
  graph: DependencyGraph;
  components: Components;
  paths: PathFinder;
  /** Lines measured on effort branches (git), by effort id. */
  measured?: Map<string, number>;
  /** The facts of the effort at a node, best source first (factsOf by node: no lookup when the merge kept them). */
  factsAt(node: number): readonly EffortFact[];
  /** Where the edge from node u to its k-th dependency (graph.deps[u][k]) is written. */
  edgeSpan(u: number, v: number): Span;
  /** Did-you-mean over the project's efforts, built on first use; one per context. */
  suggester(): IdSuggester;
  /** Edit-distance budget the suggester spent (0 when none was built). */
  suggesterSpent(): number;
}

export function createContext(
  project: Project,
  limits: Limits,
  getText: (file: string) => string | undefined,
  measured?: Map<string, number>,
): CheckContext {
  const graph = dependencyGraph(project);
  const edgeSpans: Array<Span[] | undefined> = new Array(graph.ids.length);
  let suggester: IdSuggester | undefined;
  const byNode = factsByNode(project);
  const ctx: CheckContext = {
    project,
    limits,
    graph,
    components: stronglyConnected(graph),
    paths: new PathFinder(graph),
    measured,
    text: textCache(getText),
    factsAt: (node) => (byNode ? factsAtNode(byNode, node) : factsOf(project, graph.ids[node])),
    edgeSpan(u, v) {
      // Cycles name many edges many times: resolve each node's written references once.
      let spans = edgeSpans[u];
      if (!spans) {
        const from = project.efforts[u];
        spans = edgeSpans[u] = graph.deps[u].map((w) => dependencySpan(ctx, from, graph.ids[w]).span);
      }
      return spans[graph.deps[u].indexOf(v)];
    },
    suggester: () => (suggester ??= new IdSuggester(project.efforts, idKeysOf(project))),
    suggesterSpent: () => suggester?.spent ?? 0,
  };
  return ctx;
}

export interface DiagnosticExtras {
  related?: PlanDiagnostic['related'];
  /** [dependency, dependent] pairs the finding is about. */
  edges?: Array<[string, string]>;
  /** Fixes that could not be computed (undefined) are dropped. */
  fixes?: Array<Fix | undefined>;
}

export function diagnostic(
  span: Span,
  code: DiagnosticCode,
  severity: Severity,
  message: string,
  efforts: string[],
  extra: DiagnosticExtras = {},
): PlanDiagnostic {
  const { file, line, column, endLine, endColumn } = span;
  // Edges written in the literal, not added to it: an added field goes to a separate property array, 40 bytes more
  // per finding (a dependency list may name 100,000 unknown ids, each a finding with its edge).
  const d: PlanDiagnostic = extra.edges?.length
    ? { file, line, column, endLine, endColumn, code, severity, message, efforts, edges: extra.edges }
    : { file, line, column, endLine, endColumn, code, severity, message, efforts };
  if (extra.related?.length) d.related = extra.related;
  const fixes = extra.fixes?.filter((f): f is Fix => f !== undefined);
  if (fixes?.length) d.fixes = fixes;
  return d;
}

/** The fact whose value of `field` won the merge. */
export function winningFact(project: Project, effort: Effort, field: EffortField): EffortFact | undefined {
  const origin = effort.origins[field];
  if (!origin) return undefined;
  for (const f of factsOf(project, effort.id)) {
    const v = f[field] as { span: Span } | undefined;
    if (v !== undefined && sameSpan(v.span, origin)) return f;
  }
  return undefined;
}

/** The written reference to `id` in a list (first occurrence, effort references only). */
export function refTo(list: RefList | undefined, id: string): DependencyRef | undefined {
  return list?.refs.find((r) => !r.external && r.id === id);
}

/** Where an effort is declared: its primary fact's span (first line of it if that fact spans a block). */
export function declarationSpan(project: Project, effort: Effort): Span {
  const fact = factsOf(project, effort.id)[0];
  if (fact)
    return fact.span.line === fact.span.endLine
      ? fact.span
      : { ...fact.span, endLine: fact.span.line, endColumn: fact.span.column + 1 };
  return { file: effort.source.file, line: effort.source.line, column: 1, endLine: effort.source.line, endColumn: 2 };
}

/**
 * Where the dependency `from → to` is written: in from's winning list, else in a Blocks list of `to` (`Blocks:
 * from`), else at the list, then the declaration.
 */
export function dependencySpan(
  ctx: CheckContext,
  from: Effort,
  to: string,
): { span: Span; ref?: DependencyRef; fact?: EffortFact } {
  const fact = winningFact(ctx.project, from, 'dependsOn');
  const ref = refTo(fact?.dependsOn, to);
  if (ref) return { span: ref.span, ref, fact };
  if (from.blockedBy?.[to]) {
    for (const blocker of factsOf(ctx.project, to)) {
      const blocks = refTo(blocker.blocks, from.id);
      if (blocks) return { span: blocks.span, ref: blocks, fact: blocker };
    }
  }
  return { span: from.origins.dependsOn ?? declarationSpan(ctx.project, from), fact };
}

/** ` (E1.1.4 blocks it)` when the dependency is written in the dependency's Blocks list, not the effort's own. */
export function blockedNote(from: Effort, to: string): string {
  return from.blockedBy?.[to] ? ` (${to} blocks it)` : '';
}

export function effortAt(ctx: CheckContext, node: number): Effort {
  return ctx.project.efforts[node];
}

/** The edges of a path written `a → b → c` (a depends on b, b on c), as [dependency, dependent] pairs. */
export function pathEdges(ids: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < ids.length; i++) out.push([ids[i + 1], ids[i]]);
  return out;
}

/** `E1 → E2 → E3`, shortened in the middle when long. */
export function formatPath(ids: readonly string[], max = 12): string {
  if (ids.length <= max) return ids.join(' → ');
  return [...ids.slice(0, max - 4), '…', ...ids.slice(ids.length - 3)].join(' → ');
}
