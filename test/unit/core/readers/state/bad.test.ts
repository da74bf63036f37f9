// Bad input to the state reader: located diagnostics, whatever parses still read, never a throw or a hang.
import { strict as assert } from 'assert';
import type { FileReadResult } from '../../../../../src/core/model/model';
import { excessiveNesting, MAX_NESTING } from '../../../../../src/core/readers/state/depth';
import { readStateFile } from '../../../../../src/core/readers/state/reader';

const JSON_FILE = 'ws/orchestrator-state.json';
const YAML_FILE = 'ws/orchestrator-state.yaml';

const ids = (r: FileReadResult) => r.efforts.map((e) => e.id);
const where = (r: FileReadResult) =>
  r.diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn, d.severity, d.code]);
const messages = (r: FileReadResult) => r.diagnostics.map((d) => d.message);

describe('readStateFile: malformed JSON', () => {
  it('locates a missing comma and reads the keys on both sides', () => {
    const r = readStateFile(
      JSON_FILE,
      '{\n  "efforts_completed": ["E1.1.1-a"]\n  "efforts_pending": ["E1.1.2-b"]\n}\n',
    );
    assert.deepEqual(where(r), [[3, 3, 3, 4, 'error', 'metadata-invalid']]);
    assert.deepEqual(messages(r), [
      "orchestrator-state.json is not valid JSON: Expected ',' or '}' after property value. Waveplan read what it could.",
    ]);
    assert.deepEqual(ids(r), ['E1.1.1', 'E1.1.2']);
    assert.deepEqual(
      r.efforts.map((e) => e.status?.value),
      ['done', 'planned'],
    );
  });

  it('names comments and trailing commas, and reads around them with exact spans', () => {
    const text =
      '{\n  // the orchestrator wrote this\n  "efforts_completed": [\n    "E1.1.1-a", /* first */\n    "E1.1.2-b",\n  ],\n}\n';
    const r = readStateFile(JSON_FILE, text);
    assert.deepEqual(where(r), [[2, 3, 2, 4, 'error', 'metadata-invalid']]);
    assert.deepEqual(messages(r), [
      'orchestrator-state.json is not valid JSON: comments are not allowed in JSON. Waveplan read it without comments and trailing commas.',
    ]);
    assert.deepEqual(ids(r), ['E1.1.1', 'E1.1.2']);
    assert.deepEqual(r.efforts[1].span, { file: JSON_FILE, line: 5, column: 6, endLine: 5, endColumn: 14 });
  });

  it('points at a trailing comma', () => {
    const r = readStateFile(JSON_FILE, '{\n  "efforts_pending": ["E2.1.1-x",]\n}\n');
    assert.deepEqual(where(r), [[2, 33, 2, 34, 'error', 'metadata-invalid']]);
    assert.deepEqual(messages(r), [
      'orchestrator-state.json is not valid JSON: trailing comma before `]`. Waveplan read it without comments and trailing commas.',
    ]);
    assert.deepEqual(ids(r), ['E2.1.1']);
  });

  it('reads a truncated file up to where it stops', () => {
    const r = readStateFile(
      JSON_FILE,
      '{\n  "efforts_completed": ["E1.1.1-a"],\n  "efforts_pending": ["E1.1.2-b", {"effort_id": "E1.1.3", "estimated_lines": 300',
    );
    assert.deepEqual(messages(r), [
      'orchestrator-state.json is not valid JSON: the text ends before the JSON is complete (truncated?). Waveplan read what it could.',
    ]);
    assert.equal(r.diagnostics[0].line, 3);
    assert.deepEqual(ids(r), ['E1.1.1', 'E1.1.2', 'E1.1.3']);
    assert.equal(r.efforts[2].estimatedLines?.value, 300);
  });

  it('reports a top level that is not an object', () => {
    const r = readStateFile(JSON_FILE, '["E1.1.1"]');
    assert.deepEqual(where(r), [[1, 1, 1, 11, 'error', 'metadata-invalid']]);
    assert.deepEqual(messages(r), ['orchestrator-state.json should hold an object of keys at the top level.']);
    assert.deepEqual(ids(r), []);
  });

  it('reports an empty file as a warning', () => {
    for (const text of ['', '  \n\n']) {
      const r = readStateFile(JSON_FILE, text);
      assert.deepEqual(messages(r), ['orchestrator-state.json is empty.']);
      assert.equal(r.diagnostics[0].severity, 'warning');
      assert.deepEqual(ids(r), []);
    }
  });
});

