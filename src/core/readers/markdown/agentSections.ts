// Agents' sections of G0 wave plans: `#### Agent 1: Metrics Specialist` (or a bold lead `**Agent 1: …**` right above
// its bullets) under a wave, with a `Branch` line and no effort named. The branch is effort P.W.N's when the file's
// graph knows that effort with the section's size or a name like the branch (the rule of `| Agent 1 | … |` rows).
import { parseEffortId } from '../../model/ids';
import { lineSpan } from '../../model/span';
import type { Aliases } from './aliases';
import type { MdDoc } from './doc';
import { FactBuilder } from './facts';
import { applyKv } from './fields/metadata';
import type { KvLines } from './fields/kvLines';
import { locateSize } from './fields/locatedValues';
import { contextAt, headingAt, type Outline } from './outline';
import { agentEffort } from './tables';

const AGENT_HEADING = /^Agent[ \t]+\d{1,3}\b/i;
const AGENT_LEAD = /^(?:\*\*|__)Agent[ \t]+\d{1,3}\b/i;
/** How far above its `Branch` line a bold lead may stand (its bullets, no blank line between). */
const LEAD_REACH = 12;

interface Lead {
  text: string;
  /** Lines [line, end) are the agent's. */
  line: number;
  end: number;
}

export function readAgentSections(
  doc: MdDoc,
  outline: Outline,
  kv: KvLines,
  owned: (line: number) => boolean,
  aliases: Aliases,
  into: Map<string, FactBuilder>,
): void {
  const seen = new Set<number>();
  for (let i = 0; i < kv.length; i++) {
    if (kv.fieldAt(i) !== 'branch') continue;
    const k = kv.at(i);
    if (!k.value.trim() || owned(k.line)) continue;
    const lead = leadOf(doc, outline, k.line);
    if (!lead || seen.has(lead.line)) continue;
    seen.add(lead.line);
    const id = agentEffort(lead.text, k.value, sizesAround(kv, i, lead), aliases, contextAt(outline, k.line));
    if (!id) continue;
    const b =
      into.get(id) ?? new FactBuilder(id, 'table', lineSpan(doc.file, k.line, k.column, k.value.trimEnd().length));
    into.set(id, b);
    if (b.has('branch')) continue;
    const place = parseEffortId(id);
    applyKv(b, k, { file: doc.file, numbered: place !== undefined, phase: place?.phase, wave: place?.wave });
    // Later lists of the file (split summaries) name the effort by this branch.
    if (b.fact.branch) aliases.add(b.fact.branch.value, id);
  }
}

/** The sizes the agent's lines give (`**Lines**: ~650`), looked for only among its own lines (kv is in line order). */
function sizesAround(kv: KvLines, at: number, lead: Lead): Array<number | undefined> {
  const out: Array<number | undefined> = [];
  for (let j = at; j >= 0 && kv.lineAt(j) >= lead.line; j--)
    if (kv.fieldAt(j) === 'estimatedLines') out.push(locateSize(kv.at(j).value).estimated?.value);
  for (let j = at + 1; j < kv.length && kv.lineAt(j) < lead.end; j++)
    if (kv.fieldAt(j) === 'estimatedLines') out.push(locateSize(kv.at(j).value).estimated?.value);
  return out;
}

/** The agent heading the line sits under, or the bold `**Agent N…**` lead of its paragraph. */
function leadOf(doc: MdDoc, outline: Outline, line: number): Lead | undefined {
  const h = headingAt(outline, line);
  if (h && AGENT_HEADING.test(h.text)) return { text: h.text, line: h.line, end: h.end };
  const floor = Math.max(h ? h.line + 1 : 1, line - LEAD_REACH);
  for (let l = line - 1; l >= floor; l--) {
    const text = (doc.lines[l - 1] ?? '').trim();
    if (!text) return undefined;
    if (AGENT_LEAD.test(text)) return { text: text.replace(/^(?:\*\*|__)/, ''), line: l, end: paragraphEnd(doc, line) };
  }
  return undefined;
}

function paragraphEnd(doc: MdDoc, from: number): number {
  let l = from;
  while (l <= doc.lines.length && (doc.lines[l - 1] ?? '').trim()) l++;
  return l;
}
