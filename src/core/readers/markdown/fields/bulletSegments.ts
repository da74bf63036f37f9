// `1. **E2.2.1 — report-engine** · ~560 lines · depends on E2.1.3 · blocked`: a bullet whose fields follow its
// name, apart by `·`, `•` or `|` (or by spaced dashes, `**E1.2.2** Migrations — est. 300 lines — blocked by E1.2.1`,
// when a part after the name reads as a field). The first part is the name; each other part is a size, a dependency
// list, a Blocks list (`blocks E2.3.1`), a branch or a status, each located in the item.
import type { EffortStatus, Span } from '../../../model/model';
import type { FactBuilder } from '../facts';
import { parseStatus, type Found } from '../../values';
import { firstId, sizeInText } from './locatedValues';
import { WAITS_FOR_WORDS } from '../dependencyWords';
import { HEADING_WORDS } from '../../statusTerms';
import { FIELD_MARK, FIELD_SEPARATOR } from './metadata';
import { readRefs } from './refs';
import { namesWork } from './tailList';

const SEG_DEPS = new RegExp(String.raw`^(?:${WAITS_FOR_WORDS}|deps?:?|after)\s+(.+?)\s*$`, 'i');
// Applied to trimmed parts: the list runs to the end (no lazy group beside a trailing `\s*` to backtrack over).
const SEG_BLOCKS = /^blocks:?\s+(\S.*)$/i;
// `` branch `feat/ledger` ``, `branch: feat/ledger`, or a branch alone in backticks (`` `feat/ledger` ``, with a slash and
// no file extension: `` `src/ledger.ts` `` is a file).
const SEG_BRANCH = /^(?:branch:?\s+`?([A-Za-z0-9][\w./-]*[A-Za-z0-9])`?|`([A-Za-z0-9][\w.-]*\/[\w./-]*[A-Za-z0-9])`)$/i;
const FILE_EXTENSION = /\.[A-Za-z]\w{0,4}$/;

/** The branch a part names, located in the part, or undefined. */
function branchPart(text: string): { value: string; start: number } | undefined {
  const m = SEG_BRANCH.exec(text);
  const value = m?.[1] ?? m?.[2];
  if (!m || !value || (m[2] && FILE_EXTENSION.test(value))) return undefined;
  return { value, start: m[0].length - value.length - (m[0].endsWith('`') ? 1 : 0) };
}

/** `blocks E2.3.1, E2.3.2`: only with an id (`— blocks and pages` is part of a name). */
function blocksPart(text: string): RegExpExecArray | null {
  const m = SEG_BLOCKS.exec(text);
  return m && firstId(m[1]) ? m : null;
}

export interface BulletParts {
  /** Where the name part ends in the text after the id. */
  nameEnd: number;
  parts: Array<{ text: string; start: number }>;
}

/** The parts of the text after a bullet's id, or undefined when it holds no field marks. */
export function bulletParts(body: string): BulletParts | undefined {
  if (!FIELD_MARK.test(body) || body.length > 500) return undefined;
  return split(body, FIELD_SEPARATOR);
}

// A spaced em or en dash; a hyphen is too common inside names (`go-containerregistry - builder`).
const DASH_SEPARATOR = /[ \t]+[—–][ \t]+/g;

/**
 * The parts of the text after a bullet's id apart by spaced dashes, only when one after the name is a field: a name
 * may hold a dash itself (`Registry Override — Viper Integration`).
 */
export function dashParts(body: string): BulletParts | undefined {
  if (body.length > 500 || (body.indexOf('—') < 0 && body.indexOf('–') < 0)) return undefined;
  const parts = split(body, DASH_SEPARATOR);
  return parts?.parts.some((p) => isField(p.text.trimEnd())) ? parts : undefined;
}

// A sentence's end (`Feed (~500 lines). Depends on E1.2.1.`), not an abbreviation's (`est. 300 lines`, `approx. 200`).
const SENTENCE_SEPARATOR = /(?<!\b(?:est|approx|ca|e\.g|i\.e|vs|etc|no|incl))\.[ \t]+(?=\S)/gi;

/** The sentences after a bullet's name, only when one of them is a field and nothing more (as dashParts). */
export function sentenceParts(body: string): BulletParts | undefined {
  if (body.length > 500 || body.indexOf('. ') < 0) return undefined;
  const found = split(body, SENTENCE_SEPARATOR);
  if (!found) return undefined;
  // Each sentence without its full stop: `Depends on E1.2.1.` lists E1.2.1, located without the stop.
  const parts = found.parts.map((p) => ({ text: p.text.trimEnd().replace(/\.$/, ''), start: p.start }));
  return parts.some((p) => isField(p.text)) ? { nameEnd: found.nameEnd, parts } : undefined;
}

