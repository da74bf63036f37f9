// Effort tables whose rows have no effort number: slugs in an `ID` column, names in a `Task` column sized in lines,
// agents with their tasks. A reader found each read as no effort at all, with no finding. Each row is an effort named
// by its slug, in the wave the table sits in; a table that looks like one and cannot be read is said at its head.
import { strict as assert } from 'assert';
import { readPlanText } from '../../../../../src/core/readers';
import { lint } from '../../../support/builders';

const FILE = '/ws/WAVE-PLAN.md';

const rows = (text: string) =>
  readPlanText(FILE, text).efforts.map((f) => [
    f.id,
    f.name?.value,
    f.phase?.value,
    f.wave?.value,
    f.estimatedLines?.value,
    f.dependsOn?.refs.map((r) => (r.external ? `external:${r.id}` : r.id)),
  ]);

describe('markdown reader: effort tables without effort numbers', () => {
  it('reads slugs in an ID column as efforts, their dependencies by slug, in the wave of the table', () => {
    const text = [
      '# Phase 1 Wave 1 Plan',
      '',
      '## Wave 1.1: Core',
      '',
      '| ID | Task | Depends on | Est. lines |',
      '|----|------|------------|------------|',
      '| task-21 | Config loader | - | 200 |',
      '| `task-22` | Logger | task-21 | 300 |',
      '| task-23 | Metrics | task-21, task-22 | 900 |',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      ['task-21', 'Config loader', 1, 1, 200, []],
      ['task-22', 'Logger', 1, 1, 300, ['task-21']],
      ['task-23', 'Metrics', 1, 1, 900, ['task-21', 'task-22']],
    ]);
    const found = lint({ [FILE]: text }).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.efforts}`);
    assert.deepEqual(found, ['9:42 effort-oversized task-23']);
  });

  it('reads a slug under `Effort` in a plan without phases, named by the slug as written', () => {
    const text = [
      '# Checkout service plan',
      '',
      '## Wave 1',
      '',
      '| Effort | Description | Depends on | Size |',
      '|--------|-------------|------------|------|',
      '| auth-api | Auth endpoints | - | ~400 lines |',
      '| cart-api | Cart endpoints | auth-api | ~500 lines |',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      ['auth-api', 'auth-api', undefined, 1, 400, []],
      ['cart-api', 'cart-api', undefined, 1, 500, ['auth-api']],
    ]);
    assert.deepEqual(
      lint({ [FILE]: text }).project.efforts.map((e) => [e.id, e.wave, e.dependsOn]),
      [
        ['auth-api', 1, []],
        ['cart-api', 1, ['auth-api']],
      ],
    );
  });

  it('reads agents’ rows as their tasks, and a dependency on `Agent 1` as that row’s task', () => {
    const text = [
      '# Phase 2',
      '',
      '## Wave 2.1: Ingest',
      '',
      '| Agent | Task | Depends on | Lines |',
      '|-------|------|------------|-------|',
      '| Agent 1 | Feed schema | - | 300 |',
      '| Agent 2 | Feed parser | Agent 1 | 450 |',
      '| Agent 3 | Feed storage | Agent 1, Agent 2 | 500 |',
      '',
      '## Wave 2.2: Serve',
      '',
      '| Agent | Task | Depends on | Lines |',
      '|-------|------|------------|-------|',
      '| Agent 1 | Feed API | Wave 2.1 | 400 |',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      ['feed-schema', 'Feed schema', 2, 1, 300, []],
      ['feed-parser', 'Feed parser', 2, 1, 450, ['feed-schema']],
      ['feed-storage', 'Feed storage', 2, 1, 500, ['feed-schema', 'feed-parser']],
      ['feed-api', 'Feed API', 2, 2, 400, ['external:Wave 2.1']],
    ]);
  });

  it('names an agent’s work by its branch where no column names it', () => {
    const text = [
      '# Phase 3',
      '',
      '## Wave 3.1',
      '',
      '| Agent | Branch | Lines | Dependencies |',
      '|-------|--------|-------|--------------|',
      '| Agent 1 | `p3w1-api-types` | 500 | - |',
      '| Agent 2 | `p3w1-controller` | 600 | Agent 1 |',
      '',
    ].join('\n');
    assert.deepEqual(rows(text), [
      ['p3w1-api-types', 'p3w1-api-types', 3, 1, 500, []],
      ['p3w1-controller', 'p3w1-controller', 3, 1, 600, ['p3w1-api-types']],
    ]);
    assert.equal(readPlanText(FILE, text).efforts[1].branch?.value, 'p3w1-controller');
  });

  it('says at its head why a table that sizes work like an effort table cannot be read', () => {
    const text = [
      '# Phase 1',
      '',
      '## Wave 1.1',
      '',
      '| Agent | Depends on | Lines |',
      '|-------|------------|-------|',
      '| Agent 1 | - | 300 |',
      '| Agent 2 | Agent 1 | 300 |',
      '',
      '| ID | Task | Lines |',
      '|----|------|-------|',
      '| see below | Parser | 300 |',
      '',
      '| ID | Task | Lines |',
      '|----|------|-------|',
      '| lexer | Lexer | 300 |',
      '| lexer | Lexer again | 300 |',
      '',
    ].join('\n');
    const r = readPlanText(FILE, text);
    assert.deepEqual(r.efforts, []);
    assert.deepEqual(
      r.diagnostics.map((d) => [d.line, d.column, d.code, d.severity, /, but (.*), so its rows/.exec(d.message)?.[1]]),
      [
        [5, 1, 'effort-without-id', 'warning', 'its rows name agents, not their work (no `Task` or `Name` column)'],
        [10, 1, 'effort-without-id', 'warning', 'its ID column holds "see below", which is no id'],
        [14, 1, 'effort-without-id', 'warning', 'two of its rows are "lexer"'],
      ],
    );
  });

  it('reads no efforts from to-do tables: durations, no sizes, steps inside an effort’s section, rows naming ids', () => {
    const text = [
      '# Phase 1',
      '',
      '## Wave 1.1',
      '',
      '| Task | Owner | Estimate |',
      '|------|-------|----------|',
      '| Write docs | bob | 2 days |',
      '| Review | amy | 1 day |',
      '',
      '| Task | Owner |',
      '|------|-------|',
      '| Write docs | bob |',
      '| Review | amy |',
      '',
      '### E1.1.1: Parser',
      '**Size**: 300 lines',
      '',
      '| Step | Task | Lines |',
      '|------|------|-------|',
      '| 1 | Grammar | 100 |',
      '| 2 | Errors | 200 |',
      '',
    ].join('\n');
    const r = readPlanText(FILE, text);
    assert.deepEqual(
      r.efforts.map((f) => f.id),
      ['E1.1.1'],
    );
    assert.deepEqual(r.diagnostics, []);
  });
});
