// The `yaml` library's documents → the reader's small node tree (aliases dropped; merge keys expanded, bounded).
import { yamlLib } from '../yamlLib';
import type { SNode, SPair, SScalar } from './nodes';

export function errorText(message: string): string {
  // prettyErrors is off, but keep only the first sentence of multi-line messages.
  const raw = message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  const plain = PLAIN_WORDS.find(([pattern]) => pattern.test(raw))?.[1];
  // The plain words end the first sentence, so it stays short; the parser's own words follow it.
  return plain ? `${plain}. The YAML parser says “${raw}”` : raw;
}

// The parser's own words for the mistakes agents make most, said as an author would understand them.
const PLAIN_WORDS: Array<[RegExp, string]> = [
  [/^Unexpected scalar at node end/, 'text after a complete value, such as a note after a closing quote'],
  [/^Nested mappings are not allowed in compact mappings/, 'a second "key:" on one line (`a: b: c`)'],
  [/^Implicit keys need to be on a single line/, 'a line that is neither "key: value" nor a list item'],
  [/^Missing closing "?quote/, 'a quote that is never closed'],
  [/^Map keys must be unique/, 'the same key twice'],
  [/^All mapping items must start at the same column/, 'keys of one block at different indents'],
];

/** Anchored nodes met so far, and how many merge keys were expanded (bounded: merges can nest like alias bombs). */
interface Merging {
  anchors: Map<string, unknown>;
  merges: number;
}
const MAX_MERGES = 100;

/**
 * `yaml` nodes → the reader's small tree. Aliases and keys that are not text-like are dropped, not expanded; the
 * offsets of dropped collection keys (`[a]: 1`) go to `droppedKeys`, so the reader can say so. A merge key
 * (`<<: *defaults`) adds the anchored mapping's keys the mapping does not set itself, located where they are written.
 */
export function fromYaml(
  node: unknown,
  droppedKeys?: number[],
  merging: Merging = { anchors: new Map(), merges: 0 },
): SNode | undefined {
  const { isMap: isYamlMap, isPair, isScalar: isYamlScalar, isSeq: isYamlSeq, isAlias, Scalar } = yamlLib();
  const range = (node as { range?: [number, number, number] } | null)?.range ?? [0, 0, 0];
  const anchor = (node as { anchor?: string } | null)?.anchor;
  if (anchor) merging.anchors.set(anchor, node);
  if (isYamlScalar(node)) {
    const v = node.value;
    const value =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    const scalar: SScalar = { kind: 'scalar', value, quoted, start: range[0], end: range[1] };
    if (typeof value === 'number' && typeof node.source === 'string') scalar.source = node.source;
    return scalar;
  }
  if (isYamlMap(node)) {
    const pairs: SPair[] = [];
    const merged: SPair[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = fromYaml(pair.key, undefined, merging);
      if (key?.kind !== 'scalar') {
        if (key) droppedKeys?.push(key.start);
        continue;
      }
      if (key.value === '<<' && !key.quoted) {
        const sources = isYamlSeq(pair.value) ? pair.value.items : [pair.value];
        for (const source of sources) {
          const target = isAlias(source) ? merging.anchors.get(source.source) : undefined;
          if (!isYamlMap(target) || merging.merges >= MAX_MERGES) continue;
          merging.merges++;
          const from = fromYaml(target, undefined, merging);
          if (from?.kind === 'map') for (const p of from.pairs) merged.push(p);
        }
        continue;
      }
      pairs.push({ key, value: fromYaml(pair.value, droppedKeys, merging) ?? null });
    }
    // Own keys win over merged ones, as YAML's merge key has it; the first merged source wins among them.
    const own = new Set(pairs.map((p) => p.key.value));
    for (const p of merged) {
      if (own.has(p.key.value)) continue;
      own.add(p.key.value);
      pairs.push(p);
    }
    return { kind: 'map', pairs, flow: Boolean(node.flow), start: range[0], end: range[1] };
  }
  if (isYamlSeq(node)) {
    const items = node.items
      .map((item) => fromYaml(item, droppedKeys, merging))
      .filter((n): n is SNode => n !== undefined);
    return { kind: 'seq', items, flow: Boolean(node.flow), start: range[0], end: range[1] };
  }
  return undefined; // aliases and anything else: not expanded, not read
}

/** Start of the quoted scalar that runs to `end` (the one a missing closing quote swallowed the rest into). */
export function unclosedQuoteStart(node: SNode | undefined, end: number): number | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.quoted && node.end >= end ? node.start : undefined;
  const children = node.kind === 'map' ? node.pairs.flatMap((p) => (p.value ? [p.key, p.value] : [p.key])) : node.items;
  for (let i = children.length - 1; i >= 0; i--) {
    const found = unclosedQuoteStart(children[i], end);
    if (found !== undefined) return found;
  }
  return undefined;
}
