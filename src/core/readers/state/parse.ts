// Parses a JSON or YAML state/config file into node trees with source offsets, reporting located problems and
// salvaging what it can: a JSON object followed by YAML lines is read as two documents.
import type { Document } from 'yaml';
import type { PlanDiagnostic, Span } from '../../model/model';
import type { LineIndex } from '../../model/span';
import { excessiveNesting, MAX_NESTING } from './depth';
import { looksLikeJson, parseJsonTree, type JsonTree } from './json';
import { jsonHeadEnd, relaxJson, strictJsonError } from './jsonErrors';
import { isMap, isSeq, items, type NodeCtx, type SNode } from './nodes';
import { errorText, fromYaml, unclosedQuoteStart } from './yaml';
import { parseYamlDocument } from '../yamlGuarded';
import { counted } from '../../views/counted';

export interface ParsedRoot {
  /** The top-level node (a mapping in any sane file). */
  node: SNode | undefined;
  ctx: NodeCtx;
  /** The document as plain data, for schema checks. */
  toJS(): unknown;
}

export interface Parsed {
  roots: ParsedRoot[];
  diagnostics: PlanDiagnostic[];
}

/**
 * Whether `text` holds only blank lines and YAML comments. Line by line: the regex this was,
 * `/^(?:\s*#[^\n]*)*\s*$/`, backtracked exponentially over lines like `### E1.1.2: copy` followed by anything
 * else (14 such lines hung the reader; found by the fuzzer).
 */
function onlyYamlComments(text: string): boolean {
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && !t.startsWith('#')) return false;
  }
  return true;
}

export function metadataDiagnostic(
  span: Span,
  message: string,
  severity: PlanDiagnostic['severity'] = 'error',
): PlanDiagnostic {
  return { ...span, code: 'metadata-invalid', severity, message, efforts: [] };
}

export function baseName(file: string): string {
  return file.replace(/\\/g, '/').split('/').pop() || file;
}

/** A span from `start` to the end of its line (at least one character, so editors show it). */
export function lineRest(idx: LineIndex, file: string, start: number): Span {
  const pos = idx.position(Math.min(start, idx.text.length));
  const length = idx.lineText(pos.line).length;
  const endColumn = Math.max(length + 1, pos.column + 1);
  return { file, line: pos.line, column: pos.column, endLine: pos.line, endColumn };
}

export interface ParseOptions {
  /** False while reading the part of a file before the line where it nested too deeply (one retry only). */
  retry?: boolean;
  /** A top-level list of records is a reading (state files); other files must hold an object of keys. */
  recordList?: boolean;
}

