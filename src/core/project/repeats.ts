// Effort headings a reader kept as lines only (FileReadResult.repeats): as the spans their facts would have had, for
// what locates declarations (the editor's references and hovers, renaming).
import type { Project, Span } from '../model/model';
import { lineSpan } from '../model/span';

const byProject = new WeakMap<Project, Map<string, Span[]>>();
const NONE: readonly Span[] = [];

/** The repeats of an effort's heading kept as lines, each its heading's span (indexed once per project). */
export function repeatedSpans(project: Project, id: string): readonly Span[] {
  let byId = byProject.get(project);
  if (!byId) {
    byId = new Map();
    for (const r of project.files) {
      for (const repeat of r.repeats ?? []) {
        let list = byId.get(repeat.id);
        if (!list) byId.set(repeat.id, (list = []));
        for (const line of repeat.lines) list.push(lineSpan(r.file, line, repeat.column, repeat.length));
      }
    }
    byProject.set(project, byId);
  }
  return byId.get(id) ?? NONE;
}
