// Edits to one written reference list: remove an item, or point it at another effort, in every form plans use:
// `[E1, E2]`, `E1.2.1 (Command structure), E1.2.2`, `E1 and E2`, JSON `["effort:2.2.1", "x"]`,
// YAML block lists (`- E1.1.1` lines), table cells, and single-edge mermaid lines (`W1E1 --> W2E1`).
import { parseEffortId, respelledMention } from '../model/ids';
import type { DependencyRef, EffortFact, RefList, TextEdit } from '../model/model';
import { isDataKind, type FileText } from './text';

const QUOTES = new Set(['"', "'", '`']);

/** The item's offsets, widened over the quotes around it. Undefined when the text no longer matches the span. */
function itemRange(ft: FileText, ref: DependencyRef): { start: number; end: number } | undefined {
  let start = ft.start(ref.span);
  let end = ft.end(ref.span);
  if (start < 0 || end < start || ft.text.slice(start, end) !== ref.raw) return undefined;
  const before = ft.text[start - 1];
  if (QUOTES.has(before) && ft.text[end] === before) {
    start--;
    end++;
  }
  return { start, end };
}

/** `  - "E1.1.1"` on its own line: an item of a YAML block list. */
function isBlockItem(ft: FileText, ref: DependencyRef): boolean {
  const line = ft.lineText(ref.span.line).trim();
  if (!line.startsWith('- ')) return false;
  return (
    line
      .slice(2)
      .trim()
      .replace(/^["'`]|["'`]$/g, '') === ref.raw
  );
}

const ARROW = /^\s*([A-Za-z0-9_.]+)\s*(-->|---|-\.->|==>)\s*([A-Za-z0-9_.]+)\s*;?\s*$/;

/** Mermaid edges are removed only when the line is one bare edge (node labels elsewhere stay untouched). */
function removeMermaidEdge(ft: FileText, ref: DependencyRef): TextEdit[] | undefined {
  if (!ARROW.test(ft.lineText(ref.span.line))) return undefined;
  return [ft.edit(ft.lineStart(ref.span.line), ft.nextLineStart(ref.span.line), '')];
}

/** The whole written value, widened over brackets right around it. */
function listRange(ft: FileText, list: RefList): { start: number; end: number } | undefined {
  let start = ft.start(list.span);
  let end = ft.end(list.span);
  if (start < 0 || end < start) return undefined;
  if (ft.text[start - 1] === '[' && ft.text[end] === ']') {
    start--;
    end++;
  }
  return { start, end };
}

/** Edits that remove `ref` from `list` (a list of `fact`), or undefined when that cannot be done safely. */
export function removeRefEdits(
  ft: FileText,
  fact: EffortFact,
  list: RefList,
  ref: DependencyRef,
): TextEdit[] | undefined {
  if (fact.kind === 'mermaid') return removeMermaidEdge(ft, ref);
  // A range (`E5.1.1–E5.1.3`) is one written item for several efforts: no edit removes one of them safely.
  if (namesRange(list.refs)) return undefined;
  const range = itemRange(ft, ref);
  if (!range) return undefined;
  const others = list.refs.length - (list.refs.includes(ref) ? 1 : 0);
  if (isBlockItem(ft, ref)) {
    if (others > 0) return [ft.edit(ft.lineStart(ref.span.line), ft.nextLineStart(ref.span.line), '')];
    // The only item: `key:` + item lines become `key: []`.
    const keyLine = ref.span.line - 1;
    if (keyLine < 1 || !ft.lineText(keyLine).trimEnd().endsWith(':')) return undefined;
    return [ft.edit(ft.lineEnd(keyLine), ft.lineEnd(ref.span.line), ' []')];
  }
  if (others === 0) {
    const whole = listRange(ft, list);
    if (!whole) return undefined;
    return [ft.edit(whole.start, whole.end, isDataKind(fact.kind) ? '[]' : 'None')];
  }
  const { before, after } = neighbours(list.refs, ref);
  if (after) {
    // Remove the item and the separator after it: `E1, E2` → `E2`.
    const next = itemRange(ft, after);
    return next ? [ft.edit(range.start, next.start, '')] : undefined;
  }
  // Last item: remove the separator before it: `E1, E2` → `E1`.
  const prev = before && itemRange(ft, before);
  return prev ? [ft.edit(prev.end, range.end, '')] : undefined;
}

/** Lists that write a range: asked once per list, not once per fix (a list of 100,000 ids gets up to 100 fixes). */
const withRange = new WeakMap<readonly DependencyRef[], boolean>();

function namesRange(refs: readonly DependencyRef[]): boolean {
  let has = withRange.get(refs);
  if (has === undefined) withRange.set(refs, (has = refs.some((r) => r.implied)));
  return has;
}

/** A list's references in written order: sorted once per list, not scanned once per fix. */
const writtenOrder = new WeakMap<readonly DependencyRef[], DependencyRef[]>();
const place = (r: DependencyRef, line: number, column: number) => r.span.line - line || r.span.column - column;

/** The references written right before and right after `ref` (lists can be 100,000 long, with a fix per entry). */
function neighbours(
  refs: readonly DependencyRef[],
  ref: DependencyRef,
): { before?: DependencyRef; after?: DependencyRef } {
  let sorted = writtenOrder.get(refs);
  if (!sorted) writtenOrder.set(refs, (sorted = refs.slice().sort((a, b) => place(a, b.span.line, b.span.column))));
  const { line, column } = ref.span;
  // First entry written at or after `ref`, then first entry written after it: entries at its place are neither.
  const from = (after: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = place(sorted[mid], line, column);
      if (c < 0 || (after && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { before: sorted[from(false) - 1], after: sorted[from(true)] };
}

const TRIPLE = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})/;

/** Edit that makes a written reference name `target` instead, keeping its prefix and notes (`effort:`, `E`, `(…)`). */
export function replaceRefEdit(ft: FileText, ref: DependencyRef, target: string): TextEdit | undefined {
  const range = itemRange(ft, ref);
  const parsed = parseEffortId(target);
  if (!range || !parsed) return undefined;
  const start = ft.start(ref.span);
  const m = TRIPLE.exec(ref.raw);
  if (m) return ft.edit(start + m.index, start + m.index + m[0].length, `${parsed.phase}.${parsed.wave}.${parsed.n}`);
  // `P1W2-E1 (Ledger postings)`: the target spelled the same way.
  const pwe = respelledMention(ref.raw, ref.id, target);
  if (pwe) return ft.edit(start + pwe.start, start + pwe.end, pwe.text);
  // `Efforts 4, 5`: a bare number within the effort's own wave. Anything else (a mermaid node id) is left alone.
  const bare = /^(?:efforts?\s+)?(\d+)$/i.exec(ref.raw);
  const own = parseEffortId(ref.id);
  if (!bare) return undefined;
  const at = start + ref.raw.length - bare[1].length;
  const text = own && own.phase === parsed.phase && own.wave === parsed.wave ? String(parsed.n) : target;
  return ft.edit(at, at + bare[1].length, text);
}
