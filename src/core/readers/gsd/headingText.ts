// A heading's text as markdown means it: without its closing `#`s and trailing blanks. By loops, not a pattern: a
// pattern for trailing blanks backtracks over every blank of a long run (hostile lines cost their length squared).

export function headingText(raw: string): string {
  const text = raw.trimEnd();
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x23 /* # */) end--;
  const closed = end < text.length && (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t');
  return closed ? text.slice(0, end).trimEnd() : text;
}
