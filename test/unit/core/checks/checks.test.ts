import { strict as assert } from 'assert';
import { runChecks } from '../../../../src/core/checks';
import { mergeProject } from '../../../../src/core/project/merge';
import type { PlanDiagnostic } from '../../../../src/core/model/model';
import { applyFix, fact, find, lint, only, refs, result, span, v, type Texts } from '../../support/builders';

const F = 'PHASE-1-PLAN.md';

function plan(...blocks: string[]): string {
  return ['# Phase 1: Core', ...blocks].join('\n') + '\n';
}

function effort(id: string, name: string, lines: string[]): string {
  return [`#### ${id}: ${name}`, ...lines, ''].join('\n');
}

const byCode = (ds: PlanDiagnostic[], code: string): PlanDiagnostic[] => ds.filter((d) => d.code === code);

describe('checks: dependency-cycle', () => {
  it('names a cycle from its smallest id whether the plan writes its efforts in id order or not', () => {
    const ring = (order: number[]) =>
      plan(
        '## Wave 1',
        ...order.map((n) => effort(`E1.1.${n}`, `Step ${n}`, [`**Dependencies**: E1.1.${n === 12 ? 2 : n + 1}`])),
      );
    const messages = (order: number[]) =>
      byCode(lint({ [F]: ring(order) }).diagnostics, 'dependency-cycle').map((d) => d.message);
    const inOrder = messages([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.equal(inOrder.length, 11);
    assert.match(inOrder[0], /^Dependency cycle: E1\.1\.2 → E1\.1\.3 → /);
    assert.deepEqual(messages([7, 2, 12, 3, 11, 4, 10, 5, 9, 6, 8]), inOrder);
  });

  it('a self-dependency is a cycle of length 1, located at the reference, with a remove fix', () => {
    const text = plan('## Wave 1', effort('E1.1.1', 'Loop', ['**Dependencies**: [E1.1.1]']));
    const { diagnostics } = lint({ [F]: text });
    const d = only(byCode(diagnostics, 'dependency-cycle'));
    assert.equal(d.message, 'E1.1.1 depends on itself.');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.efforts, ['E1.1.1']);
    const ref = find(F, text, 'E1.1.1', 1);
    assert.deepEqual([d.line, d.column, d.endColumn], [ref.line, ref.column, ref.endColumn]);
    const fixed = applyFix({ [F]: text }, d.fixes![0]);
    assert.match(fixed[F], /\*\*Dependencies\*\*: None\n/);
    assert.deepEqual(byCode(lint(fixed).diagnostics, 'dependency-cycle'), []);
  });

  it('a cycle of two: one error at the first reference, the other as related, a fix for each side', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Dependencies**: E1.1.2']),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1 (A)']),
    );
    // One contradiction, one finding (kcp's E6.1.1 ↔ E6.1.2 was two errors, the status bar counting both).
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'dependency-cycle'));
    assert.deepEqual(
      [d.message, d.line, d.efforts, d.edges],
      [
        'Dependency cycle: E1.1.1 → E1.1.2 → E1.1.1.',
        4,
        ['E1.1.1', 'E1.1.2'],
        [
          ['E1.1.2', 'E1.1.1'],
          ['E1.1.1', 'E1.1.2'],
        ],
      ],
    );
    assert.deepEqual(d.related, [{ span: find(F, text, 'E1.1.1 (A)'), message: 'E1.1.2 depends on E1.1.1' }]);
    // Either side may be the wrong one: a fix for each, neither preferred, each breaking the cycle.
    assert.deepEqual(
      d.fixes!.map((f) => [f.title, f.preferred]),
      [
        ['Remove E1.1.2 from the dependencies of E1.1.1', false],
        ['Remove E1.1.1 from the dependencies of E1.1.2', false],
      ],
    );
    const fixed = applyFix({ [F]: text }, d.fixes![1]);
    assert.deepEqual(byCode(lint(fixed).diagnostics, 'dependency-cycle'), []);
    assert.match(fixed[F], /#### E1.1.2: B\n\*\*Dependencies\*\*: None\n/);
    assert.deepEqual(byCode(lint(applyFix({ [F]: text }, d.fixes![0])).diagnostics, 'dependency-cycle'), []);
  });

  it('a cycle of three, and every edge of a component with two cycles', () => {
    const three = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Dependencies**: E1.1.2']),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.3']),
      effort('E1.1.3', 'C', ['**Dependencies**: E1.1.1']),
    );
    const ds = byCode(lint({ [F]: three }).diagnostics, 'dependency-cycle');
    assert.deepEqual(
      ds.map((d) => d.message),
      [
        'Dependency cycle: E1.1.1 → E1.1.2 → E1.1.3 → E1.1.1.',
        'Dependency cycle: E1.1.2 → E1.1.3 → E1.1.1 → E1.1.2.',
        'Dependency cycle: E1.1.3 → E1.1.1 → E1.1.2 → E1.1.3.',
      ],
    );
    assert.equal(ds[0].related!.length, 2);

    // E1 → E2 → E1 and E2 → E3 → E2 share E2: four edges, one component.
    const two = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Dependencies**: E1.1.2']),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1, E1.1.3']),
      effort('E1.1.3', 'C', ['**Dependencies**: E1.1.2']),
    );
    const ds2 = byCode(lint({ [F]: two }).diagnostics, 'dependency-cycle');
    assert.equal(ds2.length, 4);
    assert.deepEqual(ds2.map((d) => d.efforts.join('>')).sort(), [
      'E1.1.1>E1.1.2',
      'E1.1.2>E1.1.1',
      'E1.1.2>E1.1.3',
      'E1.1.3>E1.1.2',
    ]);
    const e23 = ds2.find((d) => d.efforts.join('>') === 'E1.1.2>E1.1.3')!;
    assert.equal(e23.message, 'Dependency cycle: E1.1.2 → E1.1.3 → E1.1.2 (one of the cycles among 3 efforts).');
  });

  it('a diamond is not a cycle', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Dependencies**: None']),
      '## Wave 2',
      effort('E1.2.1', 'B', ['**Dependencies**: E1.1.1']),
      effort('E1.2.2', 'C', ['**Dependencies**: E1.1.1']),
      '## Wave 3',
      effort('E1.3.1', 'D', ['**Dependencies**: E1.2.1, E1.2.2']),
    );
    assert.deepEqual(lint({ [F]: text }).diagnostics, []);
  });

  it('a cycle of 10,000 efforts: no stack overflow, one error per edge for the first 1,000, short messages', function () {
    this.timeout(30_000);
    const N = 10_000;
    const file = 'big/WAVE-PLAN.md';
    // Id numbers have at most three digits: 500 efforts in each of 20 waves.
    const id = (i: number): string => `E1.${1 + Math.floor(i / 500)}.${1 + (i % 500)}`;
    const facts = [];
    for (let i = 0; i < N; i++)
      facts.push(
        fact(id(i), 'metadata', span(file, i * 3 + 1), { dependsOn: refs(id((i + 1) % N), span(file, i * 3 + 2, 19)) }),
      );
    const project = mergeProject([result(file, 'wave-plan', facts)]);
    const ds = runChecks(project, { hard: 800, soft: 700 }, () => undefined);
    const cycles = byCode(ds, 'dependency-cycle');
    assert.equal(cycles.length, 1000);
    assert.match(cycles[999].message, /\(10,000 efforts\)\. \(9,000 more dependencies of this cycle not shown\)$/);
    assert.equal(
      cycles[0].message,
      'Dependency cycle: E1.1.1 → E1.1.2 → E1.1.3 → E1.1.4 → E1.1.5 → E1.1.6 → E1.1.7 → E1.1.8 → … → E1.20.499 → E1.20.500 → E1.1.1 (10,000 efforts).',
    );
    assert.equal(cycles[500].message.startsWith('Dependency cycle: E1.2.1 → E1.2.2 → '), true);
    assert.ok(cycles.every((d) => d.related!.length === 12));
    assert.deepEqual([cycles[1].line, cycles[1].column], [5, 19]);
  });

  it('a long chain without a cycle does not overflow the stack either', function () {
    this.timeout(30_000);
    const N = 10_000;
    const file = 'chain/WAVE-PLAN.md';
    const facts = [];
    for (let i = 0; i < N; i++)
      facts.push(
        fact(
          `E1.1.${i + 1}`,
          'metadata',
          span(file, i + 1),
          i ? { dependsOn: refs(`E1.1.${i}`, span(file, i + 1, 10)) } : {},
        ),
      );
    const project = mergeProject([result(file, 'wave-plan', facts)]);
    assert.deepEqual(
      runChecks(project, { hard: 800, soft: 700 }, () => undefined),
      [],
    );
  });
});

