// `- E4.1.1 → E4.1.2 → E4.1.4` (also `->`, `=>`, `⟶`, `⇒`): a line that is nothing but effort ids joined by arrows
// says each depends on the one before it. Only whole lines of `E`-ids count (a sentence with an arrow, a version bump
// `1.2.3 → 1.2.4` or a size `750→800` is none), and only for efforts this file declares: arrows never make one up.
// One fact per dependent effort and file, gathering every chain that names it, as a mermaid graph's edges do.
import { canonicalEffortId } from '../../model/ids';
import type { DependencyRef, EffortFact } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { MdDoc } from './docTypes';
import { FactBuilder } from './facts';

const ANY_ARROW = /→|->|=>|⟶|⇒/;
const ARROW_SPLIT = /(→|->|=>|⟶|⇒)/;
const BULLET = /^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+/;
const EFFORT_ID = /^E\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const MARKS = /^[*_`]+|[*_`]+$/g;

interface Incoming {
  refs: DependencyRef[];
  seen: Set<string>;
  first: number;
  last: number;
}

/**
 * ANY_ARROW.test, by searches for a literal: the pattern's alternatives share no first character, so it tried each at
 * every position of every file. `->` and `=>` are found by their `>`, rarer in a plan than the `-` of every list item
 * (`includes('->')` stopped at each: 3x slower over the bench tree and the corpus).
 */
function hasArrow(text: string): boolean {
  for (let i = text.indexOf('>', 1); i > 0; i = text.indexOf('>', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === 0x2d /* - */ || before === 0x3d /* = */) return true;
  }
  return text.includes('→') || text.includes('⟶') || text.includes('⇒');
}

/** Dependency facts of the arrow chains in a document, for efforts the file's facts declare. */
export function readArrowChains(doc: MdDoc, declared: readonly EffortFact[]): FactBuilder[] {
  if (!hasArrow(doc.text)) return [];
  const ids = new Set(declared.map((f) => f.id));
  const fenced = new Uint8Array(doc.lines.length + 2);
  for (const f of doc.fences) for (let l = f.line; l <= f.contentEnd && l < fenced.length; l++) fenced[l] = 1;
  const incoming = new Map<string, Incoming>();
  doc.lines.forEach((text, i) => {
    const line = i + 1;
    if (fenced[line] || !ANY_ARROW.test(text)) return;
    const chain = chainOf(text);
    if (!chain) return;
    for (let k = 1; k < chain.length; k++) {
      const to = chain[k];
      const from = chain[k - 1];
      if (!ids.has(to.id) || from.id === to.id) continue;
      const entry = incoming.get(to.id) ?? { refs: [], seen: new Set<string>(), first: line, last: line };
      incoming.set(to.id, entry);
      entry.last = line;
      if (entry.seen.has(from.id)) continue;
      entry.seen.add(from.id);
      entry.refs.push({
        id: from.id,
        raw: from.raw,
        external: false,
        span: lineSpan(doc.file, line, from.column, from.raw.length),
      });
    }
  });
  const out: FactBuilder[] = [];
  for (const [id, entry] of incoming) {
    const span = {
      file: doc.file,
      line: entry.first,
      column: 1,
      endLine: entry.last,
      endColumn: doc.lines[entry.last - 1].length + 1,
    };
    const b = new FactBuilder(id, 'bullet', span);
    b.setRefs('dependsOn', { span, refs: entry.refs });
    out.push(b);
  }
  return out;
}

interface Link {
  id: string;
  raw: string;
  /** 1-based column of `raw` on its line. */
  column: number;
}

/** The ids of a line that is only an arrow chain of effort ids (a bullet and a closing full stop allowed), else none. */
function chainOf(text: string): Link[] | undefined {
  const lead = BULLET.exec(text)?.[0].length ?? 0;
  let body = text.slice(lead).trimEnd();
  if (body.endsWith('.')) body = body.slice(0, -1);
  const parts = body.split(ARROW_SPLIT);
  if (parts.length < 3) return undefined;
  const links: Link[] = [];
  let at = lead;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (k % 2 === 0) {
      const trimmed = part.trim();
      const raw = trimmed.replace(MARKS, '');
      if (!EFFORT_ID.test(raw)) return undefined;
      const column = at + part.indexOf(trimmed) + trimmed.indexOf(raw) + 1;
      links.push({ id: canonicalEffortId(raw)!, raw, column });
    }
    at += part.length;
  }
  return links;
}