describe('readStateFile: malformed YAML', () => {
  it('locates the first YAML error and keeps what parses', () => {
    const r = readStateFile(
      YAML_FILE,
      'efforts_completed:\n  - E1.1.1-a\nefforts_pending: [E1.1.2-b\nphase_status: {\n',
    );
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].code, 'metadata-invalid');
    assert.equal(r.diagnostics[0].line, 4);
    assert.match(
      r.diagnostics[0].message,
      /^orchestrator-state\.yaml is not valid YAML: .+ Waveplan read what it could\.$/,
    );
    // The unclosed list still yields its item.
    assert.deepEqual(ids(r), ['E1.1.1', 'E1.1.2']);
  });

  it('reports a bad indentation on its line', () => {
    const r = readStateFile(YAML_FILE, 'efforts_completed:\n  - E1.1.1-a\n - E1.1.2-b\n');
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].line, 3);
    assert.equal(r.diagnostics[0].severity, 'error');
  });

  it('ignores aliases instead of expanding them (no billion laughs)', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    lines.push('efforts_completed: [E1.1.1-a]');
    const r = readStateFile(YAML_FILE, lines.join('\n'));
    assert.deepEqual(ids(r), ['E1.1.1']);
  });

  it('skips keys that are not text', () => {
    const r = readStateFile(YAML_FILE, '? [a, b]\n: c\n1: x\nnull: y\nefforts_completed: [E1.1.1-a]\n');
    assert.deepEqual(ids(r), ['E1.1.1']);
  });
});

describe('readStateFile: hostile and odd content', () => {
  it('treats Object.prototype names as plain keys', () => {
    const text = JSON.stringify({
      constructor: [1],
      __proto__: { efforts: 1 },
      toString: 'x',
      efforts_completed: [
        'E1.1.1-a',
        { constructor: 'x', toString: 5, hasOwnProperty: [], effort_id: '1.1.2', __proto__: { branch: 'no' } },
      ],
      pre_planned_infrastructure: {
        efforts: { constructor: { effort_id: '1.1.3' }, __proto__: { effort_id: '1.1.4' } },
      },
    });
    const r = readStateFile(JSON_FILE, text);
    assert.deepEqual(ids(r), ['E1.1.1', 'E1.1.2', 'E1.1.3']);
    assert.equal(r.efforts[1].branch, undefined);
  });

  it('keeps the first of duplicate keys without complaining', () => {
    const r = readStateFile(
      JSON_FILE,
      '{"efforts_completed": [{"effort_id": "1.1.1", "branch": "first", "branch": "second"}]}',
    );
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.efforts[0].branch?.value, 'first');
  });

  it('survives every field holding the wrong kind of value', () => {
    const wrong = [null, true, 1.5, -3, [], {}, [[1]], { a: { b: 1 } }, ''];
    const efforts: Record<string, unknown> = {};
    wrong.forEach((w, i) => {
      efforts[`phase1_wave1_effort-${i + 1}`] = Object.fromEntries(
        [
          'effort_id',
          'effort_name',
          'phase',
          'wave',
          'index',
          'branch_name',
          'base_branch',
          'full_path',
          'estimated_lines',
          'actual_lines',
          'dependencies',
          'parallel_with',
          'can_parallelize',
          'status',
        ].map((k) => [k, w]),
      );
    });
    const r = readStateFile(
      JSON_FILE,
      JSON.stringify({
        pre_planned_infrastructure: { efforts },
        efforts_completed: wrong,
        phase_structure: wrong,
        waves_per_phase: { phase1: 1e9 },
      }),
    );
    // Every key still names an effort (the key carries phase, wave and number); only values of the right kind count:
    // `true` is a fine can_parallelize and `[]` a fine (empty) dependency list, nothing else is taken.
    assert.deepEqual(ids(r), [
      'E1.1.1',
      'E1.1.2',
      'E1.1.3',
      'E1.1.4',
      'E1.1.5',
      'E1.1.6',
      'E1.1.7',
      'E1.1.8',
      'E1.1.9',
    ]);
    assert.deepEqual(
      r.efforts.map((e) => Object.keys(e).filter((k) => !['id', 'kind', 'span'].includes(k))),
      [[], ['canParallelize'], [], [], ['dependsOn', 'parallelWith'], [], [], [], []],
    );
    assert.equal(r.efforts[1].canParallelize?.value, true);
    assert.deepEqual(r.waves, []);
    assert.ok(
      r.diagnostics.length > 0 && r.diagnostics.every((d) => d.code === 'metadata-invalid' && d.severity === 'warning'),
    );
    assert.match(r.diagnostics[r.diagnostics.length - 1].message, /more like this not shown/);
  });

  it('does not take an effort id from a long unrelated number', () => {
    const r = readStateFile(JSON_FILE, '{"efforts_completed": ["build 20251202.1234.5678"]}');
    assert.deepEqual(ids(r), ['build-20251202-1234-5678']);
  });
});

