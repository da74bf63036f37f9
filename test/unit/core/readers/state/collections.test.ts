// Efforts under keys no generation's reader names: review, monitoring and line-count collections keyed by effort.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { readPlanText } from '../../../../../src/core/readers';

const FILE = path.resolve(__dirname, '../../../../fixtures/state/collections/orchestrator-state-v3.json');

describe('readStateFile: effort collections under any key', () => {
  const result = readPlanText(FILE, readFileSync(FILE, 'utf8'));
  const fact = (id: string) => result.efforts.find((f) => f.id === id);

  it('finds efforts in review, monitoring and line-count collections, with effort_1_1_2 keys', () => {
    assert.deepEqual(
      result.efforts.map((f) => f.id),
      ['E2.1.1', 'E2.1.2', 'E2.1.3', 'E2.1.4'],
    );
    assert.equal(fact('E2.1.1')!.branch?.value, 'vault/phase2/wave1/secret-store');
    assert.equal(fact('E2.1.3')!.name?.value, 'lease-renewer');
    assert.equal(fact('E2.1.1')!.actualLines?.value, 612);
    assert.equal(fact('E2.1.1')!.actualLines?.span.line, 13);
    assert.equal(fact('E2.1.2')!.actualLines?.value, 388);
  });

  it('a review status is not the effort status', () => {
    assert.equal(fact('E2.1.1')!.status, undefined);
    assert.equal(fact('E2.1.2')!.status, undefined);
  });

  it('one effort under five keys is one fact, the first key winning field by field, never a throw', () => {
    const e = fact('E2.1.4')!;
    assert.equal(e.branch?.value, 'vault/phase2/wave1/audit-sink');
    assert.equal(e.estimatedLines?.value, 300);
    assert.equal(result.diagnostics.filter((d) => d.code === 'file-unreadable').length, 0);
    // The two branches it records are a disagreement inside the file, reported at the losing one.
    assert.deepEqual(
      result.diagnostics.filter((d) => d.code === 'state-conflict').map((d) => [d.line, d.severity, d.message]),
      [
        [
          19,
          'warning',
          'E2.1.4: branch "vault/phase2/wave1/audit-sink-v2" here; "vault/phase2/wave1/audit-sink" in line 18 wins. The record under `duplicated` takes precedence.',
        ],
      ],
    );
  });
});

describe('readStateFile: a bare line count', () => {
  const file = path.resolve(__dirname, '../../../../fixtures/state/lines/orchestrator-state.yaml');
  const text = readFileSync(file, 'utf8');
  const result = readPlanText(file, text);
  const fact = (id: string) => result.efforts.find((f) => f.id === id)!;
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('counts what was written for a finished effort and what is planned before, never dropping it', () => {
    assert.deepEqual(
      [fact('E1.1.1').actualLines?.value, fact('E1.1.1').actualLines?.span.line, fact('E1.1.1').estimatedLines],
      [540, lineOf('lines: 540'), undefined],
    );
    assert.deepEqual([fact('E1.1.2').estimatedLines?.value, fact('E1.1.2').actualLines], [610, undefined]);
    // Beside an estimate, the bare count is the other figure: lines written so far.
    assert.deepEqual([fact('E1.2.1').estimatedLines?.value, fact('E1.2.1').actualLines?.value], [450, 120]);
  });

  it('counts what was written for an effort in review: its code is complete', () => {
    assert.deepEqual([fact('E1.2.2').actualLines?.value, fact('E1.2.2').estimatedLines], [388, undefined]);
  });
});

