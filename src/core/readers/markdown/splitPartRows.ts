// A table's split-part rows under the row of the effort they were split from (kcp's phase 6):
// `| Agent 1 | p6w1-cluster-controller | 650→1,311 | … | ✅ Split into 3 branches |` then
// `| - | p6w1-cluster-2-split | 1,583 | … | ✅ Complete (needs re-split) |`. Each part's size is the part's, never the
// effort's; the largest is kept (largestPart), so the size check can tell a split that did not bring a part within
// the limit from one that did.
import type { Span } from '../../model/model';
import { locateSize } from './fields/locatedValues';
import type { FactBuilder } from './facts';

/** `p6w1-cluster-2-split`, `p6w3-webhooks-split-1`, `E1.1.1-split-001`, in or out of backticks. */
const PART_BRANCH = /(?:[-_]\d{1,3}[-_]split|[-_]split[-_]?\d{1,3})`?\s*$/i;

interface Cell {
  text: string;
  column: number;
}

/** Whether a row's branch cell names a split part. */
export function isSplitPartRow(branch: Cell | undefined): boolean {
  return !!branch && branch.text.length < 300 && PART_BRANCH.test(branch.text);
}

/** Records the part's size (its first size cell) on the effort it was split from, when the largest so far. */
export function addSplitPart(
  b: FactBuilder,
  cells: readonly Cell[],
  sizeCols: readonly number[],
  at: (cell: Cell, start: number, end: number) => Span,
): void {
  for (const i of sizeCols) {
    const cell = cells[i];
    const size = cell && locateSize(cell.text);
    const found = size && (size.actual ?? size.estimated);
    if (!found) continue;
    const part = { value: found.value, span: at(cell, found.start, found.end) };
    if (!b.has('largestPart')) b.set('largestPart', part);
    else if (found.value > b.fact.largestPart!.value) b.fact.largestPart = part;
    return;
  }
}
