import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';
import { mergeParts, mergeProject } from '../../../../src/core/project/merge';
import { dependencyGraph } from '../../../../src/core/analysis/graph';
import { EFFORT_FIELDS, type FileReadResult, type PlanDiagnostic } from '../../../../src/core/model/model';
import { readPlanText } from '../../../../src/core/readers';
import { fact, refs, result, span, v } from '../../support/builders';

const codes = (ds: PlanDiagnostic[]): string[] => ds.map((d) => d.code);

describe('mergeProject: precedence', () => {
  const PHASE = 'phase-plans/PHASE-2-IMPLEMENTATION-PLAN.md';
  const WAVE = 'planning/phase2/wave1/WAVE-IMPLEMENTATION-PLAN.md';
  const EFFORT = '.software-factory/phase2/wave1/E2.1.1-x/IMPLEMENTATION-PLAN-20251201-110542.md';
  const STATE = 'orchestrator-state.json';

  it('an effort plan beats a wave plan beats a phase plan beats state, and origins point at the winner', () => {
    const project = mergeProject([
      result(STATE, 'state', [
        fact('E2.1.1', 'state', span(STATE, 4), {
          estimatedLines: v(100, span(STATE, 5, 3, 3)),
          branch: v('s', span(STATE, 6)),
        }),
      ]),
      result(PHASE, 'phase-plan', [
        fact('E2.1.1', 'metadata', span(PHASE, 10), {
          estimatedLines: v(200, span(PHASE, 11, 5, 3)),
          name: v('Image builder', span(PHASE, 10, 9, 13)),
        }),
      ]),
      result(WAVE, 'wave-plan', [
        fact('E2.1.1', 'json-block', span(WAVE, 20), { estimatedLines: v(300, span(WAVE, 21, 7, 3)) }),
      ]),
      result(EFFORT, 'effort-plan', [
        fact('E2.1.1', 'heading', span(EFFORT, 1), { estimatedLines: v(300, span(EFFORT, 2, 7, 3)) }),
      ]),
    ]);
    const e = project.byId.get('E2.1.1')!;
    assert.equal(e.estimatedLines, 300);
    assert.deepEqual(e.origins.estimatedLines, span(EFFORT, 2, 7, 3));
    assert.equal(e.name, 'Image builder');
    assert.deepEqual(e.origins.name, span(PHASE, 10, 9, 13));
    assert.equal(e.branch, 's');
    assert.deepEqual(e.source, { file: EFFORT, line: 1 });
    // 300 vs 200 disagree; the wave plan agrees with the effort plan; the state file records, it does not declare,
    // so its 100 is not reported as a conflict.
    const conflicts = project.diagnostics.filter((d) => d.code === 'effort-conflict');
    assert.deepEqual(
      conflicts.map((d) => d.file),
      [PHASE],
    );
    const phaseConflict = conflicts.find((d) => d.file === PHASE)!;
    assert.equal(phaseConflict.severity, 'warning');
    assert.deepEqual([phaseConflict.line, phaseConflict.column, phaseConflict.endColumn], [11, 5, 8]);
    assert.equal(
      phaseConflict.message,
      `E2.1.1: estimated lines 200 here; 300 in IMPLEMENTATION-PLAN-20251201-110542.md:2 wins (the effort plan).`,
    );
    assert.deepEqual(phaseConflict.related, [
      { span: span(EFFORT, 2, 7, 3), message: 'winning estimated lines of E2.1.1: 300' },
    ]);
    assert.deepEqual(phaseConflict.efforts, ['E2.1.1']);
  });

  it('names the winning file by as many of its folders as tell it from the losing file of the same name', () => {
    const plan = (name: string) => `# Phase 1\n\n## Wave 1.1\n\n### E1.1.1: ${name}\n`;
    const engine = new PlanEngine();
    engine.update('/ws/svc-a/PHASE-1-PLAN.md', plan('Invoice model'));
    engine.update('/ws/svc-b/PHASE-1-PLAN.md', plan('Tokenizer'));
    assert.deepEqual(
      engine.project().diagnostics.map((d) => `${d.file} ${d.message}`),
      [
        '/ws/svc-b/PHASE-1-PLAN.md E1.1.1: name "Tokenizer" here; "Invoice model" in svc-a/PHASE-1-PLAN.md:5 wins (the first in path order).',
      ],
    );
  });

  it('within one file explicit metadata beats a heading or table', () => {
    const F = 'PLAN.md';
    const project = mergeProject([
      result(F, 'wave-plan', [
        fact('E1.1.1', 'table', span(F, 3), { estimatedLines: v(500, span(F, 3, 20, 3)) }),
        fact('E1.1.1', 'metadata', span(F, 9), { estimatedLines: v(450, span(F, 10, 18, 3)) }),
      ]),
    ]);
    assert.equal(project.byId.get('E1.1.1')!.estimatedLines, 450);
    const [c] = project.diagnostics;
    assert.equal(c.code, 'effort-conflict');
    assert.equal(c.line, 3);
    assert.match(c.message, /450 in line 10 wins \(the bold metadata field\)/);
  });

  it('compares normalized values: sets for lists, trimmed strings, name variants, absent never conflicts', () => {
    const A = 'a/WAVE-PLAN.md';
    const B = 'b/PHASE-1-PLAN.md';
    const project = mergeProject([
      result(A, 'wave-plan', [
        fact('E1.1.2', 'metadata', span(A, 1), {
          dependsOn: refs('[E1.1.1, E1.1.3]', span(A, 2, 18)),
          branch: v('phase1/wave1/x ', span(A, 3)),
          name: v('go-containerregistry-image-builder', span(A, 1, 5)),
        }),
      ]),
      result(B, 'phase-plan', [
        fact('E1.1.2', 'metadata', span(B, 1), {
          dependsOn: refs('E1.1.3 (Daemon), E1.1.1 and Phase 0 completion', span(B, 2, 18)),
          branch: v('`phase1/wave1/x`', span(B, 3)),
          name: v('Go Container Registry Image Builder', span(B, 1, 5)),
          estimatedLines: v(400, span(B, 4)),
        }),
      ]),
    ]);
    assert.deepEqual(codes(project.diagnostics), []);
    const e = project.byId.get('E1.1.2')!;
    assert.deepEqual(e.dependsOn, ['E1.1.1', 'E1.1.3']);
    assert.deepEqual(e.externalDependsOn, []);
    assert.equal(e.estimatedLines, 400);
  });

  it('keeps external references apart and reports different dependency sets', () => {
    const A = 'WAVE-PLAN.md';
    const B = 'PHASE-1-PLAN.md';
    const project = mergeProject([
      result(A, 'wave-plan', [
        fact('E1.2.1', 'metadata', span(A, 1), { dependsOn: refs('E1.1.1, Phase 0 completion', span(A, 2, 18)) }),
      ]),
      result(B, 'phase-plan', [fact('E1.2.1', 'metadata', span(B, 1), { dependsOn: refs('None', span(B, 2, 18)) })]),
    ]);
    const e = project.byId.get('E1.2.1')!;
    assert.deepEqual(e.dependsOn, ['E1.1.1']);
    assert.deepEqual(e.externalDependsOn, ['Phase 0 completion']);
    assert.deepEqual(codes(project.diagnostics), ['effort-conflict']);
    assert.match(project.diagnostics[0].message, /dependencies None here; \[E1\.1\.1\] in WAVE-PLAN.md:2 wins/);
  });

  it('older timestamped versions of an effort plan are superseded silently', () => {
    const dir = '.software-factory/phase1/wave2/E1.2.1-push';
    const OLD = `${dir}/IMPLEMENTATION-PLAN-20251201-090000.md`;
    const NEW = `${dir}/IMPLEMENTATION-PLAN--20251202-063522.md`;
    const project = mergeProject([
      result(NEW, 'effort-plan', [
        fact('E1.2.1', 'yaml-block', span(NEW, 27), { estimatedLines: v(350, span(NEW, 30)) }),
      ]),
      result(OLD, 'effort-plan', [
        fact('E1.2.1', 'yaml-block', span(OLD, 27), { estimatedLines: v(900, span(OLD, 30)) }),
      ]),
    ]);
    assert.equal(project.byId.get('E1.2.1')!.estimatedLines, 350);
    assert.deepEqual(project.diagnostics, []);
    assert.deepEqual(
      project.facts.get('E1.2.1')!.map((f) => f.span.file),
      [NEW],
    );
  });

  it('timestamped effort plans in different folders are not versions of each other: they conflict', () => {
    const A = '.software-factory/phase3/wave2/wave-planning/IMPLEMENTATION-PLAN-20250925-174029.md';
    const B = '.software-factory/phase3/wave2/E3.2.1-push/IMPLEMENTATION-PLAN-20250926-090000.md';
    const project = mergeProject([
      result(A, 'effort-plan', [fact('E3.2.1', 'bullet', span(A, 40), { estimatedLines: v(200, span(A, 40, 30)) })]),
      result(B, 'effort-plan', [fact('E3.2.1', 'metadata', span(B, 5), { estimatedLines: v(250, span(B, 6)) })]),
    ]);
    // Same rank: the newer file wins.
    assert.equal(project.byId.get('E3.2.1')!.estimatedLines, 250);
    assert.deepEqual(codes(project.diagnostics), ['effort-conflict']);
    assert.equal(project.diagnostics[0].file, A);
  });

  it('paths agree when one extends the other; lists of prose only are not compared', () => {
    const A = 'WAVE-PLAN.md';
    const B = 'PHASE-5-PLAN.md';
    const project = mergeProject([
      result(A, 'wave-plan', [
        fact('E5.2.1', 'mermaid', span(A, 57), {
          dependsOn: refs('E5.1.1', span(A, 57, 5)),
          branch: v('feature/tmc/p5w2-dist', span(A, 3)),
          directory: v('/ws/efforts/p5/dist', span(A, 4)),
        }),
      ]),
      result(B, 'phase-plan', [
        fact('E5.2.1', 'metadata', span(B, 640), {
          dependsOn: refs('Wave 1 types', span(B, 650, 19)),
          branch: v('p5w2-dist', span(B, 641)),
          directory: v('efforts/p5/dist/pkg/', span(B, 642)),
        }),
      ]),
    ]);
    assert.deepEqual(project.diagnostics, []);
    assert.deepEqual(project.byId.get('E5.2.1')!.externalDependsOn, []);
    const other = mergeProject([
      result(A, 'wave-plan', [
        fact('E5.2.1', 'metadata', span(A, 1), { branch: v('proj/phase5/wave2/dist', span(A, 3)) }),
      ]),
      result(B, 'phase-plan', [fact('E5.2.1', 'metadata', span(B, 1), { branch: v('phase5/wave2/cli', span(B, 3)) })]),
    ]);
    assert.deepEqual(codes(other.diagnostics), ['effort-conflict']);
  });

  it('state files win for status and no conflict is raised for status', () => {
    const P = 'PHASE-1-PLAN.md';
    const S = 'orchestrator-state-v3.json';
    const project = mergeProject([
      result(P, 'phase-plan', [fact('E1.1.1', 'metadata', span(P, 1), { status: v('planned' as const, span(P, 2)) })]),
      result(S, 'state', [fact('E1.1.1', 'state', span(S, 9), { status: v('done' as const, span(S, 12)) })]),
    ]);
    assert.equal(project.byId.get('E1.1.1')!.status, 'done');
    assert.deepEqual(project.byId.get('E1.1.1')!.origins.status, span(S, 12));
    assert.deepEqual(project.diagnostics, []);
  });

  it('defaults: status planned, name = id, phase and wave from the id; slug efforts stay out of waves', () => {
    const F = 'WAVE-PLAN.md';
    const project = mergeProject([
      result(F, 'wave-plan', [
        fact('E3.2.1', 'bullet', span(F, 5)),
        fact('wave-planning', 'metadata', span(F, 9), { name: v('wave-planning', span(F, 9)) }),
      ]),
    ]);
    const e = project.byId.get('E3.2.1')!;
    assert.deepEqual([e.status, e.name, e.phase, e.wave], ['planned', 'E3.2.1', 3, 2]);
    assert.deepEqual(
      project.efforts.map((x) => x.id),
      ['E3.2.1', 'wave-planning'],
    );
    assert.deepEqual(
      project.phases.map((p) => [p.phase, p.waves.map((w) => [w.id, w.efforts])]),
      [[3, [['W3.2', ['E3.2.1']]]]],
    );
  });
});