describe('readStateFile: a plan nested as lists of phases, waves and efforts', () => {
  const file = path.resolve(__dirname, '../../../../fixtures/state/nested-lists/orchestrator-state.yaml');
  const text = readFileSync(file, 'utf8');
  const result = readPlanText(file, text);
  const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('finds every effort of phases[].waves[].efforts[], with its sizes, status and dependencies', () => {
    assert.deepEqual(
      result.efforts.map((f) => [
        f.id,
        f.name?.value,
        f.estimatedLines?.value,
        f.actualLines?.value,
        f.status?.value,
        f.dependsOn?.refs.map((r) => r.id) ?? [],
      ]),
      [
        ['E1.1.1', 'account model', 400, 380, 'done', []],
        ['E1.1.2', 'journal writer', 500, 870, 'review', ['E1.1.1']],
        ['E1.2.1', 'balance query', 350, undefined, 'blocked', ['E1.1.2', 'E1.1.1']],
      ],
    );
    // `size: {estimated: 500, actual: 870}` is located at each number.
    assert.equal(result.efforts[1].actualLines?.span.line, lineOf('actual: 870'));
    assert.equal(result.diagnostics.length, 0, JSON.stringify(result.diagnostics));
  });

  it('names the phases and waves the lists declare', () => {
    assert.deepEqual(
      result.phases.map((p) => [p.phase, p.name]),
      [[1, 'Core ledger']],
    );
    assert.deepEqual(
      result.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [1, 1, 'Accounts'],
        [1, 2, undefined],
      ],
    );
  });
});

describe('readStateFile: records keyed by branch that name their effort', () => {
  const file = path.resolve(__dirname, '../../../../fixtures/state/keyed-by-branch/orchestrator-state.json');
  const text = readFileSync(file, 'utf8');
  const result = readPlanText(file, text);

  it('reads `efforts: {"phase1/wave1/logger": {effort: "1.1.2", …}}` with the key naming the effort', () => {
    assert.deepEqual(
      result.efforts.map((f) => [
        f.id,
        f.name?.value,
        f.estimatedLines?.value,
        f.actualLines?.value,
        f.status?.value,
        f.dependsOn?.refs.map((r) => r.id) ?? [],
      ]),
      [
        ['E1.1.1', 'config-loader', undefined, 540, 'done', []],
        ['E1.1.2', 'logger', 300, undefined, 'in-progress', ['E1.1.1']],
        ['E1.2.1', 'http-server', 760, undefined, 'planned', ['E1.1.1', 'E1.1.2']],
      ],
    );
    // The name is located at the key it came from.
    const line = text.split('\n').findIndex((l) => l.includes('"phase1/wave1/logger"')) + 1;
    assert.equal(result.efforts[1].name?.span.line, line);
  });
});

describe('readStateFile: a state file with nothing Waveplan can place', () => {
  it('says so in one info finding, and nothing when it reads an effort', () => {
    const unread = readPlanText(
      '/ws/orchestrator-state.json',
      '{\n  "current_state": "INIT",\n  "notes": {"a": 1}\n}\n',
    );
    assert.deepEqual(
      unread.diagnostics.map((d) => [d.code, d.severity, d.line, d.message]),
      [
        [
          'metadata-invalid',
          'info',
          1,
          'Waveplan found no efforts, waves or phases in orchestrator-state.json (what it reads: README, State files).',
        ],
      ],
    );
    const read = readPlanText('/ws/orchestrator-state.json', '{"efforts_completed": ["E1.1.1"]}\n');
    assert.deepEqual([read.efforts.length, read.diagnostics.length], [1, 0]);
  });
});

