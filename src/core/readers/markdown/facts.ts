// Collects one EffortFact field by field: the first value written for a field wins, except names, which rank.
import type { EffortFact, FactKind, Located, RefList, RefListField, Span } from '../../model/model';
import { FactRecord } from '../../model/records';
import { lineSpan } from '../../model/span';
import { PlainLocated } from '../../model/plainObjects';

type Field = Exclude<keyof EffortFact, 'id' | 'kind' | 'span'>;
type ValueOf<F extends Field> = NonNullable<EffortFact[F]>;

/** How sure a name is: an explicit `Effort Name` beats the text of a heading. */
export const NAME_RANK = { heading: 1, effortKey: 2, explicit: 3 } as const;

/** A located value that may not have a place in the text (taken from the file path): it then gets the fact's span. */
export interface Placed<T> {
  value: T;
  span?: Span;
}

/** A value the effort's heading wrote that a field of the effort replaced with another (reported at the heading). */
export interface Overridden {
  field: 'estimatedLines' | 'actualLines' | 'status';
  lost: Located<unknown>;
  won: Located<unknown>;
}

export class FactBuilder {
  readonly fact: EffortFact;
  /** Listed among its file's declarations (reader.ts), which lists each once. */
  listed = false;
  private nameRank = 0;
  private count = 0;
  /** Fields its heading gave (size, status): a field line replaces them (explicit metadata beats headings). */
  private fromHeading?: Set<Field>;
  /** Heading values replaced by another value, for a finding at each. */
  overridden?: Overridden[];
  /** A base branch written as another effort's (`E1.1.1's branch`), resolved when the file is read (baseRefs.ts). */
  baseRef?: { id: string; of: 'branch' | 'base'; span: Span; text: string };

  constructor(id: string, kind: FactKind, span: Span) {
    this.fact = new FactRecord(id, kind, span);
  }

  get id(): string {
    return this.fact.id;
  }

  has(field: Field): boolean {
    return this.fact[field] !== undefined;
  }

  /** Sets a field unless it already has a value. */
  set<F extends Field>(field: F, value: ValueOf<F>): void {
    if (this.fact[field] !== undefined) {
      if (this.fromHeading?.has(field)) this.replaceHeadingValue(field, value);
      return;
    }
    (this.fact as Record<Field, unknown>)[field] = value;
    this.count++;
  }

  /** A size or status written in the effort's heading: the first value unless a field of the effort writes one. */
  setFromHeading(field: 'estimatedLines' | 'actualLines' | 'status', value: Located<unknown>): void {
    if (this.fact[field] !== undefined) return;
    (this.fact as Record<Field, unknown>)[field] = value;
    this.count++;
    (this.fromHeading ??= new Set()).add(field);
  }

  private replaceHeadingValue(field: Field, value: unknown): void {
    this.fromHeading!.delete(field);
    const lost = this.fact[field] as Located<unknown>;
    const won = value as Located<unknown>;
    if (lost.value !== won.value && (field === 'estimatedLines' || field === 'actualLines' || field === 'status'))
      (this.overridden ??= []).push({ field, lost, won });
    (this.fact as Record<Field, unknown>)[field] = value;
  }

  /** Sets a field over the value it has: a later statement that supersedes it (a status update further down). */
  replace<F extends Field>(field: F, value: ValueOf<F>): void {
    if (this.fact[field] === undefined) this.count++;
    this.fromHeading?.delete(field);
    (this.fact as Record<Field, unknown>)[field] = value;
  }

  setNumber(field: 'phase' | 'wave' | 'estimatedLines' | 'actualLines', placed: Placed<number> | undefined): void {
    if (!placed || (this.fact[field] !== undefined && !this.fromHeading?.has(field))) return;
    // A located value is kept as it is (facts never change their values): no copy per effort of a heading's phase.
    this.set(field, placed.span ? (placed as Located<number>) : new PlainLocated(placed.value, this.fact.span));
  }

  /** A size read in the text (`~400 lines`, `1,311 actual lines`): actual or estimated lines, as the size says. */
  setSize(size: { value: number; actual?: boolean }, span: Span): void {
    this.setNumber(size.actual ? 'actualLines' : 'estimatedLines', { value: size.value, span });
  }

  setRefs(field: RefListField, list: RefList | undefined): void {
    if (list) this.set(field, list);
  }

  /** A list written again for the field: kept beside the first (every written reference is located), which wins. */
  restateRefs(field: RefListField, list: RefList): void {
    const first = this.fact[field];
    if (first) (first.restated ??= []).push(list);
    else this.set(field, list);
  }

  setName(value: string, span: Span, rank: number): void {
    if (!value || rank <= this.nameRank) return;
    if (this.fact.name === undefined) this.count++;
    this.fact.name = new PlainLocated(value, span);
    this.nameRank = rank;
  }

  /** Forgets a name read from a heading's text (an explicit name stays). */
  dropHeadingName(): void {
    if (this.nameRank !== NAME_RANK.heading) return;
    this.fact.name = undefined;
    this.nameRank = 0;
    this.count--;
  }

  /** Whether any field besides the id was given. */
  get hasFields(): boolean {
    return this.count > 0;
  }

  /** Fields other than name, phase and wave: what makes a declaration carry metadata. */
  get hasMetadata(): boolean {
    const f = this.fact;
    return (
      f.estimatedLines !== undefined ||
      f.actualLines !== undefined ||
      f.dependsOn !== undefined ||
      f.parallelWith !== undefined ||
      f.blocks !== undefined ||
      f.canParallelize !== undefined ||
      f.branch !== undefined ||
      f.baseBranch !== undefined ||
      f.directory !== undefined ||
      f.status !== undefined
    );
  }
}

/** Span of [start, end) offsets of a string that starts at `column` on `line`. */
export function spanAt(file: string, line: number, column: number, start: number, end: number): Span {
  return lineSpan(file, line, column + start, end - start);
}
