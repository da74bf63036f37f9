// Fenced ```json / ```yaml "R213 metadata" blocks and YAML front matter → facts; blocks that do not parse are
// reported (metadata-invalid, at the error line) and then read line by line.
import { PlainLocated, PlainRefList, PlainSpan } from '../../../model/plainObjects';
import { effortIdFrom, parseEffortId } from '../../../model/ids';
import type { DependencyRef, FactField, FactKind, PlanDiagnostic, Span, WaveDecl } from '../../../model/model';
import { lineSpan } from '../../../model/span';
import { fenceContent, type MdDoc, type MdFence } from '../doc';
import { FactBuilder, NAME_RANK, type Placed } from '../facts';
import { readRefs } from '../fields/refs';
import { parseJsonBlock, parseYamlBlock, type Entry, type ScalarAt } from './structured';
import { withNestedFields } from './nested';
import { firstId, locateBool, locatePhase, locateSize, locateWave } from '../fields/locatedValues';
import { keyInfo, namesWork } from '../fields/keys';
import { writtenStatus } from '../../values';
import { writtenBranchText } from '../../branchValues';
import { appendAll, fitted } from '../../../model/arrays';
import { effortListFacts, listsEfforts } from './effortList';

/** The effort that owns a line (its section), for blocks that do not name their effort. */
export interface BlockOwner {
  id: string;
  phase?: Placed<number>;
  wave?: Placed<number>;
}

// Fields that make a block effort metadata rather than an example payload or a list of files.
const STRONG = new Set<FactField>([
  'estimatedLines',
  'dependsOn',
  'blocks',
  'branch',
  'baseBranch',
  'canParallelize',
  'parallelWith',
]);
const ID_KEYS = new Set(['effort id', 'id', 'effort number']);
const LIKELY = /effort|estimated|depend|branch|parallel|lines/i;

/**
 * Maps offsets of a block's text back to file positions. Values are asked for in text order, so a cursor walks the
 * lines forward (back to the start only for an earlier offset): no table of line starts per block.
 */
class BlockPositions {
  private lineNo = 1;
  private lineStart = 0;
  /** Where the cursor's line ends (its line break), or -1 on the last line. */
  private lineEnd: number;
  constructor(
    readonly file: string,
    private readonly firstLine: number,
    private readonly text: string,
    private readonly strip: readonly number[],
  ) {
    this.lineEnd = text.indexOf('\n');
  }
  /** The file line of the cursor (the line of the offset last sought). */
  get line(): number {
    return this.firstLine + this.lineNo - 1;
  }
  /** Moves the cursor to the line that holds `offset`; returns the offset's 1-based column in the file. */
  seek(offset: number): number {
    if (offset < this.lineStart) {
      this.lineNo = 1;
      this.lineStart = 0;
      this.lineEnd = this.text.indexOf('\n');
    }
    while (this.lineEnd !== -1 && this.lineEnd < offset) {
      this.lineNo++;
      this.lineStart = this.lineEnd + 1;
      this.lineEnd = this.text.indexOf('\n', this.lineStart);
    }
    return (this.strip[this.lineNo - 1] ?? 0) + offset - this.lineStart + 1;
  }
  span(start: number, end: number): Span {
    const column = this.seek(start);
    const line = this.line;
    const endColumn = this.seek(Math.max(start, end));
    return new PlainSpan(this.file, line, column, this.line, endColumn);
  }
  /** The span of a part of a scalar (`found` offsets in its value). */
  within(s: ScalarAt, found: { start: number; end: number }): Span {
    return this.span(s.start + found.start, s.start + found.end);
  }
}

const NOTHING_STRIPPED: readonly number[] = [];

/**
 * Where a document's lines start in its text, for blocks read in line order: an unindented block of an LF file is a
 * slice of the text, not its lines copied into an array and joined again (fenceContent, for every other block).
 */
class LineOffsets {
  private line = 1;
  private offset = 0;
  private readonly plain: boolean;
  constructor(private readonly doc: MdDoc) {
    this.plain = doc.text.charCodeAt(0) !== 0xfeff && doc.text.indexOf('\r') < 0;
  }
  content(fence: MdFence): { text: string; strip: readonly number[] } | undefined {
    if (!this.plain || fence.indent > 0 || fence.contentEnd - 1 > this.doc.lines.length) return undefined;
    if (fence.contentEnd <= fence.contentStart) return { text: '', strip: NOTHING_STRIPPED };
    const start = this.startOf(fence.contentStart);
    return { text: this.doc.text.slice(start, this.startOf(fence.contentEnd) - 1), strip: NOTHING_STRIPPED };
  }
  private startOf(line: number): number {
    if (line < this.line) {
      this.line = 1;
      this.offset = 0;
    }
    for (; this.line < line; this.line++) this.offset += this.doc.lines[this.line - 1].length + 1;
    return this.offset;
  }
}

