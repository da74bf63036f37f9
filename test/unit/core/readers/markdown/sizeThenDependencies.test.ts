// Effort lines whose dependency tail follows the size note with no dash or comma between: `Parser (~300 LOC) blocked
// by E2.1.1`, `Printer ~300 lines depends on E2.1.5`, in list items, slug items and effort headings (`### E2.2.3:
// Payouts (~300 LOC) blocked by E2.2.1`, `### E2.2.2: Refunds — depends on E2.2.1`; not `after` there). The tail is the
// effort's dependencies and no part of its name. Read through readPlanText.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

type Row = [string, string | undefined, number | undefined, string[] | undefined];

function read(file: string, lines: string[]): Row[] {
  const r = readPlanText(file, [...lines, ''].join('\n'));
  return r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id)]);
}

describe('markdown reader: a dependency tail right after the size', () => {
  it('in list items, with an id or a slug', () => {
    assert.deepEqual(
      read('/ws/WAVE-PLAN.md', [
        '# Phase 2 Wave 1 Plan',
        '',
        '- E2.1.1 Lexer (~300 LOC)',
        '- E2.1.2 Parser (~300 LOC) blocked by E2.1.1',
        '- **E2.1.3**: Formatter (~200 LOC) depends on E2.1.1, E2.1.2',
        '- E2.1.4 Printer ~300 lines depends on E2.1.3',
        '1. `charge-api` (~720 lines) depends on E2.1.1',
      ]),
      [
        ['E2.1.1', 'Lexer', 300, undefined],
        ['E2.1.2', 'Parser', 300, ['E2.1.1']],
        ['E2.1.3', 'Formatter', 200, ['E2.1.1', 'E2.1.2']],
        ['E2.1.4', 'Printer', 300, ['E2.1.3']],
        ['charge-api', 'charge-api', 720, ['E2.1.1']],
      ],
    );
  });

  it('in effort headings, as after a dash or in brackets', () => {
    assert.deepEqual(
      read('/ws/PHASE-2-PLAN.md', [
        '# Phase 2',
        '',
        '## Wave 2',
        '',
        '### E2.2.1: Ledger (~300 LOC)',
        '### E2.2.2: Refunds — depends on E2.2.1',
        '### E2.2.3: Payouts (~300 LOC) blocked by E2.2.1',
        '### E2.2.4: Disputes (depends on E2.2.2)',
        '### E2.2.5: Reports — needs E2.2.4 (~250 lines)',
        '### E2.2.6: Exports (after 1.1.1 lines)',
      ]),
      [
        ['E2.2.1', 'Ledger', 300, undefined],
        ['E2.2.2', 'Refunds', undefined, ['E2.2.1']],
        ['E2.2.3', 'Payouts', 300, ['E2.2.1']],
        ['E2.2.4', 'Disputes', undefined, ['E2.2.2']],
        ['E2.2.5', 'Reports', 250, ['E2.2.4']],
        // `after` in a heading is a note, not a dependency word.
        ['E2.2.6', 'Exports', undefined, undefined],
      ],
    );
  });

  it('a metadata line that lists others is an effort-conflict, as under a list item', () => {
    const text =
      '# Phase 2\n\n## Wave 2\n\n### E2.2.1: Ledger\n\n### E2.2.2: Refunds (~300 LOC) blocked by E2.2.1\n**Dependencies**: None\n';
    const found = lint({ '/ws/PHASE-2-PLAN.md': text }).diagnostics.map((d) => `${d.code} ${d.line}`);
    assert.deepEqual(found, ['effort-conflict 8']);
  });

  it('locates the heading’s dependency where it is written', () => {
    const text = '# Phase 2\n\n## Wave 2\n\n### E2.2.3: Payouts (~300 LOC) blocked by E2.2.1\n';
    const ref = readPlanText('/ws/PHASE-2-PLAN.md', text).efforts[0].dependsOn!.refs[0];
    const line = text.split('\n')[ref.span.line - 1];
    assert.equal(line.slice(ref.span.column - 1, ref.span.endColumn - 1), 'E2.2.1');
  });
});
