// `Can Parallelize: Yes` → `No` (JSON/YAML `true` → `false`), keeping the writer's case.
import type { EffortFact, TextEdit } from '../model/model';
import { fieldForKey } from '../readers/values';
import { factLines, isDataKind, type FileText } from './text';

const TRUTHY = /\b(yes|true|y)\b/i;
// A key/value line in bold metadata, JSON or YAML whose value is truthy: `"parallelizable": true,`, `**Can Parallelize**: Yes`.
const KEY_VALUE = /^(\s*(?:[-*+]\s+)?\**["']?)([A-Za-z][\w -]*?)(["']?\**\s*:\s*\**\s*["']?)(yes|true)\b/i;
const MAX_SCAN_LINES = 500;

export function falseWord(word: string): string {
  const lower = word.toLowerCase();
  const no = lower === 'true' ? 'false' : lower === 'yes' ? 'no' : 'n';
  if (word.length > 1 && word === word.toUpperCase()) return no.toUpperCase();
  if (word[0] === word[0].toUpperCase()) return no[0].toUpperCase() + no.slice(1);
  return no;
}

/** Truthy "can parallelize" values (any alias: `can_parallelize`, `parallelizable`, `**Can Parallelize**`) on lines first..last. */
export function truthyParallelValues(
  ft: FileText,
  first: number,
  last: number,
): Array<{ start: number; end: number; word: string }> {
  const out = [];
  const stop = Math.min(last, first + MAX_SCAN_LINES, ft.lineCount);
  for (let line = Math.max(1, first); line <= stop; line++) {
    const kv = KEY_VALUE.exec(ft.lineText(line));
    if (!kv || fieldForKey(kv[2]) !== 'canParallelize') continue;
    const start = ft.lineStart(line) + kv[1].length + kv[2].length + kv[3].length;
    out.push({ start, end: start + kv[4].length, word: kv[4] });
  }
  return out;
}

/** Edits setting every "can parallelize" value of this fact to no: its located value and same-meaning keys in its block. */
export function setNoEdits(ft: FileText, fact: EffortFact): TextEdit[] {
  const located = fact.canParallelize;
  if (!located) return [];
  const edits: TextEdit[] = [];
  const done = new Set<number>();
  const text = ft.slice(located.span);
  const m = text === undefined ? null : TRUTHY.exec(text);
  if (m) {
    const at = ft.start(located.span) + m.index;
    edits.push(ft.edit(at, at + m[0].length, falseWord(m[0])));
    done.add(at);
  }
  // JSON blocks often say it twice (`can_parallelize` and `parallelizable`): the reader keeps one, so fix both,
  // wherever in the block the other one is (the fact locates only the values it kept).
  const lines = factLines(fact);
  const { first, last } = isDataKind(fact.kind) ? fencedBlock(ft, lines.first, lines.last) : lines;
  for (const v of truthyParallelValues(ft, first, last)) {
    if (done.has(v.start)) continue;
    done.add(v.start);
    edits.push(ft.edit(v.start, v.end, falseWord(v.word)));
  }
  return edits;
}

const FENCE = /^\s*(```|~~~)/;

/** Lines first..last widened to the ``` fences around them (unchanged when no fence is near). */
function fencedBlock(ft: FileText, first: number, last: number): { first: number; last: number } {
  let open = first;
  while (open > 1 && first - open < MAX_SCAN_LINES && !FENCE.test(ft.lineText(open))) open--;
  let close = last;
  while (close < ft.lineCount && close - last < MAX_SCAN_LINES && !FENCE.test(ft.lineText(close))) close++;
  return FENCE.test(ft.lineText(open)) && FENCE.test(ft.lineText(close))
    ? { first: open, last: close }
    : { first, last };
}
