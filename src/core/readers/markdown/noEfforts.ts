// A plan file read as a plan in which no effort was found, though its sections or items are written like efforts:
// sizes or dependencies under several headings (`### Sprint 1` / `#### Task 1.1: Ledger` / `- Estimate: 400 lines`,
// `### E1: Parser` / `Depends on: E2`). Without a word such a plan reads as clean and empty: one warning per file, at
// the first such heading, pointing at the README's conventions. A file with no sized or dependent sections (a README,
// a coordination doc, a state file with no efforts) says nothing.
import type { EffortFact, PlanDiagnostic } from '../../model/model';
import { lineSpan } from '../../model/span';
import type { KvLines } from './fields/kvLines';
import { headingAt, type Heading, type Outline } from './outline';

/** Sections with a size or dependencies that make a file without efforts worth a word. */
const MIN_SECTIONS = 2;

export function noEffortsFound(
  file: string,
  outline: Outline,
  fieldLines: KvLines,
  facts: readonly EffortFact[],
  diagnostics: readonly PlanDiagnostic[],
): PlanDiagnostic[] {
  if (facts.length > 0 || diagnostics.some((d) => d.code === 'effort-without-id')) return [];
  const sized = new Set<Heading>();
  const dependent = new Set<Heading>();
  for (let i = 0; i < fieldLines.length; i++) {
    const field = fieldLines.fieldAt(i);
    if (field !== 'estimatedLines' && field !== 'dependsOn') continue;
    const h = headingAt(outline, fieldLines.lineAt(i));
    if (!h) continue;
    (field === 'dependsOn' ? dependent : sized).add(h);
  }
  const sections = new Set([...sized, ...dependent]);
  if (sections.size < MIN_SECTIONS) return [];
  const first = [...sections].sort((a, b) => a.line - b.line)[0];
  const what = [
    sized.size ? `${sized.size} carry sizes` : '',
    dependent.size ? `${dependent.size} carry dependencies` : '',
  ].filter(Boolean);
  return [
    {
      ...lineSpan(file, first.line, first.column, first.text.length),
      code: 'no-efforts-found',
      severity: 'warning',
      message:
        `Read as a plan, but no effort was found: ${sections.size} sections are written like efforts ` +
        `(${what.join(', ')}) with no effort id Waveplan reads. Efforts are headings or items led by an id such as ` +
        `E1.2.3 (see Conventions in the README).`,
      efforts: [],
    },
  ];
}
