// Where each value of an effort came from, as people read it: `orchestrator-state-v3.json, line 759 (branch)`, with
// paths relative to the project folder. Shared by `inspect --json`, the tree tooltip and the hover.
import * as path from 'path';
import { EFFORT_FIELDS, type Effort, type EffortField } from '../model/model';
import { FIELD_LABELS } from '../project/precedence';

/** A path relative to root when inside it (with `/`), else as given. */
export function relativePath(file: string, root: string | undefined): string {
  if (!root) return file;
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/** A message with the absolute paths under root written relative to it. */
export function relativeMessage(message: string, root: string | undefined): string {
  if (!root) return message;
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return message.split(prefix).join('');
}

/** `{ branch: "orchestrator-state-v3.json:759", … }` for every field that has a value, in the model's field order. */
export function originsOf(effort: Effort, root: string | undefined): Partial<Record<EffortField, string>> {
  const out: Partial<Record<EffortField, string>> = {};
  for (const field of EFFORT_FIELDS) {
    const span = effort.origins[field];
    if (span) out[field] = `${relativePath(span.file, root)}:${span.line}`;
  }
  return out;
}

/** `{ "E1.1.4": "EFFORT-PLAN.md:121" }`: the dependencies other efforts' Blocks lists add, and where each is written. */
export function blockedByOf(effort: Effort, root: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, span] of Object.entries(effort.blockedBy ?? {}))
    out[id] = `${relativePath(span.file, root)}:${span.line}`;
  return out;
}

/**
 * Where the values came from, one entry per file (files in the order of the first field each gave, lines in order):
 * `phase-plans/PHASE-1-PLAN.md, lines 8 (base branch), 58 (name, phase, wave), 60 (estimated lines)`,
 * `orchestrator-state-v3.json, line 759 (branch)`. A plan usually gives most fields, so its path is said once.
 */
export function provenanceByFile(effort: Effort, root: string | undefined): string[] {
  const files = new Map<string, Map<number, string[]>>();
  for (const field of EFFORT_FIELDS) {
    const span = effort.origins[field];
    if (!span) continue;
    const file = relativePath(span.file, root);
    const lines = files.get(file) ?? new Map<number, string[]>();
    files.set(file, lines);
    const fields = lines.get(span.line);
    if (fields) fields.push(FIELD_LABELS[field]);
    else lines.set(span.line, [FIELD_LABELS[field]]);
  }
  // Dependencies another effort's Blocks list adds: `WAVE-PLAN.md, line 47 (blocked by E1.2.4)`.
  for (const [id, span] of Object.entries(effort.blockedBy ?? {})) {
    const file = relativePath(span.file, root);
    const lines = files.get(file) ?? new Map<number, string[]>();
    files.set(file, lines);
    const label = `blocked by ${id}`;
    const fields = lines.get(span.line);
    if (fields) fields.push(label);
    else lines.set(span.line, [label]);
  }
  return [...files].map(([file, lines]) => {
    const parts = [...lines].sort((a, b) => a[0] - b[0]).map(([line, fields]) => `${line} (${fields.join(', ')})`);
    return `${file}, ${parts.length === 1 ? 'line' : 'lines'} ${parts.join(', ')}`;
  });
}
