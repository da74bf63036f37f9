// `A blocks B` written in A's plan (`**Blocks**: B`, `- Blocks: B`, a Blocks column, `blocks: [B]` in a block or a
// state record) reads as B depending on A: in B's dependencies beside its own (no conflict), located where it is
// written for every finding about the edge, with the same unknown-id findings and fixes a dependency list gets.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { dependencyGraph } from '../../../../src/core/analysis/graph';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { effortMarkdown } from '../../../../src/core/views/effortText';
import { locatorFor } from '../../../../src/core/views/locator';
import { applyFix, find, lint, only } from '../../support/builders';

const FILE = '/ws/phase3/wave-plans/PHASE-3-WAVE-IMPLEMENTATION-PLAN.md';
const TEXT = readFileSync(path.resolve(__dirname, '../../../fixtures/conventions/blocks-lists.md'), 'utf8');

describe('Blocks lists: the blocked effort depends on the writer', () => {
  const { project, diagnostics } = lint({ [FILE]: TEXT });
  const effort = (id: string) => project.byId.get(id)!;

  it('reads a bold field, a list item, a YAML and a JSON block and a table column, after the own dependencies', () => {
    assert.deepEqual(effort('E3.2.1').dependsOn, ['E3.1.1', 'E3.2.3']);
    assert.deepEqual(effort('E3.2.2').dependsOn, ['E3.1.2', 'E3.1.1', 'E3.1.3']);
    assert.deepEqual(effort('E3.2.3').dependsOn, ['E3.1.2']);
    assert.deepEqual(effort('E3.2.4').dependsOn, ['E3.2.3']);
    assert.deepEqual(effort('E3.1.1').dependsOn, []);
    // A union, never a conflict: E3.2.2 lists E3.1.2 only, E3.2.1 says None, and nothing says the lists disagree.
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'effort-conflict' || d.code === 'dependency-cycle'),
      [],
    );
  });

  it("says where each added dependency is written: the Blocks reference in the blocker's plan", () => {
    assert.deepEqual(effort('E3.2.2').blockedBy, {
      'E3.1.1': find(FILE, TEXT, 'E3.2.2', 0),
      'E3.1.3': find(FILE, TEXT, 'E3.2.2', 1),
    });
    // E3.2.4 writes its dependency on E3.2.3 itself (the table): nothing is added, nothing to say.
    assert.equal(effort('E3.2.4').blockedBy, undefined);
    const hover = effortMarkdown(effort('E3.2.3'), project, DEFAULT_LIMITS, [], '/ws');
    assert.match(hover, /Depends on: E3\.1\.2 {2}\n/);
    assert.match(hover, /PHASE-3-WAVE-IMPLEMENTATION-PLAN\.md, lines .*20 \(blocked by E3\.1\.2\)/);
  });

  it('puts the edge in the dependency graph the schedule, critical path and checks read', () => {
    const graph = dependencyGraph(project);
    const deps = (id: string) => graph.deps[graph.index.get(id)!].map((n) => graph.ids[n]);
    assert.deepEqual(deps('E3.2.1'), ['E3.1.1', 'E3.2.3']);
  });

  it('reads nothing from phase- and wave-level Blocks lines, and reports nothing about them', () => {
    const phaseLine = TEXT.split('\n').findIndex((l) => l.includes('Phase 4 (reports')) + 1;
    const waveLine = TEXT.split('\n').indexOf('**Blocks**: Wave 2') + 1;
    assert.deepEqual(
      diagnostics.filter((d) => d.line === phaseLine || d.line === waveLine),
      [],
    );
    for (const e of project.efforts) assert.deepEqual(e.externalDependsOn, [], e.id);
    // Nor does the first wave's `**Blocks**: Wave 2` block its efforts: they have none but what their lists write.
    assert.deepEqual(
      project.efforts.filter((e) => e.wave === 2 && e.blockedBy).map((e) => Object.keys(e.blockedBy!)),
      [['E3.1.1', 'E3.2.3'], ['E3.1.1', 'E3.1.3'], ['E3.1.2']],
    );
  });

  it('goes to the blocked effort from its id in a Blocks list, as from a dependency list', () => {
    const at = find(FILE, TEXT, 'E3.2.3 (pdf renderer)');
    const hit = locatorFor(project).at(FILE, at.line, at.column + 2)!;
    assert.equal(hit.id, 'E3.2.3');
    assert.equal(hit.role, 'reference');
  });
});