export interface BlockRead {
  facts: FactBuilder[];
  diagnostics: PlanDiagnostic[];
  /** Waves a block that lists efforts names. */
  waves: WaveDecl[];
}

/** Reads every metadata block of a document (fences and front matter). */
export function readBlocks(doc: MdDoc, ownerAt: (line: number) => BlockOwner | undefined): BlockRead {
  const out: BlockRead = { facts: [], diagnostics: [], waves: [] };
  const lines = new LineOffsets(doc);
  if (doc.frontMatter) {
    const fm = doc.frontMatter;
    const fence: MdFence = {
      info: 'yaml',
      line: fm.line,
      contentStart: fm.line + 1,
      contentEnd: fm.endLine - 1,
      indent: 0,
    };
    readOne(doc, fence, 'front-matter', ownerAt, out, lines);
  }
  // By index: under the CLI's V8 flags (processFlags.ts) each `for…of` step allocates an iterator result.
  for (let i = 0; i < doc.fences.length; i++) {
    const fence = doc.fences[i];
    if (fence.info === 'json' || fence.info === 'jsonc' || fence.info === 'json5')
      readOne(doc, fence, 'json-block', ownerAt, out, lines);
    else if (fence.info === 'yaml' || fence.info === 'yml') readOne(doc, fence, 'yaml-block', ownerAt, out, lines);
  }
  return out;
}

function readOne(
  doc: MdDoc,
  fence: MdFence,
  kind: FactKind,
  ownerAt: (line: number) => BlockOwner | undefined,
  out: BlockRead,
  lines: LineOffsets,
): void {
  const { text, strip } = lines.content(fence) ?? fenceContent(doc, fence);
  if (!LIKELY.test(text) || text.length > 200_000) return;
  const parse = kind === 'json-block' ? parseJsonBlock : parseYamlBlock;
  const parsed = parse(text);
  const at = new BlockPositions(doc.file, fence.contentStart, text, strip);
  // `"effort": {"id": …, "name": …}`, `"size": {"estimate": 480}`: one effort's fields one level down.
  const entries = parsed.error ? parsed.entries : withNestedFields(parsed.entries, text, parse);
  let idEntry: { id: string; span: Span } | undefined;
  let strong = 0;
  const known: Array<{ entry: Entry; field: FactField }> = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const { norm, field: keyField, everyday } = keyInfo(entry.key);
    if (ID_KEYS.has(norm) || norm === 'effort') {
      const v = entry.value;
      if (v.kind === 'scalar' && v.value !== null && v.value !== '' && !idEntry) {
        const raw = String(v.value);
        // `effort: wave-planning` is a name; `effort: 2.2.1` or `effort_id: anything` is the id.
        if (norm !== 'effort' || firstId(raw)) {
          idEntry = { id: effortIdFrom(raw), span: at.span(v.start, v.end) };
          continue;
        }
      }
    }
    const field = norm === 'effort' ? 'name' : keyField;
    if (!field || (everyday && !namesWork(entryText(entry)))) continue;
    if (STRONG.has(field)) strong++;
    known.push({ entry, field });
  }
  if (!idEntry && !parsed.error && listsEfforts(parsed.entries)) {
    const listed = effortListFacts(doc.file, fence, kind, text, strip);
    if (listed.facts.length) {
      appendAll(out.facts, listed.facts);
      appendAll(out.waves, listed.waves);
      return;
    }
  }
  const looksLikeMetadata = idEntry !== undefined || strong >= (kind === 'front-matter' ? 1 : 2);
  const owner = idEntry ? undefined : ownerAt(fence.line);
  const id = idEntry?.id ?? owner?.id;
  if (parsed.error && (looksLikeMetadata || (kind !== 'front-matter' && strong >= 1))) {
    out.diagnostics.push(invalid(doc, kind, at, parsed.error, id));
  }
  if (!looksLikeMetadata || !id) return;
  const b = new FactBuilder(
    id,
    kind,
    idEntry?.span ?? lineSpan(doc.file, fence.line, 1, Math.max((doc.lines[fence.line - 1] ?? '').length, 1)),
  );
  const numbered = parseEffortId(id);
  for (let i = 0; i < known.length; i++) {
    const { entry, field } = known[i];
    applyEntry(b, field, entry, at, numbered !== undefined, numbered);
  }
  if (numbered) {
    b.setNumber('phase', { value: numbered.phase, span: idEntry?.span });
    b.setNumber('wave', { value: numbered.wave, span: idEntry?.span });
  } else if (owner) {
    b.setNumber('phase', owner.phase);
    b.setNumber('wave', owner.wave);
  }
  out.facts.push(b);
}

