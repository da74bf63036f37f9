// Wave- and document-level metadata, read through the product's engine: inherited fields with the wave's line as
// origin, wave and phase dependencies as scheduling constraints, and bad wave-level input as located warnings.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { Effort, Span } from '../../../../src/core/model/model';
import { only } from '../../support/builders';

const FIXTURES = path.resolve(__dirname, '../../../fixtures/inherit');

function load(...names: string[]): { engine: PlanEngine; lines: Map<string, string[]> } {
  const engine = new PlanEngine();
  const lines = new Map<string, string[]>();
  for (const name of names) {
    const text = readFileSync(path.join(FIXTURES, name), 'utf8');
    engine.update(`/ws/${name}`, text);
    lines.set(`/ws/${name}`, text.split('\n'));
  }
  return { engine, lines };
}

/** The 1-based line of the fixture that contains `needle` (the first one). */
function lineOf(lines: Map<string, string[]>, file: string, needle: string): number {
  const i = lines.get(file)!.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${file} should contain ${needle}`);
  return i + 1;
}

function field(e: Effort, name: 'baseBranch' | 'status' | 'canParallelize'): [unknown, number | undefined] {
  const origin: Span | undefined = e.origins[name];
  return [e[name], origin?.line];
}

describe('inheritance: wave and document metadata', () => {
  const F = '/ws/PHASE-3-IMPLEMENTATION-PLAN.md';
  const { engine, lines } = load('PHASE-3-IMPLEMENTATION-PLAN.md');
  const project = engine.project();
  const at = (needle: string) => lineOf(lines, F, needle);
  const e = (id: string) => project.byId.get(id)!;

  it('gives an effort that declares nothing its wave’s base branch and Can Parallelize, located at the wave’s lines', () => {
    assert.deepEqual(field(e('E3.1.1'), 'baseBranch'), [
      'garden/phase3/wave1-integration',
      at('**Base Branch**: garden/phase3/wave1-integration'),
    ]);
    assert.deepEqual(field(e('E3.1.1'), 'canParallelize'), [true, at('**Can Parallelize**: Yes')]);
    assert.deepEqual(field(e('E3.2.1'), 'canParallelize'), [
      false,
      at('**Can Parallelize**: No (depends on Wave 1 probes)'),
    ]);
    assert.equal(e('E3.2.2').origins.baseBranch?.line, lineOf(lines, F, '**Dependencies**: Wave 1 sensor polling') - 1);
  });

  it('never overrides what an effort declares itself', () => {
    assert.deepEqual(field(e('E3.1.2'), 'baseBranch'), [
      'garden/phase3/wave1/probe-scheduler',
      at('**Base Branch**: garden/phase3/wave1/probe-scheduler'),
    ]);
    assert.deepEqual(field(e('E3.1.2'), 'canParallelize'), [false, at('(shares the probe bus)')]);
    assert.deepEqual(field(e('E3.1.2'), 'status'), ['done', at('**Status**: ✅ Complete')]);
  });

  it('applies the document’s status and base to efforts of waves that give none; a wave marked ✅ COMPLETE is done', () => {
    assert.deepEqual(field(e('E3.1.1'), 'status'), ['in-progress', at('**Status**: In Progress')]);
    assert.deepEqual(field(e('E3.3.1'), 'status'), ['done', at('### Wave 3: Dashboard ✅ COMPLETE')]);
    assert.deepEqual(field(e('E3.3.1'), 'baseBranch'), [
      'garden/phase2-integration',
      at('**Base Branch**: garden/phase2-integration'),
    ]);
  });

  it('ignores metadata below a wave’s first effort (a completion checklist is not wave metadata)', () => {
    assert.notEqual(e('E3.2.2').status, 'review');
    assert.deepEqual(project.diagnostics, []);
  });

  it('makes wave and phase dependencies scheduling constraints: wave 2 waits for wave 1, and the critical path crosses it', () => {
    const a = analyzeProject(project);
    const s = (id: string) => a.byId.get(id)!;
    assert.deepEqual([s('E3.2.1').earliestWave, s('E3.2.1').canMoveEarlier], [2, false]);
    assert.deepEqual([s('E3.2.2').earliestWave, s('E3.3.1').earliestWave], [3, 2]);
    assert.deepEqual(a.criticalPath, { efforts: ['E3.1.1', 'E3.2.1', 'E3.2.2'], totalLines: 1150 });
    assert.deepEqual(a.cyclic, []);
    const subjects = (project.constraints ?? []).map(
      (c) => `${c.phase}.${c.wave ?? '*'}>${c.after.map((m) => `${m.phase}.${m.wave ?? '*'}`).join(',')}`,
    );
    assert.deepEqual([...new Set(subjects)].sort(), ['3.*>2.*', '3.2>3.1']);
  });
});

describe('inheritance: contradictions and garbage at wave level', () => {
  it('reports garbage values and a second, different value at their lines, applying the first good one', () => {
    const F = '/ws/WAVE-2-BROKEN-PLAN.md';
    const { engine, lines } = load('WAVE-2-BROKEN-PLAN.md');
    const project = engine.project();
    const found = project.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`);
    assert.deepEqual(found, [
      `${lineOf(lines, F, 'see the orchestrator')} warning metadata-invalid`,
      `${lineOf(lines, F, 'perhaps')} warning metadata-invalid`,
      `${lineOf(lines, F, 'garden/phase4/wave1-integration')} warning effort-conflict`,
    ]);
    assert.match(
      project.diagnostics[0].message,
      /Wave 4\.2: base branch "see the orchestrator state \(TBD\)" is not a value/,
    );
    assert.deepEqual(field(project.byId.get('E4.2.1')!, 'baseBranch'), [
      'garden/phase4-integration',
      lineOf(lines, F, 'garden/phase4-integration'),
    ]);
    assert.equal(project.byId.get('E4.2.1')!.canParallelize, undefined);
    // A status Waveplan cannot read, or a document's own state (`Approved`, `Draft`), is neither applied nor warned.
    assert.equal(project.byId.get('E4.2.1')!.origins.status, undefined);
  });

  it('a wave plan and a phase plan that give one wave two bases: the wave plan applies, the phase plan’s line is warned', () => {
    const engine = new PlanEngine();
    const phase = [
      '# Phase 6: Compost Plan',
      '',
      '## Wave 1: Bins',
      '',
      '**Base Branch**: garden/phase5-integration',
      '',
      '#### E6.1.1: bin-sensor',
      '**Estimated Size**: 100 lines',
      '',
    ];
    const wave = [
      '# Phase 6 Wave 1 Implementation Plan',
      '',
      '**Base Branch**: `garden/phase6/wave0-integration`',
      '',
      '### Effort 6.1.2: Bin Lid',
      '**Estimated Size**: 80 lines',
      '',
    ];
    engine.update('/ws/PHASE-6-PLAN.md', phase.join('\n'));
    engine.update('/ws/WAVE-6.1-PLAN.md', wave.join('\n'));
    const project = engine.project();
    assert.deepEqual(
      project.efforts.map((x) => [x.id, x.baseBranch, x.origins.baseBranch?.file]),
      [
        ['E6.1.1', 'garden/phase6/wave0-integration', '/ws/WAVE-6.1-PLAN.md'],
        ['E6.1.2', 'garden/phase6/wave0-integration', '/ws/WAVE-6.1-PLAN.md'],
      ],
    );
    const d = project.diagnostics.map((x) => [x.file, x.line, x.code, x.efforts]);
    assert.deepEqual(d, [['/ws/PHASE-6-PLAN.md', 5, 'effort-conflict', ['E6.1.1', 'E6.1.2']]]);
    // One Problems line (field, where the winner is), the values after it; what it means is the related information.
    assert.equal(
      project.diagnostics[0].message,
      'Wave 6.1: base branch here; the value in WAVE-6.1-PLAN.md:3 wins (the wave plan). Here "garden/phase5-integration"; there "garden/phase6/wave0-integration".',
    );
    assert.deepEqual(project.diagnostics[0].related, [
      {
        span: project.byId.get('E6.1.2')!.origins.baseBranch,
        message: 'the base branch "garden/phase6/wave0-integration" that the efforts declaring none inherit',
      },
    ]);
  });
});

