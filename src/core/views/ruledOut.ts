// A dependency or parallel-with list may rule an effort out (`E5.1.1, not E5.1.3`): the reader makes it no reference
// (values.ts), yet the plan names it there. Hovering the id says it is named as not meant, and shows the effort as
// hovers of other references do.
import { REF_LIST_FIELDS, type Limits, type Project, type RefListField, type Span } from '../model/model';
import { ruledOutRefs } from '../readers/values';
import { effortMarkdown, escapeMarkdown, findingsByEffort } from './effortText';
import type { ProjectLocator } from './locator';

export interface RuledOut {
  /** The effort ruled out, and where its id is written. */
  id: string;
  span: Span;
  /** The effort whose list it is, and which list. */
  owner: string;
  field: RefListField;
}

// A list item's own marker (`- `, `2. `) on the lines of a list written under a heading.
const ITEM_MARK = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

/** The ruled-out id under a position (1-based), or undefined. `lineText` is that line of the document. */
export function ruledOutAt(
  locator: ProjectLocator,
  file: string,
  line: number,
  column: number,
  lineText: string,
): RuledOut | undefined {
  for (const { id: owner, fact } of locator.factsIn(file)) {
    for (const field of REF_LIST_FIELDS) {
      const list = fact[field];
      if (!list || !covers(list.span, line, column)) continue;
      let from = list.span.line === line ? list.span.column : 1;
      const to = list.span.endLine === line ? list.span.endColumn : lineText.length + 1;
      let text = lineText.slice(from - 1, to - 1);
      const mark = list.span.line === line ? undefined : ITEM_MARK.exec(text);
      if (mark) {
        from += mark[0].length;
        text = text.slice(mark[0].length);
      }
      const hit = ruledOutRefs(text, { file, line, column: from }).find(
        (r) => r.span.column <= column && column < r.span.endColumn,
      );
      if (hit) return { id: hit.id, span: hit.span, owner, field };
    }
  }
  return undefined;
}

const RULED_OUT_AS: Record<RefListField, string> = {
  dependsOn: 'a dependency of',
  parallelWith: 'parallel with',
  blocks: 'blocked by',
};

/** Hover markdown for a ruled-out id: what the list says of it, then the effort in full. */
export function ruledOutMarkdown(hit: RuledOut, project: Project, limits: Limits, root?: string): string {
  const what = RULED_OUT_AS[hit.field];
  const head = `**${escapeMarkdown(hit.id)}** is named here as **not** ${what} ${escapeMarkdown(hit.owner)}: the list rules it out.`;
  const effort = project.byId.get(hit.id);
  if (!effort) return [head, '', 'No effort with this id in the plan.'].join('\n');
  const findings = findingsByEffort(project).get(effort.id);
  return [head, '', '---', '', effortMarkdown(effort, project, limits, findings, root)].join('\n');
}

function covers(span: Span, line: number, column: number): boolean {
  if (line < span.line || line > span.endLine) return false;
  if (line === span.line && column < span.column) return false;
  return !(line === span.endLine && column >= span.endColumn);
}
