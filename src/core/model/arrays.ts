// `a.push(...b)` passes every element as an argument: past ~120,000 elements V8 throws "Maximum call stack size
// exceeded". Lint forbids spreading into calls; this is the loop to use instead.

/**
 * Appends every item of `items` to `target` and returns `target`. An array by index: under the CLI's V8 flags
 * (no escape analysis) `for…of` allocates an iterator result per step even in optimized code.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  if (Array.isArray(items)) for (let i = 0; i < items.length; i++) target.push(items[i] as T);
  else for (const item of items) target.push(item);
  return target;
}

/** The largest number of `values`, or `empty` when there are none (Math.max(...values) overflows on big arrays). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let max = empty;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest number of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let min = empty;
  for (const v of values) if (v < min) min = v;
  return min;
}

/**
 * A short list at its exact size. An array grown by push keeps room for at least 17 items (152 bytes for one);
 * a plan keeps hundreds of thousands of small lists, so the ones it retains are copied to their size.
 */
export function fitted<T>(list: T[]): T[] {
  return list.length > 0 && list.length < 64 ? list.slice() : list;
}

/**
 * An empty list of `n` slots to fill from index 0, allocated at its final length. Past 1,024 it is an empty array
 * that grows as it is filled: new Array(n) of ~100,000 elements would be a dictionary.
 */
export function listOf<T>(n: number): T[] {
  return n <= 1024 ? new Array<T>(n) : [];
}

/**
 * `list.sort(compare)` in place, by insertion for a short list: as stable, with the same result for a consistent
 * comparator, without the set-up Array.prototype.sort pays per call (a merge sorts 10,000 lists of two).
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 8) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(list[j], x) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = x;
  }
  return list;
}

// Not frozen: `for…of` over a frozen array, met where plain arrays are iterated too, makes V8's optimized code fall
// back to the generic iterator, which allocates a result object per step (merge and checks of 10,000 efforts: 6 of
// 30 MB allocated, 8% of the main thread's time). The unit tests freeze it (test/unit/support/freezeShared.ts), so a
// write to it still fails there.
const EMPTY: readonly never[] = [];

/**
 * The one empty list that read results, facts, efforts and the graph keep where they hold nothing: 100,000 small
 * plans kept 300,000 empty arrays of 32 bytes each. Nothing may add to it (whoever adds to a list replaces it instead).
 */
export function noItems<T>(): T[] {
  return EMPTY as never[];
}
