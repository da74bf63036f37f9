// Plain objects that gain most of their fields after they are made: a fact field by field as a reader finds them, an
// effort and its origins field by field as the merge decides them. Made by a constructor, such an object keeps the
// fields it gains inside itself: V8 sizes a constructor's objects by the fields its first objects came to hold
// (in-object slack tracking), where an object literal puts every later field in a separate property array (up to
// 64 bytes more per object, and a copy each time it grows; a plan may hold 100,000 efforts). Their prototype is
// Object.prototype, so to JSON, spreads, deep equality and every reader they are the literals they replace.
import { noItems } from './arrays';
import type { Effort, EffortFact, FactKind, Span, Wave } from './model';

/** Gives a constructor function's objects Object.prototype: they are plain objects. */
function plainObjects<T>(ctor: T): T {
  (ctor as unknown as { prototype: object }).prototype = Object.prototype;
  return ctor;
}

/** `{ id, kind, span }`, to which a reader adds the fields it finds. */
export const FactRecord = plainObjects(function (this: EffortFact, id: string, kind: FactKind, span: Span) {
  this.id = id;
  this.kind = kind;
  this.span = span;
} as unknown as new (id: string, kind: FactKind, span: Span) => EffortFact);

// V8 fixes the size of a constructor's objects once seven have been made, at the most fields any of them holds by
// then. Readers make facts before they fill them, so the first seven held three fields and every fact's later ones
// went to a separate property array. Seven facts with the fields a declaration usually holds, made once and dropped,
// keep those fields inside every fact: 120 -> 88 bytes a fact of eight fields (100,000 efforts: 3 MB).
for (let i = 0; i < 7; i++) {
  const warm = new FactRecord('', 'heading', { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 });
  for (const field of ['name', 'estimatedLines', 'dependsOn', 'phase', 'wave'] as const) warm[field] = undefined;
}

/**
 * The one empty id list efforts share until the merge gives them their own: most have no external dependency and no
 * parallel effort (two 32-byte arrays each of 100,000 efforts). Nothing may add to it (arrays.ts noItems).
 */
export const NO_IDS = noItems<string>();

/** An effort as the merge starts it: named by its id, planned, with no value and no origin yet. */
export const EffortRecord = plainObjects(function (this: Effort, id: string, source: Effort['source']) {
  this.id = id;
  this.name = id;
  this.dependsOn = NO_IDS;
  this.externalDependsOn = NO_IDS;
  this.parallelWith = NO_IDS;
  this.status = 'planned';
  this.source = source;
  this.origins = new OriginsRecord();
} as unknown as new (id: string, source: Effort['source']) => Effort);

/** An effort's origins, field → span of the winning value, filled by the merge. */
const OriginsRecord = plainObjects(function () {} as unknown as new () => Effort['origins']);

/** A wave as the merge starts it, to which it adds the span and name of the plan that declares it, if any. */
export const WaveRecord = plainObjects(function (this: Wave, phase: number, wave: number, id: string) {
  this.phase = phase;
  this.wave = wave;
  this.id = id;
  this.efforts = [];
} as unknown as new (phase: number, wave: number, id: string) => Wave);