describe('mergeProject: duplicates', () => {
  it('two headings for one id in one file are a duplicate-effort error at the second', () => {
    const F = 'PHASE-5-PLAN.md';
    const project = mergeProject([
      result(F, 'phase-plan', [
        fact('E5.1.1', 'heading', span(F, 10, 1, 20), { estimatedLines: v(600, span(F, 12)) }),
        fact('E5.1.1', 'heading', span(F, 40, 1, 20), { estimatedLines: v(300, span(F, 42)) }),
      ]),
    ]);
    assert.deepEqual(codes(project.diagnostics), ['duplicate-effort']);
    const d = project.diagnostics[0];
    assert.deepEqual(
      [d.severity, d.line, d.message],
      ['error', 40, 'E5.1.1 is declared twice in this file (first at line 10).'],
    );
    assert.deepEqual(d.related, [{ span: span(F, 10, 1, 20), message: 'first declaration of E5.1.1' }]);
    assert.equal(project.byId.get('E5.1.1')!.estimatedLines, 600);
  });

  it('two declarations with different names for one id in one file are a duplicate; name variants are not', () => {
    const F = 'WAVE-PLAN.md';
    const project = mergeProject([
      result(F, 'wave-plan', [
        fact('E4.1.1', 'heading', span(F, 10), { name: v('Metrics Collection', span(F, 10, 12, 18)) }),
        fact('E4.1.1', 'metadata', span(F, 30), { name: v('Metrics', span(F, 30, 9, 7)) }),
        fact('E4.1.1', 'json-block', span(F, 60), { name: v('Health Probes', span(F, 60, 15, 13)) }),
      ]),
    ]);
    assert.deepEqual(codes(project.diagnostics), ['duplicate-effort']);
    assert.equal(project.diagnostics[0].line, 60);
    assert.match(
      project.diagnostics[0].message,
      /two different efforts in this file: "Health Probes" here and "Metrics Collection" at line 10/,
    );
  });

  it('a graph label, table cell or list item never makes a duplicate, whatever name it restates', () => {
    const F = 'WAVE-PLAN.md';
    const project = mergeProject([
      result(F, 'wave-plan', [
        fact('E4.1.1', 'heading', span(F, 10), { name: v('Metrics Collection', span(F, 10, 12, 18)) }),
        fact('E4.1.1', 'table', span(F, 80), { name: v('Probes', span(F, 80, 9, 6)) }),
        fact('E4.1.1', 'mermaid', span(F, 60), { name: v('Health Probes', span(F, 60, 15, 13)) }),
        fact('E4.1.1', 'bullet', span(F, 90), { name: v('Exporter', span(F, 90, 5, 8)) }),
      ]),
    ]);
    assert.deepEqual(codes(project.diagnostics), []);
    assert.equal(project.byId.get('E4.1.1')!.name, 'Metrics Collection');
  });

  it('the same id in two files is not a duplicate', () => {
    const project = mergeProject([
      result('a/WAVE-PLAN.md', 'wave-plan', [fact('E1.1.1', 'heading', span('a/WAVE-PLAN.md', 3))]),
      result('b/WAVE-PLAN.md', 'wave-plan', [fact('E1.1.1', 'heading', span('b/WAVE-PLAN.md', 3))]),
    ]);
    assert.deepEqual(project.diagnostics, []);
  });
});