describe('checks: unknown-dependency', () => {
  it('suggests the closest id in the same wave and fixes the reference', () => {
    const text = plan(
      '## Wave 2',
      effort('E1.2.1', 'Registry override', ['**Dependencies**: None']),
      effort('E1.2.2', 'Env vars', ['**Dependencies**: [E1.2.9]']),
    );
    const texts: Texts = { [F]: text };
    const d = only(byCode(lint(texts).diagnostics, 'unknown-dependency'));
    assert.equal(
      d.message,
      'E1.2.2 depends on E1.2.9, which is not an effort of this plan. Did you mean E1.2.1 (Registry override)?',
    );
    assert.deepEqual(
      [d.line, d.column, d.endColumn],
      [find(F, text, 'E1.2.9').line, find(F, text, 'E1.2.9').column, find(F, text, 'E1.2.9').endColumn],
    );
    assert.deepEqual(
      d.fixes!.map((f) => [f.kind, f.title, f.preferred]),
      [
        ['replace-dependency', 'Change E1.2.9 to E1.2.1 (Registry override)', true],
        ['remove-dependency', 'Remove E1.2.9 from the dependencies of E1.2.2', false],
      ],
    );
    const fixed = applyFix(texts, d.fixes![0]);
    assert.match(fixed[F], /\*\*Dependencies\*\*: \[E1\.2\.1\]/);
    assert.deepEqual(lint(fixed).diagnostics, []);
    assert.match(applyFix(texts, d.fixes![1])[F], /#### E1.2.2: Env vars\n\*\*Dependencies\*\*: None/);
  });

  it('a name next to the id wins over the number', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.4', 'Command structure', []),
      '## Wave 2',
      effort('E1.2.1', 'Push', ['**Dependencies**: E1.3.7 (Command structure)']),
    );
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'unknown-dependency'));
    assert.match(d.message, /Did you mean E1\.1\.4 \(Command structure\)\?$/);
    const fixed = applyFix({ [F]: text }, d.fixes![0]);
    assert.match(fixed[F], /\*\*Dependencies\*\*: E1\.1\.4 \(Command structure\)/);
  });

  it('says nothing when no other effort is close (the effort itself and ids its list names are never suggested)', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', []),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1, E1.1.7']),
    );
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'unknown-dependency'));
    assert.equal(d.message, 'E1.1.2 depends on E1.1.7, which is not an effort of this plan.');
    assert.deepEqual(
      d.fixes!.map((f) => f.kind),
      ['remove-dependency'],
    );
  });

  it('external references are never errors', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Dependencies**: Phase 6 Controllers, integration:phase4-wave4.1, Wave 1 types']),
    );
    const { diagnostics, project } = lint({ [F]: text });
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(project.byId.get('E1.1.1')!.externalDependsOn, [
      'Phase 6 Controllers',
      'integration:phase4-wave4.1',
      'Wave 1 types',
    ]);
  });

  it("a range's unknown ids are one finding at its dash; efforts the list names are never the suggestion", () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', []),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.3–E1.1.7, E1.1.9, E1.1.1']),
    );
    const ds = byCode(lint({ [F]: text }).diagnostics, 'unknown-dependency');
    const dash = find(F, text, '–');
    assert.deepEqual(
      ds.map((d) => [d.column, d.message]),
      [
        [find(F, text, 'E1.1.3').column, 'E1.1.2 depends on E1.1.3, which is not an effort of this plan.'],
        [dash.column, 'E1.1.2 depends on E1.1.4, which is not an effort of this plan.'],
        [find(F, text, 'E1.1.7').column, 'E1.1.2 depends on E1.1.7, which is not an effort of this plan.'],
        [find(F, text, 'E1.1.9').column, 'E1.1.2 depends on E1.1.9, which is not an effort of this plan.'],
      ],
    );
  });

  it('also checks Parallel With lists, under their own code and wording', () => {
    const text = plan('## Wave 1', effort('E1.1.1', 'A', ['**Parallel With**: [E1.1.3]']), effort('E1.1.2', 'B', []));
    const { diagnostics } = lint({ [F]: text });
    assert.deepEqual(byCode(diagnostics, 'unknown-dependency'), []);
    const d = only(byCode(diagnostics, 'unknown-parallel-with'));
    assert.equal(d.severity, 'error');
    assert.equal(
      d.message,
      'E1.1.1 is declared parallel with E1.1.3, which is not an effort of this plan. Did you mean E1.1.2 (B)?',
    );
    assert.deepEqual(
      d.fixes!.map((f) => f.kind),
      ['replace-dependency', 'remove-parallel-with'],
    );
  });
});

