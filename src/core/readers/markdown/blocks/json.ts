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
  const s = new Scanner(text);
  try {
    return { entries: s.object(), errorAt: 0, message: '' };
  } catch (err) {
    if (err instanceof JsonError) return { errorAt: Math.min(err.at, text.length), message: err.message };
    throw err;
  }
}

/**
 * The scanner's position is a field, copied to a local in each loop: the closures this replaced kept it in a shared
 * context, loaded and stored per character (the scanner sees every character of every JSON block).
 */
class Scanner {
  private i = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  object(): Entry[] {
    const text = this.text;
    this.ws();
    if (text.charCodeAt(this.i) !== 123) this.fail('expected an object');
    this.i++;
    this.depth = 1;
    const entries: Entry[] = [];
    this.ws();
    if (text.charCodeAt(this.i) === 125) return entries;
    for (;;) {
      this.ws();
      if (text.charCodeAt(this.i) !== 34) this.fail('expected a key');
      const key = this.str();
      this.ws();
      if (text.charCodeAt(this.i++) !== 58) this.fail('expected ":"');
      entries.push({ key, value: this.value() });
      this.ws();
      if (text.charCodeAt(this.i) === 44) {
        this.i++;
        continue;
      }
      if (text.charCodeAt(this.i) === 125) break;
      this.fail('expected "," or "}"');
    }
    this.i++;
    this.ws();
    if (this.i < text.length) this.fail('text after the closing brace');
    return entries;
  }

  private fail(what: string): never {
    throw new JsonError(this.i, what);
  }

  private ws(): void {
    const text = this.text;
    let i = this.i;
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
    this.i = i;
  }

  /** The string that starts at the scanner's quote; the scanner stops after its closing quote. */
  private str(): string {
    const text = this.text;
    const start = this.i + 1;
    let i = start;
    let escaped = false;
    for (let c = text.charCodeAt(i); i < text.length && c !== 34 /* " */; c = text.charCodeAt(i)) {
      if (c === 10) {
        this.i = i;
        this.fail('line break inside a string');
      }
      if (c === 92) {
        escaped = true;
        i++;
      }
      i++;
    }
    this.i = i;
    if (i >= text.length) this.fail('unterminated string');
    const end = i;
    this.i = end + 1;
    if (!escaped) return text.slice(start, end);
    let decoded: unknown;
    try {
      decoded = JSON.parse(text.slice(start - 1, end + 1));
    } catch {
      this.fail('bad escape');
    }
    return String(decoded);
  }

  private value(): Val {
    const text = this.text;
    this.ws();
    const c = text.charCodeAt(this.i);
    const start = this.i;
    if (c === 34 /* " */) {
      const value = this.str();
      return { kind: 'scalar', value, start: start + 1, end: this.i - 1 };
    }
    if (c === 123 /* { */ || c === 91 /* [ */) return this.container(c, start);
    const end = literalEnd(text, start);
    if (end < 0) this.fail('unexpected character');
    this.i = end;
    // The literal's first letter says which one it is; only a number is sliced.
    const v: Scalar =
      c === 116 /* t */ ? true : c === 102 /* f */ ? false : c === 110 /* n */ ? null : Number(text.slice(start, end));
    return { kind: 'scalar', value: v, start, end };
  }

  private container(c: number, start: number): Val {
    const text = this.text;
    if (++this.depth > 200) this.fail('nested too deeply');
    const close = c === 123 ? 125 /* } */ : 93; /* ] */
    const items: ScalarAt[] = [];
    this.i++;
    this.ws();
    if (text.charCodeAt(this.i) === close) {
      this.i++;
      this.depth--;
      return c === 91 ? { kind: 'seq', items, start, end: this.i } : { kind: 'other', start, end: this.i };
    }
    for (;;) {
      if (c === 123) {
        this.ws();
        if (text.charCodeAt(this.i) !== 34) this.fail('expected a key');
        this.str();
        this.ws();
        if (text.charCodeAt(this.i++) !== 58 /* : */) this.fail('expected ":"');
      }
      const v = this.value();
      if (v.kind === 'scalar') items.push(v);
      this.ws();
      if (text.charCodeAt(this.i) === 44 /* , */) {
        this.i++;
        continue;
      }
      if (text.charCodeAt(this.i) === close) {
        this.i++;
        break;
      }
      this.fail(`expected "," or "${String.fromCharCode(close)}"`);
    }
    this.depth--;
    return c === 91 ? { kind: 'seq', items, start, end: this.i } : { kind: 'other', start, end: this.i };
  }
}

const LITERAL = /(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/y;

/**
 * Where the literal at `at` ends, read within its next 40 characters (a longer one is cut there, and the scan then
 * fails), or -1. A sticky test, not exec: no match array per literal.
 */
function literalEnd(text: string, at: number): number {
  LITERAL.lastIndex = at;
  if (!LITERAL.test(text)) return -1;
  // Within 40 characters the sticky match is the one of the 40-character slice; a longer one is read on the slice.
  if (LITERAL.lastIndex - at < 40) return LITERAL.lastIndex;
  const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 40));
  return m ? at + m[0].length : -1;
}
