// `#### E1.1.1-split-001: api-types (core)`: a heading of one part of a split effort, in any plan.
import { SPLIT_SUFFIX } from '../../../model/ids';

const PART_HEAD = new RegExp(String.raw`(?:^|[^\d.])E?(\d{1,3})\.(\d{1,3})\.(\d{1,3})` + SPLIT_SUFFIX, 'i');
const SPLIT_WORD = /split/i;

/** Whether a heading's text names a split part (`E1.1.1-split-001`): it declares no effort of its own. */
export function isSplitPartHeading(text: string): boolean {
  return text.length < 300 && SPLIT_WORD.test(text) && PART_HEAD.test(text);
}

/** The effort and part number a split-part heading names. */
export function splitPartOf(text: string): { id: string; part: number } | undefined {
  const m = PART_HEAD.exec(text);
  return m ? { id: `E${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`, part: Number(m[4]) } : undefined;
}
