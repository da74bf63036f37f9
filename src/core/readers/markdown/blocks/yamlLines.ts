// The flat YAML agents write in metadata blocks, read line by line with offsets: fast, and tolerant when salvaging.
import type { Entry, Scalar, ScalarAt, Val } from './types';

// Greedy tails, trimmed in code: a lazy `(.*?)[ \t]*$` backtracks quadratically on long runs of blanks.
const KEY = /^(\s*)(["']?)([A-Za-z_][\w .-]{0,80}?)\2[ \t]*:(?=\s|$)[ \t]*(.*)$/;
const ITEM = /^(\s*)-(?:[ \t]+(.*))?$/;

/**
 * `key: value`, `key: [a, "b"]`, `key:` followed by `- item` lines. Strict: any other line → undefined (let the
 * `yaml` package decide). Tolerant (salvage): unreadable lines are skipped, `"x.go" (NEW)` keeps its quoted part.
 */
export function yamlLines(text: string, strict: boolean): Entry[] | undefined {
  const rows = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < rows.length; i++) {
    starts.push(offset);
    offset += rows[i].length + 1;
  }
  let base = 0;
  if (!strict) {
    base = Infinity;
    for (let i = 0; i < rows.length; i++) {
      const m = KEY.exec(rows[i]);
      if (m) base = Math.min(base, m[1].length);
    }
    if (base === Infinity) return [];
  }
  const entries: Entry[] = [];
  let open: Entry | undefined;
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n].replace(/\r$/, '');
    const at = starts[n];
    if (!row.trim() || /^\s*#/.test(row)) continue;
    const indent = row.length - row.trimStart().length;
    if (indent <= base) {
      const m = KEY.exec(row);
      if (!m || m[1].length !== base) {
        if (strict) return undefined;
        open = undefined;
        continue;
      }
      const restStart = at + m[0].length - m[4].length;
      const rest = m[4].trimEnd().replace(/,$/, '');
      if (!rest || rest.startsWith('#')) {
        open = { key: m[3], value: { kind: 'seq', items: [], start: at + m[0].length, end: at + m[0].length } };
        entries.push(open);
        continue;
      }
      open = undefined;
      const value = inlineValue(rest, restStart, strict);
      if (!value) {
        if (strict) return undefined;
        continue;
      }
      entries.push({ key: m[3], value });
      continue;
    }
    if (!open) {
      if (strict) return undefined;
      continue;
    }
    const item = ITEM.exec(row);
    if (item && open.value.kind === 'seq') {
      const textStart =
        at +
        row.length -
        row.trimStart().length +
        1 +
        (row.trimStart().slice(1).length - row.trimStart().slice(1).trimStart().length);
      const s = scalarText((item[2] ?? '').trimEnd().replace(/,$/, ''), textStart, strict);
      if (!s) {
        if (strict) return undefined;
        continue;
      }
      if (!open.value.items.length) open.value.start = at + indent;
      open.value.items.push(s);
      open.value.end = s.end;
      continue;
    }
    // A nested mapping under the key: not a value Waveplan reads.
    if (open.value.kind === 'seq' && open.value.items.length) {
      if (strict) return undefined;
      continue;
    }
    open.value = { kind: 'other', start: at, end: at + row.length };
  }
  return entries;
}

function inlineValue(rest: string, start: number, strict: boolean): Val | undefined {
  if (rest.startsWith('[')) {
    const close = rest.lastIndexOf(']');
    if (close < 0 || (strict && close !== rest.length - 1)) return undefined;
    const items: ScalarAt[] = [];
    const body = rest.slice(1, close);
    let pos = 0;
    for (const piece of splitFlow(body)) {
      const lead = piece.length - piece.trimStart().length;
      if (piece.trim()) {
        const s = scalarText(piece.trim(), start + 1 + pos + lead, strict);
        if (!s) return undefined;
        items.push(s);
      }
      pos += piece.length + 1;
    }
    return { kind: 'seq', items, start, end: start + close + 1 };
  }
  if (/^[{|>&*!%@`]/.test(rest)) return strict ? undefined : { kind: 'other', start, end: start + rest.length };
  const s = scalarText(rest, start, strict);
  return s ? { kind: 'scalar', ...s } : undefined;
}

/** Splits a flow sequence body on commas outside quotes. */
function splitFlow(body: string): string[] {
  const out: string[] = [];
  let quote = '';
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ',') {
      out.push(body.slice(last, i));
      last = i + 1;
    } else if (c === '[' || c === '{') return [body];
  }
  out.push(body.slice(last));
  return out;
}

function scalarText(raw: string, start: number, strict: boolean): ScalarAt | undefined {
  const q = raw[0];
  if (q === '"' || q === "'") {
    const close = raw.indexOf(q, 1);
    if (close < 0) return undefined;
    const inner = raw.slice(1, close);
    if (strict && (close !== raw.length - 1 || inner.includes('\\') || (q === "'" && raw[close + 1] === "'")))
      return undefined;
    return { value: inner, start: start + 1, end: start + 1 + inner.length };
  }
  if (strict && (/\s#/.test(raw) || /^[[\]{}|>&*!%@`,]/.test(raw) || /:\s/.test(raw))) return undefined;
  const text = raw.replace(/\s+#.*$/, '').trimEnd();
  return { value: plainScalar(text), start, end: start + text.length };
}

function plainScalar(text: string): Scalar {
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^(null|Null|NULL|~)$/.test(text) || text === '') return null;
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
