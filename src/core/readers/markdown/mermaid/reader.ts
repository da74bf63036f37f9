// Mermaid dependency graphs → one fact per effort node (name, size, dependencies from incoming edges; A --> B means
// B depends on A). Node ids become efforts through their label (`5.1.1: …`), a branch label (`p6w1-…`) or their
// shape (`W1E1`, `W6.2E1`, `W1_1`) in the phase in force; other nodes (`P0[Phase 5 APIs]`) are external.
import type { DependencyRef, WaveDecl } from '../../../model/model';
import { lineSpan } from '../../../model/span';
import type { MdDoc } from '../doc';
import { FactBuilder, NAME_RANK } from '../facts';
import type { KnownStatus } from '../../statusTerms';
import { parseGantt } from './gantt';
import { parseMermaid, type MEdge, type MGraph, type MNode } from './parse';
import { contextAt, type Outline } from '../outline';
import { cleanName, firstId, sizeInText } from '../fields/locatedValues';

export interface MermaidRead {
  facts: FactBuilder[];
  waves: WaveDecl[];
  /** Node ids and branch labels that name efforts, for tables of the same file (`W6E1`, `p6w1-synctarget-controller`). */
  aliases: Array<[string, string]>;
}

const BRANCH_LABEL = /^(?:[\w.-]+\/)*p(\d{1,3})w(\d{1,3})[a-z]?-[\w.-]+$/i;
const SEGMENTS = /<br\s*\/?>|\\n/i;

interface Resolved {
  id: string;
  node: MNode;
}

export function readMermaid(doc: MdDoc, outline: Outline): MermaidRead {
  const out: MermaidRead = { facts: [], waves: [], aliases: [] };
  const graphs: Array<{ g: MGraph; phase?: number }> = [];
  for (const f of doc.fences) {
    if (f.info !== 'mermaid') continue;
    const first = (doc.lines[f.contentStart - 1] ?? '').trim();
    const gantt = /^gantt\b/.test(first);
    if (!gantt && !/^(graph|flowchart)\b/.test(first) && !/^%%/.test(first)) continue;
    graphs.push({
      g: (gantt ? parseGantt : parseMermaid)(doc.lines, f.contentStart, f.contentEnd),
      phase: contextAt(outline, f.line).phase?.value,
    });
  }
  if (!graphs.length) return out;

  // Node ids resolved by a label in one graph keep that meaning in the file's other graphs.
  const fileWide = new Map<string, string>();
  const dottedPhases = new Set<number>();
  for (const { g } of graphs) {
    for (const node of g.nodes.values()) {
      const id = idFromLabel(node) ?? idFromBranchLabel(node);
      if (id && !fileWide.has(node.id)) fileWide.set(node.id, id);
      const dotted = /^W(\d+)\.\d+E\d+$/i.exec(node.id);
      if (dotted) dottedPhases.add(Number(dotted[1]));
    }
  }
  const builders = new Map<string, FactBuilder>();
  // An external node keeps its first label across the file's graphs (`P0[Phase 5 APIs]`, later `P0[Phase 5]`).
  const externals = new Map<string, string>();
  const incoming = new Map<string, { refs: DependencyRef[]; seen: Set<string>; edges: MEdge[] }>();
  for (const { g, phase } of graphs) {
    const resolved = new Map<string, Resolved>();
    for (const node of g.nodes.values()) {
      const id = fileWide.get(node.id) ?? idFromShape(node.id, phase, dottedPhases);
      if (!id) continue;
      resolved.set(node.id, { id, node });
      if (!fileWide.has(node.id)) fileWide.set(node.id, id);
      if (!builders.has(id)) builders.set(id, factFor(doc.file, id, node));
      const branch = branchOf(node);
      out.aliases.push([node.id, id]);
      if (branch) out.aliases.push([branch, id]);
    }
    for (const e of g.edges) {
      const to = resolved.get(e.to);
      if (!to) continue;
      const from = resolved.get(e.from);
      const entry = incoming.get(to.id) ?? { refs: [], seen: new Set<string>(), edges: [] };
      incoming.set(to.id, entry);
      if (!from && !externals.has(e.from)) externals.set(e.from, externalName(g.nodes.get(e.from)));
      const refId = from ? from.id : externals.get(e.from)!;
      const key = from ? from.id : `node:${e.from}`;
      if (entry.seen.has(key)) continue;
      entry.seen.add(key);
      entry.edges.push(e);
      entry.refs.push({
        id: refId,
        raw: e.from,
        external: !from,
        span: lineSpan(doc.file, e.line, e.fromColumn, e.fromEnd - e.fromColumn),
      });
    }
    for (const s of g.subgraphs) {
      const w = /wave\s+(\d{1,3})(?:\.(\d{1,3}))?/i.exec(s.title);
      if (!w) continue;
      const p = w[2] !== undefined ? Number(w[1]) : phase;
      if (p === undefined) continue;
      const name = cleanName(s.title.slice(w.index + w[0].length));
      out.waves.push({
        phase: p,
        wave: Number(w[2] ?? w[1]),
        ...(name ? { name: name.value } : {}),
        span: lineSpan(doc.file, s.line, s.column, s.title.length),
      });
    }
  }
  for (const [id, b] of builders) {
    const entry = incoming.get(id);
    if (entry?.refs.length) {
      const first = entry.edges[0];
      const last = entry.edges[entry.edges.length - 1];
      b.setRefs('dependsOn', {
        span: {
          file: doc.file,
          line: first.line,
          column: first.stmtColumn,
          endLine: last.line,
          endColumn: last.stmtEnd,
        },
        refs: entry.refs,
      });
    }
    out.facts.push(b);
  }
  return out;
}

