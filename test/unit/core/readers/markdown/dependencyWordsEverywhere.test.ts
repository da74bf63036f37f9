// The words a plan writes a dependency under, read alike in keys (`**After**:`), table headers (`| After |`) and list
// items with no colon (`- Depends on E1.1.1`). A user's look found `After`, `Upstream`, `Predecessors` and
// `Prerequisite` dropped in all three. `After` and `Upstream` are also everyday words: under them only a value that
// names an effort, a wave or phase, or none is a list. Read through readPlanText and the engine.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

const FILE = '/ws/WAVE-PLAN.md';
const WORDS = [
  'After',
  'Upstream',
  'Predecessors',
  'Predecessor',
  'Prerequisite',
  'Prereq',
  'Blocked on',
  'Starts after',
];

function deps(text: string): Array<[string, string[] | undefined]> {
  return readPlanText(FILE, text).efforts.map((f) => [
    f.id,
    f.dependsOn?.refs.map((x) => (x.external ? `(${x.id})` : x.id)),
  ]);
}

function headings(lines: string[]): string {
  return ['# Phase 1 Wave 1 Plan', '', '### E1.1.1: Money type', '**Size**: 250 lines', '', ...lines, ''].join('\n');
}

describe('markdown reader: dependency keys in other words', () => {
  for (const word of WORDS) {
    it(`reads \`**${word}**:\` and \`${word}:\` as the effort’s dependencies`, () => {
      const text = headings([
        '### E1.1.2: Ledger schema',
        `**${word}**: E1.1.1`,
        '',
        '### E1.1.3: Journal writer',
        `- ${word}: E1.1.1, E1.1.2`,
      ]);
      assert.deepEqual(deps(text), [
        ['E1.1.1', undefined],
        ['E1.1.2', ['E1.1.1']],
        ['E1.1.3', ['E1.1.1', 'E1.1.2']],
      ]);
    });
  }

  it('locates the list where it is written', () => {
    const r = readPlanText(FILE, headings(['### E1.1.2: Ledger schema', '**After**: E1.1.1 (money first)']));
    const list = r.efforts[1].dependsOn!;
    assert.deepEqual([list.span.line, list.span.column, list.refs[0].span.column], [7, 12, 12]);
  });

  it('reads `None` and a wave under `After` as no dependency and a wave to wait for', () => {
    const text = headings([
      '### E1.1.2: Ledger schema',
      '**After**: none',
      '',
      '### E1.1.3: Journal writer',
      '**Upstream**: Wave 0',
    ]);
    assert.deepEqual(deps(text), [
      ['E1.1.1', undefined],
      ['E1.1.2', []],
      ['E1.1.3', ['(Wave 0)']],
    ]);
  });

  it('leaves `After:` and `Upstream:` prose and branches alone', () => {
    const text = headings([
      '### E1.1.2: Ledger schema',
      '**After**: the demo on Friday, we freeze the schema',
      '**Upstream**: `origin/main`',
      'After: review, squash the commits.',
      '- Upstream: the payments team owns the API',
    ]);
    assert.deepEqual(deps(text), [
      ['E1.1.1', undefined],
      ['E1.1.2', undefined],
    ]);
  });
});

describe('markdown reader: dependency columns in other words', () => {
  for (const word of ['After', 'Upstream', 'Predecessors', 'Prerequisite', 'Blocked on']) {
    it(`reads an \`${word}\` column as the rows’ dependencies`, () => {
      const text = [
        '# Phase 1 Wave 1 Plan',
        '',
        `| Effort | Estimate | ${word} |`,
        '|---|---|---|',
        '| E1.1.1 | 250 | — |',
        '| E1.1.2 | 600 | E1.1.1 |',
        '| E1.1.3 | 300 | E1.1.1 & E1.1.2 |',
        '',
      ].join('\n');
      assert.deepEqual(deps(text), [
        ['E1.1.1', []],
        ['E1.1.2', ['E1.1.1']],
        ['E1.1.3', ['E1.1.1', 'E1.1.2']],
      ]);
    });
  }

  it('reads an `Upstream` cell that names a branch as no dependency', () => {
    const text = [
      '# Phase 1 Wave 1 Plan',
      '',
      '| Effort | Estimate | Upstream |',
      '|---|---|---|',
      '| E1.1.1 | 250 | `origin/main` |',
      '| E1.1.2 | 600 | E1.1.1 |',
      '',
    ].join('\n');
    assert.deepEqual(deps(text), [
      ['E1.1.1', undefined],
      ['E1.1.2', ['E1.1.1']],
    ]);
  });
});