describe('inheritance: a wave heading written twice in one file', () => {
  it('reads the second section as the same wave: a different base there is warned at its line, the first applies', () => {
    const F = '/ws/PHASE-1-PLAN.md';
    const text = [
      '# Phase 1: Kennel',
      '',
      '## Wave 1: Core',
      '**Base Branch**: `main`',
      '',
      '### E1.1.1: Feeding schedule',
      '**Estimated Lines**: 200',
      '',
      '## Wave 2: Walks',
      '### E1.2.1: Route planner',
      '',
      '## Wave 1: Core (continued)',
      '**Base Branch**: `kennel/phase1-integration`',
      '',
      '### E1.1.2: Water bowls',
      '**Estimated Lines**: 100',
      '',
    ].join('\n');
    const engine = new PlanEngine();
    engine.update(F, text);
    const project = engine.project();
    const d = only(project.diagnostics);
    assert.deepEqual([d.line, d.column, d.endColumn, d.code, d.severity], [13, 19, 44, 'effort-conflict', 'warning']);
    assert.equal(
      d.message,
      'Wave 1.1: base branch "kennel/phase1-integration" here; "main" in line 4 wins (the first one written).',
    );
    assert.deepEqual(d.related, [
      { span: { file: F, line: 4, column: 19, endLine: 4, endColumn: 23 }, message: 'the value that applies' },
    ]);
    assert.deepEqual(
      project.efforts.filter((e) => e.wave === 1).map((e) => field(e, 'baseBranch')),
      [
        ['main', 4],
        ['main', 4],
      ],
    );
  });
});

