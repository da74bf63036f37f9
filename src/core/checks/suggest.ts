// "Did you mean": the effort a mistyped reference most likely names. Lookups by key, so many unknown
// references in a 10,000-effort plan stay cheap; edit distance only as a bounded last resort.
import { compareEffortIds, parseEffortId, slugId } from '../model/ids';
import type { DependencyRef, Effort } from '../model/model';

const EDIT_DISTANCE_BUDGET = 2_000_000;
/** Ids looked at per index key for one suggestion. */
const CANDIDATES = 256;

export class IdSuggester {
  private readonly byKey = new Map<string, string[]>();
  private names: Map<string, string> | undefined;
  private budget = EDIT_DISTANCE_BUDGET;

  constructor(private readonly efforts: readonly Effort[]) {
    for (const e of efforts) {
      const p = parseEffortId(e.id);
      if (!p) continue;
      // Ids that differ from a reference in exactly one of phase, wave, number share one of these keys.
      for (const key of [`${p.phase}.${p.wave}.*`, `${p.phase}.*.${p.n}`, `*.${p.wave}.${p.n}`]) {
        const list = this.byKey.get(key);
        if (list) list.push(e.id);
        else this.byKey.set(key, [e.id]);
      }
    }
  }

  /** Numbered efforts by slugged name, built on first use. */
  private get byName(): Map<string, string> {
    if (this.names) return this.names;
    this.names = new Map();
    for (const e of this.efforts) {
      const slug = slugId(e.name);
      if (e.name !== e.id && slug.length >= 3 && !this.names.has(slug) && parseEffortId(e.id)) this.names.set(slug, e.id);
    }
    return this.names;
  }

  /** The best numbered effort id for a reference that names no effort, if any is plausible. */
  suggest(ref: DependencyRef, from: string, exclude: ReadonlySet<string> = new Set()): string | undefined {
    const p = parseEffortId(ref.id);
    // Never suggest the effort itself, an id its list already names, or an effort of a later wave (a wave-order error).
    const own = parseEffortId(from);
    const usable = (id: string): boolean => {
      if (id === from || exclude.has(id)) return false;
      const q = own && parseEffortId(id);
      return !q || q.phase < own!.phase || (q.phase === own!.phase && q.wave <= own!.wave);
    };
    // The words around the number often name the effort: `E1.2.9 (Command structure)`, `E2.1.9-image-builder`.
    const words = slugId(ref.raw.replace(/\d+(\.\d+)*/g, ' ').replace(/^\W*(efforts?|e)\b/i, ''));
    if (words.length >= 3 && words !== 'effort') {
      const named = this.byName.get(words) ?? this.byPrefix(words);
      if (named && usable(named)) return named;
    }
    if (!p) return undefined;
    // Same wave, same phase, any phase: the nearest by number; at most CANDIDATES per key, so a wave of 10,000
    // efforts and 100,000 unknown references stay linear.
    let best: string | undefined;
    let bestD = Infinity;
    for (const key of [`${p.phase}.${p.wave}.*`, `${p.phase}.*.${p.n}`, `*.${p.wave}.${p.n}`]) {
      const list = this.byKey.get(key) ?? [];
      for (let i = 0; i < list.length && i < CANDIDATES; i++) {
        const id = list[i];
        if (id === ref.id || !usable(id)) continue;
        const d = distance(p, id);
        if (d < bestD || (d === bestD && compareEffortIds(id, best!) < 0)) {
          best = id;
          bestD = d;
        }
      }
    }
    if (best) return best;
    return this.closestByEdits(ref.id, usable);
  }

  private byPrefix(words: string): string | undefined {
    if (this.budget <= 0) return undefined;
    this.budget -= this.byName.size * words.length;
    for (const [slug, id] of this.byName) if (slug.startsWith(words) || words.startsWith(slug)) return id;
    return undefined;
  }

  private closestByEdits(id: string, usable: (id: string) => boolean): string | undefined {
    let best: string | undefined;
    let bestD = 3;
    for (const e of this.efforts) {
      if (this.budget <= 0) break;
      this.budget -= e.id.length * id.length;
      if (Math.abs(e.id.length - id.length) >= bestD || !usable(e.id)) continue;
      const d = levenshtein(e.id, id, bestD);
      if (d < bestD) {
        bestD = d;
        best = e.id;
      }
    }
    return best;
  }
}

/** How far a same-shape id is: a different number in the same wave is closest, then a different wave, then phase. */
function distance(p: { phase: number; wave: number; n: number }, id: string): number {
  const q = parseEffortId(id)!;
  if (q.phase === p.phase && q.wave === p.wave) return Math.abs(q.n - p.n);
  if (q.phase === p.phase) return 1000 + Math.abs(q.wave - p.wave);
  return 2000 + Math.abs(q.phase - p.phase);
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