describe('markdown reader: a list item that says what it waits for without a colon', () => {
  for (const item of ['Depends on', 'Needs', 'Requires', 'Blocked by', 'Waits for', 'After', 'Predecessors']) {
    it(`reads \`- ${item} E1.1.1\` as a dependency`, () => {
      const text = headings(['### E1.1.2: Ledger schema', '**Size**: 300 lines', `- ${item} E1.1.1`]);
      assert.deepEqual(deps(text), [
        ['E1.1.1', undefined],
        ['E1.1.2', ['E1.1.1']],
      ]);
    });
  }

  it('reads only the ids that lead the item: the prose after them names nothing', () => {
    const text = headings([
      '### E1.1.2: Ledger schema',
      '- After E1.1.1 merges, rebase E1.1.3 onto it',
      '',
      '### E1.1.3: Journal writer',
      '* depends on **E1.1.1** and `E1.1.2` (schema first)',
    ]);
    const r = readPlanText(FILE, text);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.dependsOn?.refs.map((x) => [x.id, x.span.line, x.span.column])]),
      [
        ['E1.1.1', undefined],
        ['E1.1.2', [['E1.1.1', 7, 9]]],
        [
          'E1.1.3',
          [
            ['E1.1.1', 10, 16],
            ['E1.1.2', 10, 30],
          ],
        ],
      ],
    );
  });

  it('reads `- Blocks E1.1.3` as E1.1.3 depending on the writer, as `- Blocks: E1.1.3` is', () => {
    const text = headings(['- Blocks E1.1.2', '', '### E1.1.2: Ledger schema', '**Size**: 300 lines']);
    const project = lint({ [FILE]: text }).project;
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.dependsOn]),
      [
        ['E1.1.1', []],
        ['E1.1.2', ['E1.1.1']],
      ],
    );
  });

  it('leaves items that name no effort first alone', () => {
    const text = headings([
      '### E1.1.2: Ledger schema',
      '- Depends on WebSocket connection',
      '- Requires both downstream and upstream complete',
      '- Needs review from E1.1.1’s owner',
    ]);
    assert.deepEqual(deps(text), [
      ['E1.1.1', undefined],
      ['E1.1.2', undefined],
    ]);
  });
});

describe('markdown reader: dependency keys in other words in a YAML block', () => {
  it('reads `after:` and `predecessors:` lists; `upstream: origin/main` is a branch, no dependency', () => {
    const text = headings([
      '### E1.1.2: Ledger schema',
      '```yaml',
      'effort_id: E1.1.2',
      'estimated_lines: 300',
      'after: [E1.1.1]',
      '```',
      '',
      '### E1.1.3: Journal writer',
      '```yaml',
      'effort_id: E1.1.3',
      'estimated_lines: 300',
      'predecessors:',
      '  - E1.1.1',
      '  - E1.1.2',
      '```',
      '',
      '### E1.1.4: Charge API',
      '```yaml',
      'effort_id: E1.1.4',
      'estimated_lines: 300',
      'upstream: origin/main',
      '```',
    ]);
    const blocks = readPlanText(FILE, text).efforts.filter((f) => f.kind === 'yaml-block');
    assert.deepEqual(
      blocks.map((f) => [f.id, f.dependsOn?.refs.map((x) => (x.external ? `(${x.id})` : x.id))]),
      [
        ['E1.1.2', ['E1.1.1']],
        ['E1.1.3', ['E1.1.1', 'E1.1.2']],
        ['E1.1.4', undefined],
      ],
    );
  });
});

describe('look5 a-roadmap: a `Task` table with an `After` column', () => {
  it('gives the oversized, unknown-dependency and self-dependency errors the reader of the plan sees', () => {
    const text = [
      '# Payments Platform — Roadmap (Phase 1)',
      '',
      '## Wave 1 — Ledger core',
      '',
      '| Task | Title | Owner | Estimate | After | State |',
      '|------|-------|-------|----------|-------|-------|',
      '| E1.1.1 | Money type | agent-1 | 250 loc | — | merged |',
      '| E1.1.2 | Ledger schema | agent-2 | ≈ 0.6k loc | E1.1.1 | in review |',
      '| E1.1.3 | Journal writer | agent-3 | 900 loc | E1.1.1 & E1.1.2 | wip |',
      '',
      '## Wave 2 — Charges',
      '',
      '| Task | Title | Owner | Estimate | After | State |',
      '|------|-------|-------|----------|-------|-------|',
      '| E1.2.1 | Charge API | agent-1 | 450 loc | E1.1.3 | todo |',
      '| E1.2.2 | Refunds | agent-2 | 300 loc | E1.2.1, E1.1.4 | todo |',
      '| E1.2.3 | Webhooks | — | 500 loc | E1.2.3 | not started |',
      '',
    ].join('\n');
    const found = lint({ [FILE]: text })
      .diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.efforts.join(',')}`)
      .sort();
    assert.deepEqual(found, [
      '16:50 unknown-dependency E1.2.2',
      '17:37 dependency-cycle E1.2.3',
      '9:39 effort-oversized E1.1.3',
    ]);
  });
});