describe('checks: unknown ids in every source, not only the merge winner', () => {
  const P = 'PHASE-1-IMPLEMENTATION-PLAN.md';
  const W = 'WAVE-2-IMPLEMENTATION-PLAN.md';
  const phase = (deps: string, parallel = ''): string =>
    [
      '# Phase 1: Core',
      '## Wave 2',
      effort('E1.2.1', 'Registry override', []),
      effort('E1.2.2', 'Env vars', [
        `**Dependencies**: ${deps}`,
        ...(parallel ? [`**Parallel With**: ${parallel}`] : []),
      ]),
    ].join('\n');
  const wave = (deps: string, parallel = ''): string =>
    [
      '# Wave 2',
      effort('E1.2.1', 'Registry override', []),
      effort('E1.2.2', 'Env vars', [
        `**Dependencies**: ${deps}`,
        ...(parallel ? [`**Parallel With**: ${parallel}`] : []),
      ]),
    ].join('\n');

  it("a typo in the losing phase plan's list is reported at its own line, with the did-you-mean and a fix there", () => {
    const texts: Texts = { [P]: phase('E1.2.1, E1.2.9'), [W]: wave('E1.2.1') };
    const { project, diagnostics } = lint(texts);
    // The wave plan wins the merge: the model's list is the wave plan's.
    assert.equal(project.byId.get('E1.2.2')!.origins.dependsOn!.file, W);
    assert.deepEqual(project.byId.get('E1.2.2')!.dependsOn, ['E1.2.1']);
    const d = only(byCode(diagnostics, 'unknown-dependency'));
    const at = find(P, texts[P], 'E1.2.9');
    assert.deepEqual([d.file, d.line, d.column, d.endColumn], [P, at.line, at.column, at.endColumn]);
    // E1.2.1 is already in that list, so it is not the suggestion; nothing else is close.
    assert.equal(d.message, 'E1.2.2 depends on E1.2.9, which is not an effort of this plan.');
    const fixed = applyFix(texts, only(d.fixes!));
    assert.match(fixed[P], /\*\*Dependencies\*\*: E1\.2\.1\n/);
    assert.equal(fixed[W], texts[W]);
    assert.deepEqual(lint(fixed).diagnostics, []);
  });

  it('the did-you-mean of a losing source is computed from its own list', () => {
    const texts: Texts = { [P]: phase('E1.2.7'), [W]: wave('E1.2.1') };
    const d = only(byCode(lint(texts).diagnostics, 'unknown-dependency'));
    assert.equal(d.file, P);
    assert.equal(
      d.message,
      'E1.2.2 depends on E1.2.7, which is not an effort of this plan. Did you mean E1.2.1 (Registry override)?',
    );
    const fixed = applyFix(texts, d.fixes![0]);
    assert.match(fixed[P], /\*\*Dependencies\*\*: E1\.2\.1\n/);
    assert.deepEqual(lint(fixed).diagnostics, []);
  });

  it('Parallel With of a losing source: own code and wording, remove fix on that list only', () => {
    const texts: Texts = { [P]: phase('None', 'E1.2.8'), [W]: wave('None', 'None') };
    const { diagnostics } = lint(texts);
    assert.deepEqual(byCode(diagnostics, 'unknown-dependency'), []);
    const d = only(byCode(diagnostics, 'unknown-parallel-with'));
    assert.equal(d.file, P);
    assert.match(d.message, /^E1\.2\.2 is declared parallel with E1\.2\.8, which is not an effort of this plan\./);
    const remove = d.fixes!.find((f) => f.kind === 'remove-parallel-with')!;
    assert.deepEqual([...new Set(remove.edits.map((e) => e.file))], [P]);
  });

  it('the same unknown id written in two files: one diagnostic per place, each fix corrects both', () => {
    const texts: Texts = { [P]: phase('E1.2.7'), [W]: wave('E1.2.7') };
    const ds = byCode(lint(texts).diagnostics, 'unknown-dependency');
    assert.deepEqual(ds.map((d) => d.file).sort(), [P, W]);
    for (const d of ds) assert.deepEqual(lint(applyFix(texts, d.fixes![0])).diagnostics, []);
  });

  it('an id repeated in one list is reported once; sources that name only known efforts add nothing', () => {
    const texts: Texts = { [P]: phase('E1.2.9, E1.2.9 (again)'), [W]: wave('E1.2.1') };
    assert.equal(byCode(lint(texts).diagnostics, 'unknown-dependency').length, 1);
    assert.deepEqual(lint({ [P]: phase('E1.2.1'), [W]: wave('E1.2.1 (Registry override)') }).diagnostics, []);
  });

  it('a losing source naming an effort of a wave no plan declares is a hint there, not an error', () => {
    const texts: Texts = { [P]: phase('E1.7.1'), [W]: wave('E1.2.1') };
    const { diagnostics } = lint(texts);
    assert.deepEqual(byCode(diagnostics, 'unknown-dependency'), []);
    const d = only(byCode(diagnostics, 'undeclared-effort'));
    assert.deepEqual([d.severity, d.file, d.line], ['hint', P, find(P, texts[P], 'E1.7.1').line]);
  });
});

