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
/** Numbers per line: line, column, value length, and key << 16 | field << 8 | flags. */
const STRIDE = 4;

/** Names by number (capped: a name past the cap keeps its line an object). */
class Names {
  readonly names: Array<string | undefined> = [undefined]; // 0: none
  private readonly numbers = new Map<string, number>();
  constructor(private readonly max: number) {}
  /** The name's number, or -1 past the cap. */
  numberOf(name: string | undefined): number {
    if (name === undefined) return 0;
    let n = this.numbers.get(name);
    if (n === undefined) {
      if (this.names.length >= this.max) return -1;
      n = this.names.length;
      this.names.push(name);
      this.numbers.set(name, n);
    }
    return n;
  }
}
/** The fields, for every store (a few dozen constants). */
const FIELDS = new Names(0x100);

/**
 * A document shorter than this keeps its lines as objects: its read fits between two scavenges, and numbers would
 * only cost the making of each line again.
 */
const MIN_COMPACT_LINES = 2000;

export class KvLines {
  length = 0;
  /** One array for all lines' numbers (STRIDE each): one allocation per store and per growth. */
  private data = new Int32Array(0);
  /** Every line as its object, in a store that is not compact. */
  private readonly all: KvLine[] | undefined;
  private objects: Map<number, KvLine> | undefined;
  /** This store's keys (keyInfo's strings, mostly; a heading that is a key gives its text, kept no longer than this). */
  private readonly keys = new Names(0x8000);

  /** `texts[line - 1]` is the text a compact line's value is a slice of. */
  constructor(
    private readonly texts: readonly string[],
    compact = texts.length >= MIN_COMPACT_LINES,
  ) {
    if (compact) this.data = new Int32Array(32 * STRIDE);
    else this.all = [];
  }

  static of(texts: readonly string[], kv: Iterable<KvLine>, compact?: boolean): KvLines {
    const out = new KvLines(texts, compact);
    for (const k of kv) out.push(k);
    return out;
  }

  /** Adds a line (after the others: the caller keeps line order). */
  push(k: KvLine): void {
    if (this.all) {
      this.all.push(k);
      this.length++;
      return;
    }
    const i = this.length;
    let at = i * STRIDE;
    if (at === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const text = this.texts[k.line - 1];
    const field = FIELDS.numberOf(k.field);
    const key =
      k.id === undefined && text !== undefined && text.startsWith(k.value, k.column - 1)
        ? this.keys.numberOf(k.key)
        : -1;
    const compact = key >= 0 && field >= 0;
    const data = this.data;
    data[at++] = k.line;
    data[at++] = k.column;
    data[at++] = k.value.length;
    data[at] =
      ((compact ? key : 0) << 16) |
      ((field < 0 ? 0 : field) << 8) |
      (k.idKey ? ID_KEY : 0) |
      (k.scopeOnly ? SCOPE_ONLY : 0) |
      (compact ? 0 : AS_OBJECT);
    if (!compact) (this.objects ??= new Map()).set(i, k);
    this.length++;
  }

  lineAt(i: number): number {
    if (this.all) return this.all[i].line;
    return this.data[i * STRIDE];
  }

  fieldAt(i: number): FactField | undefined {
    if (this.all) return this.all[i].field;
    const packed = this.data[i * STRIDE + 3];
    return packed & AS_OBJECT
      ? this.objects!.get(i)!.field
      : (FIELDS.names[(packed >> 8) & 0xff] as FactField | undefined);
  }

  hasId(i: number): boolean {
    if (this.all) return this.all[i].id !== undefined;
    return this.objects?.get(i)?.id !== undefined;
  }

  scopeOnlyAt(i: number): boolean {
    if (this.all) return this.all[i].scopeOnly === true;
    return (this.data[i * STRIDE + 3] & SCOPE_ONLY) !== 0;
  }

  /** The line as a KvLine (a new object for a compact one). */
  at(i: number): KvLine {
    if (this.all) return this.all[i];
    const at = i * STRIDE;
    const data = this.data;
    const packed = data[at + 3];
    if (packed & AS_OBJECT) return this.objects!.get(i)!;
    const line = data[at];
    const column = data[at + 1];
    const value = this.texts[line - 1].slice(column - 1, column - 1 + data[at + 2]);
    const key = this.keys.names[packed >>> 16]!;
    const field = FIELDS.names[(packed >> 8) & 0xff] as FactField | undefined;
    const k: KvLine = { line, key, value, column, field, idKey: (packed & ID_KEY) !== 0 };
    if (packed & SCOPE_ONLY) k.scopeOnly = true;
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
    const out = new KvLines(this.texts, this.all === undefined);
    let j = 0;
    for (let i = 0; i < this.length; i++) {
      while (j < extra.length && extra[j].line < this.lineAt(i)) out.push(extra[j++]);
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
    const out = new KvLines(this.texts, this.all === undefined);
    for (let i = 0; i < this.length; i++) if (!this.scopeOnlyAt(i)) out.push(this.at(i));
    return out;
  }
}
