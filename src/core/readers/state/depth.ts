// A linear pre-scan for absurd nesting: the `yaml` parser recurses per level (it overflows the stack near 800 flow
// levels and can run out of memory formatting the error), so such files are refused before parsing.

/** Real state files nest about 8 levels; anything past this is refused. */
export const MAX_NESTING = 100;

/**
 * Offset where nesting first exceeds `limit` (flow `[`/`{` plus block indentation levels below the top and
 * `- - -` items), or undefined. Skips quoted scalars, comments and block scalar bodies; brackets inside plain text do not count.
 */
export function excessiveNesting(text: string, limit = MAX_NESTING): number | undefined {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    const indent = j - i;
    let end = text.indexOf('\n', j);
    if (end === -1) end = n;
    const c0 = text[j];
    const blank = j >= end || c0 === '\r' || c0 === '#';
    if (blockScalarIndent >= 0) {
      if (blank || indent > blockScalarIndent) {
        i = end + 1;
        continue;
      }
      blockScalarIndent = -1;
    }
    if (blank) {
      i = end + 1;
      continue;
    }
    if (flow === 0) {
      while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // `- - - x` nests one level per marker on a single line.
      while ((text[j] === '-' || text[j] === '?') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
        j += 2;
        while (text[j] === ' ' || text[j] === '\t') j++;
        indents.push(j - i);
        if (indents.length - 1 > limit) return j;
      }
      if (indents.length - 1 > limit) return j;
    }
    // Previous significant character on this line: '' at the start of a value.
    let prev = '';
    let k = j;
    while (k < end) {
      const c = text[k];
      const valueStart = prev === '' || prev === ':' || prev === ',' || prev === '[' || prev === '{' || prev === '?';
      if ((c === '"' || c === "'") && valueStart) {
        k = skipQuoted(text, k, c);
        if (k > end) {
          end = text.indexOf('\n', k - 1);
          if (end === -1) end = n;
        }
        prev = 'q';
        continue;
      }
      if (c === '#' && (k === j || text[k - 1] === ' ' || text[k - 1] === '\t')) break;
      if (c === '[' || c === '{') {
        if (flow > 0 || valueStart) {
          flow++;
          if (indents.length - 1 + flow > limit) return k;
          prev = c;
        } else {
          prev = 'x'; // part of a plain scalar (`see a[0]`): not structure
        }
        k++;
        continue;
      }
      if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      } else if ((c === '|' || c === '>') && flow === 0 && (prev === '' || prev === ':')) {
        blockScalarIndent = indent;
        break;
      }
      if (c !== ' ' && c !== '\t' && c !== '\r') prev = c;
      k++;
    }
    i = end + 1;
  }
  return undefined;
}

/** Index just after the closing quote (or the end of the text when it never closes). */
function skipQuoted(text: string, start: number, quote: string): number {
  let k = start + 1;
  while (k < text.length) {
    const c = text[k];
    if (quote === '"' && c === '\\') {
      k += 2;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && text[k + 1] === "'") {
        k += 2;
        continue;
      }
      return k + 1;
    }
    k++;
  }
  return text.length;
}
