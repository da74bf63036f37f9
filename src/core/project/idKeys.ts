// Each effort's id read once per project: the merge packs every numbered id into one number (packedIdKey) as it
// orders the efforts, and what asks for a wave's or a number's efforts (did-you-mean, a split's next free number)
// searches those keys instead of parsing every id again in code that a cold process runs once.
import { keyNumber, keyPhase, keyWave, packedIdKey, phaseKeyRange, waveKeyRange } from '../model/ids';
import type { Project } from '../model/model';

/**
 * Per node (index in project.efforts), its id's packed key: numbered ids first, keys never decreasing, then NaN for
 * the ids that are not numbered. Lent only when every numbered id packs (a fuzzer's id may not).
 */
export type IdKeys = Float64Array;

const lent = new WeakMap<Project, IdKeys>();

export function lendIdKeys(project: Project, keys: IdKeys): void {
  lent.set(project, keys);
}

/** The project's keys by node, if the merge that made it lent them. */
export function idKeysOf(project: Project): IdKeys | undefined {
  return lent.get(project);
}

/**
 * The first index of never-decreasing `keys` whose key is not below `key` (keys.length when none is; a NaN counts as
 * above every key), by steps that double away from `near`, then by halving: a dependency is mostly written near its
 * dependent, a step or two away, and a search that walks on through a list finds each next key near the last.
 */
export function firstNotBelow(keys: Float64Array, key: number, near = 0): number {
  // The answer lies in [lo, hi].
  let lo = Math.min(Math.max(near, 0), keys.length);
  let hi = lo;
  let step = 1;
  if (lo < keys.length && keys[lo] < key) {
    lo++;
    hi = Math.min(lo + step, keys.length);
    while (hi < keys.length && keys[hi] < key) {
      lo = hi + 1;
      step *= 2;
      hi = Math.min(lo + step, keys.length);
    }
  } else {
    lo = Math.max(hi - step, 0);
    while (lo > 0 && !(keys[lo] < key)) {
      hi = lo;
      step *= 2;
      lo = Math.max(hi - step, 0);
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The highest effort number of wave `phase.wave` (0 when none of its ids has one): its last key. */
export function highestNumberIn(keys: IdKeys, phase: number, wave: number): number {
  const range = waveKeyRange(phase, wave);
  if (!range) return 0;
  const end = firstNotBelow(keys, range[1]);
  return end > 0 && keys[end - 1] >= range[0] ? keyNumber(keys[end - 1]) : 0;
}

/** The nodes of wave `phase.wave`, in node order. */
export function nodesOfWave(keys: IdKeys, phase: number, wave: number): number[] {
  const range = waveKeyRange(phase, wave);
  const out: number[] = [];
  if (!range) return out;
  const end = firstNotBelow(keys, range[1]);
  for (let i = firstNotBelow(keys, range[0]); i < end; i++) out.push(i);
  return out;
}

/** The nodes numbered `n` in any wave of phase `phase`, in node order: one search per wave, from the last. */
export function nodesOfPhaseNumbered(keys: IdKeys, phase: number, n: number): number[] {
  const range = phaseKeyRange(phase);
  const out: number[] = [];
  if (!range || Number.isNaN(packedIdKey(phase, 0, n))) return out;
  const end = firstNotBelow(keys, range[1]);
  for (let i = firstNotBelow(keys, range[0]); i < end;) {
    const wave = keyWave(keys[i]);
    i = pushEqual(keys, packedIdKey(phase, wave, n), i, out);
    i = firstNotBelow(keys, waveKeyRange(phase, wave)![1], i);
  }
  return out;
}

/** The nodes numbered `n` in wave `wave` of any phase, in node order: one search per phase, from the last. */
export function nodesOfWaveNumbered(keys: IdKeys, wave: number, n: number): number[] {
  const out: number[] = [];
  if (Number.isNaN(packedIdKey(0, wave, n))) return out;
  // Numbered ids first: the end of them is the first NaN.
  const end = firstNotBelow(keys, Infinity);
  for (let i = 0; i < end;) {
    const phase = keyPhase(keys[i]);
    i = pushEqual(keys, packedIdKey(phase, wave, n), i, out);
    i = firstNotBelow(keys, phaseKeyRange(phase)![1], i);
  }
  return out;
}

/** Pushes the nodes whose key is `key`, searching from `near`; returns where the search stopped. */
function pushEqual(keys: IdKeys, key: number, near: number, out: number[]): number {
  let i = firstNotBelow(keys, key, near);
  for (; i < keys.length && keys[i] === key; i++) out.push(i);
  return i;
}
