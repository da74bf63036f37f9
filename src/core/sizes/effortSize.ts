// An effort's sizes, told once for every view: the estimate (plan), the actual lines recorded (state or plan) and
// the lines measured on its branch (git). Each view shows the same words, and any of them over the limit is a finding.
import type { Effort } from '../model/model';

/** Recorded actual lines win over the estimate (the size of work done, or of a plan's best guess). */
export function sizeOf(e: Pick<Effort, 'actualLines' | 'estimatedLines'>): number | undefined {
  return e.actualLines ?? e.estimatedLines;
}
