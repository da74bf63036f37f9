// A small tree for parsed JSON/YAML with source offsets (the `yaml` library's own node classes cost too much
// garbage at 10,000 efforts), plus typed getters and 1-based spans.
import type { Located, Span } from '../../model/model';
import type { LineIndex } from '../../model/span';

export interface SScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** Written in quotes (`"x"` or `'x'`): the span of its text leaves them out. */
  quoted: boolean;
  /** The number as written (`1.10`), when value is a number. */
  source?: string;
  start: number;
  end: number;
}
export interface SPair {
  key: SScalar;
  value: SNode | null;
}
export interface SMap {
  kind: 'map';
  pairs: SPair[];
  /** `{…}` rather than block style. */
  flow: boolean;
  start: number;
  end: number;
}
export interface SSeq {
  kind: 'seq';
  items: SNode[];
  flow: boolean;
  start: number;
  end: number;
}
export type SNode = SScalar | SMap | SSeq;

/** Where a parsed document sits in its file: a salvaged YAML tail starts at `base`, not at offset 0. */
export interface NodeCtx {
  file: string;
  idx: LineIndex;
  base: number;
}

export const isMap = (n: unknown): n is SMap => (n as SNode | null)?.kind === 'map';
export const isSeq = (n: unknown): n is SSeq => (n as SNode | null)?.kind === 'seq';
export const isScalar = (n: unknown): n is SScalar => (n as SNode | null)?.kind === 'scalar';

/** One key of a mapping; the key's span is computed only when asked for. */
export class Entry {
  private span?: Span;
  constructor(
    private readonly ctx: NodeCtx,
    readonly keyNode: SScalar,
    /** Key as written. */
    readonly key: string,
    /** Key lower-cased with `-` and spaces as `_`, for matching. */
    readonly norm: string,
    readonly value: SNode | null,
  ) {}
  get keySpan(): Span {
    return (this.span ??= valueSpan(this.ctx, this.keyNode));
  }
}

export function normKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '_');
}

/** The whole written node, brackets and quotes included (callers pass nodes they found; null only defensively). */
export function nodeSpan(ctx: NodeCtx, node: SNode | null | undefined): Span {
  const start = ctx.base + (node?.start ?? 0);
  return ctx.idx.spanOf(ctx.file, start, Math.max(ctx.base + (node?.end ?? 0), start));
}

/** A scalar's text without its quotes (so an edit keeps them); other nodes as a whole. */
export function valueSpan(ctx: NodeCtx, node: SNode | null | undefined): Span {
  if (node?.kind === 'scalar' && node.quoted && node.end - node.start >= 2) {
    return ctx.idx.spanOf(ctx.file, ctx.base + node.start + 1, ctx.base + node.end - 1);
  }
  return nodeSpan(ctx, node);
}

/** Offset in the file where a scalar's text (inside quotes) begins. */
export function contentStart(ctx: NodeCtx, node: SScalar): number {
  return ctx.base + node.start + (node.quoted ? 1 : 0);
}

export function entries(ctx: NodeCtx, node: unknown): Entry[] {
  if (!isMap(node)) return [];
  const out: Entry[] = [];
  for (const pair of node.pairs) {
    const raw = pair.key.value;
    if (raw === null) continue;
    const key = String(raw);
    out.push(new Entry(ctx, pair.key, key, normKey(key), pair.value));
  }
  return out;
}

export function items(node: unknown): SNode[] {
  return isSeq(node) ? node.items : [];
}

/** First entry whose normalized key is one of `keys`. */
export function field(list: Entry[], ...keys: string[]): Entry | undefined {
  for (const key of keys) {
    const found = list.find((e) => e.norm === key);
    if (found) return found;
  }
  return undefined;
}

/** A non-empty string (numbers are written as text: `1.1` → "1.1"); `null`, `""` and `"null"` are absent. */
export function str(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') {
    const t = v.trim();
    return t && t.toLowerCase() !== 'null' ? t : undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return node.source ?? String(v);
  return undefined;
}

export function num(node: unknown): number | undefined {
  if (!isScalar(node)) return undefined;
  return typeof node.value === 'number' && Number.isFinite(node.value) ? node.value : undefined;
}

export function bool(node: unknown): boolean | undefined {
  return isScalar(node) && typeof node.value === 'boolean' ? node.value : undefined;
}

/** A located non-empty string; numbers and booleans are not text here (`"branch_name": 42` is a mistake). */
export function locatedStr(ctx: NodeCtx, node: unknown): Located<string> | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const value = str(node);
  return value === undefined ? undefined : { value, span: valueSpan(ctx, node) };
}

/** `2`, `"2"`, `"phase2"`, `"wave_2"`, `"Phase 2"` → 2. */
export function locatedInt(ctx: NodeCtx, node: unknown): Located<number> | undefined {
  if (!isScalar(node)) return undefined;
  const n = num(node);
  if (n !== undefined) return Number.isInteger(n) && n >= 0 ? { value: n, span: valueSpan(ctx, node) } : undefined;
  const s = typeof node.value === 'string' ? str(node) : undefined;
  const m = s === undefined ? null : NUMBERED_WORD.exec(s);
  return m ? { value: Number(m[1]), span: valueSpan(ctx, node) } : undefined;
}
const NUMBERED_WORD = /^(?:[a-z]+[\s_-]*)?(\d{1,4})$/i;

/** The number in a key such as `phase_2`, `phase2`, `wave_1`, `wave1`. */
export function keyNumber(key: string, word: 'phase' | 'wave'): number | undefined {
  const m = (word === 'phase' ? PHASE_KEY : WAVE_KEY).exec(key.trim());
  return m ? Number(m[1]) : undefined;
}
const PHASE_KEY = /^phase[\s_-]*(\d{1,4})$/i;
const WAVE_KEY = /^wave[\s_-]*(\d{1,4})$/i;
