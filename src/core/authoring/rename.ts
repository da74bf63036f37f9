// Renaming a numbered effort id across every plan file, in every form the readers accept: `E1.2.3`,
// `Effort 1.2.3`, `effort-1.2.3`, `E1.2.3-slug`, `effort:1.2.3`, and a bare `1.2.3` where the readers located an
// effort statement (headings, tables, mermaid labels, JSON/YAML blocks, dependency lists) — a bare number in prose
// may be a version. Only the number is rewritten, so each reference keeps its form. Branch, base and directory
// values are left alone (they name real git branches and folders), and so are state files, which the
// orchestrator owns.
import { appendAll } from '../model/arrays';
import { canonicalEffortId, parseEffortId } from '../model/ids';
import { REF_LIST_FIELDS, type Project, type Span, type TextEdit } from '../model/model';
import { FileText } from '../fixes/text';
import { repeatedSpans } from '../project/repeats';
import { writtenRefs } from '../model/refLists';

const EDITABLE = new Set(['phase-plan', 'wave-plan', 'effort-plan', 'merge-plan', 'other']);
// An id in any written form; group 1 is the prefix (empty for a bare number), groups 2–4 its numbers.
export const WRITTEN_ID = /(?<![\w.])(E|Effort[\s-]*|effort[-_:]?)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/i;
const ID = new RegExp(WRITTEN_ID.source, 'gi');

export type RenameResult = { edits: TextEdit[]; files: string[] } | { error: string };

interface Located {
  lines: Set<number>;
  skip: Span[];
}

const locatedByProject = new WeakMap<Project, Map<string, Located>>();

/** Per file: lines where readers located something about an effort, and the spans of branch-like values (one pass). */
function locatedIn(project: Project, file: string): Located {
  let byFile = locatedByProject.get(project);
  if (!byFile) {
    byFile = new Map();
    locatedByProject.set(project, byFile);
    const of = (f: string): Located => byFile!.get(f) ?? byFile!.set(f, { lines: new Set(), skip: [] }).get(f)!;
    const addSpan = (s: Span) => {
      const lines = of(s.file).lines;
      for (let l = s.line; l <= s.endLine; l++) lines.add(l);
    };
    for (const facts of project.facts.values()) {
      for (const f of facts) {
        addSpan(f.span);
        for (const field of REF_LIST_FIELDS) for (const r of writtenRefs(f[field])) addSpan(r.span);
        for (const v of [f.branch, f.baseBranch, f.directory]) if (v) of(v.span.file).skip.push(v.span);
      }
    }
    for (const id of project.facts.keys()) for (const s of repeatedSpans(project, id)) addSpan(s);
  }
  return byFile.get(file) ?? { lines: new Set(), skip: [] };
}

function inside(s: Span, line: number, column: number): boolean {
  const afterStart = line > s.line || (line === s.line && column >= s.column);
  const beforeEnd = line < s.endLine || (line === s.endLine && column < s.endColumn);
  return afterStart && beforeEnd;
}

/** Edits rewriting every reference to `oldId` in one file's text as `newId`. */
export function renameInText(project: Project, ft: FileText, oldId: string, newId: string): TextEdit[] {
  const to = parseEffortId(newId)!;
  const from = parseEffortId(oldId)!;
  const edits: TextEdit[] = [];
  // Most files never mention the id: one substring test instead of a regex scan.
  if (!ft.text.includes(`${from.phase}.${from.wave}.${from.n}`) && !/\.0\d/.test(ft.text)) return edits;
  const { lines, skip } = locatedIn(project, ft.file);
  for (const m of ft.text.matchAll(ID)) {
    if (`E${Number(m[2])}.${Number(m[3])}.${Number(m[4])}` !== oldId) continue;
    const numberAt = m.index! + (m[1]?.length ?? 0);
    const pos = ft.index.position(numberAt);
    if (!m[1] && !lines.has(pos.line)) continue;
    if (skip.some((s) => inside(s, pos.line, pos.column))) continue;
    const numberEnd = m.index! + m[0].length;
    edits.push(ft.edit(numberAt, numberEnd, `${to.phase}.${to.wave}.${to.n}`));
  }
  return edits;
}

/** The numbered id a user typed (`E1.3.2`, `1.3.2`, `Effort 1.3.2`), or an error that says why it cannot be used. */
export function checkNewId(project: Project, oldId: string, typed: string): { id: string } | { error: string } {
  if (!parseEffortId(oldId)) return { error: `${oldId} has no number to rename; rename its heading instead.` };
  const id = canonicalEffortId(typed.trim());
  if (!id || !/^\s*(E|Effort[\s-]*|effort[-_:]?)?\d{1,3}\.\d{1,3}\.\d{1,3}\s*$/i.test(typed))
    return { error: `"${typed}" is not an effort id such as E1.2.3.` };
  if (id !== oldId && project.byId.has(id)) return { error: `${id} already exists (${project.byId.get(id)!.name}).` };
  return { id };
}

/** Every edit (over all plan files) that renames `oldId` to the id typed as `typed`. */
export function renameEffort(
  project: Project,
  text: (file: string) => string | undefined,
  oldId: string,
  typed: string,
): RenameResult {
  const checked = checkNewId(project, oldId, typed);
  if ('error' in checked) return checked;
  const edits: TextEdit[] = [];
  const files: string[] = [];
  if (checked.id === oldId) return { edits, files };
  for (const r of project.files) {
    if (!EDITABLE.has(r.kind)) continue;
    const content = text(r.file);
    if (content === undefined) continue;
    const own = renameInText(project, new FileText(r.file, content), oldId, checked.id);
    if (own.length) files.push(r.file);
    appendAll(edits, own);
  }
  return { edits, files };
}

/** The id written at a position (1-based), with the range of its number, for the editor's rename and completion. */
export function idAt(lineText: string, column: number): { id: string; start: number; end: number } | undefined {
  for (const m of lineText.matchAll(ID)) {
    const start = m.index! + 1;
    const end = start + m[0].length;
    if (column < start || column > end) continue;
    const numberStart = start + (m[1]?.length ?? 0);
    return { id: `E${Number(m[2])}.${Number(m[3])}.${Number(m[4])}`, start: numberStart, end };
  }
  return undefined;
}
