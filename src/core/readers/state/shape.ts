// Checks parsed documents against the lenient file-format schemas; each violation is located at the offending value.
import { appendAll } from '../../model/arrays';
import type { z } from 'zod';
import type { PlanDiagnostic } from '../../model/model';
import { metadataDiagnostic, type ParsedRoot } from './parse';
import { isMap, isScalar, isSeq, nodeSpan, valueSpan, type SNode } from './nodes';

/** Enough to see the pattern without flooding the Problems view. */
const MAX_SHAPE_DIAGNOSTICS = 20;

interface Issue {
  path: PropertyKey[];
  message: string;
}

export function shapeDiagnostics(roots: ParsedRoot[], schema: z.ZodType, format: string): PlanDiagnostic[] {
  const out: PlanDiagnostic[] = [];
  let total = 0;
  for (const root of roots) {
    if (!isMap(root.node)) continue;
    let value: unknown;
    try {
      value = root.toJS();
    } catch {
      continue; // alias bombs and the like were already reported by the parser
    }
    const result = schema.safeParse(value);
    if (result.success) continue;
    for (const issue of flatten(result.error.issues as unknown as RawIssue[], [])) {
      total++;
      if (out.length >= MAX_SHAPE_DIAGNOSTICS) continue;
      const node = nodeAt(root.node, issue.path);
      const span = isScalar(node) ? valueSpan(root.ctx, node) : keyOrNodeSpan(root, issue.path, node);
      const where = issue.path.map(String).join('.');
      out.push(
        metadataDiagnostic(span, `\`${where}\` does not match the ${format} format: ${issue.message}.`, 'warning'),
      );
    }
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column);
  if (total > out.length && out.length) {
    const last = out[out.length - 1];
    last.message += ` (${total - out.length} more like this not shown)`;
  }
  return out;
}

interface RawIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  errors?: RawIssue[][];
}

/** Unions report one issue per branch; when exactly one branch had the right type, its nested issues are the real ones. */
function flatten(issues: RawIssue[], base: PropertyKey[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors) {
      const typeMatched = issue.errors.filter(
        (branch) => !branch.some((b) => b.path.length === 0 && b.code === 'invalid_type'),
      );
      if (typeMatched.length === 1) {
        appendAll(out, flatten(typeMatched[0], path));
        continue;
      }
      const expected = [
        ...new Set(
          issue.errors.flatMap((branch) =>
            branch.filter((b) => b.path.length === 0 && b.expected).map((b) => b.expected as string),
          ),
        ),
      ];
      const received = /received (\w+)/.exec(issue.errors[0]?.[0]?.message ?? '')?.[1];
      out.push({
        path,
        message: expected.length
          ? `expected ${expected.join(' or ')}${received ? `, received ${received}` : ''}`
          : 'unexpected value',
      });
      continue;
    }
    out.push({ path, message: issue.message.replace(/^Invalid input: /, '') });
  }
  return out;
}

function nodeAt(root: SNode, path: PropertyKey[]): SNode {
  let node: SNode = root;
  for (const key of path) {
    let next: SNode | null | undefined;
    if (isMap(node)) next = node.pairs.find((p) => String(p.key.value) === String(key))?.value;
    else if (isSeq(node) && typeof key === 'number') next = node.items[key];
    if (!next) break;
    node = next;
  }
  return node;
}

/** Collections are marked on their key (a whole object would underline half the file). */
function keyOrNodeSpan(root: ParsedRoot, path: PropertyKey[], node: SNode) {
  if (path.length) {
    const parent = nodeAt(root.node as SNode, path.slice(0, -1));
    if (isMap(parent)) {
      const pair = parent.pairs.find((p) => String(p.key.value) === String(path[path.length - 1]));
      if (pair && pair.value === node) return valueSpan(root.ctx, pair.key);
    }
  }
  return nodeSpan(root.ctx, node);
}
