// "Did you mean": the effort a mistyped reference most likely names. Lookups by key, so many unknown
// references in a 10,000-effort plan stay cheap; edit distance only as a bounded last resort.
import { compareEffortIds, keyNumber, keyPhase, keyWave, parseEffortId, slugId } from '../model/ids';
import { nodesOfPhaseNumbered, nodesOfWave, nodesOfWaveNumbered, type IdKeys } from '../project/idKeys';
import { minOf } from '../model/arrays';
import type { DependencyRef, Effort } from '../model/model';

export const EDIT_DISTANCE_BUDGET = 2_000_000;
/** Ids looked at per index key for one suggestion. */
const CANDIDATES = 256;

/** A reference that is only an id: what namedBy would slug of it is empty. */
const BARE_ID = /^E\d+\.\d+\.\d+$/;

/** The index keys: `1.2.*` (same wave), `1.*.3` (same number in the phase), `*.2.3` (same wave and number). */
const SAME_WAVE = 0;
const SAME_NUMBER_IN_PHASE = 1;
const SAME_WAVE_AND_NUMBER = 2;
type IndexKey = number | string;

/** The two fixed numbers of a key and which they are, as one small integer (no string per effort and key: the index
 * is built for 10,000 efforts as soon as one reference is unknown); numbers past 1023 fall back to a string. */
function indexKey(kind: number, a: number, b: number): IndexKey {
  return a < 1024 && b < 1024 ? kind * 1048576 + a * 1024 + b : `${kind}:${a}.${b}`;
}

/** Efforts looked at (beyond those a list excludes) to tell that none could be suggested. */
const USABLE_LOOK = 64;

/** Keys looked up one by one, each by a pass over the efforts, before every effort's keys are indexed at once. */
const KEYS_SCANNED_ALONE = 16;

export class IdSuggester {
  /** Ids by key, each with the number the key leaves open (`1.2.*` → n); sorted by it on first use. */
  private readonly byKey = new Map<IndexKey, Array<{ id: string; at: number }>>();
  private readonly sorted = new Set<IndexKey>();
  /** Per effort its phase, wave and number (NaN: not a numbered id), read on first use. */
  private numbers: Float64Array | undefined;
  /** Keys found by a pass of their own; past KEYS_SCANNED_ALONE, every effort's keys are indexed. */
  private scanned = 0;
  private names: Map<string, string> | undefined;
  private budget = EDIT_DISTANCE_BUDGET;

  /**
   * Most plans have a few unknown references, each asking for three keys: those are found by a pass over the efforts'
   * numbers, where indexing 10,000 efforts under three keys each (30,000 entries) cost more than the whole lookup.
   */
  constructor(
    private readonly efforts: readonly Effort[],
    /** The efforts' id keys by node, when the merge lent them: a key's ids are then searched for, not scanned. */
    private readonly keys?: IdKeys,
  ) {}

  private numbered(): Float64Array {
    if (this.numbers) return this.numbers;
    const numbers = new Float64Array(this.efforts.length * 3).fill(NaN);
    this.efforts.forEach((e, i) => {
      const p = parseEffortId(e.id);
      if (!p) return;
      numbers[i * 3] = p.phase;
      numbers[i * 3 + 1] = p.wave;
      numbers[i * 3 + 2] = p.n;
    });
    return (this.numbers = numbers);
  }

  /** The ids of a key, in effort order, each with the number the key leaves open. */
  private listOf(kind: number, a: number, b: number): Array<{ id: string; at: number }> | undefined {
    const key = indexKey(kind, a, b);
    const known = this.byKey.get(key);
    if (known || this.scanned > KEYS_SCANNED_ALONE) return known;
    if (++this.scanned > KEYS_SCANNED_ALONE) {
      this.indexAll();
      return this.byKey.get(key);
    }
    const list = this.keys ? this.searched(this.keys, kind, a, b) : this.scannedFor(kind, a, b);
    this.byKey.set(key, list);
    return list;
  }

