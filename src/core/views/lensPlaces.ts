// Where an effort's CodeLens goes in a file: on its declaration in every plan that declares it (a heading, its
// metadata, a block, a list item or a table row), not only at the one source the merge picked, which may be a state
// file agents write or a Mermaid node. A Mermaid node or state record carries the lens only where it is that source.
import type { EffortFact, FactKind, Project, Span } from '../model/model';
import { locatorFor } from './locator';

const RANK: Partial<Record<FactKind, number>> = {
  heading: 0,
  metadata: 1,
  'json-block': 2,
  'yaml-block': 2,
  'front-matter': 2,
  bullet: 3,
  table: 4,
  state: 5,
  infrastructure: 5,
  mermaid: 6,
};
const SOURCE_ONLY = 5;

/** One place per effort stated in `file`, in line order. */
export function lensPlaces(project: Project, file: string): Array<{ id: string; span: Span }> {
  const ids = new Set<string>();
  for (const o of locatorFor(project).occurrencesIn(file)) if (o.role !== 'reference') ids.add(o.id);
  const out: Array<{ id: string; span: Span }> = [];
  for (const id of ids) {
    const effort = project.byId.get(id);
    if (!effort) continue;
    let best: EffortFact | undefined;
    for (const f of project.facts.get(id) ?? []) {
      const rank = RANK[f.kind];
      if (f.span.file !== file || rank === undefined) continue;
      const isSource = f.span.line === effort.source.line && effort.source.file === file;
      if (rank >= SOURCE_ONLY && !isSource) continue;
      if (!best || rank < RANK[best.kind]! || (rank === RANK[best.kind] && f.span.line < best.span.line)) best = f;
    }
    if (best) out.push({ id, span: best.span });
  }
  return out.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}
