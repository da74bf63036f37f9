// `### Wave 1 — Indexing core` / `#### 1. Tokenizer rewrite` / `- Estimate: ~450 lines`: a heading of a wave that
// sizes its work like an effort but has no effort id. Waveplan cannot track it (nothing else may refer to it), and
// guessing E3.1.1 from the `1.` silently would invent ids the author never wrote: it says so at the heading and
// offers the id as a fix instead.
import { highestNumbers, parseEffortId, waveId, waveKey } from '../../model/ids';
import type { EffortFact, PlanDiagnostic } from '../../model/model';
import { lineSpan } from '../../model/span';
import { addEffortIdFix } from '../../fixes/effortId';
import { cleanName } from './fields/locatedValues';
import type { KvLine } from './fields/metadata';
import type { KvLines } from './fields/kvLines';
import { ordinalLength } from './headingEffort';
import type { Heading, Outline } from './outline';

/**
 * One warning per such heading: under a wave whose phase is known and whose efforts this file does not list apart
 * from headings, in no effort's section, with an estimate of its own
 * (before any subheading) that no effort took. `owned`: whether an effort's declaration took a line.
 */
export function effortsWithoutIds(
  file: string,
  outline: Outline,
  kv: KvLines,
  owned: (line: number) => boolean,
  facts: readonly EffortFact[],
): PlanDiagnostic[] {
  // A loop, not a filter: this runs over every metadata line of every file, and most files size no such heading.
  let sized: KvLine[] | undefined;
  for (let i = 0; i < kv.length; i++)
    if (kv.fieldAt(i) === 'estimatedLines' && !owned(kv.lineAt(i))) (sized ??= []).push(kv.at(i));
  if (!sized) return [];
  const taken = new Set(facts.map((f) => f.id));
  // A wave whose efforts this file lists elsewhere describes them in these sections (kcp's `#### Agent 1: Metrics
  // Specialist` with `**Lines**: ~650` is its table's E4.1.1). Where efforts are headings, one without an id is not.
  const headingLines = new Set(outline.headings.map((h) => h.line));
  const atHeading = (f: EffortFact) => f.span.file === file && headingLines.has(f.span.line);
  const listed = new Set(facts.filter((f) => !atHeading(f)).map(waveOf));
  for (const f of facts) if (atHeading(f)) listed.delete(waveOf(f));
  const out: PlanDiagnostic[] = [];
  // Per wave (waveKey), the highest number its ids have so far: the ids this file gives, then the ones suggested.
  const next = highestNumbers(taken);
  const sizedLines = sized.map((k) => k.line).sort((a, b) => a - b);
  for (const h of outline.headings) {
    if (!candidate(h, owned) || !anyBetween(sizedLines, h.line, ownEnd(outline, h))) continue;
    const wave = `${h.phase!.value}.${h.wave!.value}`;
    if (listed.has(wave)) continue;
    const key = waveKey(h.phase!.value, h.wave!.value);
    const ordinal = ordinalLength(h.text);
    const n = ordinal ? Number(/\d+/.exec(h.text)![0]) : (next.get(key) ?? 0) + 1;
    next.set(key, Math.max(next.get(key) ?? 0, n));
    const id = `E${wave}.${n}`;
    const name = cleanName(h.text.slice(ordinal))?.value ?? h.text;
    const fix = taken.has(id) ? undefined : addEffortIdFix(file, h, ordinal, id);
    out.push({
      ...lineSpan(file, h.line, h.column, h.text.length),
      code: 'effort-without-id',
      severity: 'warning',
      message:
        `"${name}" has an estimate like an effort of wave ${wave}, but no effort id, so it is not tracked ` +
        `(no size check, dependency or status). Give it an id such as ${id}: "${id} ${name}".`,
      efforts: [],
      waves: [waveId(h.phase!.value, h.wave!.value)],
      ...(fix ? { fixes: [fix] } : {}),
    });
  }
  return out;
}

function waveOf(f: EffortFact): string {
  const p = parseEffortId(f.id);
  return p ? `${p.phase}.${p.wave}` : `${f.phase?.value}.${f.wave?.value}`;
}

const MENTIONS_ID = /(?:^|[^\w.])E?\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d])/;

/** A heading that declares nothing itself and sits in no effort's section, in a wave of a known phase. */
function candidate(h: Heading, owned: (line: number) => boolean): boolean {
  if (h.effort || h.phase === undefined || h.wave === undefined || owned(h.line)) return false;
  // `#### E1.1.1-split-001: api-types`, `### Tasks for E1.1.1`: about an effort that has its id.
  if (MENTIONS_ID.test(h.text)) return false;
  // Wave and phase headings carry their own numbers.
  return h.wave.span?.line !== h.line && h.phase.span?.line !== h.line;
}

/** Where a heading's own text ends: at its first subheading, else its section's end. */
function ownEnd(outline: Outline, h: Heading): number {
  const below = outline.headings[h.index + 1];
  return below && below.line < h.end ? below.line : h.end;
}

/** Whether a sorted list of lines holds one strictly between `from` and `to` (a binary search: big plans). */
function anyBetween(lines: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length && lines[lo] < to;
}
