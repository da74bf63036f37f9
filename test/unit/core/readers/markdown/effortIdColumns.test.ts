// Effort tables whose id column is called what the plan calls its efforts: `Task`, `Ticket`, `Item`, `Work item`,
// `Story`, `Key`. A user's look found such a table dropped whole, with no finding. Read through readPlanText and the
// engine; a column of that name holding to-dos rather than ids declares nothing.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

const FILE = '/ws/WAVE-PLAN.md';

function roadmap(idHeader: string): string {
  return [
    '# Payments Platform — Phase 1',
    '',
    '## Wave 1 — Ledger core',
    '',
    `| ${idHeader} | Title | Owner | Estimate | Depends on | State |`,
    '|------|-------|-------|----------|-------|-------|',
    '| E1.1.1 | Money type | agent-1 | 250 loc | — | merged |',
    '| **E1.1.2** | Ledger schema | agent-2 | 600 loc | E1.1.1 | in review |',
    '| E1.1.3 | Journal writer | agent-3 | 900 loc | E1.1.1, E1.1.4 | wip |',
    '| E1.1.5 | Webhooks | — | 500 loc | E1.1.5 | not started |',
    '',
  ].join('\n');
}

const HEADERS = ['Task', 'Ticket', 'Item', 'Work item', 'Story', 'Key', 'Task ID', '**Work-item**'];

describe('markdown reader: an effort table whose id column is called Task, Ticket, Story…', () => {
  for (const header of HEADERS) {
    it(`reads every row of a \`${header}\` column as an effort, with its fields`, () => {
      const r = readPlanText(FILE, roadmap(header));
      assert.deepEqual(
        r.efforts.map((f) => [
          f.id,
          f.name?.value,
          f.estimatedLines?.value,
          f.status?.value,
          f.dependsOn?.refs.map((x) => x.id),
        ]),
        [
          ['E1.1.1', 'Money type', 250, 'done', []],
          ['E1.1.2', 'Ledger schema', 600, 'review', ['E1.1.1']],
          ['E1.1.3', 'Journal writer', 900, 'in-progress', ['E1.1.1', 'E1.1.4']],
          ['E1.1.5', 'Webhooks', 500, 'planned', ['E1.1.5']],
        ],
      );
      // Located at the id in its cell (the bold marks are not the id).
      assert.deepEqual(
        r.efforts.map((f) => [f.span.line, f.span.column]),
        [
          [7, 3],
          [8, 3],
          [9, 3],
          [10, 3],
        ],
      );
    });
  }

  it('gives the oversized, unknown-dependency and self-dependency findings the same table under `Effort` gives', () => {
    const found = (header: string) =>
      lint({ [FILE]: roadmap(header) })
        .diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.efforts.join(',')}`)
        .sort();
    assert.deepEqual(found('Task'), [
      '10:37 dependency-cycle E1.1.5',
      '9:39 effort-oversized E1.1.3',
      '9:57 unknown-dependency E1.1.3',
    ]);
    assert.deepEqual(found('Task'), found('Effort'));
  });
});

describe('markdown reader: a `Task` column that holds no effort ids declares nothing', () => {
  const read = (rows: string[]) =>
    readPlanText(
      FILE,
      [
        '# Phase 1 Wave 1 Plan',
        '',
        '### E1.1.1: Money type',
        '**Size**: 250 lines',
        '',
        '| Task | Owner | Estimate | Status |',
        '|------|-------|----------|--------|',
        ...rows,
        '',
      ].join('\n'),
    ).efforts.map((f) => [f.id, f.status?.value, f.estimatedLines?.value]);
  const headingOnly = [['E1.1.1', undefined, 250]];

  it('prose that mentions an effort is no row of it', () => {
    assert.deepEqual(
      read(['| Write docs for E1.1.1 | bob | 50 lines | done |', '| Review E1.1.2 | alice | — | todo |']),
      headingOnly,
    );
  });

  it('one effort’s to-dos (its id on every row) are no efforts', () => {
    assert.deepEqual(
      read(['| E1.1.1 code review | bob | 20 lines | done |', '| E1.1.1 docs | alice | 30 lines | todo |']),
      headingOnly,
    );
  });

  it('a column mostly of prose does not become an id column for its one id', () => {
    assert.deepEqual(
      read([
        '| Set up CI | bob | 40 lines | done |',
        '| Write the runbook | alice | 60 lines | todo |',
        '| E1.1.2 rollout | carol | 90 lines | todo |',
      ]),
      headingOnly,
    );
  });

  it('beside an `ID` column, a `Task` (`Story`, `Item`) column names the row’s effort; a `Key` column does not', () => {
    const table = (header: string, cell: (name: string) => string) =>
      [
        '# Phase 4 — Observability',
        '',
        `| ID | ${header} | Est. LOC | Depends on |`,
        '|----|------|---------:|------------|',
        `| 4.1.1 | ${cell('Metrics SDK wrapper')} | 420 | — |`,
        `| 4.1.2 | ${cell('Trace propagation')} | 610 | 4.1.1 |`,
        '',
      ].join('\n');
    const names = (text: string) =>
      readPlanText('/ws/docs/roadmap/phase-4.md', text).efforts.map((f) => [
        f.id,
        f.name?.value,
        f.estimatedLines?.value,
      ]);
    for (const header of ['Task', 'Story', 'Work item'])
      assert.deepEqual(
        names(table(header, (n) => n)),
        [
          ['E4.1.1', 'Metrics SDK wrapper', 420],
          ['E4.1.2', 'Trace propagation', 610],
        ],
        header,
      );
    assert.deepEqual(
      names(table('Key', () => 'OBS-12')).map(([id, name]) => [id, name]),
      [
        ['E4.1.1', undefined],
        ['E4.1.2', undefined],
      ],
      'a Key column holds tracker keys, not names',
    );
  });
});
