// Giving an effort heading an id: `#### 1. Tokenizer rewrite` → `#### E3.1.1 Tokenizer rewrite`.
import type { Fix } from '../model/model';
import { lineSpan } from '../model/span';

/** Replaces the heading's own number (`1. `, `ordinal` characters; 0: none) with the id, or writes the id first. */
export function addEffortIdFix(
  file: string,
  heading: { line: number; column: number },
  ordinal: number,
  id: string,
): Fix {
  const at = lineSpan(file, heading.line, heading.column, ordinal);
  return {
    title: `Give it the id ${id}`,
    kind: 'add-effort-id',
    edits: [{ ...at, newText: `${id} ` }],
    preferred: true,
  };
}
