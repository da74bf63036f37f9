// A file's text as fixes need it: spans ↔ offsets, and TextEdits built from offsets.
import type { EffortFact, FileReadResult, Project, Span, TextEdit } from '../model/model';
import { LineIndex } from '../model/span';
import { keptFactsOf } from '../project/nodeFacts';

export class FileText {
  readonly index: LineIndex;
  private crlf: boolean | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.index = new LineIndex(text);
  }

  /** The file's own line break, so inserted lines match it (looked for when asked: most fixes insert no line). */
  get eol(): string {
    this.crlf ??= this.text.includes('\r\n');
    return this.crlf ? '\r\n' : '\n';
  }

  get lineCount(): number {
    return this.index.lineCount;
  }

  /** Offset of a 1-based position, or -1 when the position is not in the text (stale span). */
  offset(line: number, column: number): number {
    const start = this.index.lineStart(line);
    if (start === undefined || column < 1) return -1;
    const off = start + column - 1;
    return off <= this.lineEnd(line) ? off : -1;
  }

  start(span: Span): number {
    return this.offset(span.line, span.column);
  }

  end(span: Span): number {
    return this.offset(span.endLine, span.endColumn);
  }

  /** The span's text, or undefined when the span does not fit the text. */
  slice(span: Span): string | undefined {
    const a = this.start(span);
    const b = this.end(span);
    return a < 0 || b < a ? undefined : this.text.slice(a, b);
  }

  lineStart(line: number): number {
    return this.index.lineStart(line) ?? this.text.length;
  }

  /** Offset just past the line's content (before its line break). */
  lineEnd(line: number): number {
    const next = this.index.lineStart(line + 1);
    let end = next === undefined ? this.text.length : next - 1;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offset of the start of the next line (or the end of the text). */
  nextLineStart(line: number): number {
    return this.index.lineStart(line + 1) ?? this.text.length;
  }

  lineText(line: number): string {
    return this.index.lineText(line);
  }

  edit(start: number, end: number, newText: string): TextEdit {
    const a = this.index.position(start);
    const b = this.index.position(end);
    return { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, newText };
  }
}

/** What fix builders need: the model and file texts (undefined when a file's text is not available). */
export interface FixContext {
  project: Project;
  text(file: string): FileText | undefined;
}

export function textCache(getText: (file: string) => string | undefined): (file: string) => FileText | undefined {
  const cache = new Map<string, FileText | undefined>();
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    const text = getText(file);
    const ft = text === undefined ? undefined : new FileText(file, text);
    cache.set(file, ft);
    return ft;
  };
}

export function sameSpan(a: Span, b: Span): boolean {
  return (
    a.file === b.file &&
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn
  );
}

const resultsByFile = new WeakMap<Project, Map<string, FileReadResult>>();

/** The read result of a file of the project (indexed once per project). */
export function fileResult(project: Project, file: string): FileReadResult | undefined {
  let map = resultsByFile.get(project);
  if (!map) {
    map = new Map(project.files.map((r) => [r.file, r]));
    resultsByFile.set(project, map);
  }
  return map.get(file);
}

/** The project's facts about an effort (best source first). */
export function factsOf(project: Project, id: string): EffortFact[] {
  return keptFactsOf(project, id) ?? project.facts.get(id) ?? [];
}

/** First and last line of everything a fact locates (its own span and every field's). */
export function factLines(fact: EffortFact): { first: number; last: number } {
  let first = fact.span.line;
  let last = fact.span.endLine;
  for (const v of [
    fact.name,
    fact.phase,
    fact.wave,
    fact.estimatedLines,
    fact.actualLines,
    fact.dependsOn,
    fact.parallelWith,
    fact.blocks,
    fact.canParallelize,
    fact.branch,
    fact.baseBranch,
    fact.directory,
    fact.status,
  ]) {
    if (!v) continue;
    if (v.span.line < first) first = v.span.line;
    if (v.span.endLine > last) last = v.span.endLine;
  }
  return { first, last };
}

/** Kinds whose lists and booleans are JSON/YAML values (`[]`, `false`) rather than prose (`None`, `No`). */
export function isDataKind(kind: EffortFact['kind']): boolean {
  return (
    kind === 'json-block' ||
    kind === 'yaml-block' ||
    kind === 'front-matter' ||
    kind === 'state' ||
    kind === 'infrastructure'
  );
}