describe('readStateFile: YAML merge keys', () => {
  const text = [
    'defaults: &effort_defaults',
    '  base_branch: main',
    '  estimated_lines: 300',
    'efforts_in_progress:',
    '  - effort_id: E3.1.1',
    '    <<: *effort_defaults',
    '    estimated_lines: 420',
    '  - effort_id: E3.1.2',
    '    <<: *effort_defaults',
    '',
  ].join('\n');
  const result = readPlanText('/ws/orchestrator-state.yaml', text);

  it('gives a record the anchored defaults it does not set itself, located at the anchor', () => {
    assert.deepEqual(
      result.efforts.map((f) => [f.id, f.baseBranch?.value, f.baseBranch?.span.line, f.estimatedLines?.value]),
      [
        ['E3.1.1', 'main', 2, 420],
        ['E3.1.2', 'main', 2, 300],
      ],
    );
  });

  it('expands nested merges a bounded number of times (a merge bomb reads, it does not hang)', () => {
    const bomb = ['a: &a {x: 1, y: 2}'];
    for (let i = 1; i <= 30; i++)
      bomb.push(
        `b${i}: &b${i} {<<: [${Array(8)
          .fill(i === 1 ? '*a' : `*b${i - 1}`)
          .join(', ')}]}`,
      );
    bomb.push('efforts_completed: [E1.1.1]', '');
    const r = readPlanText('/ws/orchestrator-state.yaml', bomb.join('\n'));
    assert.deepEqual(
      r.efforts.map((f) => f.id),
      ['E1.1.1'],
    );
  });
});

describe('readStateFile: a state file that is one list of effort records', () => {
  const json = [
    '[',
    '  {"id": "E4.2.1", "status": "done", "lines": 310},',
    '  {"id": "E4.2.2", "status": "in_progress", "branch": "search/phase4/wave2/query-parser"}',
    ']',
  ].join('\n');
  const yaml = ['- effort_id: E4.2.3', '  status: review', '  estimated_lines: 520', '- just a note'].join('\n');

  it('reads each record as an effort (JSON), with no "object of keys" error', () => {
    const r = readPlanText('/ws/progress.json', json, 'state');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.status?.value, f.actualLines?.value, f.branch?.value]),
      [
        ['E4.2.1', 'done', 310, undefined],
        ['E4.2.2', 'in-progress', undefined, 'search/phase4/wave2/query-parser'],
      ],
    );
    assert.deepEqual(
      r.diagnostics.map((d) => d.message),
      [],
    );
  });

  it('reads a YAML list the same way, skipping items that are not records', () => {
    const r = readPlanText('/ws/progress.yaml', yaml, 'state');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.status?.value, f.estimatedLines?.value]),
      [['E4.2.3', 'review', 520]],
    );
  });

  it('still says a lone value holds nothing to read', () => {
    const r = readPlanText('/ws/progress.json', '"E4.2.1 done"', 'state');
    assert.match(r.diagnostics.map((d) => d.message).join('\n'), /should hold an object of keys/);
  });
});

describe('readStateFile: a waves list with dotted ids, and records in other words', () => {
  const yaml = [
    'waves:',
    '  - id: "2.1"',
    '    name: Metrics',
    '    efforts:',
    '      - slug: metrics-sdk',
    '        id: E2.1.1',
    '        state: merged',
    '        loc: {estimate: 450, actual: 470}',
    '      - slug: exporter',
    '        id: E2.1.2',
    '        state: review',
    '        deps: [E2.1.1]',
    '  - id: WAVE_2.2',
    '    name: Dashboards',
    '    efforts:',
    '      - {slug: dashboards, id: E2.2.1, needs: [E2.1.2], effort_status: in_progress}',
  ].join('\n');
  const r = readPlanText('/ws/orchestrator-state.yaml', yaml);

  it('reads `slug` as the name, `state` / `effort_status` as the status and `deps` / `needs` as dependencies', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E2.1.1', 'metrics-sdk', 'done', undefined],
        ['E2.1.2', 'exporter', 'review', ['E2.1.1']],
        ['E2.2.1', 'dashboards', 'in-progress', ['E2.1.2']],
      ],
    );
  });

  it('names each wave of the list, in the phase its id gives', () => {
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [2, 1, 'Metrics'],
        [2, 2, 'Dashboards'],
      ],
    );
  });
});

