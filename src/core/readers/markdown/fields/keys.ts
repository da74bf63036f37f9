// Metadata keys → normalized key and model field, memoized: the same few dozen keys repeat in every plan.
import type { FactField, RefListField } from '../../../model/model';
import { milestonesIn } from '../../../model/milestones';
import { BRANCH_INSTRUCTION_KEYS, fieldForKey, normalizeKey } from '../../values';
import { EVERYDAY_DEPENDENCY_KEYS } from '../dependencyWords';
import { firstId } from './locatedValues';
import { saysNone } from './refs';

export interface KeyInfo {
  /** The key as first written: metadata lines keep this string rather than their own copy of it. */
  key: string;
  norm: string;
  field?: FactField;
  /** `Wave Status`, `Wave Base Branch`, `Phase Dependencies`: a field of the wave or phase the line is written for. */
  scopeField?: FactField;
  /** `After`, `Upstream`: also everyday words, so a value under one is a list only where namesWork says so. */
  everyday?: true;
  /** `Branch from`: an instruction, so its value is a base only where it is written as a branch (branchValue). */
  branchValued?: true;
}

const INSTRUCTION_BASE_KEYS: ReadonlySet<string> = new Set(BRANCH_INSTRUCTION_KEYS);
// `Base branch for this wave`, `Status for the phase`: a field of the wave or phase it names.
const FOR_SCOPE = /^(.+) (?:for|of) (?:this|the|each|every|all) (?:wave|phase)s?$/;

const cache = new Map<string, KeyInfo>();

export function keyInfo(key: string): KeyInfo {
  let info = cache.get(key);
  if (!info) {
    if (cache.size > 10_000) cache.clear(); // hostile files with endless distinct keys must not grow memory
    const norm = normalizeKey(key);
    info = { key, norm, field: fieldForKey(key) };
    const scoped = info.field ? undefined : (/^(?:wave|phase) (.+)$/.exec(norm) ?? FOR_SCOPE.exec(norm));
    if (scoped) info.scopeField = fieldForKey(scoped[1]);
    const own = scoped ? scoped[1] : norm;
    if (EVERYDAY_DEPENDENCY_KEYS.has(own)) info.everyday = true;
    if (INSTRUCTION_BASE_KEYS.has(own)) info.branchValued = true;
    cache.set(key, info);
  }
  return info;
}

// A heading that names a reference list (`## Dependencies`, `#### Prerequisites`, `## Predecessors`, `## Needs`,
// `## Waits for`, `## Blocked by`, `## Blocks`…) holds one of these words, and normalizeKey only lower-cases and turns
// marks into blanks, so text without one names none: most headings (one per effort) skip normalizing. `After` and
// `Upstream` are not among them: as keys they name a list only when their value names work (namesWork).
const REF_LIST_WORD = /dep|parallel|requi|block|need|predecess|wait|prereq/i;

/** The list field a heading such as `## Dependencies` names, if any. */
export function refListField(text: string): RefListField | undefined {
  if (!REF_LIST_WORD.test(text)) return undefined;
  const field = keyInfo(text).field;
  return field === 'dependsOn' || field === 'parallelWith' || field === 'blocks' ? field : undefined;
}

// A branch as written: in backticks, a first word with a slash (`release/3.x`, `origin/main`), or a trunk's name.
const BRANCH_VALUE = /^\s*(?:`[^`\s]+`|\[`?[^\]\s]+`?\]\(|[\w.-]+\/[^\s]*[\w]|(?:main|master|develop|trunk)\b)/;

/** Whether the value under an instruction key (`Branch from: \`release/3.x\``) is written as a branch. */
export function branchValue(value: string): boolean {
  return BRANCH_VALUE.test(value);
}

/** Whether a value under an everyday key (`After`) is a dependency list: it names an effort, a wave or phase, or none. */
export function namesWork(value: string): boolean {
  return firstId(value) !== undefined || saysNone(value) || milestonesIn(value, 0).length > 0;
}
