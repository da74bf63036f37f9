// Top-level keys of a JSON or YAML metadata block with the offsets of every value: a fast JSON scanner, a fast
// line parser for the flat YAML agents write (strict, or tolerant for salvage), and the `yaml` package otherwise.
import type { Node as YamlNode } from 'yaml';
import { yamlLib } from '../../yamlLib';
import { errorText } from '../../state/yaml';
import { scanJson } from './json';
import { yamlLines } from './yamlLines';
import { parseYamlDocument } from '../../yamlGuarded';
import type { Entry, Parsed, Scalar, ScalarAt, Val } from './types';

export type { Entry, Parsed, ScalarAt } from './types';

/** JSON blocks: strict JSON first, then YAML (JSON with comments or trailing commas), then line salvage. */
export function parseJsonBlock(text: string): Parsed {
  const json = scanJson(text);
  if (json.entries) return { entries: json.entries };
  const viaYaml = parseWithYaml(text);
  if (!viaYaml.error) return viaYaml;
  return {
    entries: yamlLines(text, false) ?? [],
    error: { offset: json.errorAt, message: `not valid JSON (${json.message})` },
  };
}

/** YAML blocks and front matter: the fast line parser when it understands every line, else the `yaml` package. */
export function parseYamlBlock(text: string): Parsed {
  const fast = yamlLines(text, true);
  if (fast) return { entries: fast };
  const viaYaml = parseWithYaml(text);
  if (!viaYaml.error) return viaYaml;
  return { entries: yamlLines(text, false) ?? [], error: viaYaml.error };
}

function parseWithYaml(text: string): Parsed {
  let doc;
  try {
    // Guarded: no block can recurse the parser deep enough to overflow the stack or abort V8.
    const guarded = parseYamlDocument(text);
    if (guarded.cutAt !== undefined)
      return { entries: [], error: { offset: guarded.cutAt, message: 'nested too deeply to read' } };
    doc = guarded.doc;
  } catch (err) {
    return { entries: [], error: { offset: 0, message: err instanceof Error ? err.message : String(err) } };
  }
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { entries: [], error: { offset: e.pos[0], message: errorText(e.message) } };
  }
  const root = doc.contents;
  if (!yamlLib().isMap(root)) return { entries: [] };
  const entries: Entry[] = [];
  for (const pair of root.items) {
    const key = yamlLib().isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    entries.push({ key, value: fromYamlNode(pair.value as YamlNode | null) });
  }
  return { entries };
}

function scalarOf(node: YamlNode): ScalarAt | undefined {
  if (!yamlLib().isScalar(node) || !node.range) return undefined;
  const v = node.value;
  const value: Scalar =
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
  let [start, end] = node.range;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    start++;
    end--;
  }
  return { value, start, end: Math.max(start, end) };
}

function fromYamlNode(node: YamlNode | null): Val {
  if (!node || !node.range) return { kind: 'scalar', value: null, start: 0, end: 0 };
  const scalar = scalarOf(node);
  if (scalar) return { kind: 'scalar', ...scalar };
  if (yamlLib().isSeq(node)) {
    const items: ScalarAt[] = [];
    for (const item of node.items) {
      const s = scalarOf(item as YamlNode);
      if (s) items.push(s);
    }
    return { kind: 'seq', items, start: node.range[0], end: node.range[1] };
  }
  return { kind: 'other', start: node.range[0], end: node.range[1] };
}