describe('readStateFile: more record keys in other words', () => {
  const json = JSON.stringify(
    {
      efforts: {
        'E3.1.1': { title: 'ledger', status: 'COMPLETED', lines_added: 420 },
        'E3.1.2': { title: 'invoices', est_loc: 500, worktree_path: 'efforts/phase3/wave1/invoices' },
        'E3.1.3': { title: 'tax', estimate_lines: 350, depends: 'E3.1.1', base: 'phase3-wave0-integration' },
      },
    },
    null,
    2,
  );
  const r = readPlanText('/ws/orchestrator-state.json', json);

  it('reads lines_added as actual lines, est_loc / estimate_lines as estimates, worktree_path, depends and base', () => {
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.actualLines?.value,
        f.estimatedLines?.value,
        f.directory?.value,
        f.dependsOn?.refs.map((x) => x.id),
        f.baseBranch?.value,
      ]),
      [
        ['E3.1.1', 420, undefined, undefined, undefined, undefined],
        ['E3.1.2', undefined, 500, 'efforts/phase3/wave1/invoices', undefined, undefined],
        ['E3.1.3', undefined, 350, undefined, ['E3.1.1'], 'phase3-wave0-integration'],
      ],
    );
  });
});

describe('readStateFile: records of split parts', () => {
  const json = JSON.stringify(
    {
      efforts_completed: [
        { effort_id: 'E1.1.1', branch: 'core/phase1/wave1/api-types', lines_changed: 1240, review_status: 'SPLIT' },
        { effort_id: 'E1.1.1-split-001', branch: 'core/phase1/wave1/api-types--split-001', lines_changed: 610 },
        { effort_id: 'E1.1.1--split-002', branch: 'core/phase1/wave1/api-types--split-002', lines_changed: 630 },
      ],
    },
    null,
    2,
  );
  const r = readPlanText('/ws/orchestrator-state.json', json);

  it('are parts of the split effort, not more records of it: no conflict, the effort keeps its own branch and size', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.branch?.value, f.actualLines?.value, f.name?.value]),
      [['E1.1.1', 'core/phase1/wave1/api-types', 1240, undefined]],
    );
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      [],
    );
  });
});

describe('readStateFile: phases as a mapping of phase_N keys', () => {
  const yaml = [
    'project_progression:',
    '  current_phase: 1',
    '  current_wave: 2',
    'phases:',
    '  phase_1:',
    '    name: Foundations',
    '    waves:',
    '      wave_1:',
    '        efforts:',
    '          E1.1.1: {name: auth-core, status: merged, lines: 512}',
    '      wave_2:',
    '        efforts:',
    '          E1.2.1: {name: oauth-flows, status: in_review, estimate: 640, depends_on: [E1.1.1]}',
  ].join('\n');
  const r = readPlanText('/ws/orchestrator-state.yaml', yaml);

  it('reads it as phase_structure: named phase, its waves and their efforts', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value, f.actualLines?.value, f.estimatedLines?.value]),
      [
        ['E1.1.1', 'auth-core', 'done', 512, undefined],
        ['E1.2.1', 'oauth-flows', 'review', undefined, 640],
      ],
    );
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [[1, 'Foundations']],
    );
  });

  it('takes a number for the current phase and wave without a format warning', () => {
    assert.deepEqual(
      r.diagnostics.map((d) => d.message),
      [],
    );
  });
});

describe('readStateFile: a lines object', () => {
  it('reads `lines: {estimated, actual}` as size: does', () => {
    const json = JSON.stringify({
      efforts: [
        { id: 'E1.1.1', status: 'done', lines: { estimated: 300, actual: 344 } },
        { id: 'E1.2.1', status: 'in_progress', lines: { estimated: 700 } },
      ],
    });
    const r = readPlanText('/ws/orchestrator-state.json', json);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.estimatedLines?.value, f.actualLines?.value]),
      [
        ['E1.1.1', 300, 344],
        ['E1.2.1', 700, undefined],
      ],
    );
  });
});

