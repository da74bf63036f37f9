import { strict as assert } from 'assert';
import { analyzeProject } from '../../../../src/core/analysis/schedule';
import { mergeProject } from '../../../../src/core/project/merge';
import { fact, lint, refs, result, span, v } from '../../support/builders';

const F = 'PHASE-1-PLAN.md';

function plan(lines: string[]): string {
  return lines.join('\n') + '\n';
}

describe('analyzeProject', () => {
  it('of paths of as many lines, takes the longest chain: a plan that estimates nothing still has a critical path', () => {
    const text = plan([
      '# Phase 1',
      '## Wave 1',
      '#### E1.1.1: Schema',
      '#### E1.1.2: Types',
      '## Wave 2',
      '#### E1.2.1: Store',
      '**Dependencies**: E1.1.2',
      '#### E1.2.2: Docs',
      '**Dependencies**: E1.1.1',
      '## Wave 3',
      '#### E1.3.1: Sync',
      '**Dependencies**: E1.2.1',
      '## Wave 4',
      '#### E1.4.1: Reports',
      '**Dependencies**: E1.3.1',
    ]);
    const a = analyzeProject(lint({ [F]: text }).project);
    assert.deepEqual(a.criticalPath, { efforts: ['E1.1.2', 'E1.2.1', 'E1.3.1', 'E1.4.1'], totalLines: 0 });
    assert.deepEqual(
      a.efforts.filter((e) => e.critical).map((e) => e.id),
      ['E1.1.2', 'E1.2.1', 'E1.3.1', 'E1.4.1'],
    );
  });

  it('a diamond: earliest waves, critical path by lines, slack, minimum vs declared waves', () => {
    const text = plan([
      '# Phase 1',
      '## Wave 1',
      '#### E1.1.1: A',
      '**Estimated Size**: 100 lines',
      '',
      '## Wave 2',
      '#### E1.2.1: B',
      '**Estimated Size**: 300 lines',
      '**Dependencies**: E1.1.1',
      '',
      '#### E1.2.2: C',
      '**Estimated Size**: 200 lines',
      '**Dependencies**: E1.1.1',
      '',
      '## Wave 3',
      '#### E1.3.1: D',
      '**Estimated Size**: 50 lines',
      '**Dependencies**: E1.2.1, E1.2.2',
      '',
      '## Wave 4',
      '#### E1.4.1: E (independent)',
      '**Estimated Size**: 10 lines',
    ]);
    const a = analyzeProject(lint({ [F]: text }).project);
    assert.deepEqual(
      a.efforts.map((e) => [e.id, e.declaredWave, e.earliestWave, e.slack, e.critical, e.canMoveEarlier]),
      [
        ['E1.1.1', 1, 1, 0, true, false],
        ['E1.2.1', 2, 2, 0, true, false],
        ['E1.2.2', 2, 2, 100, false, false],
        ['E1.3.1', 3, 3, 0, true, false],
        ['E1.4.1', 4, 1, 440, false, true],
      ],
    );
    assert.deepEqual(a.criticalPath, { efforts: ['E1.1.1', 'E1.2.1', 'E1.3.1'], totalLines: 450 });
    assert.deepEqual(a.phases, [{ phase: 1, declaredWaves: 4, minimumWaves: 3, firstWave: 1 }]);
    assert.deepEqual(a.cyclic, []);
    assert.equal(a.byId.get('E1.2.2')!.name, 'C');
  });

  it('counts from Wave 0 and ignores dependencies on earlier phases for the earliest wave', () => {
    const text = plan([
      '# Phase 1',
      '## Wave 1',
      '#### E1.1.1: A',
      '**Estimated Size**: 500',
      '# Phase 2',
      '## Wave 0',
      '#### E2.0.1: Setup',
      '## Wave 1',
      '#### E2.1.1: B',
      '**Estimated Size**: 100',
      '**Dependencies**: E1.1.1',
    ]);
    const a = analyzeProject(lint({ [F]: text }).project);
    assert.deepEqual(
      a.efforts.map((e) => [e.id, e.earliestWave]),
      [
        ['E1.1.1', 1],
        ['E2.0.1', 0],
        ['E2.1.1', 0],
      ],
    );
    assert.deepEqual(
      a.phases.map((p) => [p.phase, p.firstWave, p.minimumWaves, p.declaredWaves]),
      [
        [1, 1, 1, 1],
        [2, 0, 1, 2],
      ],
    );
    // The critical path follows the cross-phase dependency.
    assert.deepEqual(a.criticalPath, { efforts: ['E1.1.1', 'E2.1.1'], totalLines: 600 });
  });

  it('cycles do not hang it: their edges are set aside and their efforts listed', () => {
    const W = 'WAVE-PLAN.md';
    const project = mergeProject([
      result(W, 'wave-plan', [
        fact('E1.1.1', 'metadata', span(W, 1), {
          dependsOn: refs('E1.1.2', span(W, 2, 5)),
          estimatedLines: v(100, span(W, 3)),
        }),
        fact('E1.1.2', 'metadata', span(W, 4), {
          dependsOn: refs('E1.1.1', span(W, 5, 5)),
          estimatedLines: v(100, span(W, 6)),
        }),
        fact('E1.1.3', 'metadata', span(W, 7), {
          dependsOn: refs('E1.1.2', span(W, 8, 5)),
          estimatedLines: v(100, span(W, 9)),
        }),
      ]),
    ]);
    const a = analyzeProject(project);
    assert.deepEqual(a.cyclic.sort(), ['E1.1.1', 'E1.1.2']);
    assert.deepEqual(
      a.efforts.map((e) => e.earliestWave),
      [1, 1, 2],
    );
    assert.equal(a.criticalPath.totalLines, 200);
  });

  it('an empty project and efforts without a phase', () => {
    const empty = analyzeProject(mergeProject([]));
    assert.deepEqual([empty.efforts, empty.phases, empty.criticalPath], [[], [], { efforts: [], totalLines: 0 }]);
    const W = 'WAVE-PLAN.md';
    const a = analyzeProject(
      mergeProject([
        result(W, 'wave-plan', [fact('wave-planning', 'metadata', span(W, 1), { estimatedLines: v(80, span(W, 2)) })]),
      ]),
    );
    assert.deepEqual(
      a.efforts.map((e) => [e.id, e.phase, e.earliestWave, e.slack, e.critical]),
      [['wave-planning', undefined, undefined, 0, true]],
    );
  });

  it('a 10,000-effort chain is analysed without recursion', function () {
    this.timeout(30_000);
    const W = 'WAVE-PLAN.md';
    const id = (i: number): string => `E1.${1 + Math.floor(i / 500)}.${1 + (i % 500)}`;
    const facts = [];
    for (let i = 0; i < 10_000; i++)
      facts.push(
        fact(id(i), 'metadata', span(W, i + 1), {
          estimatedLines: v(10, span(W, i + 1, 30)),
          ...(i ? { dependsOn: refs(id(i - 1), span(W, i + 1, 10)) } : {}),
        }),
      );
    const project = mergeProject([result(W, 'wave-plan', facts)]);
    const a = analyzeProject(project);
    assert.equal(a.criticalPath.efforts.length, 10_000);
    assert.equal(a.criticalPath.totalLines, 100_000);
    assert.equal(a.byId.get('E1.20.500')!.earliestWave, 1 + 9_999);
    assert.deepEqual(a.phases[0].minimumWaves, 10_000);
  });
});
