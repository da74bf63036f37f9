// The `yaml` library's documents → the reader's small node tree (aliases dropped, never expanded).
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

/**
 * `yaml` nodes → the reader's small tree. Aliases and keys that are not text-like are dropped, not expanded; the
 * offsets of dropped collection keys (`[a]: 1`) go to `droppedKeys`, so the reader can say so.
 */
export function fromYaml(node: unknown, droppedKeys?: number[]): SNode | undefined {
  const { isMap: isYamlMap, isPair, isScalar: isYamlScalar, isSeq: isYamlSeq, Scalar } = yamlLib();
  const range = (node as { range?: [number, number, number] } | null)?.range ?? [0, 0, 0];
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
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = fromYaml(pair.key);
      if (key?.kind !== 'scalar') {
        if (key) droppedKeys?.push(key.start);
        continue;
      }
      pairs.push({ key, value: fromYaml(pair.value, droppedKeys) ?? null });
    }
    return { kind: 'map', pairs, flow: Boolean(node.flow), start: range[0], end: range[1] };
  }
  if (isYamlSeq(node)) {
    const items = node.items.map((item) => fromYaml(item, droppedKeys)).filter((n): n is SNode => n !== undefined);
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