describe('readStateFile: task records under a wave', () => {
  it('reads `loc` as a bare line count (written once merged) and `changes_requested` as in review', () => {
    const json = JSON.stringify({
      waves: {
        '2.1': {
          tasks: [
            { id: 'E2.1.1', status: 'merged', loc: 287 },
            { id: 'E2.1.2', status: 'changes_requested' },
            { id: 'E2.1.3', status: 'in_progress', loc: 450 },
          ],
        },
      },
    });
    const r = readPlanText('/ws/orchestrator-state.json', json);
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.status?.value, f.estimatedLines?.value, f.actualLines?.value]),
      [
        ['E2.1.1', 'done', undefined, 287],
        ['E2.1.2', 'review', undefined, undefined],
        ['E2.1.3', 'in-progress', 450, undefined],
      ],
    );
  });
});

describe('readStateFile: records that name their effort by `key`', () => {
  const yaml = [
    'project: ledger',
    'efforts:',
    '  - key: E4.1.1',
    '    title: schema',
    '    status: merged',
    '  - effort_key: E4.1.2',
    '    title: seed-data',
    '    estimate: 200',
    '    after: [E4.1.1]',
    '  - key: notes',
    '    title: not an effort',
    '  - key: E4.2.1',
    '    title: repository',
    '    prerequisites: [E4.1.1, E4.1.2]',
    '',
  ].join('\n');
  const r = readPlanText('/ws/orchestrator-state.yaml', yaml);

  it('reads `key` / `effort_key` as the id when it is one, and `after` / `prerequisites` as dependencies', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E4.1.1', 'schema', undefined],
        ['E4.1.2', 'seed-data', ['E4.1.1']],
        ['E4.2.1', 'repository', ['E4.1.1', 'E4.1.2']],
      ],
    );
    const s = r.efforts[0].span;
    assert.equal(yaml.split('\n')[s.line - 1].slice(s.column - 1), 'E4.1.1');
  });
});

describe('readStateFile: a wave group’s base branch', () => {
  const yaml = [
    'waves:',
    '  - id: "3.1"',
    '    efforts:',
    '      - id: E3.1.1',
    '  - id: "3.2"',
    '    base_branch: phase3/wave1-integration',
    '    efforts:',
    '      - id: E3.2.1',
    '      - id: E3.2.2',
    '        base_branch: E3.2.1-branch',
    '',
  ].join('\n');
  const r = readPlanText('/ws/orchestrator-state.yaml', yaml);

  it('is the base of the efforts listed under it that name none, located where the group writes it', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.baseBranch?.value, f.baseBranch?.span.line]),
      [
        ['E3.1.1', undefined, undefined],
        ['E3.2.1', 'phase3/wave1-integration', 6],
        ['E3.2.2', 'E3.2.1-branch', 10],
      ],
    );
  });
});

describe('readStateFile: efforts keyed by name five levels down (phases → phase → waves → wave → efforts)', () => {
  const yaml = [
    'phases:',
    '  phase2:',
    '    waves:',
    '      wave1:',
    '        base_branch: ledger/phase1-integration',
    '        efforts:',
    '          refund-api:',
    '            id: "2.1.1"',
    '            estimated_lines: 520',
    '          payout-worker:',
    '            id: "2.1.2"',
    '            depends_on: ["2.1.1"]',
    '',
  ].join('\n');
  const r = readPlanText('/ws/orchestrator-state.yaml', yaml);

  it('names each effort by its key and gives it the wave’s base branch', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.baseBranch?.value, f.baseBranch?.span.line]),
      [
        ['E2.1.1', 'refund-api', 'ledger/phase1-integration', 5],
        ['E2.1.2', 'payout-worker', 'ledger/phase1-integration', 5],
      ],
    );
  });
});