describe('inheritance: a wave base branch followed by a sentence', () => {
  it('applies a backticked branch and warns of nothing; an unticked branch followed by words stays prose', () => {
    const F = '/ws/ROADMAP.md';
    const text = [
      '# Phase 1: Payments',
      '',
      '## Wave 1 — Ledger',
      'Base: `main`',
      '',
      '### E1.1.1: Ledger core',
      '',
      '## Wave 2 — Charges',
      'Base: `release/payments-w1`. Starts when wave 1 is merged.',
      '',
      '### E1.2.1: Charge API',
      '',
      '## Wave 3 — Refunds',
      'Base: the release branch once wave 2 is merged',
      '',
      '### E1.3.1: Refund API',
      '',
    ].join('\n');
    const engine = new PlanEngine();
    engine.update(F, text);
    const project = engine.project();
    assert.deepEqual(
      project.efforts.map((e) => [e.id, ...field(e, 'baseBranch')]),
      [
        ['E1.1.1', 'main', 4],
        ['E1.2.1', 'release/payments-w1', 9],
        ['E1.3.1', undefined, undefined],
      ],
    );
    assert.deepEqual(
      project.diagnostics.map((d) => [d.line, d.code]),
      [[14, 'metadata-invalid']],
    );
  });
});

describe('wave dependencies written as sentences', () => {
  it('reads “Wave N Depends On”, mermaid comments with Waves 2&3 and ranges, never as errors; merge plans give no defaults', () => {
    const plan = [
      '# Phase 8: Beehive Wave-Based Implementation Plan',
      '',
      '### Wave-Level Dependencies',
      '- **Wave 2 Depends On**: Wave 1 hive-scale (weights needed)',
      '',
      '```mermaid',
      'graph TD',
      '    %% Wave 4 - Reports (Depends on Waves 2&3)',
      '    W1E1[8.1.1: Hive Scale<br/>300 lines]',
      '```',
      '',
      '## Wave 3: Alarms',
      '**Dependencies**: Wave 1-2 outputs',
      '',
      '#### E8.3.1: smoke-alarm',
      '**Estimated Size**: 100 lines',
      '',
    ].join('\n');
    const approved = [
      '# Phase 9: Pond Plan',
      '',
      '**Status**: Approved',
      '',
      '## Wave 1: Pumps',
      '#### E9.1.1: pump',
      '',
    ].join('\n');
    const pond = new PlanEngine();
    pond.update('/ws/PHASE-9-PLAN.md', approved);
    assert.deepEqual([pond.project().byId.get('E9.1.1')!.status, pond.project().diagnostics], ['planned', []]);
    const merge = [
      '# Phase 8 Wave 1 Integration Merge Plan',
      '',
      '**Base Branch**: `main`',
      '**Status**: ready for merge',
      '',
      '#### 1. hive-scale',
      '- **Branch**: `garden/phase8/wave1/hive-scale`',
      '',
    ].join('\n');
    const engine = new PlanEngine();
    engine.update('/ws/phase-08-wave-implementation-plan.md', plan);
    engine.update('/ws/WAVE-MERGE-PLAN.md', merge);
    const project = engine.project();
    const got = (project.constraints ?? []).map(
      (c) => `${c.phase}.${c.wave}>${c.after.map((m) => `${m.phase}.${m.wave}`).join(',')}@${c.span.line}`,
    );
    assert.deepEqual(got.sort(), ['8.2>8.1@4', '8.3>8.1,8.2@13', '8.4>8.2,8.3@8']);
    assert.deepEqual(project.diagnostics, []);
    assert.equal(project.byId.get('E8.3.1')!.baseBranch, undefined);
    // Wave 8.2 has no known effort: waiting for it means starting after wave 2.
    assert.equal(analyzeProject(project).byId.get('E8.3.1')!.earliestWave, 3);
  });
});

