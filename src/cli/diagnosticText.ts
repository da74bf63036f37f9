// A finding's line of `lint --format json`, written as text: the same characters JSON.stringify gives of its
// diagnosticJson object (commands/inspect.ts, which keeps the fields and their order), without that object, its fixes'
// list and the generic walk of JSON.stringify per finding (a dependency list may make 100,000 findings).
import type { PlanDiagnostic } from '../core/model/model';
import { diagnosticJson } from './commands/inspect';
import { displayMessage, withProject } from './load';

// What JSON.stringify writes other than as itself: the quote, the backslash, controls and (lone) surrogates. A string
// holding one goes to JSON.stringify; the rest are written between quotes as they are.
// eslint-disable-next-line no-control-regex -- the controls are what JSON escapes
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

function quoted(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}

function quotedList(items: readonly string[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += i === 0 ? quoted(items[i]) : `,${quoted(items[i])}`;
  return `${out}]`;
}

/** Whether the writer below gives what JSON.stringify would: strings and finite numbers where the model has them. */
function plainShape(d: PlanDiagnostic): boolean {
  if (
    typeof d.code !== 'string' ||
    typeof d.severity !== 'string' ||
    typeof d.message !== 'string' ||
    !Number.isFinite(d.line) ||
    !Number.isFinite(d.column) ||
    !Number.isFinite(d.endLine) ||
    !Number.isFinite(d.endColumn) ||
    !Array.isArray(d.efforts)
  )
    return false;
  for (let i = 0; i < d.efforts.length; i++) if (typeof d.efforts[i] !== 'string') return false;
  const fixes = d.fixes;
  if (fixes !== undefined) {
    if (!Array.isArray(fixes)) return false;
    for (let i = 0; i < fixes.length; i++) if (typeof fixes[i].title !== 'string') return false;
  }
  return true;
}

/**
 * `(d, project) => JSON.stringify(withProject(diagnosticJson(d, rel, root), project))`, each file's shown path quoted
 * once.
 */
export function diagnosticJsonWriter(
  rel: (file: string) => string,
  root: string,
): (d: PlanDiagnostic, project: string | undefined) => string {
  const files = new Map<string, string>();
  return (d, project) => {
    if (!plainShape(d)) return JSON.stringify(withProject(diagnosticJson(d, rel, root), project));
    let file = files.get(d.file);
    if (file === undefined) files.set(d.file, (file = JSON.stringify(rel(d.file))));
    let fixes = '[';
    const list = d.fixes;
    if (list)
      for (let i = 0; i < list.length; i++) fixes += i === 0 ? quoted(list[i].title) : `,${quoted(list[i].title)}`;
    const tail = project === undefined ? ']}' : `],"project":${JSON.stringify(project)}}`;
    return `{"code":${quoted(d.code)},"severity":${quoted(d.severity)},"file":${file},"line":${d.line},"column":${d.column},"endLine":${d.endLine},"endColumn":${d.endColumn},"message":${quoted(displayMessage(d.message, root))},"efforts":${quotedList(d.efforts)},"fixes":${fixes}${tail}`;
  };
}
