// Inline links read as their text: `[E1.2.1](efforts/E1.2.1.md)` declares or names E1.2.1 as the bare id does.
// Every other character keeps its column (the brackets and the target become spaces), so what is read from the text
// (spans, fixes, hovers) stays where the file has it.

// `[text](target)` on one line; an image's `!` stays before it. A target with a space or a nested bracket is left.
const LINK = /\[([^[\]\n]*)\]\([^()\s]*\)/g;

export function withLinkTexts(text: string): string {
  // Most plans have no link at all: one search, no copy.
  if (!text.includes('](')) return text;
  return text.replace(LINK, (link: string, inner: string) => ` ${inner}${' '.repeat(link.length - inner.length - 1)}`);
}