describe('Blocks lists: findings about the edges they write', () => {
  it('an id that names no effort is an unknown dependency at the Blocks reference, with did-you-mean and a fix', () => {
    const texts = { [FILE]: TEXT };
    const { diagnostics } = lint(texts);
    const d = only(diagnostics.filter((x) => x.code === 'unknown-dependency'));
    assert.deepEqual(
      { ...d, fixes: undefined },
      {
        ...find(FILE, TEXT, 'E3.2.9'),
        code: 'unknown-dependency',
        severity: 'error',
        message: 'E3.1.2 blocks E3.2.9, which is not an effort of this plan. Did you mean E3.2.1, E3.2.2 or E3.2.4?',
        efforts: ['E3.1.2'],
        edges: [['E3.1.2', 'E3.2.9']],
        fixes: undefined,
      },
    );
    const change = d.fixes!.find((f) => f.title.startsWith('Change E3.2.9 to E3.2.4'))!;
    const fixed = lint(applyFix(texts, change));
    assert.ok(!fixed.diagnostics.some((x) => x.code === 'unknown-dependency'));
    assert.deepEqual(fixed.project.byId.get('E3.2.4')!.dependsOn, ['E3.2.3', 'E3.1.2']);
    const remove = d.fixes!.find((f) => f.title === 'Remove E3.2.9 from Blocks of E3.1.2')!;
    assert.match(applyFix(texts, remove)[FILE], /^- Blocks: E3\.2\.3 \(pdf renderer\)$/m);
  });

  it('an id of a wave no plan here lists is undeclared, a hint, at the Blocks cell', () => {
    const d = only(lint({ [FILE]: TEXT }).diagnostics.filter((x) => x.code === 'undeclared-effort'));
    assert.deepEqual(
      [d.line, d.column, d.severity],
      [find(FILE, TEXT, 'E3.3.1').line, find(FILE, TEXT, 'E3.3.1').column, 'hint'],
    );
    assert.equal(
      d.message,
      'E3.2.4 blocks E3.3.1, which is not declared in this workspace (no plan here lists the efforts of wave 3.3).',
    );
  });

  const cyclic = [
    '# Phase 1',
    '## Wave 1',
    '### E1.1.1: Parser',
    '**Dependencies**: E1.1.2',
    '**Blocks**: E1.1.2',
    '### E1.1.2: Lexer',
    '**Estimated Lines**: 200',
    '## Wave 2',
    '### E1.2.1: Printer',
    '**Blocks**: E1.1.1',
    '',
  ].join('\n');
  const C = '/ws/PHASE-1-PLAN.md';

  it('a cycle made through a Blocks edge names the Blocks reference, and a fix removes that reference', () => {
    const texts = { [C]: cyclic };
    const cycle = only(lint(texts).diagnostics.filter((d) => d.code === 'dependency-cycle'));
    const viaBlocks = only(cycle.related!.filter((r) => r.message === 'E1.1.2 depends on E1.1.1'));
    assert.deepEqual(
      [viaBlocks.span.line, viaBlocks.span.column, viaBlocks.span.endColumn],
      [5, 13, 19],
      'at `E1.1.2` of `**Blocks**: E1.1.2`',
    );
    const fix = cycle.fixes!.find((f) => f.title === 'Remove E1.1.1 from the dependencies of E1.1.2')!;
    const fixed = applyFix(texts, fix);
    assert.match(fixed[C], /^\*\*Blocks\*\*: None$/m);
    assert.ok(!lint(fixed).diagnostics.some((d) => d.code === 'dependency-cycle'));
  });

  it('a Blocks list naming an earlier wave is a wave-order error at that reference', () => {
    const d = only(lint({ [C]: cyclic }).diagnostics.filter((x) => x.code === 'wave-order'));
    assert.deepEqual([d.line, d.column], [10, 13]);
    assert.match(d.message, /^E1\.1\.1 depends on E1\.2\.1 \(E1\.2\.1 blocks it\), which is in wave 2/);
  });
});