  /** The ids of a key by a search of the efforts' keys (in effort order, as a scan finds them). */
  private searched(keys: IdKeys, kind: number, a: number, b: number): Array<{ id: string; at: number }> {
    if (kind === SAME_WAVE)
      return nodesOfWave(keys, a, b).map((i) => ({ id: this.efforts[i].id, at: keyNumber(keys[i]) }));
    if (kind === SAME_NUMBER_IN_PHASE)
      return nodesOfPhaseNumbered(keys, a, b).map((i) => ({ id: this.efforts[i].id, at: keyWave(keys[i]) }));
    return nodesOfWaveNumbered(keys, a, b).map((i) => ({ id: this.efforts[i].id, at: keyPhase(keys[i]) }));
  }

  /** The ids of a key by a pass over every effort's numbers. */
  private scannedFor(kind: number, a: number, b: number): Array<{ id: string; at: number }> {
    const numbers = this.numbered();
    const list: Array<{ id: string; at: number }> = [];
    for (let i = 0; i < this.efforts.length; i++) {
      const phase = numbers[i * 3];
      const wave = numbers[i * 3 + 1];
      const n = numbers[i * 3 + 2];
      if (
        kind === SAME_WAVE
          ? phase === a && wave === b
          : kind === SAME_NUMBER_IN_PHASE
            ? phase === a && n === b
            : wave === a && n === b
      )
        list.push({
          id: this.efforts[i].id,
          at: kind === SAME_WAVE ? n : kind === SAME_NUMBER_IN_PHASE ? wave : phase,
        });
    }
    return list;
  }

  /** Every effort under its three keys (many unknown references: one pass, not one per key). */
  private indexAll(): void {
    this.byKey.clear();
    this.sorted.clear();
    const numbers = this.numbered();
    this.efforts.forEach((e, i) => {
      const phase = numbers[i * 3];
      if (Number.isNaN(phase)) return;
      const wave = numbers[i * 3 + 1];
      const n = numbers[i * 3 + 2];
      // Ids that differ from a reference in exactly one of phase, wave, number share one of these keys.
      this.index(indexKey(SAME_WAVE, phase, wave), e.id, n);
      this.index(indexKey(SAME_NUMBER_IN_PHASE, phase, n), e.id, wave);
      this.index(indexKey(SAME_WAVE_AND_NUMBER, wave, n), e.id, phase);
    });
  }

  private index(key: IndexKey, id: string, at: number): void {
    const list = this.byKey.get(key);
    if (list) list.push({ id, at });
    else this.byKey.set(key, [{ id, at }]);
  }

  /** Edit-distance work done so far: past the budget, suggestions depend on the order they were asked in. */
  get spent(): number {
    return EDIT_DISTANCE_BUDGET - this.budget;
  }

  /** Numbered efforts by slugged name, built on first use. */
  private get byName(): Map<string, string> {
    if (this.names) return this.names;
    this.names = new Map();
    for (const e of this.efforts) {
      const slug = slugId(e.name);
      if (e.name !== e.id && slug.length >= 3 && !this.names.has(slug) && parseEffortId(e.id))
        this.names.set(slug, e.id);
    }
    return this.names;
  }

  /**
   * The numbered effort ids a reference that names no effort most plausibly meant: every candidate that is equally
   * good (`E1.1.9` → `E1.1.1` and `E1.1.2`), best first, at most MAX_CANDIDATES. Empty when none is plausible.
   * `blocks`: the reference names a dependent (`Blocks: E1.2.9`), which sits in the same or a later wave.
   */
  suggest(ref: DependencyRef, from: string, exclude: ReadonlySet<string> = new Set(), blocks = false): string[] {
    const p = parseEffortId(ref.id);
    const usable = this.usableFor(from, exclude, blocks);
    const named = this.namedBy(ref, usable);
    if (named) return [named];
    if (!p) return [];
    // No effort could be suggested (a plan of one effort, whose list names 100,000 unknown ids): nothing to search,
    // but the edit budget goes as the search would spend it, so later suggestions stay the same.
    if (!this.anyUsable()) {
      this.spendAsEdits(ref.id.length);
      return [];
    }
    // Same wave, same phase, any phase: from each key only the CANDIDATES ids nearest in the number that varies,
    // so a wave of 10,000 efforts and 100,000 unknown references stay n·log n (and a wave below CANDIDATES is whole).
    // No set is made until a key has ids: most references of a long generated list have none near.
    let near = this.nearest(SAME_WAVE, p.phase, p.wave, p.n, ref.id, usable, undefined);
    near = this.nearest(SAME_NUMBER_IN_PHASE, p.phase, p.n, p.wave, ref.id, usable, near);
    near = this.nearest(SAME_WAVE_AND_NUMBER, p.wave, p.n, p.phase, ref.id, usable, near);
    if (near?.size) return nearestBest(near, p, ref.id);
    return this.closestByEdits(ref.id, usable);
  }

