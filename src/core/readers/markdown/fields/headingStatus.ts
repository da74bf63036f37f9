// A status written at the end of an effort heading: `E1.1.1: config-loader ✅ COMPLETE`, `logger (IN PROGRESS)`,
// `cache-layer — BLOCKED on E1.1.2`. It is the effort's status, and not part of its name.
import type { EffortStatus } from '../../../model/model';
import { parseStatus, type Found } from '../../values';
import { HEADING_MARKS, HEADING_WORDS, isStatusPhrase } from '../../statusTerms';

// A status mark and whatever follows it, or an upper-case status word after a dash, a bar or an opening bracket.
const MARK_TAIL = new RegExp(`\\s*[-–—|:]?\\s*[([]?\\s*(?:${HEADING_MARKS.join('|')})`, 'u');
// Without a code unit at least as high as the lowest first code unit of a mark, MARK_TAIL (a Unicode pattern tried at
// every position of every effort heading) cannot match: a cheap test first.
const LOWEST_MARK = HEADING_MARKS.reduce((low, m) => Math.min(low, m.charCodeAt(0)), 0xffff);
const MARK_CHAR = new RegExp(`[\\u${LOWEST_MARK.toString(16).padStart(4, '0')}-\\uffff]`);
// `Parser — needs review`, `Lexer (in progress)`: in any case, a tail after a spaced dash or bar, or in brackets, that
// is only a status (isStatusPhrase) and follows a name; `Done Handler` and `Review tooling` keep their words.
const PHRASE_TAIL = /\s+(?:[-–—|]\s+([^-–—|()[\]]{1,30}?)|[([]\s*([^()[\]]{1,30}?)\s*[)\]])\s*$/;
const NAMED = /[\p{L}\p{N}]/u;
function phraseTail(rest: string): RegExpExecArray | null {
  const m = PHRASE_TAIL.exec(rest);
  return m && isStatusPhrase(m[1] ?? m[2]) && NAMED.test(rest.slice(0, m.index)) ? m : null;
}
// `GraphQL API (dropped)`: a note in brackets that the effort was given up (statusTerms reads `DROPPED` only as a
// status's first word, and isStatusPhrase has no `dropped`: `Planned (dropped caching)` is still planned).
const DROPPED_TAIL = /\s*[([]\s*(?:dropped|de-?scoped)\s*[)\]]\s*$/i;
const WORD_TAIL = new RegExp(`\\s*(?:[-–—|:]\\s*|[([]\\s*)(?:${HEADING_WORDS})\\b`);
// Each of WORD_TAIL's words starts with two capitals: a cheap test first (its start is tried at every position).
const CAPITALS = /[A-Z]{2}/;

/** The status tail of a heading's text after its id, with its offsets, or undefined. */
export function headingStatus(rest: string): Found<Exclude<EffortStatus, 'unknown'>> | undefined {
  const m =
    (MARK_CHAR.test(rest) ? MARK_TAIL.exec(rest) : null) ??
    (CAPITALS.test(rest) ? WORD_TAIL.exec(rest) : null) ??
    phraseTail(rest);
  if (!m) return droppedTail(rest);
  const status = parseStatus(rest.slice(m.index));
  if (status === 'unknown') return undefined;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { value: status, start, end: rest.trimEnd().length };
}

function droppedTail(rest: string): Found<'cancelled'> | undefined {
  const m = DROPPED_TAIL.exec(rest);
  if (!m || !NAMED.test(rest.slice(0, m.index))) return undefined;
  return { value: 'cancelled', start: m.index + m[0].length - m[0].trimStart().length, end: rest.trimEnd().length };
}

// `### ❌ Effort 1.2.2: GraphQL API`: before an effort heading's id the cross strikes the effort out. (In a heading's
// tail, `❌ BLOCKED`, and in status tables it starts or marks other states, so it has no status of its own there.)
const STRUCK_MARK = '❌';

/**
 * A status mark before the id of an effort heading, `✅ E1.1.1: logger`, `🚧 Effort 2.1.3`: the mark and its offsets,
 * or undefined. Only marks that say a status count (a leading `📦` or `🌊` is decoration).
 */
export function leadingStatus(text: string, idStart: number): Found<Exclude<EffortStatus, 'unknown'>> | undefined {
  for (let i = 0; i < idStart; i++) {
    if (text.charCodeAt(i) < LOWEST_MARK) continue;
    const mark = HEADING_MARKS.find((m) => text.startsWith(m, i));
    if (!mark) continue;
    const status = mark === STRUCK_MARK ? 'cancelled' : parseStatus(mark);
    if (status !== 'unknown') return { value: status, start: i, end: i + mark.length };
  }
  return undefined;
}
