// Bold metadata lines (`**Branch**: \`x\``, `**Can Parallelize**: Yes (…)`) and plain bullets (`- Phase: 1`), located.
import { misplacedField } from './placedField';
import type { FactField, PlanDiagnostic, Span } from '../../../model/model';
import { lineSpan } from '../../../model/span';
import type { MdDoc } from '../doc';
import { FactBuilder, NAME_RANK, spanAt } from '../facts';
import { isBlankText, readItemRefs, refListAt } from './refs';
import { liveText } from '../../struck';
import { applyInlineField } from './inlineFields';
import { effortName, cleanValue, findIds, firstId, isBlank, leadingId, locatePhase, locateWave } from './locatedValues';
import { branchValue, keyInfo, namesWork } from './keys';
import { sizeInText, writtenStatus, type RefContext } from '../../values';
import { KvLines, type KvLine } from './kvLines';

export type { KvLine } from './kvLines';

// Indent, blockquote marks, a list marker, a task box. No two neighbouring parts may match the same blank, or a
// long run of blanks backtracks quadratically.
const PREFIX = String.raw`^([ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?)`;
// `**Key**: v`, `**Key** (note): v`
const BOLD_OUT = new RegExp(PREFIX + String.raw`\*\*([^*:\n]{1,80}?)\*\*[ \t]*(?:\([^()\n]{0,200}\)[ \t]*)?:`);
// `**Key:** v`
const BOLD_IN = new RegExp(PREFIX + String.raw`\*\*([^*:\n]{1,80}?):[ \t]*\*\*`);
// `*Key:* v`, `_Key_: v`: italic keys (the mark hugs the key, so `* Key: v` stays a list item with a plain key)
const ITALIC = new RegExp(PREFIX + String.raw`([*_])(?=[^\s*_])([^*_:\n]{1,80}?)(?::[ \t]*\2|\2[ \t]*:)`);
// `Key: v`, only for keys Waveplan knows
const PLAIN = new RegExp(PREFIX + String.raw`([A-Za-z][A-Za-z0-9 _/-]{0,60}?)[ \t]*:(?=[ \t]|$)`);

// `- Depends on E1.1.1`, `- After **E1.1.2**`: a list item led by a key and an effort id, with no colon between.
const ITEM_KEY = new RegExp(
  String.raw`^([ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)(?:\*\*)?([A-Za-z][A-Za-z ]{0,30}?)(?:\*\*)?[ \t]+(?=[*_\x60]*(?:E|Effort[ \t-]*)?\d{1,3}\.\d)`,
  'i',
);

// `Depends on E2.1.1 and E2.1.2.`, `**Depends on** E2.1.2, E2.1.3`: a paragraph line, or one sentence of it, led the
// same way but with no list marker.
const SENTENCE_KEY = new RegExp(
  String.raw`^()(?:\*\*)?([A-Za-z][A-Za-z ]{0,30}?)(?:\*\*)?[ \t]+(?=[*_\x60]*(?:E|Effort[ \t-]*)?\d{1,3}\.\d)`,
  'i',
);

const ID_KEYS = new Set(['effort id', 'effort', 'id', 'effort number']);
const LIST_FIELDS: ReadonlySet<string> = new Set(['dependsOn', 'parallelWith', 'blocks']);

/** `Dependencies:` / `**Blocks**:` with nothing after it: the list below it holds references, not declarations. */
export function isListKeyLine(text: string, line: number): boolean {
  // Where the line ends without its trailing blanks (no trimmed copy: every list item asks about the line above it).
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) !== 58 /* : */ && !(end >= 3 && text.startsWith(':**', end - 3))) return false;
  const kv = parseKvLine(text, line);
  return kv !== undefined && kv.field !== undefined && LIST_FIELDS.has(kv.field) && !kv.value.trim();
}

/** Parses one line as `key: value` metadata, or undefined. */
export function parseKvLine(text: string, line: number): KvLine | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return keyedItem(text, line);
  // The key sits at the start: match on a bounded head, but keep the whole value (a long Dependencies list).
  const head = text.length > 2000 ? text.slice(0, 2000) : text;
  const bold = boldKeyEnd(head, colon);
  if (bold > 0) return kvLine(line, head.slice(2, head.indexOf('*', 2)).trim(), text.slice(bold), bold + 1, false);
  let m = BOLD_OUT.exec(head) ?? BOLD_IN.exec(head);
  let plain = false;
  if (!m) {
    const italic = ITALIC.exec(head);
    if (italic) return kvLine(line, italic[3].trim(), text.slice(italic[0].length), italic[0].length + 1, false);
    m = PLAIN.exec(head);
    plain = true;
  }
  if (!m) return keyedItem(text, line);
  return kvLine(line, m[2].trim(), text.slice(m[0].length), m[0].length + 1, plain) ?? keyedItem(text, line);
}