export function parseStructured(file: string, text: string, idx: LineIndex, opts: ParseOptions = {}): Parsed {
  const retry = opts.retry ?? true;
  const topLevelOk = (node: SNode | null) => isMap(node) || (opts.recordList === true && isRecordList(node));
  const name = baseName(file);
  const isJson = /\.json$/i.test(file);
  const diagnostics: PlanDiagnostic[] = [];
  const roots: ParsedRoot[] = [];
  const ctx: NodeCtx = { file, idx, base: 0 };
  // Too deep for the parsers: keep what the lines before that line hold (read again on their own).
  const tooDeep = (offset: number): Parsed => {
    if (!retry) return { roots: [], diagnostics };
    const pos = idx.position(offset);
    const cut = text.lastIndexOf('\n', offset - 1) + 1;
    const before = text.slice(0, cut).trim()
      ? parseStructured(file, text.slice(0, cut), idx, { ...opts, retry: false })
      : undefined;
    const kept = before?.roots.some((r) => r.node) ? 'the lines before it' : 'none of it';
    diagnostics.push(
      metadataDiagnostic(
        lineRest(idx, file, offset),
        `${name} nests deeper than ${MAX_NESTING} levels (line ${pos.line}); Waveplan read ${kept}.`,
      ),
    );
    if (!before) return { roots: [], diagnostics };
    // The cut itself leaves collections unclosed: complaints about the prefix's last line are about the cut.
    const lastLine = idx.position(Math.max(0, text.slice(0, cut).trimEnd().length - 1)).line;
    for (const d of before.diagnostics) if (d.line < lastLine) diagnostics.push(d);
    return { roots: before.roots, diagnostics };
  };
  if (!text.replace(/^\uFEFF/, '').trim()) {
    diagnostics.push(metadataDiagnostic(lineRest(idx, file, 0), `${name} is empty.`, 'warning'));
    return { roots, diagnostics };
  }
  /** Reports the text after a closed object or list, then reads that text as a YAML document of its own. */
  const withTail = (
    contents: SNode,
    toJS: () => unknown,
    trailing: { firstChar: number; tailStart: number },
  ): Parsed => {
    const what = isMap(contents) ? 'object' : 'list';
    const closeLine = idx.position(Math.max(0, contents.end - 1)).line;
    const startLine = idx.position(trailing.firstChar).line;
    diagnostics.push(
      metadataDiagnostic(
        lineRest(idx, file, trailing.firstChar),
        `${name} is neither JSON nor YAML: text follows the ${what} closed on line ${closeLine}. Waveplan read the ${what} and, separately, the lines after it (from line ${startLine}) as YAML.`,
      ),
    );
    roots.push({ node: contents, ctx, toJS });
    const { doc: tail, cutAt } = parseYamlDocument(text.slice(trailing.tailStart));
    if (cutAt !== undefined) {
      const line = idx.position(trailing.tailStart + cutAt).line;
      diagnostics.push(
        metadataDiagnostic(
          lineRest(idx, file, trailing.tailStart + cutAt),
          `The lines after the ${what} in ${name} nest deeper than ${MAX_NESTING} levels (line ${line}); Waveplan read the lines before it.`,
        ),
      );
    }
    if (tail.errors.length) {
      const err = tail.errors[0];
      const at = trailing.tailStart + err.pos[0];
      diagnostics.push(
        metadataDiagnostic(
          errorSpan(idx, file, at, trailing.tailStart + err.pos[1]),
          `The YAML after the ${what} does not parse: ${errorText(err.message)}${more(tail.errors.length)}${indentHint(idx, trailing.firstChar, at)}.`,
        ),
      );
    }
    const dropped: number[] = [];
    roots.push({
      node: fromYaml(tail.contents, dropped),
      ctx: { file, idx, base: trailing.tailStart },
      toJS: () => tail.toJS({ maxAliasCount: 100 }),
    });
    if (!tail.errors.length)
      reportDroppedKeys(
        idx,
        file,
        dropped.map((at) => trailing.tailStart + at),
        diagnostics,
      );
    return { roots, diagnostics };
  };
  // Valid JSON (most state files) takes the fast path, which bounds nesting itself.
  let json = parseJsonTree(text, MAX_NESTING);
  if (json && 'tooDeep' in json) return tooDeep(json.tooDeep);
  // Everything else meets recursive code (the YAML parser, the JSON error locator): bound the nesting first.
  const deep = json ? undefined : excessiveNesting(text);
  if (deep !== undefined) return tooDeep(deep);
  if (!json && looksLikeJson(text)) {
    // Comments and trailing commas: report JSON's complaint, then read the text with them blanked out.
    const relaxed = parseJsonTree(relaxJson(text), MAX_NESTING);
    if (relaxed && !('tooDeep' in relaxed)) {
      json = relaxed;
      const jsonError = strictJsonError(text);
      if (jsonError)
        diagnostics.push(
          metadataDiagnostic(
            errorSpan(idx, file, jsonError.offset, jsonError.offset + 1),
            `${name} is not valid JSON: ${jsonError.message}. Waveplan read it without comments and trailing commas.`,
          ),
        );
    }
  }
  if (json) {
    const tree = json as JsonTree;
    if (!topLevelOk(tree.node))
      diagnostics.push(
        metadataDiagnostic(nodeSpanOf(idx, file, tree.node), `${name} should hold an object of keys at the top level.`),
      );
    roots.push({ node: tree.node, ctx, toJS: () => tree.value });
    return { roots, diagnostics };
  }
  // A complete JSON value with more text after it (the 2.0 state file with YAML appended): JSON for the head.
  const headEnd = jsonHeadEnd(text);
  const head = headEnd === undefined ? undefined : parseJsonTree(text.slice(0, headEnd), MAX_NESTING);
  if (head && !('tooDeep' in head) && head.node.kind !== 'scalar' && headEnd !== undefined) {
    if (!onlyYamlComments(text.slice(headEnd))) return withTail(head.node, () => head.value, tailOf(text, headEnd));
    // `{…}` then `# comments` is fine YAML; in a .json file the comments are the mistake.
    if (isJson)
      diagnostics.push(
        metadataDiagnostic(
          lineRest(idx, file, headEnd),
          `${name} is not valid JSON: comments are not allowed in JSON. Waveplan read the object before them.`,
        ),
      );
    roots.push({ node: head.node, ctx, toJS: () => head.value });
    return { roots, diagnostics };
  }
  const { doc, cutAt } = parseYamlDocument(text);
  if (cutAt !== undefined) return tooDeep(cutAt);
  const dropped: number[] = [];
  const contents = fromYaml(doc.contents, dropped);
  if (!doc.errors.length) reportDroppedKeys(idx, file, dropped, diagnostics);
  const trailing = trailingAfterFlow(text, contents, doc);
  if (trailing !== undefined && contents) {
    const inside = doc.errors.filter((e) => e.pos[0] < contents.end);
    if (inside.length) {
      const err = inside[0];
      diagnostics.push(
        metadataDiagnostic(
          errorSpan(idx, file, err.pos[0], err.pos[1]),
          `${name} is not valid ${isJson ? 'JSON' : 'YAML'}: ${errorText(err.message)}${more(inside.length)}. Waveplan read what it could.`,
        ),
      );
    }
    return withTail(contents, () => doc.toJS({ maxAliasCount: 100 }), trailing);
  }
  if (doc.errors.length) {
    // JSON.parse words JSON mistakes better than a YAML parser does; YAML still does the salvaging.
    const jsonError = isJson || looksLikeJson(text) ? strictJsonError(text) : undefined;
    const err = doc.errors[0];
    // An unclosed quote is reported where the file ends; the quote that opened it is the useful place.
    const opened =
      err.code === 'MISSING_CHAR' && /quote/.test(err.message) ? unclosedQuoteStart(contents, err.pos[0]) : undefined;
    diagnostics.push(
      jsonError
        ? metadataDiagnostic(
            errorSpan(idx, file, jsonError.offset, jsonError.offset + 1),
            `${name} is not valid JSON: ${jsonError.message}. Waveplan read what it could.`,
          )
        : opened !== undefined
          ? metadataDiagnostic(
              lineRest(idx, file, opened),
              `${name} is not valid YAML: the quote opened here is never closed. Waveplan read what it could.`,
            )
          : metadataDiagnostic(
              errorSpan(idx, file, err.pos[0], err.pos[1]),
              `${name} is not valid ${isJson ? 'JSON' : 'YAML'}: ${errorText(err.message)}${more(doc.errors.length)}. Waveplan read what it could.`,
            ),
    );
  } else if (isJson) {
    // YAML accepted it but JSON does not (single quotes, unquoted keys, …).
    const jsonError = strictJsonError(text);
    if (jsonError)
      diagnostics.push(
        metadataDiagnostic(
          errorSpan(idx, file, jsonError.offset, jsonError.offset + 1),
          `${name} is not valid JSON: ${jsonError.message}. Waveplan read what it could.`,
        ),
      );
  }
  if (contents && !topLevelOk(contents) && !diagnostics.length) {
    diagnostics.push(
      metadataDiagnostic(nodeSpanOf(idx, file, contents), `${name} should hold an object of keys at the top level.`),
    );
  }
  roots.push({ node: contents, ctx, toJS: () => doc.toJS({ maxAliasCount: 100 }) });
  return { roots, diagnostics };
}

