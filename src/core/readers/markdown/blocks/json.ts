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
  // Char codes throughout: this scanner sees every character of every JSON block.
  const ws = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  const fail = (what: string): never => {
    throw new JsonError(i, what);
  };
  const str = (): ScalarAt => {
    const start = ++i;
    let escaped = false;
    for (let c = text.charCodeAt(i); i < text.length && c !== 34 /* " */; c = text.charCodeAt(i)) {
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
    const c = text.charCodeAt(i);
    const start = i;
    if (c === 34 /* " */) {
      const s = str();
      return { kind: 'scalar', value: s.value, start: s.start, end: s.end };
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > 200) fail('nested too deeply');
      const close = c === 123 ? 125 /* } */ : 93; /* ] */
      const items: ScalarAt[] = [];
      i++;
      ws();
      if (text.charCodeAt(i) === close) {
        i++;
        depth--;
        return c === 91 ? { kind: 'seq', items, start, end: i } : { kind: 'other', start, end: i };
      }
      for (;;) {
        if (c === 123) {
          ws();
          if (text.charCodeAt(i) !== 34) fail('expected a key');
          str();
          ws();
          if (text.charCodeAt(i++) !== 58 /* : */) fail('expected ":"');
        }
        const v = value();
        if (v.kind === 'scalar') items.push(v);
        ws();
        if (text.charCodeAt(i) === 44 /* , */) {
          i++;
          continue;
        }
        if (text.charCodeAt(i) === close) {
          i++;
          break;
        }
        fail(`expected "," or "${String.fromCharCode(close)}"`);
      }
      depth--;
      return c === 91 ? { kind: 'seq', items, start, end: i } : { kind: 'other', start, end: i };
    }
    const raw = literalAt(text, i);
    if (raw === undefined) fail('unexpected character');
    i += raw!.length;
    const v: Scalar = raw === 'true' ? true : raw === 'false' ? false : raw === 'null' ? null : Number(raw);
    return { kind: 'scalar', value: v, start, end: i };
  };
  try {
    ws();
    if (text.charCodeAt(i) !== 123) fail('expected an object');
    i++;
    depth = 1;
    const entries: Entry[] = [];
    ws();
    if (text.charCodeAt(i) === 125) return { entries, errorAt: 0, message: '' };
    for (;;) {
      ws();
      if (text.charCodeAt(i) !== 34) fail('expected a key');
      const key = str();
      ws();
      if (text.charCodeAt(i++) !== 58) fail('expected ":"');
      entries.push({ key: String(key.value), value: value() });
      ws();
      if (text.charCodeAt(i) === 44) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === 125) break;
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

const LITERAL = /(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;

/** The literal at `at`, read within its next 40 characters (a longer one is cut there, and the scan then fails). */
function literalAt(text: string, at: number): string | undefined {
  LITERAL.lastIndex = at;
  const m = LITERAL.exec(text);
  if (!m) return undefined;
  // Within 40 characters the sticky match is the one of the 40-character slice; a longer one is read on the slice.
  if (m[0].length < 40) return m[0];
  return /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 40))?.[0];
}
