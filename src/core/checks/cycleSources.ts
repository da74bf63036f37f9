// When the two dependencies of a two-effort cycle come from different sources (a Mermaid graph and a dependency
// matrix, say), the cycle is usually a disagreement, not a design: the message says which source says what.
import type { EffortFact, Span } from '../model/model';
import { dependencySpan, type CheckContext } from './context';
import { effortAt } from './context';

const SOURCE_NAMES: Partial<Record<EffortFact['kind'], string>> = {
  heading: 'the heading',
  metadata: 'the bold metadata field',
  bullet: 'the list',
  table: 'the table',
  mermaid: 'the Mermaid graph',
  'json-block': 'the JSON block',
  'yaml-block': 'the YAML block',
  'front-matter': 'the front matter',
  state: 'the state file',
};

/** ` The sources disagree: …` for a cycle a → b → a whose two edges come from different sources, else ''. */
export function disagreeingSources(ctx: CheckContext, a: number, b: number): string {
  const from = effortAt(ctx, a);
  const to = effortAt(ctx, b);
  const ab = dependencySpan(ctx, from, to.id);
  const ba = dependencySpan(ctx, to, from.id);
  if (!ab.fact || !ba.fact) return '';
  if (ab.fact.kind === ba.fact.kind && ab.span.file === ba.span.file) return '';
  const where = (s: Span) =>
    s.file === ab.span.file && s.file === ba.span.file ? `line ${s.line}` : `${s.file}:${s.line}`;
  const name = (f: EffortFact) => SOURCE_NAMES[f.kind] ?? 'a source';
  return (
    ` The sources disagree: ${name(ab.fact)} (${where(ab.span)}) has ${from.id} depend on ${to.id}, ` +
    `${name(ba.fact)} (${where(ba.span)}) the reverse.`
  );
}
