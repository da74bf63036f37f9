// Mermaid flowchart text → nodes (with labels) and edges, each located; styling and comments are skipped.
import { WAITS_FOR_WORDS } from '../dependencyWords';
export interface MNode {
  id: string;
  /** Label text and the 1-based line/column where it starts (labels carry ids, names and sizes). */
  label?: { text: string; line: number; column: number };
  /** Where the node is first written, and where it is written with a label. */
  line: number;
  column: number;
  /** Style classes given to it (`A:::done`, `class A,B done`), where each class name is written. */
  classes?: Array<{ name: string; line: number; column: number }>;
}

export interface MEdge {
  from: string;
  to: string;
  line: number;
  /** 1-based columns of the source node token on that line. */
  fromColumn: number;
  fromEnd: number;
  /** Column range of the whole statement, for the list's span. */
  stmtColumn: number;
  stmtEnd: number;
}

export interface MSubgraph {
  title: string;
  line: number;
  column: number;
  /** Node ids first seen inside it. */
  nodes: string[];
}

export interface MGraph {
  nodes: Map<string, MNode>;
  edges: MEdge[];
  subgraphs: MSubgraph[];
}

const SKIP = /^(?:graph|flowchart|classDef|class|style|linkStyle|click|direction|end|%%)\b/;
// `class A,B done`: nodes, then the class name.
const CLASS_STMT = /^class\s+([\w.,\s-]+?)\s+([\w-]+)\s*$/;
const NODE_ID = /^[A-Za-z0-9_][\w.]*(?:-(?=[A-Za-z0-9_])[\w.]+)*/;
const SHAPES: Array<[string, string]> = [
  ['(((', ')))'],
  ['((', '))'],
  ['([', '])'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['{{', '}}'],
  ['[/', '/]'],
  ['[\\', '\\]'],
  ['[/', '\\]'],
  ['[\\', '/]'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['>', ']'],
];
// `-- text -->` / `-. text .->` / `== text ==>` before the plain arrows, which would take `--` alone.
const TEXT_LINK = /^\s*(?:--|==|-\.)\s*[^\s\->=|.][^>|\n]*?(?:-->|==>|\.->|---|===|\.-)/;
const LINK = /^\s*(<)?(?:-{2,}|={2,}|-\.+-|~{3,})([->ox=])?(?:\|[^|\n]*\|)?/;
// `A -->|depends on| B`, `A -- needs --> B`: a link text that says the arrow points at what A waits for.
const DOTTED = /^\s*<?-\./;
const POINTS_AT_DEPENDENCY = new RegExp(String.raw`^[\s|"'.=-]*(?:${WAITS_FOR_WORDS}|depends?)\b`, 'i');

/** Parses flowchart lines [from, to) (1-based) of a document. */
export function parseMermaid(lines: string[], from: number, to: number): MGraph {
  const g: MGraph = { nodes: new Map(), edges: [], subgraphs: [] };
  const open: MSubgraph[] = [];
  const classes: Array<() => void> = [];
  for (let l = from; l < to; l++) {
    const raw = lines[l - 1] ?? '';
    if (raw.length > 5000) continue;
    for (const stmt of statements(raw)) {
      const text = stmt.text;
      const cls = CLASS_STMT.exec(text);
      if (cls) {
        classStatement(classes, g, cls, l, stmt.column);
        continue;
      }
      if (!text || SKIP.test(text)) {
        if (/^end\b/.test(text)) open.pop();
        continue;
      }
      const sub = /^subgraph\s+(.*)$/.exec(text);
      if (sub) {
        const titled = /^[\w.-]+\s*\[\s*"?([^"\]]*)"?\s*\]/.exec(sub[1]);
        const title = (titled ? titled[1] : sub[1].replace(/^"|"$/g, '')).trim();
        const at = Math.max(0, text.indexOf(title, text.length - sub[1].length));
        const s: MSubgraph = { title, line: l, column: stmt.column + at, nodes: [] };
        g.subgraphs.push(s);
        open.push(s);
        continue;
      }
      statement(g, text, l, stmt.column, open[open.length - 1]);
    }
  }
  for (const give of classes) give();
  return g;
}

/** Splits a line on `;` outside labels, keeping 1-based columns. */
function statements(raw: string): Array<{ text: string; column: number }> {
  const out: Array<{ text: string; column: number }> = [];
  let depth = 0;
  let quote = false;
  let last = 0;
  const push = (end: number) => {
    const piece = raw.slice(last, end);
    const lead = piece.length - piece.trimStart().length;
    out.push({ text: piece.trim(), column: last + lead + 1 });
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quote = !quote;
    else if (!quote && (c === '[' || c === '(' || c === '{')) depth++;
    else if (!quote && (c === ']' || c === ')' || c === '}')) depth = Math.max(0, depth - 1);
    else if (!quote && depth === 0 && c === ';') {
      push(i);
      last = i + 1;
    } else if (!quote && depth === 0 && c === '%' && raw[i + 1] === '%') {
      push(i);
      return out;
    }
  }
  push(raw.length);
  return out;
}

