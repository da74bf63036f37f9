// Every status word and mark Waveplan knows, in one list: parseStatus reads a status from them (the first status, in
// the list's order, whose term the text holds), and an effort heading's status tail (`logger (IN PROGRESS)`,
// `config-loader ✅ COMPLETE`) starts at one of the terms marked `heading`.
import type { EffortStatus } from '../model/model';

export type KnownStatus = Exclude<EffortStatus, 'unknown'>;

interface StatusTerm {
  /** Pattern inside an upper-cased text (a substring: `COMPLETE` is also in `COMPLETED`). */
  re: string;
  /** What the term says; none for a mark that only starts a heading's tail (`❌ BLOCKED`). */
  status?: KnownStatus;
  /** Also starts a heading's status tail: a mark anywhere, or (this pattern) an upper-case word after a dash or bracket. */
  heading?: 'mark' | string;
}

// Order matters: done before cancelled before blocked before review before in progress before planned (`REVIEW_PASSED` is done).
const TERMS: readonly StatusTerm[] = [
  { re: '✅', status: 'done', heading: 'mark' },
  // Without the emoji variation selector too (`✔` U+2714 alone is what many keyboards and tools write).
  { re: '☑', status: 'done', heading: 'mark' },
  { re: '✔', status: 'done', heading: 'mark' },
  { re: 'COMPLETE', status: 'done', heading: 'COMPLETED?' },
  // Not inside a word: `ABANDONED` holds `DONE`.
  { re: '(?<![A-Z])DONE', status: 'done', heading: 'DONE' },
  { re: 'MERGED', status: 'done', heading: 'MERGED' },
  { re: 'IMPLEMENTED', status: 'done' },
  { re: 'FINISHED', status: 'done' },
  { re: 'ACCEPTED', status: 'done' },
  { re: 'APPROVED', status: 'done' },
  { re: 'REVIEW_PASSED', status: 'done' },
  { re: 'PASSED', status: 'done' },
  // Past merging: the work is out (`Shipped`, `Released in 2.3`, `Deployed`, `Landed`).
  { re: 'SHIPPED', status: 'done' },
  { re: '(?<![A-Z])RELEASED', status: 'done' },
  { re: 'DEPLOYED', status: 'done' },
  { re: '(?<![A-Z])LANDED(?![A-Z])', status: 'done' },
  // An issue or ticket closed is finished (`Closed`, `closed as completed`), unless closed as something else.
  {
    re: "(?<![A-Z])CLOSED(?![A-Z])(?![^A-Z]*(?:AS[\\s_-]+)?(?:NOT|WON'?T|WONTFIX|DUPLICATE|INVALID|WITHOUT)\\b)",
    status: 'done',
  },
  // Work that will not be done: after done (`Merged; old adapter superseded` is done), before every status of work.
  { re: 'CANCELL?ED', status: 'cancelled', heading: 'CANCELL?ED' },
  { re: 'ABANDONED', status: 'cancelled', heading: 'ABANDONED' },
  { re: 'DE-?SCOPED', status: 'cancelled', heading: 'DE-?SCOPED' },
  { re: 'OBSOLETE', status: 'cancelled' },
  { re: 'SUPERSEDED', status: 'cancelled' },
  { re: "\\bWON'?T[\\s_-]+(?:DO|FIX)\\b", status: 'cancelled' },
  { re: 'WONTFIX', status: 'cancelled' },
  { re: '(?<![A-Z])CLOSED[\\s_-]+AS[\\s_-]+(?:NOT[\\s_-]+PLANNED|DUPLICATE|INVALID)', status: 'cancelled' },
  // `Dropped`, `~~Dropped~~ (moved to 3.2)` as the status itself; `Planned (dropped caching)` is still planned.
  { re: '^[^A-Z0-9]*DROPPED\\b', status: 'cancelled' },
  { re: '🚫', status: 'cancelled', heading: 'mark' },
  { re: '(?<![A-Z])SKIPPED(?![A-Z])', status: 'cancelled' },
  // Task trackers' `[-] shelved` ("intentionally not to be done, reversible") and `[-] discarded`.
  { re: '(?<![A-Z])SHELVED(?![A-Z])', status: 'cancelled' },
  { re: '(?<![A-Z])DISCARDED(?![A-Z])', status: 'cancelled' },
  { re: 'BLOCKED', status: 'blocked', heading: 'BLOCKED' },
  { re: 'FAILED', status: 'blocked' },
  { re: 'NEEDS_FIXES', status: 'blocked' },
  { re: 'NEEDS FIXES', status: 'blocked' },
  // Work that stopped and waits: `On hold`, `Paused`, `Stalled`, `Waiting on E1.2.1`, `Needs rework`.
  { re: '(?<![A-Z])ON[\\s_-]+HOLD(?![A-Z])', status: 'blocked' },
  { re: '(?<![A-Z])PAUSED(?![A-Z])', status: 'blocked' },
  { re: '(?<![A-Z])STALLED(?![A-Z])', status: 'blocked' },
  { re: '(?<![A-Z])WAITING(?![\\s_-]+(?:FOR|ON)[\\s_-]+(?:A[\\s_-]+)?REVIEW)', status: 'blocked' },
  { re: '(?<![A-Z])REWORK(?![A-Z])', status: 'blocked' },
  // Turned back or backed out: not done, and still work to plan for (a cancelled effort would leave the checks).
  { re: '(?<![A-Z])REJECTED(?![A-Z])', status: 'blocked' },
  { re: '(?<![A-Z])REVERTED(?![A-Z])', status: 'blocked' },
  { re: 'REVIEW', status: 'review', heading: 'IN[ _-]REVIEW' },
  // A pull request whose reviewer asked for changes is still under review.
  { re: 'CHANGES[\\s_-]+REQUESTED', status: 'review' },
  // `Needs work`, `needs-work`, `NEEDS_CHANGES`: the reviewer's verdict, the same state as changes requested.
  { re: '(?<![A-Z])NEEDS[\\s_-]+(?:WORK|CHANGES)(?![A-Z])', status: 'review' },
  // `pr_open`, `PR raised`, `open PR`: the code is written and waits for review.
  { re: '\\bPR[\\s_-]*(?:#\\d+[\\s_-]*)?(?:OPEN|OPENED|CREATED|RAISED)\\b', status: 'review' },
  // Being verified: `QA`, `In testing`.
  { re: '(?<![A-Z])QA(?![A-Z])', status: 'review' },
  { re: '(?<![A-Z])TESTING(?![A-Z])', status: 'review' },
  { re: '\\bOPEN[\\s_-]+PR\\b', status: 'review' },
  { re: 'IN[_ -]?PROGRESS', status: 'in-progress', heading: 'IN[ _-]PROGRESS' },
  { re: '\\bWIP\\b', status: 'in-progress', heading: 'WIP' },
  { re: 'ACTIVE', status: 'in-progress' },
  { re: 'STARTED', status: 'in-progress' },
  { re: 'IMPLEMENTING', status: 'in-progress' },
  // An orchestrator's state `IMPLEMENTATION`, `SPLIT_IMPLEMENTATION`, `In implementation` (its plan is `…_PLAN…`).
  { re: '(?<![A-Z])IMPLEMENTATION(?![\\s_-]*PLAN)(?![A-Z])', status: 'in-progress' },
  { re: 'WORKING', status: 'in-progress' },
  // Kanban columns: `Doing`, `In flight`.
  { re: '(?<![A-Z])DOING(?![A-Z])', status: 'in-progress' },
  { re: '(?<![A-Z])IN[\\s_-]+FLIGHT(?![A-Z])', status: 'in-progress' },
  // `Coding`, `In development`, `Under way`, `Ongoing`: the status itself (`Planned: coding starts Monday` is planned).
  { re: '^[^A-Z0-9]*CODING(?![A-Z])', status: 'in-progress' },
  { re: '(?<![A-Z])IN[\\s_-]+DEVELOPMENT(?![A-Z])', status: 'in-progress' },
  { re: '(?<![A-Z])UNDER[\\s_-]?WAY(?![A-Z])', status: 'in-progress' },
  { re: '(?<![A-Z])ONGOING(?![A-Z])', status: 'in-progress' },
  { re: '🔄', status: 'in-progress', heading: 'mark' },
  { re: '🚧', status: 'in-progress', heading: 'mark' },
  { re: 'PLANN', status: 'planned' },
  // An orchestrator's `EFFORT_PLAN_CREATION`, `plan created`: the effort is being planned.
  { re: '(?<![A-Z])PLAN[\\s_-]*(?:CREATION|CREATED)(?![A-Z])', status: 'planned' },
  { re: 'PENDING', status: 'planned', heading: 'PENDING' },
  { re: 'NOT[_ ]STARTED', status: 'planned', heading: 'NOT[ _-]STARTED' },
  { re: 'TODO', status: 'planned' },
  { re: 'READY', status: 'planned' },
  // Not begun, and not yet due: `Deferred`, `Postponed`, `Queued`, `Backlog`, `Up next`, `Draft`.
  { re: 'DEFERRED', status: 'planned' },
  { re: 'POSTPONED', status: 'planned' },
  { re: '(?<![A-Z])QUEUED(?![A-Z])', status: 'planned' },
  { re: '(?<![A-Z])BACKLOG(?![A-Z])', status: 'planned' },
  { re: '(?<![A-Z])UP[\\s_-]+NEXT(?![A-Z])', status: 'planned' },
  { re: '(?<![A-Z])DRAFT(?![A-Z])', status: 'planned' },
  { re: '⏳', status: 'planned', heading: 'mark' },
  { re: '❌', heading: 'mark' },
  { re: '⛔', heading: 'mark' },
];

