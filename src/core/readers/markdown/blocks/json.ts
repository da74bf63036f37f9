// A strict JSON scanner that keeps the offsets of every top-level value (JSON.parse forgets where things were).
import type { Entry, ScalarAt, Scalar, Val } from './types';

class JsonError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** A strict JSON object's members with value offsets; nested objects are skipped over. */
export function scanJson(text: string): { entries?: Entry[]; errorAt: number; message: string } {
  let i = 0;
  let depth = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const fail = (what: string): never => {
    throw new JsonError(i, what);
  };
  const str = (): ScalarAt => {
    const start = ++i;
    let escaped = false;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c === 10) fail('line break inside a string');
      if (c === 92) {
        escaped = true;
        i++;
      }
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    const end = i++;
    if (!escaped) return { value: text.slice(start, end), start, end };
    let decoded: unknown;
    try {
      decoded = JSON.parse(text.slice(start - 1, end + 1));
    } catch {
      fail('bad escape');
    }
    return { value: String(decoded), start, end };
  };
  const value = (): Val => {
    ws();
    const c = text[i];
    const start = i;
    if (c === '"') return { kind: 'scalar', ...str() };
    if (c === '{' || c === '[') {
      if (++depth > 200) fail('nested too deeply');
      const close = c === '{' ? '}' : ']';
      const items: ScalarAt[] = [];
      i++;
      ws();
      if (text[i] === close) {
        i++;
        depth--;
        return c === '[' ? { kind: 'seq', items, start, end: i } : { kind: 'other', start, end: i };
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail('expected a key');
          str();
          ws();
          if (text[i++] !== ':') fail('expected ":"');
        }
        const v = value();
        if (v.kind === 'scalar') items.push(v);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          break;
        }
        fail(`expected "," or "${close}"`);
      }
      depth--;
      return c === '[' ? { kind: 'seq', items, start, end: i } : { kind: 'other', start, end: i };
    }
    const lit = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 40));
    if (!lit) fail('unexpected character');
    i += lit![0].length;
    const raw = lit![0];
    const v: Scalar = raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : Number(raw);
    return { kind: 'scalar', value: v, start, end: i };
  };
  try {
    ws();
    if (text[i] !== '{') fail('expected an object');
    i++;
    depth = 1;
    const entries: Entry[] = [];
    ws();
    if (text[i] === '}') return { entries, errorAt: 0, message: '' };
    for (;;) {
      ws();
      if (text[i] !== '"') fail('expected a key');
      const key = str();
      ws();
      if (text[i++] !== ':') fail('expected ":"');
      entries.push({ key: String(key.value), value: value() });
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') break;
      fail('expected "," or "}"');
    }
    i++;
    ws();
    if (i < text.length) fail('text after the closing brace');
    return { entries, errorAt: 0, message: '' };
  } catch (err) {
    if (err instanceof JsonError) return { errorAt: Math.min(err.at, text.length), message: err.message };
    throw err;
  }
}
