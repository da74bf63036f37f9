// The metadata lines of a document, in line order, kept as numbers: an object and a value string for each of a
// 100,000-effort plan's 200,000 lived through its whole read, and the scavenger copied every one of them twice. A
// reader asks for a line's number and field first (most skip most lines) and gets its KvLine, made anew, only then.
import type { FactField } from '../../../model/model';

/** One metadata line: `**Key**: value`, a table row, a heading that is a key. */
export interface KvLine {
  line: number;
  key: string;
  /** The value as written (may be empty when a list follows), starting at 1-based `column`. */
  value: string;
  column: number;
  field?: FactField;
  /** The key names its scope (`**Wave Status**:`): the line speaks for a wave or phase, never for an effort. */
  scopeOnly?: boolean;
  /** `Effort`, `Effort ID`: the value may name the effort itself. */
  idKey: boolean;
  /** For `Effort`/`Effort ID` values that carry an id: the id and where it is. */
  id?: { value: string; column: number; length: number };
}

const ID_KEY = 1;
const SCOPE_ONLY = 2;
/** Kept as its object: a value that is no slice of its line's text (an id, a table cell, a heading's key). */
const AS_OBJECT = 4;

export class KvLines {
  length = 0;
  private lines = new Int32Array(16);
  private columns = new Int32Array(16);
  private valueLengths = new Int32Array(16);
  private keys = new Uint16Array(16);
  private fields = new Uint16Array(16);
  private flags = new Uint8Array(16);
  /** Keys and fields by number (index 0 of `names` stands for no field). */
  private readonly names: Array<string | undefined> = [undefined];
  private readonly numbers = new Map<string, number>();
  private readonly objects = new Map<number, KvLine>();

  /** `texts[line - 1]` is the text a compact line's value is a slice of. */
  constructor(private readonly texts: readonly string[]) {}

  static of(texts: readonly string[], kv: Iterable<KvLine>): KvLines {
    const out = new KvLines(texts);
    for (const k of kv) out.push(k);
    return out;
  }

  /** Adds a line (after the others: the caller keeps line order). */
  push(k: KvLine): void {
    const i = this.length;
    if (i === this.lines.length) this.grow();
    const text = this.texts[k.line - 1];
    // A key that is no canonical string of the few a plan writes would fill the table: kept as an object then.
    const compact =
      k.id === undefined &&
      text !== undefined &&
      text.startsWith(k.value, k.column - 1) &&
      (this.numbers.has(k.key) || this.names.length < 4096);
    this.lines[i] = k.line;
    this.fields[i] = this.number(k.field);
    this.flags[i] = (k.idKey ? ID_KEY : 0) | (k.scopeOnly ? SCOPE_ONLY : 0) | (compact ? 0 : AS_OBJECT);
    if (compact) {
      this.columns[i] = k.column;
      this.valueLengths[i] = k.value.length;
      this.keys[i] = this.number(k.key);
    } else this.objects.set(i, k);
    this.length++;
  }

  lineAt(i: number): number {
    return this.lines[i];
  }

  fieldAt(i: number): FactField | undefined {
    return this.names[this.fields[i]] as FactField | undefined;
  }

  hasId(i: number): boolean {
    return this.objects.get(i)?.id !== undefined;
  }

  scopeOnlyAt(i: number): boolean {
    return (this.flags[i] & SCOPE_ONLY) !== 0;
  }

  /** The line as a KvLine (a new object for a compact one). */
  at(i: number): KvLine {
    const flags = this.flags[i];
    if (flags & AS_OBJECT) return this.objects.get(i)!;
    const line = this.lines[i];
    const column = this.columns[i];
    const value = this.texts[line - 1].slice(column - 1, column - 1 + this.valueLengths[i]);
    const key = this.names[this.keys[i]]!;
    const field = this.fieldAt(i);
    const k: KvLine = { line, key, value, column, field, idKey: (flags & ID_KEY) !== 0 };
    if (flags & SCOPE_ONLY) k.scopeOnly = true;
    return k;
  }

  toArray(): KvLine[] {
    const out: KvLine[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }

  /** These lines and `extra` (in line order) merged in line order, these first on a line both hold. */
  withExtra(extra: readonly KvLine[]): KvLines {
    if (!extra.length) return this;
    const out = new KvLines(this.texts);
    let j = 0;
    for (let i = 0; i < this.length; i++) {
      while (j < extra.length && extra[j].line < this.lines[i]) out.push(extra[j++]);
      out.push(this.at(i));
    }
    while (j < extra.length) out.push(extra[j++]);
    return out;
  }

  /** The lines that are not scopeOnly (this store when there are none). */
  withoutScopeOnly(): KvLines {
    let any = false;
    for (let i = 0; i < this.length && !any; i++) any = this.scopeOnlyAt(i);
    if (!any) return this;
    const out = new KvLines(this.texts);
    for (let i = 0; i < this.length; i++) if (!this.scopeOnlyAt(i)) out.push(this.at(i));
    return out;
  }

  private number(name: string | undefined): number {
    if (name === undefined) return 0;
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.length;
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const grown = <A extends Int32Array | Uint16Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.lines = grown(this.lines, (n) => new Int32Array(n));
    this.columns = grown(this.columns, (n) => new Int32Array(n));
    this.valueLengths = grown(this.valueLengths, (n) => new Int32Array(n));
    this.keys = grown(this.keys, (n) => new Uint16Array(n));
    this.fields = grown(this.fields, (n) => new Uint16Array(n));
    this.flags = grown(this.flags, (n) => new Uint8Array(n));
  }
}