interface Ref {
  id: string;
  column: number;
  end: number;
}

function statement(g: MGraph, text: string, line: number, column: number, sub: MSubgraph | undefined): void {
  let pos = 0;
  const groups: Ref[][] = [];
  // Per link, whether its text turns it round (the later group is what the earlier one depends on).
  const reversed: boolean[] = [];
  for (;;) {
    const group: Ref[] = [];
    for (;;) {
      while (text[pos] === ' ' || text[pos] === '\t') pos++;
      const node = nodeAt(g, text, pos, line, column, sub);
      if (!node) return finish();
      group.push(node.ref);
      pos = node.next;
      const amp = /^\s*&\s*/.exec(text.slice(pos));
      if (!amp) break;
      pos += amp[0].length;
    }
    groups.push(group);
    const rest = text.slice(pos);
    const link = TEXT_LINK.exec(rest) ?? LINK.exec(rest);
    if (!link || !link[0].trim()) return finish();
    const bidirectional = link[0].trimStart().startsWith('<') && /[>]/.test(link[0]);
    const invisible = /~~~/.test(link[0]);
    const words = POINTS_AT_DEPENDENCY.test(linkText(link[0]));
    // A dotted link marks a soft tie or restates a solid one (`-.->|critical path|`): an edge only if its words say so.
    const dotted = !words && DOTTED.test(link[0]);
    if (bidirectional || invisible || dotted) {
      groups.push([]); // keeps order, adds no edge
      reversed.push(false);
    }
    reversed.push(words);
    pos += link[0].length;
  }

  function finish(): void {
    for (let i = 0; i + 1 < groups.length; i++) {
      const turned = reversed[i];
      for (const x of groups[i]) {
        for (const y of groups[i + 1]) {
          const a = turned ? y : x;
          const b = turned ? x : y;
          g.edges.push({
            from: a.id,
            to: b.id,
            line,
            fromColumn: a.column,
            fromEnd: a.end,
            stmtColumn: column,
            stmtEnd: column + text.length,
          });
        }
      }
    }
  }
}

/** The words of a link: `|depends on|` of `-->|depends on|`, `needs` of `-- needs -->`; empty for a bare arrow. */
function linkText(link: string): string {
  const bar = link.indexOf('|');
  if (bar >= 0) return link.slice(bar + 1, link.lastIndexOf('|'));
  return link.replace(/^\s*(?:--|==|-\.)/, '');
}

function nodeAt(
  g: MGraph,
  text: string,
  pos: number,
  line: number,
  column: number,
  sub: MSubgraph | undefined,
): { ref: Ref; next: number } | undefined {
  const m = NODE_ID.exec(text.slice(pos));
  if (!m) return undefined;
  const id = m[0];
  let next = pos + id.length;
  const ref: Ref = { id, column: column + pos, end: column + next };
  let node = g.nodes.get(id);
  if (!node) {
    node = { id, line, column: column + pos };
    g.nodes.set(id, node);
    sub?.nodes.push(id);
  }
  for (const [o, c] of SHAPES) {
    if (!text.startsWith(o, next)) continue;
    const close = text.indexOf(c, next + o.length);
    if (close < 0) continue;
    let label = text.slice(next + o.length, close);
    let labelStart = next + o.length;
    const lead = label.length - label.trimStart().length;
    label = label.trim();
    labelStart += lead;
    if (label.startsWith('"') && label.endsWith('"') && label.length >= 2) {
      label = label.slice(1, -1);
      labelStart++;
    }
    // The first label that names an effort wins; a bare label only until then.
    if (!node.label || (!/\d+\.\d+\.\d+/.test(node.label.text) && /\d+\.\d+\.\d+/.test(label))) {
      node.label = { text: label, line, column: column + labelStart };
    }
    next = close + c.length;
    break;
  }
  const cls = /^:::([\w-]+)/.exec(text.slice(next));
  if (cls) {
    (node.classes ??= []).push({ name: cls[1], line, column: column + next + 3 });
    next += cls[0].length;
  }
  return { ref, next };
}

/** `class A,B done`: the class of nodes written before or after it, given once the graph is read. */
function classStatement(later: Array<() => void>, g: MGraph, m: RegExpExecArray, line: number, column: number): void {
  const nameColumn = column + m[0].lastIndexOf(m[2]);
  for (const raw of m[1].split(',')) {
    const id = raw.trim();
    later.push(() => {
      const node = g.nodes.get(id);
      if (node) (node.classes ??= []).push({ name: m[2], line, column: nameColumn });
    });
  }
}