function isRecordList(node: SNode | null): boolean {
  return isSeq(node) && items(node).some(isMap);
}

/** `[a]: 1`: a key that is a list or map has no name to read; said once per file, at the first. */
function reportDroppedKeys(idx: LineIndex, file: string, offsets: number[], out: PlanDiagnostic[]): void {
  if (!offsets.length) return;
  const more = offsets.length > 1 ? ` (${offsets.length - 1} more in this file)` : '';
  out.push(
    metadataDiagnostic(
      lineRest(idx, file, offsets[0]),
      `A key here is a list or map, not a name; Waveplan ignored this entry${more}.`,
      'warning',
    ),
  );
}

/** Explains the usual cause: a line indented less than the first line of the appended block. */
function indentHint(idx: LineIndex, first: number, at: number): string {
  const a = idx.position(first);
  const b = idx.position(at);
  if (b.line <= a.line || b.column >= a.column) return '';
  return `; line ${b.line} is indented less than line ${a.line}, where these lines start`;
}

function more(count: number): string {
  return count > 1 ? ` (and ${counted(count - 1, 'more problem')})` : '';
}

function nodeSpanOf(idx: LineIndex, file: string, node: SNode): Span {
  return idx.spanOf(file, node.start, Math.max(node.end, node.start + 1));
}

function errorSpan(idx: LineIndex, file: string, start: number, end: number): Span {
  const len = idx.text.length;
  const a = Math.min(Math.max(start, 0), len);
  const b = Math.min(Math.max(end, a + 1), len);
  if (b <= a) return lineRest(idx, file, a);
  return idx.spanOf(file, a, b);
}

/**
 * When the document is a flow collection (`{…}` / `[…]`) and the parser choked on text after it, where that text
 * starts: the first character, and the start of its line (so the tail keeps its indentation).
 */
function trailingAfterFlow(
  text: string,
  contents: SNode | undefined,
  doc: Document,
): { firstChar: number; tailStart: number } | undefined {
  if (!contents || contents.kind === 'scalar' || !contents.flow || !doc.errors.length) return undefined;
  const end = contents.end;
  if (!doc.errors.some((e) => e.pos[0] >= end)) return undefined;
  const m = /\S/.exec(text.slice(end));
  if (!m) return undefined;
  return tailOf(text, end + m.index);
}

/** The tail starts at its first character, or at the start of that line when the line holds nothing else. */
function tailOf(text: string, firstChar: number): { firstChar: number; tailStart: number } {
  const lineStart = text.lastIndexOf('\n', firstChar - 1) + 1;
  return { firstChar, tailStart: /^[ \t]*$/.test(text.slice(lineStart, firstChar)) ? lineStart : firstChar };
}