function invalid(
  doc: MdDoc,
  kind: FactKind,
  at: BlockPositions,
  error: { offset: number; message: string },
  id?: string,
): PlanDiagnostic {
  at.seek(error.offset);
  const line = at.line;
  const lineText = doc.lines[line - 1] ?? '';
  const lead = lineText.length - lineText.trimStart().length;
  const what =
    kind === 'json-block'
      ? 'JSON metadata block'
      : kind === 'front-matter'
        ? 'YAML front matter'
        : 'YAML metadata block';
  return {
    file: doc.file,
    line,
    column: lead + 1,
    endLine: line,
    endColumn: Math.max(lineText.length + 1, lead + 2),
    code: 'metadata-invalid',
    severity: 'warning',
    message: `This ${what} does not parse: ${error.message}. Waveplan read its "key: value" lines one by one.`,
    efforts: id ? [id] : [],
  };
}

/** An entry's value as written: a scalar, or a list's items apart by commas. */
function entryText(entry: Entry): string {
  const v = entry.value;
  if (v.kind === 'scalar') return v.value === null ? '' : String(v.value);
  return v.kind === 'seq' ? v.items.map((s) => (s.value === null ? '' : String(s.value))).join(', ') : '';
}

function applyEntry(
  b: FactBuilder,
  field: FactField,
  entry: Entry,
  at: BlockPositions,
  numbered: boolean,
  id?: { phase: number; wave: number },
): void {
  const v = entry.value;
  if (field === 'dependsOn' || field === 'parallelWith' || field === 'blocks') {
    if (v.kind === 'other') return;
    // A loop, not flatMap (a slow generic builtin, whose list keeps room to grow): the list is kept at its size.
    let refs: DependencyRef[];
    if (v.kind === 'scalar') refs = v.value === null ? [] : itemRefs(v, at, id);
    else if (v.items.length === 1) refs = itemRefs(v.items[0], at, id);
    else {
      refs = [];
      for (const s of v.items) appendAll(refs, itemRefs(s, at, id));
      refs = fitted(refs);
    }
    b.setRefs(field, new PlainRefList(at.span(v.start, v.end), refs));
    return;
  }
  if (v.kind !== 'scalar' || v.value === null) return;
  const raw = scalarText(v);
  switch (field) {
    case 'name':
      if (raw.trim()) b.setName(raw.trim(), at.span(v.start, v.end), NAME_RANK.explicit);
      return;
    case 'phase':
    case 'wave': {
      if (numbered) return;
      const found = field === 'phase' ? locatePhase(raw) : locateWave(raw);
      if (found)
        b.setNumber(field, {
          value: found.value,
          span: typeof v.value === 'string' ? at.within(v, found) : at.span(v.start, v.end),
        });
      return;
    }
    case 'estimatedLines':
    case 'actualLines': {
      if (typeof v.value === 'number') {
        if (Number.isFinite(v.value)) b.setNumber(field, new PlainLocated(v.value, at.span(v.start, v.end)));
        return;
      }
      const size = locateSize(raw);
      if (size.estimated) b.setNumber(field, new PlainLocated(size.estimated.value, at.within(v, size.estimated)));
      if (size.actual && field === 'estimatedLines')
        b.setNumber('actualLines', new PlainLocated(size.actual.value, at.within(v, size.actual)));
      return;
    }
    case 'canParallelize': {
      if (typeof v.value === 'boolean') {
        b.set('canParallelize', new PlainLocated(v.value, at.span(v.start, v.end)));
        return;
      }
      const found = locateBool(raw);
      if (found) b.set('canParallelize', new PlainLocated(found.value, at.within(v, found)));
      return;
    }
    case 'branch':
    case 'baseBranch':
    case 'directory': {
      const branch = writtenBranchText(raw, field);
      if (branch) b.set(field, new PlainLocated(branch.value, at.span(v.start, v.end)));
      return;
    }
    case 'status': {
      const status = writtenStatus(raw);
      if (status) b.set('status', new PlainLocated(status, at.span(v.start, v.end)));
      return;
    }
    default:
      return;
  }
}

/** A scalar's text as a list or field reads it (null reads as nothing). */
function scalarText(s: ScalarAt): string {
  return s.value === null ? '' : String(s.value);
}

/** The references one scalar of a list names, located where it is written. */
function itemRefs(s: ScalarAt, at: BlockPositions, id?: { phase: number; wave: number }): DependencyRef[] {
  const column = at.seek(s.start);
  return readRefs(scalarText(s), { file: at.file, line: at.line, column, phase: id?.phase, wave: id?.wave });
}