describe('readStateFile: absurd nesting', () => {
  const deepCases: Array<[string, string, string]> = [
    ['10,000 nested JSON arrays', JSON_FILE, '['.repeat(10000) + ']'.repeat(10000)],
    ['10,000 nested JSON objects', JSON_FILE, '{"a":'.repeat(10000) + '1' + '}'.repeat(10000)],
    ['10,000 unclosed brackets', JSON_FILE, '['.repeat(10000)],
    ['10,000 nested YAML flow sequences', YAML_FILE, `efforts_completed: ${'['.repeat(10000)}`],
    ['10,000 compact YAML sequence items', YAML_FILE, `${'- '.repeat(10000)}x`],
    [
      '5,000 indentation levels',
      YAML_FILE,
      Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    ],
  ];
  for (const [label, file, text] of deepCases) {
    it(`refuses ${label} with a located error`, () => {
      const r = readStateFile(file, text);
      assert.equal(r.diagnostics.length, 1);
      assert.equal(r.diagnostics[0].severity, 'error');
      assert.match(
        r.diagnostics[0].message,
        /nests deeper than 100 levels \(line \d+\); Waveplan read (none of it|the lines before it)\.$/,
      );
      assert.deepEqual(ids(r), []);
    });
  }

  it('locates the level where nesting goes too deep', () => {
    assert.equal(MAX_NESTING, 100);
    const text = `{\n  "a": ${'['.repeat(150)}`;
    // Line 1 is one level, so the 100th bracket on line 2 is the 101st level.
    assert.equal(excessiveNesting(text), text.indexOf('[') + 99);
    const r = readStateFile(JSON_FILE, text);
    assert.deepEqual(where(r), [[2, 107, 2, 158, 'error', 'metadata-invalid']]);
  });

  it('reads nesting up to the limit', () => {
    const text = `{"efforts_completed": ["E1.1.1-a"], "x": ${'['.repeat(98)}${']'.repeat(98)}}`;
    const r = readStateFile(JSON_FILE, text);
    assert.deepEqual(ids(r), ['E1.1.1']);
    assert.deepEqual(r.diagnostics, []);
  });

  it('does not count brackets inside strings, comments or block scalars', () => {
    const brackets = '['.repeat(500);
    assert.equal(excessiveNesting(`{"a": "${brackets}"}`), undefined);
    assert.equal(
      excessiveNesting(`a: '${brackets}'\n# ${brackets}\nb: |\n  ${brackets}\n   ${brackets}\nc: plain ${brackets}\n`),
      undefined,
    );
    assert.equal(excessiveNesting(`a: "multi\n${brackets}\nline"\n`), undefined);
  });
});

