// Mermaid gantt charts as the graph the flowchart reader takes: each task a node labelled by its title, each
// `after a b` an edge from those tasks, each `section` a subgraph. `E1.1.2 Lexer :e112, after e111, 2d` says that
// E1.1.2 starts after the task e111.
import type { MGraph, MNode } from './parse';

// Statements that are not tasks.
const SETTING =
  /^(?:gantt|dateFormat|axisFormat|tickInterval|title|excludes|includes|todayMarker|weekday|weekend|inclusiveEndDates|topAxis|displayMode|accTitle|accDescr|click|%%)\b/i;
const TAGS = new Set(['done', 'active', 'crit', 'milestone']);
const AFTER = /^after\s+/i;
const TASK_ID = /^[A-Za-z_][\w-]*$/;

export function parseGantt(lines: string[], from: number, to: number): MGraph {
  const g: MGraph = { nodes: new Map(), edges: [], subgraphs: [] };
  for (let l = from; l < to; l++) {
    const raw = lines[l - 1] ?? '';
    if (raw.length > 5000) continue;
    const text = raw.trim();
    if (!text || SETTING.test(text)) continue;
    const indent = raw.length - raw.trimStart().length;
    const section = /^section\s+(\S.*)$/i.exec(text);
    if (section) {
      g.subgraphs.push({ title: section[1].trim(), line: l, column: indent + 9, nodes: [] });
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    const title = text.slice(0, colon).trim();
    const meta = metaParts(text, colon + 1, indent);
    const named = meta.filter((p) => !TAGS.has(p.text.toLowerCase()));
    // `id, start, end`: an id only before two more parts, and only a word (a date or a duration is none).
    const id = named.length >= 3 && TASK_ID.test(named[0].text) ? named[0].text : `gantt_${l}`;
    const node: MNode = { id, label: { text: title, line: l, column: indent + 1 }, line: l, column: indent + 1 };
    // `done`, `active`: read as a flowchart's status classes are.
    const tags = meta.filter((p) => TAGS.has(p.text.toLowerCase()));
    if (tags.length) node.classes = tags.map((t) => ({ name: t.text, line: l, column: t.column }));
    // A task named by an earlier `after` is known by its id only until here.
    if (!g.nodes.get(id)?.label) g.nodes.set(id, node);
    g.subgraphs[g.subgraphs.length - 1]?.nodes.push(id);
    for (const part of named) {
      const after = AFTER.exec(part.text);
      if (!after) continue;
      const list = part.text.slice(after[0].length);
      const base = part.column + after[0].length;
      for (const m of list.matchAll(/\S+/g)) {
        const dep = m[0];
        const at = base + (m.index ?? 0);
        g.edges.push({
          from: dep,
          to: id,
          line: l,
          fromColumn: at,
          fromEnd: at + dep.length,
          stmtColumn: part.column,
          stmtEnd: part.column + part.text.length,
        });
        if (!g.nodes.has(dep)) g.nodes.set(dep, { id: dep, line: l, column: at });
      }
    }
  }
  return g;
}

/** The comma-separated parts after a task's colon, trimmed, with the 1-based column where each starts. */
function metaParts(text: string, start: number, indent: number): Array<{ text: string; column: number }> {
  const out: Array<{ text: string; column: number }> = [];
  let from = start;
  for (const piece of text.slice(start).split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ text: trimmed, column: indent + from + lead + 1 });
    from += piece.length + 1;
  }
  return out;
}