describe('checks: wave-order', () => {
  it('a dependency on a later wave of the same phase, with a move fix and a remove fix', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Dependencies**: E1.2.1']),
      '## Wave 2',
      effort('E1.2.1', 'B', []),
    );
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'wave-order'));
    assert.equal(
      d.message,
      "E1.1.1 depends on E1.2.1, which is in wave 2 (a later wave than E1.1.1's wave 1). E1.1.1 can start in wave 3 at the earliest.",
    );
    assert.deepEqual(d.efforts, ['E1.1.1', 'E1.2.1']);
    assert.equal(d.line, find(F, text, 'E1.2.1').line);
    assert.deepEqual(
      d.fixes!.map((f) => f.kind),
      ['move-to-wave', 'remove-dependency'],
    );
  });

  it('a dependency on a later phase', () => {
    const text = [
      '# Phase 1',
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Dependencies**: E2.1.1']),
      '# Phase 2',
      '## Wave 1',
      effort('E2.1.1', 'B', []),
    ].join('\n');
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'wave-order'));
    assert.equal(d.message, "E1.1.1 depends on E2.1.1, which is in phase 2 (a later phase than E1.1.1's phase 1).");
    assert.deepEqual(
      d.fixes!.map((f) => f.kind),
      ['remove-dependency'],
    );
  });

  it('same-wave and earlier-wave dependencies are not wave-order errors', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', []),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1', '**Can Parallelize**: No']),
      '## Wave 2',
      effort('E1.2.1', 'C', ['**Dependencies**: E1.1.2']),
    );
    assert.deepEqual(lint({ [F]: text }).diagnostics, []);
  });
});