describe('readStateFile: scale', () => {
  it('reads every effort of a 10,000-effort v3 state file', function () {
    this.timeout(30000); // building the input and the cold run take a while on a busy machine
    const efforts: Record<string, unknown> = {};
    for (let p = 1; p <= 10; p++) {
      for (let w = 1; w <= 10; w++) {
        for (let e = 1; e <= 100; e++) {
          efforts[`phase${p}_wave${w}_effort-${e}-work`] = {
            effort_id: `${p}.${w}.${e}`,
            effort_name: `Work item ${e}`,
            phase: `phase${p}`,
            wave: `wave${w}`,
            index: e,
            branch_name: `demo/phase${p}/wave${w}/effort-${e}-work`,
            base_branch: `demo/phase${p}/wave${w}/integration`,
            full_path: `efforts/phase${p}/wave${w}/effort-${e}-work`,
            estimated_lines: 300 + e,
            dependencies: e > 1 ? [`${p}.${w}.${e - 1}`] : [],
          };
        }
      }
    }
    const text = JSON.stringify({ pre_planned_infrastructure: { efforts } }, null, 2);
    const r = readStateFile(JSON_FILE, text);
    assert.equal(r.efforts.length, 10000);
    assert.deepEqual(
      r.efforts[9999].dependsOn?.refs.map((x) => x.id),
      ['E10.10.99'],
    );
    assert.equal(r.efforts[9999].branch?.value, 'demo/phase10/wave10/effort-100-work');
  });
});

describe('readStateFile: a JSON object followed by more text', () => {
  it('accepts YAML comments after the object in a .yaml file, but not in a .json file', () => {
    const text = '{"efforts_completed": ["E1.1.1-a"]}\n# written by the orchestrator\n';
    const yaml = readStateFile(YAML_FILE, text);
    assert.deepEqual(yaml.diagnostics, []);
    assert.deepEqual(ids(yaml), ['E1.1.1']);
    const json = readStateFile(JSON_FILE, text);
    assert.deepEqual(where(json), [[2, 1, 2, 30, 'error', 'metadata-invalid']]);
    assert.deepEqual(ids(json), ['E1.1.1']);
  });

  it('reads YAML appended on the same line as the closing brace', () => {
    const r = readStateFile(JSON_FILE, '{"efforts_completed": ["E1.1.1-a"]} efforts_pending: [E1.1.2-b]\n');
    assert.deepEqual(where(r), [[1, 37, 1, 64, 'error', 'metadata-invalid']]);
    assert.deepEqual(ids(r), ['E1.1.1', 'E1.1.2']);
    assert.deepEqual(r.efforts[1].span, { file: JSON_FILE, line: 1, column: 55, endLine: 1, endColumn: 63 });
  });

  it('falls back to YAML when the JSON part is itself broken, still reading the appended lines', () => {
    const r = readStateFile(
      YAML_FILE,
      '{"efforts_completed": ["E1.1.1-a",, "E1.1.2-b"]}\nefforts_pending:\n  - E1.1.3-c\n',
    );
    // One problem inside the object, one for the lines after it.
    assert.deepEqual(
      r.diagnostics.map((d) => [d.line, d.severity]),
      [
        [1, 'error'],
        [2, 'error'],
      ],
    );
    assert.match(r.diagnostics[1].message, /the lines after it \(from line 2\)/);
    assert.deepEqual(ids(r), ['E1.1.1', 'E1.1.2', 'E1.1.3']);
  });
});