describe('mergeProject: structure', () => {
  it('keeps each dependency once, in written order, known and external apart', () => {
    const at = span('WAVE-PLAN.md', 3, 20);
    const deps = refs('E1.1.3, Phase 0 done, E1.1.2, E1.1.3, Phase 0 done, E1.1.2', at, 1, 1);
    const project = mergeProject([
      result('WAVE-PLAN.md', 'wave-plan', [
        fact('E1.1.1', 'metadata', span('WAVE-PLAN.md', 3), { dependsOn: deps, parallelWith: deps }),
      ]),
    ]);
    const e = project.byId.get('E1.1.1')!;
    assert.deepEqual(e.dependsOn, ['E1.1.3', 'E1.1.2']);
    assert.deepEqual(e.externalDependsOn, ['Phase 0 done']);
    assert.deepEqual(e.parallelWith, ['E1.1.3', 'E1.1.2']);
  });

  it('builds phases and waves with declared names and spans, sorted, efforts sorted by id', () => {
    const text = [
      '# Phase 2: Build & Push',
      '## Wave 2: CLI',
      '#### E2.2.1: cli-commands',
      '## Wave 1: Core',
      '#### E2.1.10: ten',
      '#### E2.1.2: two',
      '#### E2.1.9: nine',
    ].join('\n');
    const read = readPlanText('PHASE-2-PLAN.md', text, 'phase-plan');
    // A new list: a result without findings shares the one frozen empty list.
    read.diagnostics = read.diagnostics.concat({
      ...span('PHASE-2-PLAN.md', 1),
      code: 'metadata-invalid',
      severity: 'warning',
      message: 'reader says',
      efforts: [],
    });
    const project = mergeProject([read]);
    assert.deepEqual(
      project.efforts.map((e) => e.id),
      ['E2.1.2', 'E2.1.9', 'E2.1.10', 'E2.2.1'],
    );
    assert.equal(project.phases.length, 1);
    assert.equal(project.phases[0].name, 'Build & Push');
    assert.deepEqual(
      project.phases[0].waves.map((w) => [w.id, w.name, w.span?.line, w.efforts]),
      [
        ['W2.1', 'Core', 4, ['E2.1.2', 'E2.1.9', 'E2.1.10']],
        ['W2.2', 'CLI', 2, ['E2.2.1']],
      ],
    );
    // Reader diagnostics carry over.
    assert.deepEqual(codes(project.diagnostics), ['metadata-invalid']);
    assert.equal(project.files.length, 1);
  });

  it('efforts stated in id order and out of it merge alike, and the graph finds each by its id alone', () => {
    const FILE = 'WAVE-PLAN.md';
    // In id order, each once (no map of ids is made), then the same efforts with one out of order (the map).
    const ids = ['E1.1.2', 'E1.1.9', 'E1.1.10', 'E1.2.1', 'E2.1.1'];
    const facts = (order: string[]) =>
      order.map((id, i) =>
        fact(id, 'heading', span(FILE, i + 1), {
          dependsOn: refs('E1.1.2, E1.1.02, E1.1.9, e1.1.9', span(FILE, i + 1)),
        }),
      );
    const inOrder = mergeProject([result(FILE, 'wave-plan', facts(ids))]);
    const outOfOrder = mergeProject([result(FILE, 'wave-plan', facts([ids[1], ids[0], ...ids.slice(2)]))]);
    for (const project of [inOrder, outOfOrder]) {
      assert.deepEqual(
        project.efforts.map((e) => [e.id, e.phase, e.wave]),
        [
          ['E1.1.2', 1, 1],
          ['E1.1.9', 1, 1],
          ['E1.1.10', 1, 1],
          ['E1.2.1', 1, 2],
          ['E2.1.1', 2, 1],
        ],
      );
      const graph = dependencyGraph(project);
      for (const [node, id] of ids.entries()) assert.equal(graph.index.get(id), node);
      // Ids no effort has: a leading zero, another case, one past the last, a slug.
      for (const id of ['E1.1.02', 'e1.1.9', 'E2.1.2', 'E0.0.0', 'api']) assert.equal(graph.index.get(id), undefined);
      assert.deepEqual(graph.deps[4], [0, 1]);
    }
  });

  it('finds each node by its id from any node it is said to be near', () => {
    const FILE = 'WAVE-PLAN.md';
    let seed = 7;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    for (let round = 0; round < 20; round++) {
      const ids: string[] = [];
      for (let p = 1; p <= 3; p++) for (let n = 1; n <= 40; n++) if (random(3)) ids.push(`E${p}.1.${n}`);
      const parts = mergeParts([
        result(
          FILE,
          'wave-plan',
          ids.map((id, i) => fact(id, 'heading', span(FILE, i + 1))),
        ),
      ]);
      for (let q = 0; q < 200; q++) {
        const id = `E${1 + random(4)}.1.${random(42)}`;
        const near = random(ids.length + 6) - 3;
        const expected = ids.indexOf(id);
        assert.equal(parts.nodeIndex.get(id, near), expected < 0 ? undefined : expected, `${id} near ${near}`);
      }
    }
  });

  it('a wave plan names a wave before a phase plan does', () => {
    const project = mergeProject([
      result('PHASE-1-PLAN.md', 'phase-plan', [], {
        waves: [{ phase: 1, wave: 1, name: 'from phase plan', span: span('PHASE-1-PLAN.md', 3) }],
      }),
      result('WAVE-PLAN.md', 'wave-plan', [], {
        waves: [{ phase: 1, wave: 1, name: 'from wave plan', span: span('WAVE-PLAN.md', 1) }],
      }),
    ]);
    assert.equal(project.phases[0].waves[0].name, 'from wave plan');
  });

  it('a phase plan names its phase before a wave plan does (whose title may name its method)', () => {
    const engine = new PlanEngine();
    engine.update('/ws/phase-05-implementation-plan.md', '# Phase 5: Billing Contracts Implementation Plan\n');
    engine.update(
      '/ws/phase-05-wave-implementation-plan.md',
      '# Phase 5: Wave-Based Implementation Plan for Optimal Parallelization\n\n## Wave 5.1: Types\n',
    );
    engine.update('/ws/phase-07-wave-implementation-plan.md', '# Phase 7: Wave-Based Implementation Plan for Syncer\n');
    const { phases } = engine.project();
    assert.deepEqual(
      phases.map((p) => [p.phase, p.name, p.span?.file, p.waves.map((w) => w.name)]),
      [
        [5, 'Billing Contracts', '/ws/phase-05-implementation-plan.md', ['Types']],
        [7, 'Syncer', '/ws/phase-07-wave-implementation-plan.md', []],
      ],
    );
  });

  it('merges 10,000 efforts from 1,000 files', function () {
    this.timeout(30_000);
    const results: FileReadResult[] = [];
    for (let f = 0; f < 1000; f++) {
      const file = `plans/p${f}/WAVE-PLAN.md`;
      const facts = [];
      for (let i = 0; i < 10; i++) {
        const id = `E${1 + (f % 10)}.${1 + Math.floor(f / 10)}.${i + 1}`;
        facts.push(
          fact(id, 'metadata', span(file, i * 10 + 1), {
            estimatedLines: v(400, span(file, i * 10 + 2)),
            dependsOn: refs(i ? `E${1 + (f % 10)}.${1 + Math.floor(f / 10)}.${i}` : 'None', span(file, i * 10 + 3, 18)),
          }),
        );
      }
      results.push(result(file, 'wave-plan', facts));
    }
    const project = mergeProject(results);
    assert.equal(project.efforts.length, 10_000);
  });
});

