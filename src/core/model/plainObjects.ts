// Spans, located values and references that the readers make by the hundred thousand, made with `new` rather than as
// object literals. V8 watches whether a literal's objects survive and, each time its verdict changes, throws away the
// optimized code of every function that inlined the literal (the readers' hottest ones), which is then run slowly
// and compiled again. A constructor's objects get no such verdict. Each constructor's prototype is Object.prototype:
// these are plain objects to JSON, spreads and deep equality, as the literals were, with their keys in the same order.
import type { DependencyRef, Located, RefList, Span } from './model';

/** `init` as a constructor of plain objects (prototype Object.prototype). */
function plain<C>(init: (this: never, ...args: never[]) => void): C {
  init.prototype = Object.prototype;
  return init as unknown as C;
}

export const PlainSpan = plain<
  new (file: string, line: number, column: number, endLine: number, endColumn: number) => Span
>(function (this: Span, file: string, line: number, column: number, endLine: number, endColumn: number) {
  this.file = file;
  this.line = line;
  this.column = column;
  this.endLine = endLine;
  this.endColumn = endColumn;
});

/** A located value; with an undefined span, a value the reader places later (facts.ts's Placed). */
export const PlainLocated = plain<{
  new <T>(value: T, span: Span): Located<T>;
  new <T>(value: T, span: Span | undefined): { value: T; span: Span | undefined };
}>(function (this: { value: unknown; span: Span | undefined }, value: unknown, span: Span | undefined) {
  this.value = value;
  this.span = span;
});

/** A reference as written (not implied by a range). */
export const PlainRef = plain<new (id: string, raw: string, external: boolean, span: Span) => DependencyRef>(function (
  this: DependencyRef,
  id: string,
  raw: string,
  external: boolean,
  span: Span,
) {
  this.id = id;
  this.raw = raw;
  this.external = external;
  this.span = span;
});

/** A list as written once (not restated, not prose). */
export const PlainRefList = plain<new (span: Span, refs: DependencyRef[]) => RefList>(function (
  this: RefList,
  span: Span,
  refs: DependencyRef[],
) {
  this.span = span;
  this.refs = refs;
});
