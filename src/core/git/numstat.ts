// `git diff --numstat [-z]` → per-file insertions/deletions. Binary files count 0 and are flagged.
import { appendAll } from '../model/arrays';

export interface NumstatEntry {
  /** Path after the change (the new name of a rename). */
  path: string;
  /** Path before a rename or copy. */
  from?: string;
  insertions: number;
  deletions: number;
  binary: boolean;
}

/** Parses `-z` output (NUL-terminated, renames as two extra fields) or plain output (`a/{x => y}/b` renames). */
export function parseNumstat(text: string): NumstatEntry[] {
  return text.includes('\0') ? parseZ(text) : parseLines(text);
}

function counts(added: string, deleted: string): Pick<NumstatEntry, 'insertions' | 'deletions' | 'binary'> {
  const binary = added === '-' && deleted === '-';
  return { insertions: binary ? 0 : Number(added) || 0, deletions: binary ? 0 : Number(deleted) || 0, binary };
}

function parseZ(text: string): NumstatEntry[] {
  const fields = text.split('\0');
  const entries: NumstatEntry[] = [];
  for (let i = 0; i < fields.length; i++) {
    const head = fields[i].replace(/^\n/, '');
    if (!head) continue;
    const [added, deleted, ...rest] = head.split('\t');
    if (deleted === undefined) continue;
    const path = rest.join('\t');
    if (path) {
      entries.push({ path, ...counts(added, deleted) });
    } else {
      // Rename or copy: the two paths follow as their own fields.
      const from = fields[++i] ?? '';
      const to = fields[++i] ?? '';
      entries.push({ path: to, from, ...counts(added, deleted) });
    }
  }
  return entries;
}

const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * `git diff-tree --stdin -r --numstat -z` output: each non-empty diff is preceded by its commit id as a field of
 * its own (no tab, so it cannot be mistaken for a record). Commits whose diff is empty get no entry.
 */
export function parseNumstatBatches(text: string): Map<string, NumstatEntry[]> {
  const batches = new Map<string, NumstatEntry[]>();
  const fields = text.split('\0');
  let current: NumstatEntry[] | undefined;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i].replace(/^\n/, '');
    if (!field) continue;
    if (!field.includes('\t') && OBJECT_ID.test(field)) {
      current = batches.get(field) ?? [];
      batches.set(field, current);
      continue;
    }
    const [added, deleted, ...rest] = field.split('\t');
    if (deleted === undefined || !current) continue;
    const path = rest.join('\t');
    if (path) current.push({ path, ...counts(added, deleted) });
    else {
      const from = fields[++i] ?? '';
      const to = fields[++i] ?? '';
      current.push({ path: to, from, ...counts(added, deleted) });
    }
  }
  return batches;
}

const BRACED_RENAME = /^(.*)\{(.*) => (.*)\}(.*)$/;

function parseLines(text: string): NumstatEntry[] {
  const entries: NumstatEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const [added, deleted, ...rest] = line.split('\t');
    if (deleted === undefined || !rest.length) continue;
    const path = unquote(rest.join('\t'));
    const braced = BRACED_RENAME.exec(path);
    if (braced) {
      const [, pre, a, b, post] = braced;
      const join = (mid: string) => (pre + mid + post).replace(/\/\/+/g, '/');
      entries.push({ path: join(b), from: join(a), ...counts(added, deleted) });
    } else if (path.includes(' => ')) {
      const [from, to] = path.split(' => ');
      entries.push({ path: to, from, ...counts(added, deleted) });
    } else {
      entries.push({ path, ...counts(added, deleted) });
    }
  }
  return entries;
}

/** Git C-quotes paths with unusual bytes in non -z output: `"a\tb"`. */
function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"'))) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      appendAll(bytes, Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i];
    if (next === undefined)
      bytes.push(92); // a lone trailing backslash (malformed quoting) is kept as text
    else if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
