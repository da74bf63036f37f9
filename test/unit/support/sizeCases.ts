// A wave plan with one effort per size case (`### E1.1.N: Part N` over `**Estimated Lines**: SIZE`), for tests that
// read a table of size forms through the product's reader.
import { readPlanText } from '../../../src/core/readers';

export const SIZE_CASES_FILE = '/ws/WAVE-1.1-PLAN.md';

export function sizeCasesPlan(sizes: readonly string[]): string {
  return [
    '# Phase 1 Wave 1 Plan',
    '',
    ...sizes.flatMap((size, i) => [`### E1.1.${i + 1}: Part ${i + 1}`, `**Estimated Lines**: ${size}`, '']),
  ].join('\n');
}

/** Each case with the estimate the reader gives its effort. */
export function readSizeCases<T>(cases: ReadonlyArray<[string, T]>): Array<[string, number | undefined]> {
  const text = sizeCasesPlan(cases.map(([size]) => size));
  const byId = new Map(readPlanText(SIZE_CASES_FILE, text).efforts.map((f) => [f.id, f.estimatedLines?.value]));
  return cases.map(([size], i) => [size, byId.get(`E1.1.${i + 1}`)]);
}
