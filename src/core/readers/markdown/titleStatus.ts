// The status a wave's or phase's title ends with, the one rule for its name (without it) and its efforts (done when
// it says done): `Foundation ✅ COMPLETE`, `Index (complete)`, `Facets [DONE]`, `Query — Done`, `Parser done`, or
// COMPLETE / DONE in capitals anywhere. A name that only starts with such a word, `Done Handler`, `Complete rewrite of
// the parser`, says no status.
import type { EffortStatus } from '../../model/model';
import { parseStatus } from '../values';
import { isStatusPhrase } from '../statusTerms';

export interface TitleStatus {
  status: EffortStatus;
  /** Where the status starts in the title, its separator (` — `, `(`) included: the name ends there. */
  start: number;
  /** The status's own mark or words, for its span. */
  markIndex: number;
  markLength: number;
}

const CHECK = /✅/u;
// `(complete)`, `(Status: Complete)` closing the title; `[DONE]` too, when only a status.
const NOTE_AT_END = /\(([^()]{1,60})\)\s*$/;
const BRACKETS_AT_END = /\[([^[\]]{1,30})\]\s*$/;
// `— Done`, ` - in progress`, `| COMPLETE` closing the title: a short tail after a spaced dash or a bar.
const DASH_TAIL = /\s[-–—|]\s+([^-–—|]{1,30}?)\s*$/;
// `Parser done`, `Tests complete`: the last word, after a name of its own.
const LAST_WORD = /(?<=\S)(?<!\b(?:not|never|almost|nearly|half))\s+(done|complete|completed)\s*[.!]?\s*$/i;
const SHOUTED = /\b(?:COMPLETED?|DONE)\b/;
const NAMED = /[\p{L}\p{N}]/u;
const ONLY_DONE = /(?<=^[^\p{L}\p{N}]*)(?:done|complete|completed)(?=[^\p{L}\p{N}]*$)/iu;

export function titleStatus(title: string): TitleStatus | undefined {
  if (!mayHaveStatus(title)) return undefined;
  const check = CHECK.exec(title);
  if (check) return { status: 'done', start: check.index, markIndex: check.index, markLength: check[0].length };
  for (const tail of [NOTE_AT_END, BRACKETS_AT_END, DASH_TAIL, LAST_WORD]) {
    const m = tail.exec(title);
    if (!m) continue;
    // `Wave 3 — Review`: a tail with no name before it is the name.
    if (tail !== NOTE_AT_END && !NAMED.test(title.slice(0, m.index))) continue;
    const status = parseStatus(m[1]);
    // A note in parentheses is set apart enough (`(COMPLETE - all merged)`); a bare tail must be only a status.
    if (status === 'unknown' || (tail !== NOTE_AT_END && !isStatusPhrase(m[1]))) continue;
    const at = m.index + m[0].indexOf(m[1]);
    return { status, start: m.index, markIndex: at, markLength: m[1].length };
  }
  // `Wave 4: Done`: a title that is only the word says it, and keeps it as its name, as it always did.
  const only = ONLY_DONE.exec(title);
  if (only) return { status: 'done', start: title.length, markIndex: only.index, markLength: only[0].length };
  const shouted = SHOUTED.exec(title);
  // Not stripped from the name: `Foundation COMPLETE — next steps` may go on after it.
  return shouted
    ? { status: 'done', start: title.length, markIndex: shouted.index, markLength: shouted[0].length }
    : undefined;
}

/**
 * Whether a title holds what one of the patterns above needs: `✅`, a closing bracket, a dash or a bar, or the words
 * done or complete. Most titles (`Wave 3: Search`) hold none, and skip the seven patterns.
 */
function mayHaveStatus(title: string): boolean {
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    // ) ] - | – — ✅
    if (c === 0x29 || c === 0x5d || c === 0x2d || c === 0x7c || c === 0x2013 || c === 0x2014 || c === 0x2705)
      return true;
  }
  return hasAsciiWord(title, 'done') || hasAsciiWord(title, 'complete');
}

/** Whether `title` holds `word` (lowercase ASCII) in any ASCII case, as the patterns above (`i`, ASCII words) see it. */
function hasAsciiWord(title: string, word: string): boolean {
  const first = word.charCodeAt(0);
  next: for (let i = 0; i + word.length <= title.length; i++) {
    if ((title.charCodeAt(i) | 0x20) !== first) continue;
    for (let k = 1; k < word.length; k++) if ((title.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}
