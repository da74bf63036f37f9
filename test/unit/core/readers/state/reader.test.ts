// The state reader on fixtures of every generation: exact facts, spans, declarations and diagnostics.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Span } from '../../../../../src/core/model/model';
import { readPlanText } from '../../../../../src/core/readers';
import { readStateFile } from '../../../../../src/core/readers/state/reader';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/state');
const fixture = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');

function spans(file: string) {
  return (line: number, column: number, endColumn: number, endLine = line): Span => ({
    file,
    line,
    column,
    endLine,
    endColumn,
  });
}
const L = <T>(value: T, span: Span) => ({ value, span });

describe('readStateFile: 2.0 block YAML (phase_structure)', () => {
  const file = 'g1-yaml/orchestrator-state.yaml';
  const s = spans(file);
  const result = readStateFile(file, fixture(file));

  it('reads every effort of phase_structure with its wave, size, status and directory', () => {
    assert.deepEqual(result.efforts, [
      {
        id: 'E1.1.1',
        kind: 'state',
        span: s(14, 19, 35),
        name: L('api-types', s(14, 19, 35)),
        phase: L(1, s(6, 3, 10)),
        wave: L(1, s(10, 7, 13)),
        estimatedLines: L(400, s(15, 30, 33)),
        actualLines: L(420, s(16, 27, 30)),
        directory: L('efforts/phase1/wave1/api-types', s(18, 24, 54)),
        status: L('done', s(17, 21, 32)),
      },
      {
        id: 'E1.1.2',
        kind: 'state',
        span: s(19, 20, 39),
        name: L('client-stubs', s(19, 20, 39)),
        phase: L(1, s(6, 3, 10)),
        wave: L(1, s(10, 7, 13)),
        estimatedLines: L(350, s(20, 30, 33)),
        directory: L('efforts/phase1/wave1/client-stubs', s(22, 24, 57)),
        status: L('done', s(21, 21, 30)),
      },
      {
        id: 'E1.2.1',
        kind: 'state',
        span: s(27, 19, 36),
        name: L('reconciler', s(27, 19, 36)),
        phase: L(1, s(6, 3, 10)),
        wave: L(2, s(23, 7, 13)),
        estimatedLines: L(650, s(28, 30, 40)),
        directory: L('efforts/phase1/wave2/reconciler', s(30, 24, 55)),
        status: L('in-progress', s(29, 21, 32)),
      },
      // No number anywhere: a slug id, placed by the wave it is listed under.
      {
        id: 'webhook-docs',
        kind: 'state',
        span: s(31, 19, 31),
        name: L('webhook-docs', s(31, 19, 31)),
        phase: L(1, s(6, 3, 10)),
        wave: L(2, s(23, 7, 13)),
        estimatedLines: L(120, s(32, 30, 33)),
        status: L('planned', s(33, 21, 28)),
      },
    ]);
  });

  it('declares the named waves and phase', () => {
    assert.deepEqual(result.waves, [
      { phase: 1, wave: 1, name: 'Core types', span: s(10, 7, 13) },
      { phase: 1, wave: 2, name: 'Controllers', span: s(23, 7, 13) },
    ]);
    assert.deepEqual(result.phases, [{ phase: 1, name: 'Foundations', span: s(6, 3, 10) }]);
  });

  it('warns, at the value, about a size written as text (and still reads it)', () => {
    assert.deepEqual(result.diagnostics, [
      {
        ...s(28, 30, 40),
        code: 'metadata-invalid',
        severity: 'warning',
        message:
          '`phase_structure.phase_1.waves.wave_2.efforts.0.estimated_lines` does not match the orchestrator-state format: expected number, received string.',
        efforts: [],
      },
    ]);
  });
});