describe('checks: parallel-conflict', () => {
  it('Parallel With an effort it depends on, directly or transitively, names the path', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', []),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1', '**Can Parallelize**: No']),
      effort('E1.1.3', 'C', [
        '**Dependencies**: E1.1.2',
        '**Parallel With**: [E1.1.1, E1.1.4]',
        '**Can Parallelize**: No',
      ]),
      effort('E1.1.4', 'D', []),
    );
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'parallel-conflict'));
    assert.equal(d.message, 'E1.1.3 is declared parallel with E1.1.1 but depends on it: E1.1.3 → E1.1.2 → E1.1.1.');
    assert.equal(d.severity, 'error');
    assert.deepEqual(
      [d.line, d.column],
      [find(F, text, 'E1.1.1, E1.1.4').line, find(F, text, 'E1.1.1, E1.1.4').column],
    );
    const fixed = applyFix({ [F]: text }, only(d.fixes!));
    assert.match(fixed[F], /\*\*Parallel With\*\*: \[E1\.1\.4\]/);
    assert.deepEqual(lint(fixed).diagnostics, []);
  });

  it('Parallel With an effort that depends on it', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', ['**Parallel With**: E1.1.2 (B)']),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1', '**Can Parallelize**: No']),
    );
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'parallel-conflict'));
    assert.equal(d.message, 'E1.1.1 is declared parallel with E1.1.2, which depends on it: E1.1.2 → E1.1.1.');
    assert.match(applyFix({ [F]: text }, d.fixes![0])[F], /\*\*Parallel With\*\*: None/);
  });

  it('Can Parallelize: Yes while depending on an effort of its own wave, through an effort without a wave', () => {
    const W = 'WAVE-PLAN.md';
    const project = mergeProject([
      result(W, 'wave-plan', [
        fact('E1.1.1', 'metadata', span(W, 1)),
        fact('helper', 'metadata', span(W, 5), { dependsOn: refs('E1.1.1', span(W, 6, 18)) }),
        fact('E1.1.2', 'metadata', span(W, 9), {
          dependsOn: refs('E1.0.9', span(W, 10, 18)),
          canParallelize: v(true, span(W, 11, 22, 3)),
        }),
      ]),
    ]);
    // `helper` is a slug effort: references to it are external, so it cannot bridge; build the bridge by hand.
    project.byId.get('E1.1.2')!.dependsOn = ['helper'];
    project.byId.get('helper')!.dependsOn = ['E1.1.1'];
    const d = only(
      byCode(
        runChecks(project, { hard: 800, soft: 700 }, () => undefined),
        'parallel-conflict',
      ),
    );
    assert.equal(
      d.message,
      'E1.1.2 is marked Can Parallelize: Yes but depends on E1.1.1 in its own wave 1: E1.1.2 → helper → E1.1.1.',
    );
    assert.deepEqual([d.severity, d.line, d.column], ['warning', 11, 22]);
  });

  it('Can Parallelize: Yes with a same-wave dependency is fixed by setting No', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', []),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1', '**Can Parallelize**: Yes (after A)']),
    );
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'parallel-conflict'));
    assert.equal(
      d.message,
      'E1.1.2 is marked Can Parallelize: Yes but depends on E1.1.1 in its own wave 1: E1.1.2 → E1.1.1.',
    );
    const fixed = applyFix({ [F]: text }, only(d.fixes!));
    assert.match(fixed[F], /\*\*Can Parallelize\*\*: No \(after A\)/);
    assert.deepEqual(lint(fixed).diagnostics, []);
  });

  it('Can Parallelize: Yes inherited from the wave says so and where, located at the wave’s line', () => {
    const text = plan(
      '## Wave 1',
      '**Can Parallelize**: Yes',
      '',
      effort('E1.1.1', 'A', []),
      effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1']),
    );
    const d = only(byCode(lint({ [F]: text }).diagnostics, 'parallel-conflict'));
    assert.equal(
      d.message,
      'E1.1.2 inherits Can Parallelize: Yes from line 3 but depends on E1.1.1 in its own wave 1: E1.1.2 → E1.1.1.',
    );
    assert.deepEqual([d.severity, d.line, d.edges], ['warning', 3, [['E1.1.1', 'E1.1.2']]]);
  });

  it('dependencies on earlier waves do not make a parallel effort conflict', () => {
    const text = plan(
      '## Wave 1',
      effort('E1.1.1', 'A', []),
      '## Wave 2',
      effort('E1.2.1', 'B', ['**Dependencies**: E1.1.1', '**Can Parallelize**: Yes', '**Parallel With**: [E1.2.2]']),
      effort('E1.2.2', 'C', ['**Dependencies**: E1.1.1']),
    );
    assert.deepEqual(lint({ [F]: text }).diagnostics, []);
  });
});

