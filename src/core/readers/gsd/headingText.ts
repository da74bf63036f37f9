// A heading's text as markdown means it: without its closing `#`s and trailing blanks (the markdown reader's rule,
// docBuilder.ts atxTextEnd; loops, not a pattern, which would backtrack over every blank of a long run).
import { atxTextEnd } from '../markdown/docBuilder';

export function headingText(raw: string): string {
  const text = raw.trimEnd();
  return text.slice(0, atxTextEnd(text, 0)).trimEnd();
}