describe('readStateFile: 2.0 JSON (efforts_completed records, phase_status, waves_per_phase)', () => {
  const file = 'g1-json/orchestrator-state.json';
  const s = spans(file);
  const result = readStateFile(file, fixture(file));

  it('reads completed records, in-progress records and pending ids', () => {
    assert.deepEqual(result.efforts, [
      {
        id: 'E1.1.1',
        kind: 'state',
        span: s(6, 21, 34),
        name: L('parser', s(6, 21, 34)),
        phase: L(1, s(7, 16, 17)),
        wave: L(1, s(8, 15, 16)),
        actualLines: L(512, s(11, 24, 27)),
        branch: L('demo/phase1/wave1/parser', s(9, 18, 42)),
        directory: L('efforts/phase1/wave1/parser', s(12, 23, 50)),
        status: L('done', s(4, 4, 21)),
      },
      // review_status SPLIT says nothing about progress (being in efforts_completed does); it records a split.
      {
        id: 'E1.1.2',
        kind: 'state',
        span: s(15, 21, 33),
        name: L('lexer', s(15, 21, 33)),
        phase: L(1, s(16, 16, 17)),
        wave: L(1, s(17, 15, 16)),
        actualLines: L(1320, s(20, 24, 28)),
        split: L(0, s(19, 25, 30)),
        branch: L('demo/phase1/wave1/lexer', s(18, 18, 41)),
        directory: L('efforts/phase1/wave1/lexer', s(21, 23, 49)),
        status: L('done', s(4, 4, 21)),
      },
      {
        id: 'E2.1.1',
        kind: 'state',
        span: s(26, 16, 30),
        name: L('codegen', s(26, 16, 30)),
        branch: L('demo/phase2/wave1/codegen', s(27, 18, 43)),
        baseBranch: L('demo/phase1-integration', s(28, 23, 46)),
        status: L('in-progress', s(24, 4, 23)),
      },
      { id: 'E2.1.2', kind: 'state', span: s(31, 24, 40), status: L('planned', s(31, 4, 19)) },
    ]);
  });

  it('declares waves from phase_status and waves_per_phase', () => {
    assert.deepEqual(result.waves, [
      { phase: 1, wave: 1, span: s(33, 51, 56) },
      { phase: 2, wave: 1, span: s(34, 54, 59) },
      { phase: 2, wave: 2, span: s(36, 47, 48) },
    ]);
    assert.deepEqual(result.phases, [
      { phase: 1, span: s(33, 6, 12) },
      { phase: 2, span: s(34, 6, 12) },
    ]);
    assert.deepEqual(result.diagnostics, []);
  });

  it('gives the same facts for CRLF line ends and a byte order mark', () => {
    const text = fixture(file);
    assert.deepEqual(readStateFile(file, text.replace(/\n/g, '\r\n')), result);
    const bom = readStateFile(file, `\uFEFF${text}`);
    assert.deepEqual(bom.efforts, result.efforts);
    assert.deepEqual(bom.diagnostics, []);
  });
});

describe('readStateFile: 3.0 v3 (pre_planned_infrastructure, planning_files, project_progression)', () => {
  const file = 'g2/orchestrator-state-v3.json';
  const s = spans(file);
  const result = readStateFile(file, fixture(file));

  it('merges every place that names an effort into one fact per id, strongest source first', () => {
    assert.deepEqual(result.efforts, [
      {
        id: 'E1.1.1',
        kind: 'state',
        span: s(56, 8, 47),
        name: L('Storage interface', s(58, 25, 42)),
        phase: L(1, s(59, 19, 25)),
        wave: L(1, s(60, 18, 23)),
        estimatedLines: L(180, s(65, 28, 31)),
        dependsOn: { span: s(66, 25, 27), refs: [] },
        branch: L('demo/phase1/wave1/effort-1-storage-interface', s(62, 25, 69)),
        baseBranch: L('demo/phase1/wave1/integration', s(63, 25, 54)),
        directory: L('efforts/phase1/wave1/effort-1-storage-interface', s(64, 23, 70)),
        status: L('done', s(26, 55, 72)),
      },
      // No effort_id: the key `phase1_wave1_effort_2_cache` gives E1.1.2.
      {
        id: 'E1.1.2',
        kind: 'state',
        span: s(68, 8, 35),
        phase: L(1, s(69, 19, 25)),
        wave: L(1, s(70, 18, 23)),
        dependsOn: {
          span: s(75, 25, 34),
          refs: [{ id: 'E1.1.1', raw: '1.1.1', external: false, span: s(75, 27, 32) }],
        },
        branch: L('demo/phase1/wave1/effort-2-cache', s(72, 25, 57)),
        baseBranch: L('demo/phase1/wave1/effort-1-storage-interface', s(73, 25, 69)),
        directory: L('efforts/phase1/wave1/effort-2-cache', s(74, 23, 58)),
        status: L('done', s(26, 55, 72)),
      },
      // `effort-1` under planning_files.phases.phase1.waves.wave2 is E1.2.1.
      {
        id: 'E1.2.1',
        kind: 'state',
        span: s(36, 16, 24),
        name: L('Config loader', s(37, 33, 46)),
        phase: L(1, s(32, 8, 14)),
        wave: L(2, s(34, 12, 17)),
        estimatedLines: L(300, s(38, 36, 39)),
        dependsOn: { span: s(39, 33, 35), refs: [] },
        canParallelize: L(false, s(10, 86, 91)),
        branch: L('demo/phase1/wave2/effort-1-config-loader', s(40, 33, 73)),
      },
      {
        id: 'E1.2.2',
        kind: 'state',
        span: s(42, 16, 24),
        name: L('CLI flags', s(13, 51, 60)),
        phase: L(1, s(32, 8, 14)),
        wave: L(2, s(34, 12, 17)),
        estimatedLines: L(250, s(44, 36, 39)),
        dependsOn: {
          span: s(45, 33, 77),
          refs: [
            { id: 'E1.2.1', raw: 'effort:1.2.1', external: false, span: s(45, 35, 47) },
            { id: 'integration:phase1-wave1', raw: 'integration:phase1-wave1', external: true, span: s(45, 51, 75) },
          ],
        },
        canParallelize: L(false, s(13, 82, 87)),
      },
    ]);
  });

  it('names waves and phases from project_progression', () => {
    assert.deepEqual(result.waves, [
      { phase: 1, wave: 1, name: 'Interfaces', span: s(21, 26, 27) },
      { phase: 1, wave: 2, name: 'Wiring', span: s(22, 26, 27) },
    ]);
    assert.deepEqual(result.phases, [{ phase: 1, name: 'Basics', span: s(17, 6, 13) }]);
    assert.deepEqual(result.diagnostics, []);
  });

  it('is what the readPlanText dispatcher returns for the path', () => {
    const dispatched = readPlanText(file, fixture(file));
    assert.equal(dispatched.kind, 'state');
    assert.deepEqual(dispatched.efforts, result.efforts);
  });
});