describe('Blocks lists under a heading or a key', () => {
  it('reads `## Blocks` over a list in an effort plan, and the list below an empty `**Blocks**:`', () => {
    const phase = [
      '# Phase 1',
      '## Wave 1',
      '### E1.1.4: Cache',
      '### E1.1.5: Store',
      '**Blocks**:',
      '- E1.2.2 (renderer)',
      '## Wave 2',
      '### E1.2.1: Parser',
      '### E1.2.2: Renderer',
      '',
    ].join('\n');
    const effortPlan = ['# E1.1.4: Cache', '', '## Blocks', '- E1.2.1 (parser)', ''].join('\n');
    const E = '/ws/efforts/phase1/wave1/E1.1.4-cache/IMPLEMENTATION-PLAN-20250101-120000.md';
    const { project, diagnostics } = lint({ '/ws/PHASE-1-PLAN.md': phase, [E]: effortPlan });
    assert.deepEqual(project.byId.get('E1.2.1')!.dependsOn, ['E1.1.4']);
    assert.deepEqual(project.byId.get('E1.2.1')!.blockedBy, { 'E1.1.4': find(E, effortPlan, 'E1.2.1 (parser)') });
    assert.deepEqual(project.byId.get('E1.2.2')!.dependsOn, ['E1.1.5']);
    assert.deepEqual(diagnostics, []);
  });
});

describe('Blocks lists in list items with their fields after the name', () => {
  it('reads `· blocks E2.2.1` and `— blocks E2.2.2`; `blocks` before words that name no effort is no list', () => {
    const text = [
      '# Phase 2',
      '## Wave 1',
      '1. **E2.1.1 — report-engine** · ~560 lines · blocks E2.2.1',
      '2. **E2.1.2 — exporter** · ~300 lines · blocked',
      '3. **E2.1.3 — cache** · ~100 lines · blocks of memory',
      '## Wave 2',
      '- [ ] **E2.2.1** Renderer — est. 300 lines — blocks E2.2.2',
      '- [ ] **E2.2.2** Printer — est. 200 lines',
      '',
    ].join('\n');
    const F = '/ws/PHASE-2-PLAN.md';
    const { project, diagnostics } = lint({ [F]: text });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.name, e.status, e.dependsOn]),
      [
        ['E2.1.1', 'report-engine', 'planned', []],
        ['E2.1.2', 'exporter', 'blocked', []],
        ['E2.1.3', 'cache', 'planned', []],
        ['E2.2.1', 'Renderer', 'planned', ['E2.1.1']],
        ['E2.2.2', 'Printer', 'planned', ['E2.2.1']],
      ],
    );
    assert.deepEqual(project.byId.get('E2.2.2')!.blockedBy, { 'E2.2.1': find(F, text, 'E2.2.2', 0) });
    assert.deepEqual(diagnostics, []);
  });
});

describe('Blocks lists that name efforts by name', () => {
  it('resolve a name several efforts carry to the one of a later wave (a dependent), not an earlier one', () => {
    const text = [
      '# Phase 1',
      '## Wave 1',
      '### E1.1.1: Report viewer core',
      '### E1.1.2: Storage',
      '**Blocks**: Report viewer',
      '## Wave 2',
      '### E1.2.1: Report viewer',
      '',
    ].join('\n');
    const { project, diagnostics } = lint({ '/ws/PHASE-1-PLAN.md': text });
    assert.deepEqual(project.byId.get('E1.2.1')!.dependsOn, ['E1.1.2']);
    assert.deepEqual(diagnostics, []);
  });
});

describe('Blocks lists in state files', () => {
  it('`blocks: [...]` in a state record adds the edge like a plan does', () => {
    const plan = ['# Phase 1', '## Wave 1', '### E1.1.1: Core', '## Wave 2', '### E1.2.1: Edge', ''].join('\n');
    const state = JSON.stringify(
      { efforts: [{ effort_id: 'E1.1.1', status: 'in_progress', blocks: ['E1.2.1'] }] },
      null,
      2,
    );
    const { project } = lint({ '/ws/PHASE-1-PLAN.md': plan, '/ws/orchestrator-state.json': state });
    assert.deepEqual(project.byId.get('E1.2.1')!.dependsOn, ['E1.1.1']);
    assert.equal(project.byId.get('E1.2.1')!.blockedBy!['E1.1.1'].file, '/ws/orchestrator-state.json');
  });
});

describe('Blocks lists: did-you-mean', () => {
  it('never offers an effort the writer depends on (that correction would be a cycle)', () => {
    const plan = [
      '# Wave 2.1 Plan',
      '',
      '### E2.1.1: schema',
      '### E2.1.2: api',
      '### E2.1.3: ui',
      '**Depends on**: E2.1.1, E2.1.2',
      '- Blocks: E2.1.9',
      '### E2.1.4: docs',
      '',
    ].join('\n');
    const { diagnostics } = lint({ '/ws/WAVE-2.1-PLAN.md': plan });
    assert.deepEqual(
      diagnostics.map((d) => d.message),
      ['E2.1.3 blocks E2.1.9, which is not an effort of this plan. Did you mean E2.1.4 (docs)?'],
    );
  });
});