describe('checks: sizes', () => {
  const sized = (n: string): Texts => ({ [F]: plan('## Wave 1', effort('E1.1.1', 'A', [`**Estimated Size**: ${n}`])) });

  it('over the hard limit is an error at the size value; over the soft limit a warning; at the limit nothing', () => {
    const over = only(lint(sized('~801 lines (MUST be <800)')).diagnostics);
    assert.deepEqual(
      [over.code, over.severity, over.message],
      ['effort-oversized', 'error', 'E1.1.1 is estimated at 801 lines, over the 800-line limit: split it.'],
    );
    // Located at the number itself, the part the split fix rewrites, not the whole value with its note.
    const number = find(F, sized('~801 lines (MUST be <800)')[F], '801');
    assert.deepEqual([over.line, over.column, over.endColumn], [number.line, number.column, number.endColumn]);
    const near = only(lint(sized('701 lines')).diagnostics);
    assert.deepEqual(
      [near.code, near.severity, near.message],
      [
        'effort-near-limit',
        'warning',
        'E1.1.1 is estimated at 701 lines, over the 700-line warning threshold (limit 800).',
      ],
    );
    assert.deepEqual(lint(sized('700 lines')).diagnostics, []);
  });

  it('recorded actual lines over a limit are the same finding as an estimate over it, at the estimate', () => {
    const over = only(lint(sized('550→1,081')).diagnostics);
    assert.deepEqual(
      [over.code, over.severity, over.message],
      [
        'effort-oversized',
        'error',
        'E1.1.1 has 1,081 actual lines recorded (estimated at 550), over the 800-line limit.',
      ],
    );
    assert.equal(over.line, 4);
    assert.equal(over.fixes, undefined, 'halving an estimate that is not over would fix nothing');
    const near = only(lint(sized('550→750')).diagnostics);
    assert.deepEqual([near.code, near.severity], ['effort-near-limit', 'warning']);
    assert.match(
      near.message,
      /^E1\.1\.1 has 750 actual lines recorded \(estimated at 550\), over the 700-line warning threshold/,
    );
    assert.deepEqual(lint(sized('550→700')).diagnostics, []);
  });

  it('near the limit on a done effort is a hint: the work is finished, nothing is left to act on', () => {
    const done = (n: string): Texts => ({
      [F]: plan('## Wave 1', effort('E1.1.1', 'A', [`**Estimated Size**: ${n}`, '**Status**: ✅ COMPLETE'])),
    });
    const near = only(lint(done('550→750')).diagnostics);
    assert.deepEqual(
      [near.code, near.severity, near.message],
      [
        'effort-near-limit',
        'hint',
        'E1.1.1 has 750 actual lines recorded (estimated at 550), over the 700-line warning threshold (limit 800). It is marked done.',
      ],
    );
    // Over the hard limit it stays an error (the limit was broken, done or not).
    assert.equal(only(lint(done('550→1081')).diagnostics).severity, 'error');
  });

  it('limits are configurable', () => {
    assert.deepEqual(
      lint(sized('450'), { hard: 400, soft: 300 }).diagnostics.map((d) => d.code),
      ['effort-oversized'],
    );
    assert.deepEqual(
      lint(sized('350'), { hard: 400, soft: 300 }).diagnostics.map((d) => d.code),
      ['effort-near-limit'],
    );
  });

  it('measured sizes from git: error over the hard limit, warning over the soft one, unknown ids ignored', () => {
    const texts = sized('300');
    const ds = lint(
      texts,
      { hard: 800, soft: 700 },
      new Map([
        ['E1.1.1', 1081],
        ['E9.9.9', 5000],
      ]),
    ).diagnostics;
    const d = only(ds);
    assert.deepEqual(
      [d.code, d.severity, d.message, d.line],
      [
        'effort-measured-oversized',
        'error',
        'E1.1.1 measures 1,081 lines on its branch, over the 800-line limit: split it.',
        4,
      ],
    );
    assert.equal(
      only(lint(texts, { hard: 800, soft: 700 }, new Map([['E1.1.1', 750]])).diagnostics).severity,
      'warning',
    );
  });
});

describe('checks: combined plan', () => {
  it('reports every code at once with fixes, and conflicts from two files', () => {
    const P = 'PHASE-1-PLAN.md';
    const W = 'WAVE-1-PLAN.md';
    const texts: Texts = {
      [P]: plan(
        '## Wave 1',
        effort('E1.1.1', 'A', ['**Estimated Size**: 900 lines', '**Dependencies**: E1.1.2']),
        effort('E1.1.2', 'B', ['**Dependencies**: E1.1.1']),
      ),
      [W]: ['# Phase 1', '## Wave 1', effort('E1.1.1', 'A', ['**Estimated Size**: 500 lines'])].join('\n'),
    };
    const codes = lint(texts)
      .diagnostics.map((d) => d.code)
      .sort();
    assert.deepEqual(codes, ['dependency-cycle', 'effort-conflict']);
  });
});
