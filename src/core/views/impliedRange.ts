// A range in a dependency list (`E5.1.1–E5.1.4`) names the efforts between its ends without writing them; they are
// located at its dash. Hovering the dash says so and lists them all, not one of them as if it were written there.
import type { Limits, Project } from '../model/model';
import { effortMarkdown, escapeMarkdown, findingsByEffort, sizeText, statusLabel } from './effortText';
import type { Occurrence, ProjectLocator } from './locator';

export interface ImpliedRange {
  /** The ids the dash stands for, in the order the range implies them. */
  ids: string[];
  /** The range as written (`E5.1.1–E5.1.4`), when its two ends are known. */
  written?: string;
  /** The dash's place. */
  dash: Occurrence['span'];
}

/** The range whose dash is under a position (1-based), or undefined. `lineText` is that line of the document. */
export function impliedRangeAt(
  locator: ProjectLocator,
  file: string,
  line: number,
  column: number,
  lineText: string,
): ImpliedRange | undefined {
  const onLine = locator.occurrencesIn(file).filter((o) => o.span.line === line && o.span.endLine === line);
  const here = onLine.filter((o) => o.implied && o.span.column <= column && column < o.span.endColumn);
  if (!here.length) return undefined;
  const dash = here[0].span;
  const ids = [...new Set(here.filter((o) => sameSpan(o.span, dash)).map((o) => o.id))];
  const from = onLine.find((o) => !o.implied && o.span.endColumn === dash.column);
  const to = onLine.find((o) => !o.implied && o.span.column === dash.endColumn);
  const written = from && to ? lineText.slice(from.span.column - 1, to.span.endColumn - 1) : undefined;
  return { ids, written, dash };
}

/** Hover markdown for a range's dash: what it stands for, then the one effort in full or a line per effort. */
export function impliedRangeMarkdown(range: ImpliedRange, project: Project, limits: Limits, root?: string): string {
  const what = range.written ? `**${escapeMarkdown(range.written)}**: the range` : 'This range';
  const names = range.ids.map(escapeMarkdown).join(', ');
  const head = `${what} also names ${names}, which ${range.ids.length === 1 ? 'is' : 'are'} not written here.`;
  const only = range.ids.length === 1 ? project.byId.get(range.ids[0]) : undefined;
  if (only) {
    const findings = findingsByEffort(project).get(only.id);
    return [head, '', '---', '', effortMarkdown(only, project, limits, findings, root)].join('\n');
  }
  const lines = range.ids.map((id) => {
    const e = project.byId.get(id);
    if (!e) return `**${escapeMarkdown(id)}**: no effort with this id in the plan  `;
    const size = sizeText(e, limits);
    const name = e.name && e.name !== e.id ? ` ${escapeMarkdown(e.name)}` : '';
    return `**${escapeMarkdown(id)}**${name} · ${statusLabel(e.status)}${size ? ` · ${size}` : ''}  `;
  });
  return [head, '', ...lines].join('\n');
}

function sameSpan(a: Occurrence['span'], b: Occurrence['span']): boolean {
  return a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
}
