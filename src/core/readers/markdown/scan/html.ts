// HTML blocks as markdown-it reads them (CommonMark's seven kinds, `html: true`): they hold no plan structure, but
// they decide where paragraphs, lists and quotes end. The patterns are markdown-it's, built once.
import { isEmpty, withoutNul, type ScanState } from './state';

// CommonMark's block-level tag names (spec 0.30 §4.6), as markdown-it lists them.
const BLOCK_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
  'fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|' +
  'main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|' +
  'title|tr|track|ul';
const ATTRIBUTE = `(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)`;
const OPEN_CLOSE_TAG = `^(?:<[A-Za-z][A-Za-z0-9\\-]*${ATTRIBUTE}*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>)`;

/** Opening pattern, closing pattern, and whether the kind may interrupt a paragraph. */
const SEQUENCES: ReadonlyArray<readonly [RegExp, RegExp, boolean]> = [
  [/^<(script|pre|style|textarea)(?=(\s|>|$))/i, /<\/(script|pre|style|textarea)>/i, true],
  [/^<!--/, /-->/, true],
  [/^<\?/, /\?>/, true],
  [/^<![A-Za-z]/, />/, true],
  [/^<!\[CDATA\[/, /\]\]>/, true],
  [new RegExp(`^</?(${BLOCK_NAMES})(?=(\\s|/?>|$))`, 'i'), /^$/, true],
  [new RegExp(`${OPEN_CLOSE_TAG}\\s*$`), /^$/, false],
];

/** The kind of HTML block opening at the line (an index into SEQUENCES), or -1. */
function htmlKind(s: ScanState, line: number): number {
  const pos = s.bMarks[line] + s.tShift[line];
  if (s.sCount[line] - s.blkIndent >= 4 || s.src.charCodeAt(pos) !== 0x3c) return -1;
  // The opening patterns tell NUL from U+FFFD (an unquoted attribute value takes no control character).
  const text = withoutNul(s.src.slice(pos, s.eMarks[line]));
  for (let i = 0; i < SEQUENCES.length; i++) if (SEQUENCES[i][0].test(text)) return i;
  return -1;
}

/** Whether an HTML block that may interrupt a paragraph starts at the line (validation mode). */
export function htmlStarts(s: ScanState, line: number): boolean {
  const kind = htmlKind(s, line);
  return kind >= 0 && SEQUENCES[kind][2];
}

export function htmlBlock(s: ScanState, startLine: number, endLine: number): boolean {
  const kind = htmlKind(s, startLine);
  if (kind < 0) return false;
  const [, close] = SEQUENCES[kind];
  // Kinds 6 and 7 end at a blank line; the others only at their closing sequence, blank lines included.
  const endsOnBlankLine = close.test('');
  let next = startLine + 1;
  if (!close.test(s.src.slice(s.bMarks[startLine] + s.tShift[startLine], s.eMarks[startLine]))) {
    for (; next < endLine; next++) {
      if (s.sCount[next] < s.blkIndent && (endsOnBlankLine || !isEmpty(s, next))) break;
      const text = s.src.slice(s.bMarks[next] + s.tShift[next], s.eMarks[next]);
      if (close.test(text)) {
        if (text.length !== 0) next++;
        break;
      }
    }
  }
  s.line = next;
  return true;
}
