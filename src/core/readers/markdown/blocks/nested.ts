// One effort's fields one level down in a metadata block: `"effort": {"id": …, "name": …}`, `"size": {"estimate": 480}`.
import type { Entry, Val } from './types';

// Keys whose object holds one effort's own fields (`effort: {id, name}`) or its sizes (`size: {estimate, actual}`).
const NESTED_FIELDS = /^(?:effort|metadata|effort[_ ]metadata)$/i;
const SIZE_OBJECT = /^(?:size|loc|lines)$/i;
const SIZE_KEYS: Record<string, string> = {
  estimate: 'estimated lines',
  estimated: 'estimated lines',
  actual: 'actual lines',
};

/** The entries with those objects opened one level: their keys as if written at the top, offsets in the block. */
export function withNestedFields(
  entries: Entry[],
  text: string,
  parse: (t: string) => { entries: Entry[]; error?: unknown },
): Entry[] {
  if (!entries.some((e) => e.value.kind === 'other' && (NESTED_FIELDS.test(e.key) || SIZE_OBJECT.test(e.key))))
    return entries;
  const out: Entry[] = [];
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const size = SIZE_OBJECT.test(e.key);
    if (e.value.kind !== 'other' || !(size || NESTED_FIELDS.test(e.key))) {
      out.push(e);
      continue;
    }
    const inner = parse(text.slice(e.value.start, e.value.end));
    if (inner.error) continue;
    for (const sub of inner.entries) {
      const key = size ? SIZE_KEYS[sub.key.trim().toLowerCase()] : sub.key;
      if (key) out.push({ key, value: shifted(sub.value, e.value.start) });
    }
  }
  return out;
}

function shifted(v: Val, by: number): Val {
  if (v.kind === 'seq')
    return {
      ...v,
      start: v.start + by,
      end: v.end + by,
      items: v.items.map((i) => ({ ...i, start: i.start + by, end: i.end + by })),
    };
  return { ...v, start: v.start + by, end: v.end + by };
}
