// Where each value of an effort came from, as people read it: `branch from orchestrator-state-v3.json:759`, with
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

/** `name from PHASE-1-PLAN.md:12`, `branch from orchestrator-state-v3.json:759`, … one per field with a value. */
export function provenanceLines(effort: Effort, root: string | undefined): string[] {
  return Object.entries(originsOf(effort, root)).map(
    ([field, where]) => `${FIELD_LABELS[field as EffortField]} from ${where}`,
  );
}
