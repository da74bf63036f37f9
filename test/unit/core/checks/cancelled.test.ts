// Cancelled efforts: read from the words and marks plans use (and from a struck-out heading), shown as cancelled,
// left out of every check of their own, and reported where a live effort still depends on one.
import { strict as assert } from 'assert';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { remainingCriticalPath } from '../../../../src/core/analysis/remaining';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { parseStatus } from '../../../../src/core/readers/values';
import { PlanEngine } from '../../../../src/core/project/engine';
import type { PlanDiagnostic } from '../../../../src/core/model/model';
import { applyFix, find, lint, only } from '../../support/builders';

const F = 'planning/phase3/wave1/WAVE-IMPLEMENTATION-PLAN.md';
const byCode = (ds: PlanDiagnostic[], code: string): PlanDiagnostic[] => ds.filter((d) => d.code === code);

const PLAN = [
  '# Wave 3.1 Implementation Plan',
  '',
  '### E3.1.1: api-gateway',
  '**Size**: 400 lines',
  '**Dependencies**: None',
  '',
  '### ~~E3.1.2: legacy-adapter~~',
  '**Size**: 300 lines',
  '**Dependencies**: E3.1.1',
  '',
  '### E3.1.3: auth-proxy (CANCELLED)',
  '**Size**: 900 lines',
  '**Dependencies**: E3.1.9',
  '',
  '### E3.1.4: routing',
  '**Size**: 350 lines',
  '**Dependencies**: E3.1.2, E3.1.3',
  '',
].join('\n');

