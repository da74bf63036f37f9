// The editor's word in plan markdown: every id the readers locate is one word (highlight, Ctrl+D, Ctrl+hover take
// all of it), while ordinary words split as in VS Code's markdown.
import { strict as assert } from 'assert';
import { classifyPlanFile } from '../../../../src/core/files/classify';
import { canonicalEffortId } from '../../../../src/core/model/ids';
import { PlanEngine } from '../../../../src/core/project/engine';
import { locatorFor } from '../../../../src/core/views/locator';
import { PLAN_WORD_PATTERN } from '../../../../src/core/views/wordPattern';

/** The words of a line, as VS Code finds the one under the cursor: the pattern's matches, left to right. */
const matches = (line: string) => [...line.matchAll(new RegExp(PLAN_WORD_PATTERN))];
const words = (line: string) => matches(line).map((m) => m[0]);

const PLAN = `# Phase 1 Implementation Plan

## Wave 1: Types

### E1.1.1: api-types-core
**Size Estimate**: 400 lines

### E1.1.2: synctarget-types
**Dependencies**: E1.1.1 (api-types-core)

## Wave 2: Generation

### E1.2.1: crd-generation
**Dependencies**: 1.1.2, E1.1.1

### E1.2.2: openapi-schemas
- Depends on: E1.2.1 (crd-generation), Effort 1.1.2
`;

describe('plan word pattern', () => {
  it('makes every id the readers locate one word', () => {
    const engine = new PlanEngine();
    engine.update('PHASE-1-PLAN.md', PLAN, classifyPlanFile('PHASE-1-PLAN.md'));
    const lines = PLAN.split('\n');
    const references = locatorFor(engine.project())
      .occurrencesIn('PHASE-1-PLAN.md')
      .filter((o) => o.role === 'reference');
    assert.equal(references.length, 5);
    for (const { id, span } of references) {
      const line = lines[span.line - 1];
      // The words the located reference covers (its span may hold a name or `Effort ` too): one of them is the id.
      const covered = matches(line)
        .filter((m) => m.index! < span.endColumn - 1 && m.index! + m[0].length > span.column - 1)
        .map((m) => m[0]);
      assert.ok(
        covered.some((w) => canonicalEffortId(w) === id && /^E?[\d.]+$/.test(w)),
        `${id} is one word in "${line}": ${JSON.stringify(covered)}`,
      );
    }
  });

  it('keeps ordinary words, wave numbers and run-on text as VS Code splits them', () => {
    assert.deepEqual(words('### E1.2.1a: crd-generation'), ['E1.2.1a', 'crd', 'generation']);
    assert.deepEqual(words("P1W2E3 and Wave 6.1. E1.1.3's snake_case types"), [
      'P1W2E3',
      'and',
      'Wave',
      '6.1',
      'E1.1.3',
      's',
      'snake_case',
      'types',
    ]);
    // Not ids: a year with a dot, five numbers, an id run into a word.
    assert.deepEqual(words('2025.1 1.2.3.4.5 E1.2.1ab'), ['2025', '1', '1', '2', '3', '4', '5', 'E1', '2', '1ab']);
  });

  it('reads a 20,000-character line of blanks, digits or dotted numbers in one pass', () => {
    for (const line of [' '.repeat(20000), '1'.repeat(20000), '1.'.repeat(10000), 'E1.'.repeat(7000)])
      assert.ok(words(line).length <= line.length);
  });
});
