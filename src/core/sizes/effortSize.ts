// An effort's sizes, told once for every view: the estimate (plan), the actual lines recorded (state or plan) and
// the lines measured on its branch (git). Each view shows the same words, and any of them over the limit is a finding.
import type { Effort } from '../model/model';

/** Recorded actual lines win over the estimate (the size of work done, or of a plan's best guess). */
export function sizeOf(e: Pick<Effort, 'actualLines' | 'estimatedLines'>): number | undefined {
  return e.actualLines ?? e.estimatedLines;
}

/**
 * The lines of some efforts, and how many give no size: what a wave row, a summary node and a critical path add up
 * (each says `350+ lines` when some are unsized, and none says `0 lines` when all are). Unknown ids count as unsized.
 */
export function sizeTally(efforts: Iterable<Pick<Effort, 'actualLines' | 'estimatedLines'> | undefined>): {
  lines: number;
  unsized: number;
} {
  let lines = 0;
  let unsized = 0;
  for (const e of efforts) {
    const size = e && sizeOf(e);
    if (size === undefined) unsized++;
    else lines += size;
  }
  return { lines, unsized };
}