describe('cancelled efforts', () => {
  it('reads cancelling words and marks as cancelled, after done and before every status of work', () => {
    const cases: Array<[string, string]> = [
      ['Cancelled (folded into E2.1.2)', 'cancelled'],
      ['CANCELED', 'cancelled'],
      ['Abandoned', 'cancelled'],
      ['Descoped', 'cancelled'],
      ['de-scoped in review', 'cancelled'],
      ['Superseded by E4.1.2', 'cancelled'],
      ['Obsolete', 'cancelled'],
      ["Won't do", 'cancelled'],
      ['🚫', 'cancelled'],
      ['Cancelled — not started', 'cancelled'],
      ['Merged; old adapter superseded', 'done'],
      ['ALL_DONE', 'done'],
    ];
    assert.deepEqual(
      cases.map(([text]) => [text, parseStatus(text)]),
      cases,
    );
  });

  it('a struck-out heading declares a cancelled effort named without the strike, its status located at the `~~`', () => {
    const { project } = lint({ [F]: PLAN });
    const e = project.byId.get('E3.1.2')!;
    assert.equal(e.status, 'cancelled');
    assert.equal(e.name, 'legacy-adapter');
    assert.equal(e.estimatedLines, 300);
    const at = find(F, PLAN, '~~');
    assert.deepEqual(e.origins.status, { ...at, endColumn: at.column + 2 });
    const tail = project.byId.get('E3.1.3')!;
    assert.deepEqual([tail.status, tail.name], ['cancelled', 'auth-proxy']);
  });

  it('a live effort that depends on a cancelled one gets a warning at the reference, with a remove fix', () => {
    const { diagnostics } = lint({ [F]: PLAN });
    const ds = byCode(diagnostics, 'cancelled-dependency');
    assert.deepEqual(
      ds.map((d) => [d.severity, d.message, d.line, d.column, d.efforts, d.edges]),
      [
        [
          'warning',
          'E3.1.4 depends on E3.1.2, which is cancelled: it will never be merged. Remove the dependency, or depend on the effort that took its work over.',
          find(F, PLAN, 'E3.1.2, E3.1.3').line,
          find(F, PLAN, 'E3.1.2, E3.1.3').column,
          ['E3.1.4'],
          [['E3.1.2', 'E3.1.4']],
        ],
        [
          'warning',
          'E3.1.4 depends on E3.1.3, which is cancelled: it will never be merged. Remove the dependency, or depend on the effort that took its work over.',
          find(F, PLAN, 'E3.1.3', 1).line,
          find(F, PLAN, 'E3.1.3', 1).column,
          ['E3.1.4'],
          [['E3.1.3', 'E3.1.4']],
        ],
      ],
    );
    assert.deepEqual(ds[0].related?.[0].message, 'E3.1.2 is cancelled here');
    const fix = only(ds[0].fixes ?? []);
    assert.notEqual(fix.certain, true);
    const fixed = applyFix({ [F]: PLAN }, fix);
    assert.match(fixed[F], /### E3\.1\.4: routing\n\*\*Size\*\*: 350 lines\n\*\*Dependencies\*\*: E3\.1\.3\n/);
    assert.equal(byCode(lint(fixed).diagnostics, 'cancelled-dependency').length, 1);
  });

  it('checks nothing a cancelled effort says of itself: no oversized error, no unknown dependency', () => {
    const { diagnostics } = lint({ [F]: PLAN });
    assert.deepEqual(
      diagnostics.filter((d) => d.efforts[0] === 'E3.1.3' || d.efforts[0] === 'E3.1.2'),
      [],
    );
    // The same plan with nothing cancelled: E3.1.3's size and unknown dependency are reported.
    const live = PLAN.replace(' (CANCELLED)', '');
    assert.deepEqual(
      lint({ [F]: live })
        .diagnostics.filter((d) => d.efforts[0] === 'E3.1.3')
        .map((d) => d.code),
      ['unknown-dependency', 'effort-oversized'],
    );
  });

  it('schedules no cancelled effort: no wave, not on a critical path, and what waited only for them is free', () => {
    const { project } = lint({ [F]: PLAN });
    const analysis = analyzeProject(project);
    assert.deepEqual(
      analysis.efforts.map((e) => [e.id, e.earliestWave]),
      [
        ['E3.1.1', 1],
        ['E3.1.4', 1],
      ],
    );
    assert.deepEqual(analysis.criticalPath, { efforts: ['E3.1.1'], totalLines: 400 });
    assert.deepEqual(remainingCriticalPath(project).efforts, ['E3.1.1']);
  });

  it('the graph marks a cancelled effort ✕ and its legend says so', () => {
    const graph = projectToMermaid(lint({ [F]: PLAN }).project);
    assert.match(graph.text, /n_E3_1_2\["E3\.1\.2 #10005;<br\/>legacy-adapter/);
    assert.doesNotMatch(graph.text, /n_E3_1_1\["E3\.1\.1 #10005;/);
    assert.deepEqual(
      graph.legend.filter((l) => l.key === 'status-cancelled').map((l) => [l.mark, l.label]),
      [['\u2715', 'cancelled']],
    );
  });

  it('a struck-out heading the file declares again unstruck is an old version: one live effort', () => {
    const text = [
      '# Wave 3.1 Implementation Plan',
      '',
      '### ~~E3.1.1: gateway-v1~~',
      '**Size**: 900 lines',
      '',
      '### E3.1.1: gateway',
      '**Size**: 400 lines',
      '',
    ].join('\n');
    const { project, diagnostics } = lint({ [F]: text });
    const e = project.byId.get('E3.1.1')!;
    assert.deepEqual([e.name, e.status, e.estimatedLines], ['gateway', 'planned', 400]);
    assert.deepEqual(diagnostics, []);
  });

  it('a cancelled dependency in a later wave is no wave-order error: it is reported as cancelled', () => {
    const text = [
      '# Phase 3 Implementation Plan',
      '',
      '## Wave 1',
      '### E3.1.1: gateway',
      '**Dependencies**: E3.2.1',
      '',
      '## Wave 2',
      '### E3.2.1: old-router',
      '**Status**: Abandoned',
      '',
    ].join('\n');
    const { diagnostics } = lint({ 'PHASE-3-PLAN.md': text });
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['cancelled-dependency'],
    );
  });
});

describe('cancelled efforts, edit by edit', () => {
  it('cancelling an effort in the editor re-checks claims whose dependency path ran through it, as a fresh read does', () => {
    const file = 'PHASE-1-PLAN.md';
    const text = (status: string) =>
      [
        '# Phase 1 Plan',
        '## Wave 1',
        '### E1.1.1: a',
        '**Can Parallelize**: Yes',
        '**Dependencies**: E1.2.1',
        '### E1.1.2: d',
        '## Wave 2',
        '### E1.2.1: b',
        '**Dependencies**: E1.2.2',
        '### E1.2.2: c',
        `**Status**: ${status}`,
        '**Dependencies**: E1.1.2',
        '',
      ].join('\n');
    const engine = new PlanEngine();
    engine.update(file, text('Planned'));
    const codes = (p: { diagnostics: PlanDiagnostic[] }) => p.diagnostics.map((d) => `${d.code} ${d.efforts[0]}`);
    assert.ok(codes(engine.project()).includes('parallel-conflict E1.1.1'));
    engine.update(file, text('Cancelled'));
    const fresh = new PlanEngine();
    fresh.update(file, text('Cancelled'));
    assert.deepEqual(codes(engine.project()), codes(fresh.project()));
    assert.ok(!codes(engine.project()).includes('parallel-conflict E1.1.1'));
  });
});
