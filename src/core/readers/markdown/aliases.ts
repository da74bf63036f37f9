// Other names of the efforts of one file — branches, short branch names, mermaid node ids, effort names — so that
// tables and prose that write `p6w1-synctarget-controller`, `W6E1`, `sync-01` or `SyncTarget` reach the right id.
import { parseEffortId, slugId } from '../../model/ids';
import type { DependencyRef, EffortFact, RefList } from '../../model/model';
import { writtenRefs } from '../../model/refLists';
import { qualifiedWave } from '../refWords';

const MILESTONE = /^(?:phase|wave|integration|merge|all|none|n\/a|main|master)\b/i;

const WAVE_NAMED = /^wave\s+(\d{1,3})\.(\d{1,3})\s+(.+)$/i;
// What follows a wave when it means the wave itself: `Wave 2.1 complete`, `Wave 3.1 integration`.
const MILESTONE_WORDS =
  /^\W*(?:complete[ds]?|completion|integration|integrated|done|finished|merged|ready|outputs?|interfaces?)\b/i;

const DECORATION = /^[`*"'_]+|[`*"'_]+$/g;

export function normAlias(text: string): string {
  let s = text.trim();
  const c0 = s.charCodeAt(0);
  const cn = s.charCodeAt(s.length - 1);
  // Only backtick, star, quotes and underscore decorate; skip the regex for the common undecorated case.
  if (
    c0 === 96 ||
    c0 === 42 ||
    c0 === 34 ||
    c0 === 39 ||
    c0 === 95 ||
    cn === 96 ||
    cn === 42 ||
    cn === 34 ||
    cn === 39 ||
    cn === 95
  )
    s = s.replace(DECORATION, '');
  if (s.length > 7 && s.slice(0, 7).toLowerCase() === 'origin/') s = s.slice(7);
  return s.toLowerCase();
}

function lastSegment(s: string): string {
  const i = s.lastIndexOf('/');
  return i >= 0 ? s.slice(i + 1) : s;
}

export class Aliases {
  /** alias → id; null when two efforts claim it (then it resolves nothing). */
  private readonly map = new Map<string, string | null>();
  private feed?: (a: Aliases) => void;

  /** The registry fills itself from `feed` on first use: most files never look a name up. */
  constructor(feed?: (a: Aliases) => void) {
    this.feed = feed;
  }

  private ready(): void {
    const feed = this.feed;
    if (!feed) return;
    this.feed = undefined;
    feed(this);
  }
  /** id → names as written; their slug tokens are computed only when a reference needs them. */
  private readonly names = new Map<string, string[]>();
  private tokens?: Map<string, string[][]>;
  /** name word → ids whose names contain it, so a name lookup visits only plausible efforts. */
  private words?: Map<string, string[]>;
  /** aliases in sorted order, for prefix lookups by binary search. */
  private sorted?: string[];
  private readonly sizes = new Map<string, number[]>();

  add(alias: string, id: string): void {
    const key = normAlias(alias);
    if (!key) return;
    this.sorted = undefined;
    const seen = this.map.get(key);
    if (seen === undefined) this.map.set(key, id);
    else if (seen !== id) this.map.set(key, null);
    const last = lastSegment(key);
    if (last !== key) {
      const seenLast = this.map.get(last);
      if (seenLast === undefined) this.map.set(last, id);
      else if (seenLast !== id) this.map.set(last, null);
    }
  }

  addFact(f: EffortFact): void {
    this.add(f.id, f.id);
    if (f.branch) this.add(f.branch.value, f.id);
    if (f.name) {
      const list = this.names.get(f.id);
      if (list) list.push(f.name.value);
      else this.names.set(f.id, [f.name.value]);
      this.tokens = undefined;
      this.words = undefined;
    }
    if (f.estimatedLines) {
      const list = this.sizes.get(f.id);
      if (list) list.push(f.estimatedLines.value);
      else this.sizes.set(f.id, [f.estimatedLines.value]);
    }
  }

  has(id: string): boolean {
    this.ready();
    return this.map.get(normAlias(id)) === id;
  }

  /** Exact alias or its last path segment. */
  lookup(text: string): string | undefined {
    this.ready();
    const key = normAlias(text);
    if (!key) return undefined;
    return this.map.get(key) ?? this.map.get(lastSegment(key)) ?? undefined;
  }

  /** Estimated sizes other facts of this file give an effort. */
  sizesOf(id: string): number[] {
    this.ready();
    return this.sizes.get(id) ?? [];
  }

  /** Name words of an effort, each name as its slug tokens. */
  nameTokens(id: string): string[][] {
    this.ready();
    return this.allTokens().get(id) ?? [];
  }

  private allTokens(): Map<string, string[][]> {
    if (!this.tokens) {
      this.tokens = new Map();
      for (const [id, names] of this.names)
        this.tokens.set(
          id,
          names.map((n) => slugId(n).split('-')),
        );
    }
    return this.tokens;
  }

  private wordIndex(): Map<string, string[]> {
    if (!this.words) {
      this.words = new Map();
      for (const [id, names] of this.allTokens()) {
        for (const word of new Set(names.flat())) {
          const ids = this.words.get(word);
          if (ids) ids.push(id);
          else this.words.set(word, [id]);
        }
      }
    }
    return this.words;
  }

  /** Ids of the aliases that start with `prefix`. */
  private idsWithPrefix(prefix: string): Array<string | null> {
    this.sorted ??= [...this.map.keys()].sort();
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Array<string | null> = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) out.push(this.map.get(sorted[i]) ?? null);
    return out;
  }

  /** Every effort id known to this file. */
  ids(): Set<string> {
    this.ready();
    const out = new Set<string>(this.names.keys());
    for (const v of this.map.values()) if (v) out.add(v);
    return out;
  }

  /**
   * An external reference that is another name of an effort of this file: exact alias, a unique branch prefix
   * (`sync-01` → `sync-01-interfaces`), or a unique run of name words (`Placement` → `Placement Types`).
   */
  resolve(ref: DependencyRef, selfId?: string, dependent = false): string | undefined {
    const text = ref.id;
    const waveNamed = WAVE_NAMED.exec(text.trim());
    if (waveNamed) return this.inWave(Number(waveNamed[1]), Number(waveNamed[2]), waveNamed[3], selfId);
    if (MILESTONE.test(text.trim())) return undefined;
    this.ready();
    const exact = this.lookup(text);
    if (exact) return exact;
    const key = normAlias(text);
    if (/^[\w.-]+$/.test(key) && /[-\d]/.test(key)) {
      let found: string | null | undefined;
      for (const id of this.idsWithPrefix(`${key}-`)) {
        if (!id) continue;
        found = found === undefined || found === id ? id : null;
      }
      if (found) return found;
    }
    return this.byName(text, selfId, dependent);
  }

  /**
   * `Wave 2.1 VW Core`: the effort so named in wave 2.1 (phase 2, wave 1), or effort 1 of wave 2 of the writer's
   * phase (`W6.2E1` style), when exactly one of them carries the name. `Wave 2.1 complete` names no effort.
   */
  private inWave(a: number, b: number, rest: string, selfId?: string): string | undefined {
    const run = slugId(rest).split('-').filter(Boolean);
    if (!run.length || run.length > 6 || MILESTONE_WORDS.test(rest)) return undefined;
    this.ready();
    const self = selfId ? parseEffortId(selfId) : undefined;
    const found = new Set<string>();
    for (const [id, names] of this.allTokens()) {
      if (id === selfId) continue;
      const p = parseEffortId(id);
      const placed =
        p &&
        ((p.phase === a && p.wave === b) ||
          (self !== undefined && p.phase === self.phase && p.wave === a && p.n === b));
      if (placed && names.some((t) => containsRun(t, run))) found.add(id);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** `dependent`: the name is of an effort that depends on the writer (a Blocks list), so in a later wave. */
  private byName(text: string, selfId?: string, dependent = false): string | undefined {
    const run = slugId(text).split('-').filter(Boolean);
    if (!run.length || run.length > 4 || run.join('') === 'effort') return undefined;
    let candidates: string[] = [];
    const tokens = this.allTokens();
    for (const id of this.wordIndex().get(run[0]) ?? []) {
      if (id === selfId) continue;
      if (tokens.get(id)!.some((t) => containsRun(t, run))) candidates.push(id);
    }
    const self = selfId ? parseEffortId(selfId) : undefined;
    if (candidates.length > 1 && self) {
      // Dependencies point backwards: prefer efforts of earlier waves (of later ones for what a Blocks list names).
      candidates = candidates.filter((id) => {
        const p = parseEffortId(id);
        const [a, b] = dependent ? [self, p] : [p, self];
        return a !== undefined && b !== undefined && (a.phase < b.phase || (a.phase === b.phase && a.wave < b.wave));
      });
    }
    return candidates.length === 1 ? candidates[0] : undefined;
  }
}

function containsRun(tokens: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

// `Effort 1` said in an effort of wave 2: wave 2's effort 1, when the file numbers its efforts within their waves;
// `Effort 2 (Wave 1)`, `Effort 2 of wave 1`: wave 1's effort 2.
const EFFORT_NUMBER = /^effort\s+#?(\d{1,3})(?!\d)(.*)$/i;

/** The effort a reference `Effort N` names in the referrer's own wave (`W2.N`, see the file's labels), if any. */
function sameWaveEffort(ref: DependencyRef, f: EffortFact, aliases: Aliases): string | undefined {
  const n = f.wave ? EFFORT_NUMBER.exec(ref.raw.trim()) : null;
  if (!n) return undefined;
  const q = qualifiedWave(n[2]);
  // Without a wave named, only `Effort N` itself (a note in brackets aside: ref.id is without it).
  if (!q && !/^effort\s+#?\d{1,3}$/i.test(ref.id.trim())) return undefined;
  const id = aliases.lookup(`W${q ? q.wave : f.wave!.value}.${Number(n[1])}`);
  return id === f.id ? undefined : id;
}

/** Rewrites external references that are other names of this file's efforts into effort references. */
// Indexed loops and no list of the three fields: under the CLI's V8 flags (processFlags.ts, no escape analysis) each
// `for…of` step allocates an iterator result, and this runs per fact.
export function resolveRefs(facts: EffortFact[], aliases: Aliases): void {
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    if (f.dependsOn) resolveList(f, f.dependsOn, aliases, false);
    if (f.parallelWith) resolveList(f, f.parallelWith, aliases, false);
    if (f.blocks) resolveList(f, f.blocks, aliases, true);
  }
}

function resolveList(f: EffortFact, list: RefList, aliases: Aliases, blocks: boolean): void {
  const refs = writtenRefs(list);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    if (!ref.external) continue;
    const id = sameWaveEffort(ref, f, aliases) ?? aliases.resolve(ref, f.id, blocks);
    if (id) {
      ref.id = id;
      ref.external = false;
    }
  }
}