describe('readStateFile: efforts kept as tasks', () => {
  const json = JSON.stringify(
    {
      tasks: [
        { task_id: '1.1.1', title: 'catalog-api', state: 'merged', lines_estimate: 420, lines_actual: 433 },
        { task_id: '1.1.2', title: 'cart-api', state: 'merged', lines_estimate: 380, deps: ['1.1.1'] },
      ],
    },
    null,
    2,
  );
  const r = readPlanText('/ws/orchestrator-state.json', json);

  it('reads `{task_id, title, lines_estimate, lines_actual}` records as efforts', () => {
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.name?.value,
        f.status?.value,
        f.estimatedLines?.value,
        f.actualLines?.value,
        f.dependsOn?.refs.map((x) => x.id),
      ]),
      [
        ['E1.1.1', 'catalog-api', 'done', 420, 433, undefined],
        ['E1.1.2', 'cart-api', 'done', 380, undefined, ['E1.1.1']],
      ],
    );
  });
});

// A team's own state file: `phases: [{number, title, waves: [{number, title, tasks: [{task_id, task, …}]}]}]`. The
// efforts were read, but without a name (`task` beside `task_id` said nothing), and the phase and waves unnamed
// (`number`/`title` were not read as a group's number and name).
describe('readStateFile: phases and waves by number and title, tasks named by `task`', () => {
  const json = JSON.stringify(
    {
      phases: [
        {
          number: 2,
          title: 'Reconciliation',
          waves: [
            {
              number: 1,
              title: 'Importers',
              tasks: [
                { task_id: 'E2.1.1', task: 'CSV importer', state: 'MERGED', loc: { estimated: 420, actual: 401 } },
                { task_id: 'E2.1.2', task: 'E2.1.2', state: 'IMPLEMENTATION' },
                { effort_id: 'E2.1.3', effort: 'Dedup', task_name: 'Deduplication' },
              ],
            },
          ],
        },
      ],
    },
    null,
    2,
  );
  const r = readPlanText('/ws/orchestrator-state.json', json);

  it('names each task by its `task` (an id there names nothing), a name field first', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value, f.estimatedLines?.value, f.actualLines?.value]),
      [
        ['E2.1.1', 'CSV importer', 'done', 420, 401],
        ['E2.1.2', undefined, 'in-progress', undefined, undefined],
        ['E2.1.3', 'Deduplication', undefined, undefined, undefined],
      ],
    );
    const span = r.efforts[0].name!.span!;
    assert.equal(json.split('\n')[span.line - 1].slice(span.column - 1, span.endColumn - 1), 'CSV importer');
  });

  it('names the phase and its wave by `title` under `number`', () => {
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [[2, 'Reconciliation']],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [[2, 1, 'Importers']],
    );
  });
});

describe('readStateFile: records named by a title that leads with the effort’s id', () => {
  // A board's export (`planning/board.json`): items with a title, a status and an estimate, no id field. Waveplan
  // found nothing in it.
  const board = JSON.stringify(
    {
      board: 'Importers',
      items: [
        { title: 'E2.1.1 CSV importer', status: 'Done', estimate_lines: 300, wave: '2.1' },
        { title: 'E2.1.2 XLSX importer', status: 'In Progress', estimate_lines: 450, blocked_by: ['E2.1.1'] },
        { title: 'Release 2.1.1 notes', status: 'Todo' },
        { name: 'Follow-up for E2.1.2', status: 'Todo' },
      ],
    },
    null,
    2,
  );
  const result = readPlanText('/ws/planning/board.json', board);

  it('reads each item whose title starts with an id, named by the rest; a title that only mentions one is no effort', () => {
    assert.deepEqual(
      result.efforts.map((f) => [f.id, f.name?.value, f.status?.value, f.estimatedLines?.value]),
      [
        ['E2.1.1', 'CSV importer', 'done', 300],
        ['E2.1.2', 'XLSX importer', 'in-progress', 450],
      ],
    );
    assert.deepEqual(
      result.efforts[1].dependsOn?.refs.map((r) => r.id),
      ['E2.1.1'],
    );
  });
});