function split(body: string, separator: RegExp): BulletParts | undefined {
  const parts: BulletParts['parts'] = [];
  let nameEnd = -1;
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(body); m; m = separator.exec(body)) {
    if (nameEnd < 0) nameEnd = m.index;
    else parts.push({ text: body.slice(from, m.index), start: from });
    from = m.index + m[0].length;
  }
  if (nameEnd < 0) return undefined;
  parts.push({ text: body.slice(from), start: from });
  return { nameEnd, parts };
}

/** A part that is a field and nothing more: `est. 300 lines`, not `Viper Integration (~300 lines)`. */
function isField(text: string): boolean {
  if (
    SEG_DEPS.test(text) ||
    blocksPart(text) ||
    branchPart(text) ||
    (text.length <= 30 && parseStatus(text) !== 'unknown')
  )
    return true;
  const size = sizeInText(text);
  return !!size && wordCount(text.slice(0, size.start) + text.slice(size.end)) <= 3;
}

// What may stand before a size that ends a name, to cut it from the name: `(~500 LOC`, `— est. 500 lines`, `[500 LOC`,
// or only a blank before an approximate figure, `Printer ~300 lines`.
const SIZE_NOTE_LEAD = /\s*(?:[([]|[-–—:,]\s)\s*(?:(?:est(?:imated?)?|approx)\.?:?\s*)?(?:~\s*)?$|\s+[~≈]\s*$/i;
const SIZE_TAIL = /^(?:lines?(?:\s+of\s+code)?|loc|sloc)?[)\]]?\.?$/i;

/** `Lexer: ~200 lines`, `Printer, ~250 lines`: the text before a size that ends it, after a colon, comma or dash. */
export function withoutTrailingSize(text: string, size: { start: number; end: number } | undefined): string {
  if (!size || !SIZE_TAIL.test(text.slice(size.end).trim())) return text;
  const lead = SIZE_NOTE_LEAD.exec(text.slice(0, size.start));
  if (!lead || lead.index === 0) return text;
  const before = text.slice(0, lead.index);
  // `Name (part 2, ~150 lines)`: inside brackets the size is a note, left to cleanName.
  return before.lastIndexOf('(') > before.lastIndexOf(')') ? text : before;
}

// `Cart, 610 lines, merged`: one status word (those that end a heading) closing the item after a comma.
const COMMA_STATUS = new RegExp(String.raw`,[ \t]+(?:${HEADING_WORDS})\.?$`, 'i');

/** The status closing an item's text after a comma: its offsets, and `cut` where the text before the comma ends. */
export function commaStatus(text: string): (Found<EffortStatus> & { cut: number }) | undefined {
  const m = text.indexOf(',') < 0 ? null : COMMA_STATUS.exec(text);
  if (!m) return undefined;
  const word = m[0].slice(1).trimStart();
  const value = parseStatus(word);
  if (value === 'unknown') return undefined;
  const start = m.index + m[0].length - word.length;
  return { value, start, end: start + word.replace(/\.$/, '').length, cut: m.index };
}

/** The words of a text, apart by blanks (0 for a blank text). */
export function wordCount(text: string): number {
  const t = text.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** Sets the size, dependencies and status the parts state (`at` takes offsets in the text after the id). */
export function applyBulletParts(
  b: FactBuilder,
  parts: BulletParts['parts'],
  at: (start: number, end: number) => Span,
  place: { phase?: number; wave?: number },
): void {
  for (const part of parts) {
    const trimmed = part.text.trimEnd();
    // `after E2.1.1 (~400 lines)`: a size note may end a dependency part.
    const partSize = sizeInText(trimmed);
    const listed = withoutTrailingSize(trimmed, partSize);
    const verb = SEG_DEPS.exec(listed);
    const deps = verb && namesWork(verb[1], /^after\s/i.test(listed)) ? verb : null;
    const blocks = deps ? null : blocksPart(listed);
    const list = deps ?? blocks;
    const field = deps ? 'dependsOn' : 'blocks';
    if (list && !b.fact[field]) {
      const start = part.start + listed.length - list[1].length;
      const span = at(start, start + list[1].length);
      b.setRefs(field, {
        span,
        refs: readRefs(list[1], { file: span.file, line: span.line, column: span.column, ...place }),
      });
      if (listed !== trimmed && partSize && !b.fact.estimatedLines && !b.fact.actualLines)
        b.setSize(partSize, at(part.start + partSize.start, part.start + partSize.end));
      continue;
    }
    const branch = branchPart(trimmed);
    if (branch) {
      if (!b.fact.branch)
        b.set('branch', {
          value: branch.value,
          span: at(part.start + branch.start, part.start + branch.start + branch.value.length),
        });
      continue;
    }
    if (partSize && !b.fact.estimatedLines && !b.fact.actualLines) {
      b.setSize(partSize, at(part.start + partSize.start, part.start + partSize.end));
      continue;
    }
    const status = trimmed.length <= 30 ? parseStatus(trimmed) : 'unknown';
    if (status !== 'unknown' && !b.fact.status)
      b.set('status', { value: status, span: at(part.start, part.start + trimmed.length) });
  }
}