const segmentCache = new WeakMap<MNode, string[]>();

function segments(node: MNode): string[] {
  let segs = segmentCache.get(node);
  if (!segs) {
    segs = node.label ? node.label.text.split(SEGMENTS) : [];
    segmentCache.set(node, segs);
  }
  return segs;
}

function idFromLabel(node: MNode): string | undefined {
  const first = segments(node)[0];
  return first ? firstId(first)?.value : undefined;
}

/** `W6E2[p6w1-cluster-controller<br/>…]`: the branch gives phase and wave, the node id the effort number. */
function idFromBranchLabel(node: MNode): string | undefined {
  const branch = branchOf(node);
  const n = /(?:E|_)(\d{1,3})$/i.exec(node.id);
  const m = branch ? BRANCH_LABEL.exec(branch) : null;
  return m && n ? `E${Number(m[1])}.${Number(m[2])}.${Number(n[1])}` : undefined;
}

function branchOf(node: MNode): string | undefined {
  for (const s of segments(node)) if (/^\s*(?:[\w.-]+\/)*p\d/i.test(s) && BRANCH_LABEL.test(s.trim())) return s.trim();
  return undefined;
}

/** `W6.2E1` (phase 6, wave 2), `W1E1` / `W1_1` (wave 1 of the phase in force), `p6w1-…` labels fix phase and wave. */
function idFromShape(nodeId: string, phase: number | undefined, dottedPhases: Set<number>): string | undefined {
  let m = /^W(\d{1,3})\.(\d{1,3})E(\d{1,3})$/i.exec(nodeId);
  if (m) return `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
  m = /^P(\d{1,3})W(\d{1,3})E(\d{1,3})$/i.exec(nodeId) ?? /^E?(\d{1,3})_(\d{1,3})_(\d{1,3})$/i.exec(nodeId);
  if (m) return `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
  m = /^W(\d{1,3})(?:E|_)(\d{1,3})$/i.exec(nodeId);
  if (!m || phase === undefined) return undefined;
  // Where `W6.2E1` names wave 2 of phase 6, a plain `W6E1` is wave 1 of phase 6.
  if (Number(m[1]) === phase && dottedPhases.has(phase)) return `E${phase}.1.${Number(m[2])}`;
  return `E${phase}.${Number(m[1])}.${Number(m[2])}`;
}

function factFor(file: string, id: string, node: MNode): FactBuilder {
  const label = node.label;
  if (!label) {
    const bare = new FactBuilder(id, 'mermaid', lineSpan(file, node.line, node.column, node.id.length));
    setClassStatus(bare, file, node);
    return bare;
  }
  const b = new FactBuilder(id, 'mermaid', lineSpan(file, label.line, label.column, label.text.length));
  const segs = label.text.split(SEGMENTS);
  let offset = 0;
  const positions = segs.map((s) => {
    const start = label.text.indexOf(s, offset);
    offset = start + s.length;
    return start;
  });
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const at = (s: number, e: number) => lineSpan(file, label.line, label.column + positions[i] + s, e - s);
    const size = sizeInText(seg);
    if (size && /^\s*~?\s*[\d,]+\s*(lines?|loc)\b/i.test(seg)) {
      b.setNumber('estimatedLines', { value: size.value, span: at(size.start, size.end) });
      continue;
    }
    if (BRANCH_LABEL.test(seg.trim())) continue;
    const id = firstId(seg);
    const text = id && id.start === 0 ? seg.slice(id.end) : seg;
    const nameStart = seg.length - text.length;
    const name = cleanName(text);
    if (name && !b.fact.name)
      b.setName(name.value, at(nameStart + name.start, nameStart + name.end), NAME_RANK.heading);
    if (size) b.setNumber('estimatedLines', { value: size.value, span: at(size.start, size.end) });
  }
  setClassStatus(b, file, node);
  return b;
}

// Class names that say a status (`A:::done`, `class A merged`); others (`critical`, `external`) are only styling.
const STATUS_CLASSES = new Map<string, KnownStatus>([
  ['done', 'done'],
  ['complete', 'done'],
  ['completed', 'done'],
  ['merged', 'done'],
  ['finished', 'done'],
  ['inprogress', 'in-progress'],
  ['wip', 'in-progress'],
  ['active', 'in-progress'],
  ['started', 'in-progress'],
  ['review', 'review'],
  ['inreview', 'review'],
  ['blocked', 'blocked'],
  ['failed', 'blocked'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
  ['abandoned', 'cancelled'],
  ['dropped', 'cancelled'],
  ['pending', 'planned'],
  ['planned', 'planned'],
  ['todo', 'planned'],
  ['notstarted', 'planned'],
]);

function setClassStatus(b: FactBuilder, file: string, node: MNode): void {
  for (const c of node.classes ?? []) {
    const status = STATUS_CLASSES.get(c.name.toLowerCase().replace(/[_-]/g, ''));
    if (!status) continue;
    b.set('status', { value: status, span: lineSpan(file, c.line, c.column, c.name.length) });
    return;
  }
}

function externalName(node: MNode | undefined): string {
  if (!node) return '';
  const first = segments(node)[0]?.trim();
  return first || node.id;
}
