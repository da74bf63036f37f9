// The words that say "what follows is what this effort waits for". One list, so a word learnt in one place is read in
// all: keys (`**After**:`, `Prerequisite:`, `depends_on:` in a block), table headers (`| Predecessors |`) and list
// items with no colon (`- Depends on E1.1.1`) take DEPENDENCY_KEYS; running text (bullet tails, `·` parts, Mermaid
// link labels) takes the verbs, WAITS_FOR_WORDS, each place with its own extras.
export const WAITS_FOR_WORDS = String.raw`depends\s+on|needs|requires|blocked\s+by|waits?\s+(?:for|on)`;

/** Keys as normalizeKey writes them (lower case, marks as blanks), whose value lists what the effort waits for. */
export const DEPENDENCY_KEYS = [
  'dependencies',
  'dependency',
  'deps',
  'depends on',
  'depends',
  'depends upon',
  'dependent on',
  'upstream dependencies',
  'blocked by',
  'blocked on',
  'requires',
  'needs',
  'prerequisites',
  'prerequisite',
  'prereqs',
  'prereq',
  'pre reqs',
  'predecessors',
  'predecessor',
  'waits for',
  'waits on',
  'waiting for',
  'waiting on',
  'after',
  'starts after',
  'runs after',
  'upstream',
  // kcp's wave sections: `**Start Condition**: Wave 1 complete` (`Immediate` names nothing, so is no list).
  'start condition',
  'start conditions',
  'starts when',
  'entry criteria',
] as const;

/**
 * Of those, everyday words (`After: the demo, we freeze`, `Upstream: origin/main`): a value under one is a list only
 * where it names an effort, a wave or phase, or none (keys.ts, listUnder).
 */
export const EVERYDAY_DEPENDENCY_KEYS: ReadonlySet<string> = new Set([
  'after',
  'starts after',
  'runs after',
  'upstream',
  'start condition',
  'start conditions',
  'starts when',
  'entry criteria',
]);