  /** The last usableFor asked for: the references of one list all ask with the same effort and exclusions. */
  private usable?: {
    from: string;
    exclude: ReadonlySet<string>;
    blocks: boolean;
    test: (id: string) => boolean;
    /** Whether some effort passes the test: undefined until asked; true also when the look gave up (unknown). */
    any?: boolean;
  };

  private usableFor(from: string, exclude: ReadonlySet<string>, blocks: boolean): (id: string) => boolean {
    const u = this.usable;
    if (u && u.from === from && u.exclude === exclude && u.blocks === blocks) return u.test;
    return (this.usable = { from, exclude, blocks, test: usableFor(from, exclude, blocks) }).test;
  }

  /**
   * Whether the last usableFor lets some effort through, by a look at the first efforts (asked once per list): false
   * only when none of at most USABLE_LOOK + the excluded ones is, and they are all.
   */
  private anyUsable(): boolean {
    const u = this.usable!;
    if (u.any === undefined) {
      const limit = Math.min(this.efforts.length, USABLE_LOOK + u.exclude.size);
      let i = 0;
      while (i < limit && !u.test(this.efforts[i].id)) i++;
      u.any = i < limit || limit < this.efforts.length;
    }
    return u.any;
  }

  /** The total length of the efforts' ids, for spendAsEdits. */
  private idChars = -1;

  /** Spends the budget as closestByEdits does over efforts none of which is usable. */
  private spendAsEdits(idLength: number): void {
    if (this.budget <= 0) return;
    if (this.idChars < 0) {
      this.idChars = 0;
      for (let i = 0; i < this.efforts.length; i++) this.idChars += this.efforts[i].id.length;
    }
    if (this.budget > this.idChars * idLength) {
      this.budget -= this.idChars * idLength;
      return;
    }
    for (let i = 0; i < this.efforts.length && this.budget > 0; i++)
      this.budget -= this.efforts[i].id.length * idLength;
  }

  /**
   * Adds to `near` (made if needed) the usable ids of key (kind, a, b) nearest to `at` in its open number, at most
   * CANDIDATES of them, other than `id`.
   */
  private nearest(
    kind: number,
    a: number,
    b: number,
    at: number,
    id: string,
    usable: (id: string) => boolean,
    near: Set<string> | undefined,
  ): Set<string> | undefined {
    const list = this.listOf(kind, a, b);
    if (!list) return near;
    const take = (x: string) => {
      if (x !== id && usable(x)) (near ??= new Set()).add(x);
    };
    const key = indexKey(kind, a, b);
    if (list.length <= CANDIDATES) {
      for (const x of list) take(x.id);
      return near;
    }
    if (!this.sorted.has(key)) {
      list.sort((a, b) => a.at - b.at);
      this.sorted.add(key);
    }
    // Binary search for `at`, then widen both ways.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo;
    for (let n = 0; n < CANDIDATES && (left >= 0 || right < list.length); n++) {
      if (right >= list.length || (left >= 0 && at - list[left].at <= list[right].at - at)) take(list[left--].id);
      else take(list[right++].id);
    }
    return near;
  }

  /** Only the effort the words beside the number name (`E1.3.7 (Command structure)`), if any. */
  suggestByName(
    ref: DependencyRef,
    from: string,
    exclude: ReadonlySet<string> = new Set(),
    blocks = false,
  ): string | undefined {
    return this.namedBy(ref, this.usableFor(from, exclude, blocks));
  }

  private namedBy(ref: DependencyRef, usable: (id: string) => boolean): string | undefined {
    // The words around the number often name the effort: `E1.2.9 (Command structure)`, `E2.1.9-image-builder`.
    // An id written bare (`E1.2.9`, most of a 100,000-id list) has none: no words to slug.
    if (BARE_ID.test(ref.raw)) return undefined;
    const words = slugId(ref.raw.replace(/\d+(\.\d+)*/g, ' ').replace(/^\W*(efforts?|e)\b/i, ''));
    if (words.length < 3 || words === 'effort') return undefined;
    const named = this.byName.get(words) ?? this.byPrefix(words);
    return named && usable(named) ? named : undefined;
  }

