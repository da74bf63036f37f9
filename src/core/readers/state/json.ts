// Fast path for valid JSON: the `yaml` parser costs ~0.4 ms per KB, so text that JSON.parse accepts is turned into
// nodes with source offsets by this small scanner instead (~20× faster).
import type { SMap, SNode, SScalar, SSeq } from './nodes';

export interface JsonTree {
  node: SNode;
  value: unknown;
}

/** Thrown by the scanner when nesting passes the limit; JSON.parse itself copes with any depth. */
class TooDeep {
  constructor(readonly offset: number) {}
}

/**
 * Nodes for `text` when it is valid JSON, `{ tooDeep }` when it nests deeper than `maxDepth`, else undefined.
 */
export function parseJsonTree(text: string, maxDepth: number): JsonTree | { tooDeep: number } | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let value: unknown;
  try {
    value = JSON.parse(start ? text.slice(start) : text);
  } catch {
    return undefined;
  }
  try {
    return { node: new Scanner(text, start, maxDepth).value(0), value };
  } catch (err) {
    if (err instanceof TooDeep) return { tooDeep: err.offset };
    throw err;
  }
}

/** JSON whose first non-space character opens an object or array (worth trying to relax before falling back to YAML). */
export function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[{[]/.test(text);
}

class Scanner {
  constructor(
    private readonly text: string,
    private pos: number,
    private readonly maxDepth: number,
  ) {}

  private skipSpace(): void {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos);
  }

  value(depth: number): SNode {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === 123 || c === 91) {
      if (depth >= this.maxDepth) throw new TooDeep(this.pos);
      return c === 123 ? this.object(depth + 1) : this.array(depth + 1);
    }
    if (c === 34) return this.string();
    return this.literal();
  }

  private object(depth: number): SMap {
    const start = this.pos++;
    const pairs: SMap['pairs'] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125) this.pos++;
    else {
      for (;;) {
        this.skipSpace();
        const key = this.string();
        this.skipSpace();
        this.pos++; // ':'
        pairs.push({ key, value: this.value(depth) });
        this.skipSpace();
        if (this.text.charCodeAt(this.pos++) === 125) break; // else ','
      }
    }
    return { kind: 'map', pairs, flow: true, start, end: this.pos };
  }

  private array(depth: number): SSeq {
    const start = this.pos++;
    const items: SNode[] = [];
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93) this.pos++;
    else {
      for (;;) {
        items.push(this.value(depth));
        this.skipSpace();
        if (this.text.charCodeAt(this.pos++) === 93) break; // else ','
      }
    }
    return { kind: 'seq', items, flow: true, start, end: this.pos };
  }

  private string(): SScalar {
    const t = this.text;
    const start = this.pos;
    let k = start + 1;
    let escaped = false;
    for (;;) {
      const c = t.charCodeAt(k);
      if (c === 92) {
        escaped = true;
        k += 2;
      } else if (c === 34) break;
      else k++;
    }
    const end = k + 1;
    this.pos = end;
    const value = escaped ? (JSON.parse(t.slice(start, end)) as string) : t.slice(start + 1, k);
    return { kind: 'scalar', value, quoted: true, start, end };
  }

  private literal(): SScalar {
    const t = this.text;
    const start = this.pos;
    let k = start;
    for (;;) {
      const c = t.charCodeAt(k);
      // Literals end at a delimiter or whitespace (the text is known to be valid JSON).
      if (k >= t.length || c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9) break;
      k++;
    }
    const source = t.slice(start, k);
    this.pos = k;
    const value = source === 'true' ? true : source === 'false' ? false : source === 'null' ? null : Number(source);
    return typeof value === 'number'
      ? { kind: 'scalar', value, quoted: false, source, start, end: k }
      : { kind: 'scalar', value, quoted: false, start, end: k };
  }
}