describe('mergeProject: an effort of one source', () => {
  it('takes every field of its one fact, its origins in the order of the effort fields', () => {
    const FILE = 'WAVE-PLAN.md';
    const at = (column: number) => span(FILE, 3, column);
    const values = {
      name: v('Parser', at(1)),
      phase: v(1, at(2)),
      wave: v(2, at(3)),
      estimatedLines: v(300, at(4)),
      actualLines: v(250, at(5)),
      split: v(2, at(6)),
      largestPart: v(150, at(7)),
      dependsOn: refs('E1.2.1', at(8)),
      parallelWith: refs('E1.2.2', at(9)),
      canParallelize: v(true, at(10)),
      branch: v('phase1/wave2/parser', at(11)),
      baseBranch: v('main', at(12)),
      directory: v('efforts/parser', at(13)),
      note: v('a remark', at(14)),
      status: v('in-progress' as const, at(15)),
    };
    const project = mergeProject([result(FILE, 'wave-plan', [fact('E1.2.3', 'heading', span(FILE, 3), values)])]);
    const effort = project.byId.get('E1.2.3')!;
    assert.deepEqual(Object.keys(effort.origins), [...EFFORT_FIELDS]);
    for (const field of EFFORT_FIELDS) assert.deepEqual(effort.origins[field], values[field].span, field);
    assert.deepEqual([effort.name, effort.phase, effort.wave, effort.status], ['Parser', 1, 2, 'in-progress']);
    assert.deepEqual([effort.dependsOn, effort.parallelWith], [['E1.2.1'], ['E1.2.2']]);
  });
});

describe('dependencyGraph of efforts written in id order', () => {
  it('resolves a dependency on the effort before as any other: once, and only when it is that effort', () => {
    const FILE = 'WAVE-PLAN.md';
    const deps = ['', 'E1.1.1', 'E1.1.2, E1.1.2, E1.1.1', 'E1.1.4, E1.1.3', 'E1.1.40, E1.1.4, E1.1.3'];
    const project = mergeProject([
      result(
        FILE,
        'wave-plan',
        deps.map((list, i) =>
          fact(`E1.1.${i + 1}`, 'heading', span(FILE, i + 1), list ? { dependsOn: refs(list, span(FILE, i + 1)) } : {}),
        ),
      ),
    ]);
    const graph = dependencyGraph(project);
    assert.ok(graph.index.inIdOrder);
    assert.deepEqual(graph.deps, [[], [0], [1, 0], [3, 2], [3, 2]]);
  });
});