/** Per status, in precedence order, the pattern of its terms. */
export const STATUS_PATTERNS: ReadonlyArray<readonly [KnownStatus, RegExp]> = (
  ['done', 'cancelled', 'blocked', 'review', 'in-progress', 'planned'] as const
).map(
  (s) =>
    [
      s,
      new RegExp(
        TERMS.filter((t) => t.status === s)
          .map((t) => t.re)
          .join('|'),
      ),
    ] as const,
);

/** The marks that start a heading's status tail (`✅`, `🚧`, `❌`…). */
export const HEADING_MARKS: readonly string[] = TERMS.filter((t) => t.heading === 'mark').map((t) => t.re);

/** Alternation of the upper-case words that, after a dash or bracket, start a heading's status tail. */
export const HEADING_WORDS: string = TERMS.flatMap((t) => (t.heading && t.heading !== 'mark' ? [t.heading] : [])).join(
  '|',
);

// A text that is only a status, in any case: `in progress`, `in review`, `Status: Complete`, `done 2026-05-01`; not
// `Done Handler` or `review tooling`. What a title's or heading's tail after a dash or in brackets may be.
const STATUS_PHRASE =
  /^\s*(?:status\s*:\s*)?(?:done|complete|completed|finished|merged|in[ _-]?progress|wip|blocked|(?:in[ _-])?review|planned|not[ _-]started|pending|todo|to[ _-]do|cancell?ed|skipped|deferred)\b[\s\d./:-]*$/i;

export function isStatusPhrase(text: string): boolean {
  return STATUS_PHRASE.test(text);
}