describe('readStateFile: a JSON object with YAML lines appended', () => {
  const file = 'appended/orchestrator-state.yaml';
  const s = spans(file);
  const result = readStateFile(file, fixture(file));

  it('reports the first line after the object, then reads both parts', () => {
    assert.deepEqual(result.diagnostics, [
      {
        ...s(5, 1, 21),
        code: 'metadata-invalid',
        severity: 'error',
        message:
          'orchestrator-state.yaml is neither JSON nor YAML: text follows the object closed on line 4. Waveplan read the object and, separately, the lines after it (from line 5) as YAML.',
        efforts: [],
      },
    ]);
    assert.deepEqual(result.efforts, [
      { id: 'E3.1.1', kind: 'state', span: s(3, 26, 38), status: L('done', s(3, 4, 21)) },
      // From the YAML tail, located in the whole file.
      { id: 'E3.1.2', kind: 'state', span: s(6, 5, 16), status: L('in-progress', s(5, 1, 20)) },
    ]);
    assert.deepEqual(result.waves, [{ phase: 3, wave: 1, span: s(8, 11, 12) }]);
  });
});

describe('readStateFile: values of the wrong type', () => {
  const file = 'wrong-types/orchestrator-state.json';
  const s = spans(file);
  const result = readStateFile(file, fixture(file));

  it('warns at each bad value and still reads both efforts', () => {
    const warn = (span: Span, message: string) => ({
      ...span,
      code: 'metadata-invalid',
      severity: 'warning',
      message,
      efforts: [],
    });
    assert.deepEqual(result.diagnostics, [
      warn(
        s(2, 24, 25),
        '`efforts_completed` does not match the orchestrator-state format: expected array, received number.',
      ),
      warn(
        s(7, 29, 33),
        '`pre_planned_infrastructure.efforts.phase1_wave1_effort-1-alpha.estimated_lines` does not match the orchestrator-state format: expected number, received string.',
      ),
      warn(
        s(8, 24, 28),
        '`pre_planned_infrastructure.efforts.phase1_wave1_effort-1-alpha.branch_name` does not match the orchestrator-state format: expected string, received boolean.',
      ),
    ]);
    assert.deepEqual(result.efforts, [
      { id: 'E1.1.1', kind: 'state', span: s(5, 8, 35) },
      {
        id: 'E1.1.2',
        kind: 'state',
        span: s(10, 8, 34),
        estimatedLines: L(200, s(12, 28, 31)),
        branch: L('demo/phase1/wave1/effort-2-beta', s(13, 25, 56)),
      },
    ]);
  });
});

describe('readStateFile: effort ids', () => {
  it('derives canonical ids from effort_id, keys, names, phase+wave+index, or a slug', () => {
    const text = JSON.stringify(
      {
        pre_planned_infrastructure: {
          efforts: {
            'effort-1.1.2': { branch_name: 'a' },
            phase2_wave3_effort_4_cache: { branch_name: 'b' },
            'docker-client': { phase: 'phase3', wave: 'wave1', index: 2, branch_name: 'c' },
            'wave-planning': { effort_id: 'wave-planning', branch_name: 'd' },
            whatever: { effort_id: 'E4.2.1-metrics', effort_name: 'Metrics exporter', branch_name: 'e' },
            another: { name: 'Effort 5.1.1: SyncTarget API', branch_name: 'f' },
          },
        },
        planning_files: { phases: { phase6: { waves: { wave2: { efforts: { 'effort-3': { branch_name: 'g' } } } } } } },
      },
      null,
      2,
    );
    const r = readStateFile('ws/orchestrator-state-v3.json', text);
    assert.deepEqual(
      r.efforts.map((e) => [e.id, e.branch?.value, e.name?.value]),
      [
        ['E1.1.2', 'a', undefined],
        ['E2.3.4', 'b', undefined],
        ['E3.1.2', 'c', undefined],
        ['E4.2.1', 'e', 'Metrics exporter'],
        ['E5.1.1', 'f', 'SyncTarget API'],
        ['E6.2.3', 'g', undefined],
        ['wave-planning', 'd', undefined],
      ],
    );
  });
});