describe('inheritance: keys that name their scope', () => {
  const F = '/ws/PHASE-4-PLAN.md';
  const { engine, lines } = load('PHASE-4-PLAN.md');
  const project = engine.project();
  const e = (id: string) => project.byId.get(id)!;

  it('reads **Wave Status** and **Wave Base Branch** as the wave’s own status and base branch', () => {
    assert.deepEqual(field(e('E4.1.1'), 'status'), ['done', lineOf(lines, F, '**Wave Status**: COMPLETE')]);
    assert.deepEqual(field(e('E4.1.1'), 'baseBranch'), [
      'lighthouse/phase3-integration',
      lineOf(lines, F, '**Wave Base Branch**'),
    ]);
    // The effort's own status beats its wave's; the next wave inherits nothing.
    assert.deepEqual(field(e('E4.1.2'), 'status'), ['in-progress', lineOf(lines, F, 'Status: In Progress')]);
    assert.deepEqual(field(e('E4.2.1'), 'status'), ['planned', undefined]);
    assert.deepEqual(field(e('E4.2.1'), 'baseBranch'), [undefined, undefined]);
  });

  it('makes **Phase Dependencies** a constraint of the phase, and gives no effort a wave’s name or owner', () => {
    const got = (project.constraints ?? []).map(
      (c) =>
        `${c.phase}.${c.wave ?? '*'}>${c.after.map((m) => `${m.phase}.${m.wave ?? '*'}`).join(',')}@${c.span.line}`,
    );
    assert.ok(got.includes(`4.*>3.*@${lineOf(lines, F, '**Phase Dependencies**')}`), got.join(' '));
    assert.deepEqual(
      project.efforts.map((x) => `${x.id} ${x.name}`),
      ['E4.1.1 Beacon Schema', 'E4.1.2 Beacon Emitter', 'E4.2.1 Lamp Dashboard'],
    );
    assert.deepEqual(project.diagnostics, []);
  });
});