/**
 * A list item that says what its effort waits for without a colon (ITEM_KEY): the ids that lead its text are the
 * list, apart by commas or `and`; what follows them is prose (`- After E1.1.1 merges, rebase E1.1.3` names E1.1.1).
 */
function keyedItem(text: string, line: number, form = ITEM_KEY): KvLine | undefined {
  // The form looks ahead for an id's `1.2`: most lines without a colon (`- Add unit tests.`) have no digit-dot-digit.
  if (!hasDottedDigits(text)) return undefined;
  const m = form.exec(text.length > 2000 ? text.slice(0, 2000) : text);
  if (!m) return undefined;
  const field = keyInfo(m[2]).field;
  if (!field || !LIST_FIELDS.has(field)) return undefined;
  const ids = findIds(text.slice(m[0].length, m[0].length + 2000));
  // `- Needs 1.2 GB of RAM`: the lookahead saw digits, not an id.
  if (!ids.length || text.slice(m[0].length, m[0].length + ids[0].start).replace(MARKS, '')) return undefined;
  let end = 0;
  for (const id of ids) {
    if (end > 0 && !LIST_GLUE.test(text.slice(m[0].length + end, m[0].length + id.start).replace(MARKS, ''))) break;
    end = id.end;
  }
  const start = m[0].length + ids[0].start;
  return { line, key: m[2], value: text.slice(start, m[0].length + end), column: start + 1, field, idKey: false };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** A number, a dot and a number somewhere in the text: the least an effort id has (a cheap test before ITEM_KEY). */
function hasDottedDigits(text: string): boolean {
  for (let i = text.indexOf('.', 1); i > 0; i = text.indexOf('.', i + 1)) {
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

// What may stand between two ids of one list, once blanks and emphasis marks are gone.
const MARKS = /[\s*_`]+/g;
const LIST_GLUE = /^(?:[,;&/]|,?and|,?or)?$/i;

/**
 * Where BOLD_OUT's match ends on a line that starts `**Key**:` with nothing between the key's marks and the colon
 * but blanks (most metadata lines), or 0 for any other line (BOLD_OUT and the others then read it). By hand: the
 * pattern's match array and captures were the reader's largest regex allocation. `colon` is where the line's first
 * colon is (a key holds none); a line holds no line break, which the pattern's key may not hold either.
 */
function boldKeyEnd(head: string, colon: number): number {
  if (head.charCodeAt(0) !== 42 || head.charCodeAt(1) !== 42) return 0;
  const close = head.indexOf('*', 2);
  if (close < 3 || close > 82 || colon < close || head.charCodeAt(close + 1) !== 42) return 0;
  let k = close + 2;
  while (head.charCodeAt(k) === 32 || head.charCodeAt(k) === 9) k++;
  return head.charCodeAt(k) === 58 ? k + 1 : 0;
}

// `Size: 300 lines · Depends: none · Branch: x`: several fields on one line, apart where a known key follows a mark.
export const FIELD_MARK = /[·•|]/;
/** Global: each user sets `lastIndex` before its loop. A blank run is tried from its start only: from each of its
 * blanks, a long run without a mark would be scanned again to its end. */
export const FIELD_SEPARATOR = /(?<![ \t])[ \t]+[·•|][ \t]+/g;
// Where a line's next field may start: after a mark, or after a sentence (`Size: 300 LOC. Depends on E2.1.1.`), or
// after a spaced dash before a key and its colon (`Status: Not started — Base branch: \`x\``).
const PART_START =
  /(?<![ \t])[ \t]+(?:[·•|][ \t]+|[—–][ \t]+(?=[*_]{0,2}[A-Za-z][\w /-]{0,60}[*_]{0,2}:))|\.[ \t]+(?=\S)/g;
// More fields than any line holds (a line of sentences is prose after these).
const MAX_PARTS = 64;
// SIZE_SENTENCE's words, wherever they are: a later sentence of the line may be a size.
const ESTIMATE_WORD = /\best(?:imated?\b|\.)/i;

// `**Size** 600 lines`, `` **Branch** `pay/ledger` ``: a bold key with no colon, before a figure or a backticked name.
const BOLD_BARE = /^\*\*([A-Za-z][^*:\n]{0,40}?)\*\*[ \t]+(?=[~≈]?\d|`)/;
const BARE_FIELDS: ReadonlySet<FactField> = new Set(['estimatedLines', 'actualLines', 'branch', 'baseBranch']);

// `Estimated 300 lines.`, `Estimated at ~450 LOC`, `Est. 200 lines`: a size sentence with no colon, read only when
// a line count follows the words at once.
const SIZE_SENTENCE = new RegExp(
  PREFIX +
    String.raw`(Estimated?|Est\.)(?:[ \t]+(?:at|size(?:[ \t]+of)?))?[ \t]+(?=(?:about[ \t]+|approx(?:imately|\.)?[ \t]+)?[~≈]?[ \t]?\d[\d,]*(?:\.\d+)?[ \t]?[kK]?[ \t]*(?:lines?|loc)\b)`,
  'i',
);

/** A paragraph line read as metadata: `Key: value`, a bold key with no colon, or a dependency key and ids. */
function lineKv(text: string, line: number): KvLine | undefined {
  const kv = parseKvLine(text, line);
  if (kv) return kv;
  if (text.charCodeAt(0) === 42 /* * */) {
    const m = BOLD_BARE.exec(text);
    const bare = m ? kvLine(line, m[1].trim(), text.slice(m[0].length), m[0].length + 1, false) : undefined;
    if (bare?.field && BARE_FIELDS.has(bare.field)) return bare;
  }
  const size = ESTIMATE_WORD.test(text) ? SIZE_SENTENCE.exec(text) : null;
  if (size) return kvLine(line, size[2], text.slice(size[0].length), size[0].length + 1, false);
  // keyedItem asks for an id's digit-dot-digit itself; a base sentence may hold one too (`release/3.1`).
  return keyedItem(text, line, SENTENCE_KEY) ?? (text.indexOf('`') > 0 ? baseSentence(text, line) : undefined);
}

// `All Phase 3 efforts branch from \`release/3.x\``, `Every effort of this wave starts from \`w2-integration\``,
// `This wave branches from \`main\``, `The efforts of this wave branch from \`x\``, and after a first clause,
// `Starts once wave 1 is merged; its efforts branch from \`x\``.
const BASE_SENTENCE =
  /^(?:[^`;\n]{0,80};[ \t]+)?(?:(?:All|Every|Each)\b[^`\n]{0,60}?\b(?:efforts?|branches)|(?:the|its|their)\s+efforts|(?:this|the)\s+(?:wave|phase))(?:\s+(?:of|in)\s+(?:this|the)\s+(?:wave|phase))?\s+(?:branch(?:es)?\s+(?:off\s+(?:of\s+)?|from)|starts?\s+from|(?:is|are)\s+based\s+on)\s+(?=`[^`\s]+`)/i;

/** A sentence giving the base of every effort of its section: the section's base (scopeOnly, read by readScopes). */
function baseSentence(text: string, line: number): KvLine | undefined {
  const m = BASE_SENTENCE.exec(text);
  if (!m) return undefined;
  const key = m[0].trimEnd();
  return {
    line,
    key,
    value: text.slice(m[0].length),
    column: m[0].length + 1,
    field: 'baseBranch',
    scopeOnly: true,
    idKey: false,
  };
}

/**
 * Adds the metadata lines of one line of text to `out`: one, or one per field when a line holds several, apart by
 * marks or sentences (`Owner: agent-3 · Size: ~450 lines`, `Status: in review. Size: 350 lines. Depends on E2.2.1.`).
 * A part starts a field only where it reads as one; the parts before the first such field are not metadata.
 */
function kvLinesOf(written: string, line: number, out: { push(k: KvLine): void }): void {
  const text = unwrapEmphasis(written);
  let current = lineKv(text, line);
  const rest = current ? current.value : text;
  if (!MAY_SPLIT.test(rest) || oneField(rest)) {
    if (current) out.push(current);
    return;
  }
  // A later part reads as a field only with a colon after it, or (lineKv's colon-less forms) an id, a bold key or a
  // backticked branch: past the last colon a line with none of them is prose.
  const colonless =
    hasDottedDigits(rest) || rest.indexOf('`') >= 0 || rest.indexOf('**') >= 0 || ESTIMATE_WORD.test(rest);
  const last = colonless ? text.length : text.lastIndexOf(':');
  PART_START.lastIndex = current ? current.column - 1 : 0;
  // Each part tried reads the rest of the line: a line of 10,000 sentences must not be read 10,000 times.
  let tries = 0;
  for (let m = PART_START.exec(text); m && m.index < last && tries++ < MAX_PARTS; m = PART_START.exec(text)) {
    const start = m.index + m[0].length;
    const next = lineKv(text.slice(start), line);
    if (!next) continue;
    if (current) {
      current.value = text.slice(current.column - 1, m.index);
      out.push(current);
    }
    current = { ...next, column: next.column + start };
    if (current.id) current.id = { ...current.id, column: current.id.column + start };
  }
  if (current) out.push(current);
}

// Indent, blockquote marks, a list marker, a task box: what may stand before a line's emphasis mark.
const LEAD = new RegExp(PREFIX);

/**
 * `*Size: ~300 lines*`, `_Depends on: E1.1.2_`, `- *Status: done*`: a line set in italics whole reads as the same line
 * without the marks (blanked, so columns hold). Only a line that ends in one `*` or `_` is looked at further.
 */
function unwrapEmphasis(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  const mark = text.charCodeAt(end - 1);
  if ((mark !== 42 && mark !== 95) || text.charCodeAt(end - 2) === mark) return text;
  const start = LEAD.exec(text)![0].length;
  const first = text.charCodeAt(start + 1);
  if (text.charCodeAt(start) !== mark || first === mark || first === 32 || first === 9 || start + 1 >= end - 1)
    return text;
  // One emphasis: a mark inside (`*Size*: 300 *approx*`) makes it something else.
  const inner = text.slice(start + 1, end - 1);
  if (inner.indexOf(String.fromCharCode(mark)) >= 0) return text;
  return `${text.slice(0, start)} ${inner} ${text.slice(end)}`;
}

/** Whether a line's rest holds no place where PART_START may start a next field. */
const oneField = (rest: string): boolean =>
  !FIELD_MARK.test(rest) && rest.indexOf('. ') < 0 && rest.indexOf('.\t') < 0 && !spacedDash(rest);

// What oneField's four tests look for, in one pattern: most lines hold none of it and need no other test (one scan
// of the line instead of four: the tree's 26,680 values in 0.6x the time).
const MAY_SPLIT = /[·•|]|\.[ \t]| [—–] /;

/** A colon and a spaced em or en dash (` — `), where PART_START may find a next field. */
const spacedDash = (text: string): boolean =>
  text.indexOf(':') >= 0 && (text.indexOf(' — ') >= 0 || text.indexOf(' – ') >= 0);

/** `key` and its `value` (starting at 1-based `column`) as a metadata line, when the key is one Waveplan knows. */
export function kvLine(line: number, key: string, value: string, column: number, plain: boolean): KvLine | undefined {
  const info = keyInfo(key);
  const idKey = ID_KEYS.has(info.norm);
  const field = idKey ? undefined : (info.field ?? info.scopeField);
  const norm = info.norm;
  if (!field && !idKey) return undefined;
  // `After: the demo, we freeze the schema`: an everyday word is a key only where its value names work.
  if (info.everyday && !namesWork(value)) return undefined;
  // `Branch from: the integration branch once wave 2 lands` is advice, not a branch.
  if (info.branchValued && !branchValue(value)) return undefined;
  // A plain key with nothing after it is a metadata line only when a list follows it (`Dependencies:` over items).
  if (plain && !value.trim() && (field === undefined || !LIST_FIELDS.has(field))) return undefined;
  // The key's one string (a plan writes `**Dependencies**` on every effort: 100,000 copies of it lived through a read).
  const kv: KvLine = { line, key: info.key, value, column, field, idKey };
  if (field && !info.field) kv.scopeOnly = true;
  if (idKey) {
    // The id must lead the value (`E1.2.1 - Push Command`), not be mentioned in prose.
    const id = leadingId(value);
    if (id) kv.id = { value: id.value, column: kv.column + id.start, length: id.end - id.start };
    else if (norm !== 'effort') return undefined;
  }
  return kv;
}

/** Every metadata line of the document's paragraphs, in line order. */
export function scanKvLines(doc: MdDoc, skip?: (line: number) => boolean): KvLines {
  const out = new KvLines(doc.lines);
  const paragraphs = doc.paragraphs;
  for (let p = 0; p < paragraphs.length; p += 2) {
    for (let l = paragraphs[p]; l < paragraphs[p + 1]; l++) {
      if (skip?.(l)) continue;
      kvLinesOf(doc.lines[l - 1] ?? '', l, out);
    }
  }
  // Paragraphs mostly come in line order already: a comparator call per line only when they do not.
  for (let i = 1; i < out.length; i++) {
    if (out.lineAt(i) < out.lineAt(i - 1)) {
      return KvLines.of(
        doc.lines,
        out.toArray().sort((a, b) => a.line - b.line),
      );
    }
  }
  return out;
}

export interface ApplyContext {
  file: string;
  /** Numbered ids carry their own phase and wave; metadata only fills them for slugs. */
  numbered: boolean;
  phase?: number;
  wave?: number;
  /** Text of the list items right below an empty `**Dependencies**:` line. */
  listBelow?: (kv: KvLine) => Array<{ text: string; line: number; column: number }> | undefined;
  /** Where a numbered effort's `**Wave**:` or `**Phase**:` that its id contradicts is said. */
  diagnostics?: PlanDiagnostic[];
}

/** Applies one metadata line to a fact (first value per field wins). */
export function applyKv(b: FactBuilder, kv: KvLine, ctx: ApplyContext): void {
  const { file } = ctx;
  if (kv.idKey) {
    // `**Effort**: E1.2.1 - Push Command Skeleton` names the effort after its id; `**Effort**: 5` is a number.
    const rest = kv.id ? kv.value.slice(kv.id.column - kv.column + kv.id.length) : kv.value;
    const offset = kv.id ? kv.id.column - kv.column + kv.id.length : 0;
    if (!kv.id && /^\s*\d+\s*$/.test(rest)) return;
    const name = effortName(rest);
    if (name) b.setName(name.value, valueSpan(file, kv, offset + name.start, offset + name.end), NAME_RANK.effortKey);
    return;
  }
  const value = kv.value;
  if (kv.field && applyInlineField(b, kv.field, value, file, kv.line, kv.column)) return;
  switch (kv.field) {
    case 'name': {
      const cleaned = cleanValue(value);
      if (!cleaned) return;
      // `E1.2.1-push-command-skeleton` → the name after the id.
      const id = firstId(cleaned.value);
      const tail = id && id.start === 0 ? cleaned.value.slice(id.end).replace(/^[\s:\-–—]+/, '') : cleaned.value;
      const start = cleaned.start + cleaned.value.length - tail.length;
      if (tail) b.setName(tail, valueSpan(file, kv, start, start + tail.length), NAME_RANK.explicit);
      return;
    }
    case 'phase':
    case 'wave': {
      const found = kv.field === 'phase' ? locatePhase(value) : locateWave(value);
      if (ctx.numbered) {
        const span = found && valueSpan(file, kv, found.start, found.end);
        const said = span && ctx.diagnostics && misplacedField(b.id, kv.field, found.value, span);
        if (said) ctx.diagnostics!.push(said);
        return;
      }
      if (found) b.setNumber(kv.field, { value: found.value, span: valueSpan(file, kv, found.start, found.end) });
      return;
    }
    case 'dependsOn':
    case 'parallelWith':
    case 'blocks': {
      const refCtx: RefContext = { file, line: kv.line, column: kv.column, phase: ctx.phase, wave: ctx.wave };
      if (!isBlankText(value)) {
        b.restateRefs(kv.field, refListAt(value, refCtx));
        return;
      }
      const items = ctx.listBelow?.(kv);
      if (!items?.length) return;
      const refs = items.flatMap((it) => readItemRefs(it.text, { ...refCtx, line: it.line, column: it.column }));
      const first = items[0];
      const last = items[items.length - 1];
      const span = {
        file,
        line: first.line,
        column: first.column,
        endLine: last.line,
        endColumn: last.column + last.text.trimEnd().length,
      };
      b.restateRefs(kv.field, { span, refs, prose: true });
      return;
    }
    case 'status': {
      const cleaned = cleanValue(value);
      if (!cleaned) return;
      // `~~Done~~ Reopened`: the struck word is what the status was, the rest what it is.
      const status = writtenStatus(liveText(cleaned.value));
      if (status) b.set('status', { value: status, span: valueSpan(file, kv, cleaned.start, cleaned.end) });
      // `done (612 lines)`, `merged (actual 612 lines)`: a finished effort's size, or one said to be actual, is what
      // was written.
      const size = sizeInText(cleaned.value);
      if (size && (size.actual || status === 'done') && b.fact.actualLines === undefined) {
        const start = cleaned.start + size.start;
        b.setNumber('actualLines', { value: size.value, span: valueSpan(file, kv, start, cleaned.start + size.end) });
      }
      return;
    }
    default:
      return;
  }
}

/** The span of `start`..`end` of a metadata line's value. */
function valueSpan(file: string, kv: KvLine, start: number, end: number): Span {
  return spanAt(file, kv.line, kv.column, start, end);
}

/** Whole-line span of a metadata line's value, for facts declared by it. */
export function kvSpan(file: string, kv: KvLine): ReturnType<typeof lineSpan> {
  const v = cleanValue(kv.value);
  return v ? lineSpan(file, kv.line, kv.column + v.start, v.end - v.start) : lineSpan(file, kv.line, kv.column, 0);
}
