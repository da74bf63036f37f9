// A status written at the end of an effort heading: `E1.1.1: config-loader ✅ COMPLETE`, `logger (IN PROGRESS)`,
// `cache-layer — BLOCKED on E1.1.2`. It is the effort's status, and not part of its name.
import type { EffortStatus } from '../../../model/model';
import { parseStatus, type Found } from '../../values';

// A status mark and whatever follows it, or an upper-case status word after a dash, a bar or an opening bracket.
const MARK_TAIL = /\s*[-–—|:]?\s*[([]?\s*(?:✅|☑️|✔️|🚧|🔄|⏳|❌|⛔)/u;
// Every mark starts with a code unit at or past U+23F3 (⏳): without one, MARK_TAIL (a Unicode pattern tried at every
// position of every effort heading) cannot match.
const MARK_CHAR = /[\u23f3-\uffff]/;
const WORD_TAIL =
  /\s*(?:[-–—|:]\s*|[([]\s*)(?:COMPLETED?|DONE|MERGED|IN[ _-]PROGRESS|IN[ _-]REVIEW|BLOCKED|PENDING|NOT[ _-]STARTED|WIP)\b/;

/** The status tail of a heading's text after its id, with its offsets, or undefined. */
export function headingStatus(rest: string): Found<Exclude<EffortStatus, 'unknown'>> | undefined {
  const m = (MARK_CHAR.test(rest) ? MARK_TAIL.exec(rest) : null) ?? WORD_TAIL.exec(rest);
  if (!m) return undefined;
  const status = parseStatus(rest.slice(m.index));
  if (status === 'unknown') return undefined;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { value: status, start, end: rest.trimEnd().length };
}