  /**
   * The numbered effort whose name a dependency written as words nearly spells (`tokeniser` for `tokenizer`): at most
   * one edit per five letters, two in all; undefined when none is that close, or the edit budget is spent.
   */
  nameNear(words: string): string | undefined {
    const slug = slugId(words);
    if (slug.length < 5 || /\d/.test(slug)) return undefined;
    const limit = Math.min(2, Math.max(1, Math.floor(slug.length / 5)));
    let best: string | undefined;
    let bestD = limit + 1;
    for (const [name, id] of this.byName) {
      if (this.budget <= 0) break;
      if (Math.abs(name.length - slug.length) >= bestD) continue;
      this.budget -= name.length * slug.length;
      const d = levenshtein(slug, name, bestD);
      if (d > 0 && d < bestD) {
        best = id;
        bestD = d;
      }
    }
    return best;
  }

  private byPrefix(words: string): string | undefined {
    if (this.budget <= 0) return undefined;
    this.budget -= this.byName.size * words.length;
    for (const [slug, id] of this.byName) if (slug.startsWith(words) || words.startsWith(slug)) return id;
    return undefined;
  }

  private closestByEdits(id: string, usable: (id: string) => boolean): string[] {
    let found: Map<string, number> | undefined;
    let bestD = 2;
    for (const e of this.efforts) {
      if (this.budget <= 0) break;
      this.budget -= e.id.length * id.length;
      if (Math.abs(e.id.length - id.length) > bestD || !usable(e.id)) continue;
      const d = levenshtein(e.id, id, bestD + 1);
      if (d > bestD) continue;
      bestD = d;
      (found ??= new Map()).set(e.id, d);
    }
    if (!found) return [];
    const distances = found;
    return best([...distances.keys()], (x) => distances.get(x)!);
  }
}

/**
 * Never suggest the effort itself, an id its list already names, or an effort on the wrong side of it (a wave-order
 * error): a dependency of a later wave, or (`blocks`) a dependent of an earlier one.
 */
function usableFor(from: string, exclude: ReadonlySet<string>, blocks: boolean): (id: string) => boolean {
  const own = parseEffortId(from);
  return (id) => {
    if (id === from || exclude.has(id)) return false;
    const q = own && parseEffortId(id);
    if (!q) return true;
    const [a, b] = blocks ? [own!, q] : [q, own!];
    return a.phase < b.phase || (a.phase === b.phase && a.wave <= b.wave);
  };
}

const MAX_CANDIDATES = 5;

/** The ids with the lowest score (ties all kept, in id order), at most MAX_CANDIDATES. */
function best(ids: readonly string[], score: (id: string) => number): string[] {
  const scored = ids.map((id) => ({ id, s: score(id) }));
  const min = minOf(scored.map((x) => x.s));
  return scored
    .filter((x) => x.s === min)
    .map((x) => x.id)
    .sort(compareEffortIds)
    .slice(0, MAX_CANDIDATES);
}

/** best by distance: apart from suggest, whose every call would otherwise allocate this closure's context. */
function nearestBest(near: ReadonlySet<string>, p: { phase: number; wave: number; n: number }, raw: string): string[] {
  return best([...near], (id) => distance(p, raw, id));
}

/**
 * How far a same-shape id is: a different number in the same wave is closest, then a different wave, then phase;
 * within a tier, by typing distance, so `E1.1.9` is as near `E1.1.1` as `E1.1.2` (one character each).
 */
function distance(p: { phase: number; wave: number; n: number }, raw: string, id: string): number {
  const q = parseEffortId(id)!;
  const typo = levenshtein(raw, id, 100);
  if (q.phase === p.phase && q.wave === p.wave) return typo;
  if (q.phase === p.phase) return 1000 + typo;
  return 2000 + typo;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
export function levenshtein(a: string, b: string, limit = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin >= limit) return limit;
    prev = cur;
  }
  return prev[b.length];
}
