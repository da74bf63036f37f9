// The dependency tail of an effort's line, as list items and headings write it: `— depends on E1.1.1`,
// `(blocked by E2.1.1)`, `Parser (~300 LOC) blocked by E2.1.1`, `— after E2.1.2 (~400 lines)`.
import { WAITS_FOR_WORDS } from '../dependencyWords';
import { withoutTrailingSize } from './bulletSegments';
import { sizeInText } from './locatedValues';
import { namesWork } from './tailList';

// Also at the very start of the text after an id's dash (`- E2.1.2 — after E2.1.1`), where it leaves no name, and
// right after a size note (`Parser (~300 LOC) blocked by E2.1.1`, `Parser ~300 lines depends on E2.1.1`).
const BULLET_DEPS = new RegExp(
  String.raw`(?:^|\s*(?:[-–—,;:]\s*|\(\s*)|(?<=\)|\b(?:lines?|loc|sloc))\s+)(?:${WAITS_FOR_WORDS}|deps?:|after)\s+([^()]*?)\s*\)?\s*$`,
  'i',
);
const AFTER = /after\s+$/i;
// How each of BULLET_DEPS's words starts.
const TAIL_WORD = /dep|need|requir|block|wait|after/i;

/**
 * The dependency tail of an item's text (BULLET_DEPS), when its list names work (namesWork): after `after` only an
 * effort, a wave or a phase (`— after launch` is a note).
 */
function tailDeps(text: string): RegExpExecArray | null {
  // BULLET_DEPS is slow to fail (its start is tried at every position); most names hold none of its words.
  if (!TAIL_WORD.test(text)) return null;
  const deps = BULLET_DEPS.exec(text);
  if (!deps) return null;
  return namesWork(deps[1], AFTER.test(deps[0].slice(0, deps[0].indexOf(deps[1])))) ? deps : null;
}

/**
 * tailDeps, also before a size note that ends the text (`— after E2.1.1 (~400 lines)`, `refunds, depends on E2.1.2
 * (~250 LOC)`), with that size then. Offsets are the text's own: the size note only trims its end.
 */
export function depsAndSize(text: string): { deps: RegExpExecArray | null; size?: ReturnType<typeof sizeInText> } {
  const deps = tailDeps(text);
  if (deps) return { deps };
  const size = sizeInText(text);
  const bare = withoutTrailingSize(text, size);
  const before = bare === text ? null : tailDeps(bare);
  return before ? { deps: before, size } : { deps: null };
}

/**
 * A heading's dependency tail, located: where the text before it ends (`cut`), the list it names (at `start`), and the
 * size note that follows it, if any. Only after a dependency word: a heading's `(after 1.1.1 lines)` is a note.
 */
export function dependencyTail(
  text: string,
): { cut: number; list: string; start: number; size?: ReturnType<typeof sizeInText> } | undefined {
  const { deps, size } = depsAndSize(text);
  if (!deps || AFTER.test(deps[0].slice(0, deps[0].indexOf(deps[1])))) return undefined;
  const list = deps[1].trimEnd();
  // `— depends on` with nothing after it, or a tail that is all the text: no list, or no name before it.
  if (!list) return undefined;
  return { cut: deps.index, list, start: deps.index + deps[0].indexOf(deps[1]), ...(size ? { size } : {}) };
}
