// `- ✅ Changelog Parser (Effort 4.1.1) - COMPLETE`: a list item that reports another effort's state by its id in
// brackets, as effort plans list what earlier waves finished. It says the effort exists, its name and its status,
// as the weakest source of all ('report' facts rank below every plan and record, see precedence.ts).
import { parseStatus } from '../values';
import { effortName } from './fields/locatedValues';
import { FactBuilder, NAME_RANK } from './facts';
import type { Span } from '../../model/model';

// An optional status mark, the name, the id in brackets, a dash or colon, and a status of a few words ending the item.
const REPORT =
  /^(?:\p{Extended_Pictographic}\uFE0F?[ \t]+)?([^()]{1,80}?)[ \t]+\((?:Effort[ \t]+|E)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\)[ \t]*[-–—:][ \t]*([^()]{1,30})$/u;

/**
 * The report fact of an item's first-line text, or undefined. `at(start, end)` locates offsets of the text; the
 * status must be a status and nothing more (`… (Effort 4.1.1) pass on CI` is a note).
 */
export function effortReport(
  text: string,
  at: (start: number, end: number) => Span,
): { b: FactBuilder; idSpan: Span } | undefined {
  // REPORT needs `(E`: most items have none, and it is slow to fail (a lazy name of up to 80 characters).
  const m = text.indexOf('(E') >= 0 ? REPORT.exec(text) : null;
  if (!m) return undefined;
  const status = parseStatus(m[5].replace(/[*_`]/g, ''));
  if (status === 'unknown' || m[5].trim().split(/\s+/).length > 3) return undefined;
  const nameStart = text.indexOf(m[1]);
  const name = effortName(m[1]);
  if (!name) return undefined;
  const id = `E${Number(m[2])}.${Number(m[3])}.${Number(m[4])}`;
  const b = new FactBuilder(id, 'report', at(0, text.length));
  b.setName(name.value, at(nameStart + name.start, nameStart + name.end), NAME_RANK.heading);
  const statusStart = text.length - m[5].length;
  b.set('status', { value: status, span: at(statusStart, statusStart + m[5].trimEnd().length) });
  const written = `${m[2]}.${m[3]}.${m[4]}`;
  const idStart = text.indexOf(written, nameStart + m[1].length);
  return { b, idSpan: at(idStart, idStart + written.length) };
}
