// The markdown plan reader against one invented pet-shop fixture per convention, with exact facts and spans.
// Expected spans are found in the fixture text itself (`loc(line, 'text')`), never copied from the reader's output.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import type {
  DependencyRef,
  EffortFact,
  FactKind,
  FileReadResult,
  PlanFileKind,
  Span,
} from '../../../../../src/core/model/model';
import { readMarkdownPlan } from '../../../../../src/core/readers/markdown/reader';
import { classifyPlanFile, isFixPlan } from '../../../../../src/core/files/classify';
import { lint } from '../../../support/builders';

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/conventions');

interface Read {
  r: FileReadResult;
  file: string;
  lines: string[];
}

function read(name: string, file: string, kind: PlanFileKind): Read {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8');
  return { r: readMarkdownPlan(file, text, kind), file, lines: text.split('\n') };
}

/** Span of the nth occurrence of `needle` on a 1-based fixture line. */
function loc(c: Read, line: number, needle: string, nth = 1): Span {
  const text = c.lines[line - 1];
  let idx = -1;
  for (let i = 0; i < nth; i++) idx = text.indexOf(needle, idx + 1);
  assert.ok(idx >= 0, `fixture line ${line} should contain ${needle}: ${text}`);
  return { file: c.file, line, column: idx + 1, endLine: line, endColumn: idx + 1 + needle.length };
}

function fact(c: Read, id: string, kind: FactKind): EffortFact {
  const found = c.r.efforts.filter((f) => f.id === id && f.kind === kind);
  assert.equal(found.length, 1, `one ${kind} fact for ${id}, got ${found.length}`);
  return found[0];
}

function ref(id: string, raw: string, external: boolean, span: Span): DependencyRef {
  return { id, raw, external, span };
}

function ids(c: Read): string[] {
  return c.r.efforts.map((f) => `${f.id}:${f.kind}`);
}

describe('markdown reader: effort headings and bold metadata', () => {
  const file = '/ws/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md';
  const c = read('phase-plan-headings.md', file, 'phase-plan');

  it('finds the declared efforts, not the ones in code blocks, and reads no effort from wave-level metadata', () => {
    assert.deepEqual(ids(c), [
      'E2.1.1:metadata',
      'E2.1.2:metadata',
      'E2.2.1:metadata',
      'E2.2.3:metadata',
      'E2.2.4:metadata',
    ]);
    assert.deepEqual(c.r.diagnostics, []);
  });

  it('reads every field of a G1 bold block with the exact span of each value', () => {
    const idSpan = loc(c, 11, 'E2.1.1');
    assert.deepEqual(fact(c, 'E2.1.1', 'metadata'), {
      id: 'E2.1.1',
      kind: 'metadata',
      span: loc(c, 11, 'E2.1.1: pet-model'),
      name: { value: 'pet-model', span: loc(c, 11, 'pet-model') },
      phase: { value: 2, span: idSpan },
      wave: { value: 1, span: idSpan },
      branch: { value: 'petshop/phase2/wave1/pet-model', span: loc(c, 12, 'petshop/phase2/wave1/pet-model') },
      canParallelize: { value: true, span: loc(c, 13, 'Yes') },
      parallelWith: { span: loc(c, 14, '[E2.1.2]'), refs: [ref('E2.1.2', 'E2.1.2', false, loc(c, 14, 'E2.1.2'))] },
      estimatedLines: { value: 380, span: loc(c, 15, '380') },
      dependsOn: { span: loc(c, 16, 'None (can start immediately)'), refs: [] },
      directory: { value: 'efforts/phase2/wave1/pet-model/', span: loc(c, 17, 'efforts/phase2/wave1/pet-model/') },
    });
  });

  it('reads upper-case keys in bullets, FALSE, notes after ids and prose dependencies', () => {
    const f = fact(c, 'E2.1.2', 'metadata');
    assert.deepEqual(f.branch, {
      value: 'petshop/phase2/wave1/search-index',
      span: loc(c, 25, 'petshop/phase2/wave1/search-index'),
    });
    assert.deepEqual(f.baseBranch, {
      value: 'petshop/phase2/wave1-integration',
      span: loc(c, 26, 'petshop/phase2/wave1-integration'),
    });
    assert.deepEqual(f.canParallelize, { value: false, span: loc(c, 27, 'FALSE') });
    assert.deepEqual(f.parallelWith?.refs, [
      ref('E2.1.1', 'E2.1.1 (Pet Model)', false, loc(c, 28, 'E2.1.1 (Pet Model)')),
    ]);
    assert.deepEqual(f.estimatedLines, { value: 150, span: loc(c, 29, '150') });
    assert.deepEqual(f.dependsOn?.refs, [
      ref('Phase 1 Wave 2 completion', 'Phase 1 Wave 2 completion', true, loc(c, 30, 'Phase 1 Wave 2 completion')),
    ]);
  });

  it('splits estimate→actual, keeps a ref per listed effort and reads status cells', () => {
    const f = fact(c, 'E2.2.1', 'metadata');
    assert.deepEqual(f.estimatedLines, { value: 750, span: loc(c, 35, '750') });
    assert.deepEqual(f.actualLines, { value: 812, span: loc(c, 35, '812') });
    assert.deepEqual(f.dependsOn, {
      span: loc(c, 36, 'E2.1.1 (Pet model), E2.1.2'),
      refs: [
        ref('E2.1.1', 'E2.1.1 (Pet model)', false, loc(c, 36, 'E2.1.1 (Pet model)')),
        ref('E2.1.2', 'E2.1.2', false, loc(c, 36, 'E2.1.2')),
      ],
    });
    assert.deepEqual(f.status, { value: 'done', span: loc(c, 37, '✅ Complete (Split)') });
  });

  it('numbers `Effort 3: …` within the wave it sits in, and `Efforts 1` likewise', () => {
    const f = fact(c, 'E2.2.3', 'metadata');
    assert.deepEqual(f.name, { value: 'Gift Cards', span: loc(c, 39, 'Gift Cards') });
    assert.deepEqual(f.wave, { value: 2, span: loc(c, 39, '3') });
    assert.deepEqual(f.estimatedLines, { value: 420, span: loc(c, 40, '420') });
    assert.deepEqual(f.dependsOn?.refs, [ref('E2.2.1', 'Efforts 1', false, loc(c, 41, 'Efforts 1'))]);
  });

  it('reads `## 📦 Effort …` with its `### Metadata` subsection, `**Key:**` bold style and ids inside a note', () => {
    const f = fact(c, 'E2.2.4', 'metadata');
    assert.deepEqual(f.name, { value: 'Payment Gateway', span: loc(c, 43, 'Payment Gateway') });
    assert.deepEqual(f.branch, {
      value: 'petshop/phase2/wave2/payments',
      span: loc(c, 46, 'petshop/phase2/wave2/payments'),
    });
    assert.deepEqual(f.dependsOn?.refs, [
      ref('E2.1.1', '2.1.1', false, loc(c, 47, '2.1.1')),
      ref('E2.1.2', '2.1.2', false, loc(c, 47, '2.1.2')),
    ]);
  });

  it('declares the phase and its waves with names and spans', () => {
    assert.deepEqual(c.r.phases, [
      { phase: 2, name: 'Pet Catalog', span: loc(c, 1, 'Phase 2: Pet Catalog Implementation Plan') },
    ]);
    assert.deepEqual(c.r.waves, [
      { phase: 2, wave: 1, name: 'Core Catalog', span: loc(c, 6, '🌊 Wave 1: Core Catalog') },
      { phase: 2, wave: 2, name: 'Checkout', span: loc(c, 32, 'Wave 2: Checkout') },
    ]);
  });
});

describe('markdown reader: efforts declared by an `**Effort**:` line', () => {
  const c = read('metadata-declared.md', '/ws/phase-08-wave-implementation-plan.md', 'wave-plan');

  it('makes the section of an `Agent` heading the effort its `**Effort**: 8.1.2 - …` line names', () => {
    assert.deepEqual(ids(c), ['E8.1.1:metadata', 'E8.1.2:metadata', 'E8.1.3:bullet', 'E8.1.4:bullet']);
    const idSpan = loc(c, 10, '8.1.2');
    assert.deepEqual(fact(c, 'E8.1.2', 'metadata'), {
      id: 'E8.1.2',
      kind: 'metadata',
      span: idSpan,
      name: { value: 'Firmware Updates', span: loc(c, 10, 'Firmware Updates') },
      branch: { value: 'feature/petshop/p8w1-firmware', span: loc(c, 9, 'feature/petshop/p8w1-firmware') },
      estimatedLines: { value: 450, span: loc(c, 11, '450') },
      dependsOn: { span: loc(c, 12, 'Wave 1 (8.1.1)'), refs: [ref('E8.1.1', '8.1.1', false, loc(c, 12, '8.1.1'))] },
      phase: { value: 8, span: idSpan },
      wave: { value: 1, span: idSpan },
    });
  });

  it('reads such a line above the first heading as an effort of the lines before that heading', () => {
    const f = fact(c, 'E8.1.1', 'metadata');
    assert.deepEqual(f.name, { value: 'Kennel Sensors', span: loc(c, 1, 'Kennel Sensors') });
    assert.deepEqual(f.branch, {
      value: 'feature/petshop/p8w1-sensors',
      span: loc(c, 2, 'feature/petshop/p8w1-sensors'),
    });
  });

  it('reads `- 8.1.3 - Name (~300 lines)` bullets as declarations, and gives no effort to a section without an id', () => {
    const f = fact(c, 'E8.1.3', 'bullet');
    assert.deepEqual(f.name, { value: 'Kennel Dashboard', span: loc(c, 22, 'Kennel Dashboard') });
    assert.deepEqual(f.estimatedLines, { value: 300, span: loc(c, 22, '300') });
    assert.ok(!c.r.efforts.some((x) => x.branch?.value === 'feature/petshop/p8w1-dashboard'));
  });
});

describe('markdown reader: mermaid graphs', () => {
  const c = read('mermaid-graph.md', '/ws/phase3/phase-03-wave-implementation-plan.md', 'wave-plan');

  it('makes efforts of labelled and shaped nodes only, never of external nodes', () => {
    assert.deepEqual(ids(c), [
      'E3.1.1:mermaid',
      'E3.1.2:mermaid',
      'E3.2.1:mermaid',
      'E3.2.2:mermaid',
      'E3.4.1:mermaid',
    ]);
  });

  it('reads names and sizes from labels, with spans inside the label', () => {
    const f = fact(c, 'E3.1.1', 'mermaid');
    assert.deepEqual(f.span, loc(c, 9, '3.1.1: Grooming Slots<br/>420 lines'));
    assert.deepEqual(f.name, { value: 'Grooming Slots', span: loc(c, 9, 'Grooming Slots') });
    assert.deepEqual(f.estimatedLines, { value: 420, span: loc(c, 9, '420') });
  });

  it('turns edges into dependencies (A --> B: B depends on A), with `&`, `---` and externals; a dotted `-.->|soft|` is none', () => {
    const deps = (id: string) => fact(c, id, 'mermaid').dependsOn?.refs;
    assert.deepEqual(deps('E3.1.1'), [ref('Phase 2 Pet Catalog', 'P0', true, loc(c, 14, 'P0'))]);
    assert.equal(fact(c, 'E3.1.2', 'mermaid').dependsOn, undefined);
    assert.deepEqual(deps('E3.2.1'), [
      ref('E3.1.1', 'W1E1', false, loc(c, 15, 'W1E1')),
      ref('E3.1.2', 'W1E2', false, loc(c, 15, 'W1E2')),
    ]);
    assert.deepEqual(deps('E3.2.2'), [ref('E3.2.1', 'W2E1', false, loc(c, 17, 'W2E1'))]);
    // Second graph: W2E2 keeps the meaning the first graph gave it; `~~~` (invisible) is no dependency.
    assert.deepEqual(deps('E3.4.1'), [
      ref('E3.2.2', 'W2E2', false, loc(c, 31, 'W2E2')),
      ref('E3.2.1', 'W2E1', false, loc(c, 32, 'W2E1')),
    ]);
    assert.deepEqual(fact(c, 'E3.2.1', 'mermaid').dependsOn?.span, {
      file: c.file,
      line: 15,
      column: 5,
      endLine: 15,
      endColumn: c.lines[14].length + 1,
    });
  });

  it('takes phase and wave from a `pPwW-` branch label and names a wave from a subgraph', () => {
    const f = fact(c, 'E3.4.1', 'mermaid');
    assert.deepEqual(f.name, { value: 'Points Ledger', span: loc(c, 29, 'Points Ledger') });
    assert.deepEqual(f.estimatedLines, { value: 300, span: loc(c, 29, '300') });
    assert.deepEqual(c.r.waves, [{ phase: 3, wave: 4, name: 'Loyalty', span: loc(c, 28, 'Wave 4: Loyalty') }]);
  });
});

describe('markdown reader: tables', () => {
  const c = read('tables.md', '/ws/phase-06-wave-implementation-plan.md', 'wave-plan');

  it('maps rows to efforts only through ids or names the file pairs with ids', () => {
    assert.deepEqual(
      c.r.efforts.filter((f) => f.kind === 'table').map((f) => f.id),
      ['E6.1.1', 'E6.1.2', 'E6.2.1', 'E6.2.2'],
    );
  });

  it('reads a wave summary row (ids and ranges, nothing wave-level) ', () => {
    const f = fact(c, 'E6.2.2', 'table');
    assert.deepEqual(f.phase, { value: 6, span: loc(c, 18, '6.2.1') });
    assert.equal(f.dependsOn, undefined);
    // The merge table gives its branch, whose name carries the id.
    assert.deepEqual(f.branch, {
      value: 'petshop/phase-6-wave-2-effort-E6.2.2-gift-wrap',
      span: loc(c, 41, 'petshop/phase-6-wave-2-effort-E6.2.2-gift-wrap'),
    });
  });

  it('reads a dependency matrix and an agent table keyed by branch names from the graph', () => {
    const cart = fact(c, 'E6.1.1', 'table');
    assert.deepEqual(cart.branch, { value: 'p6w1-cart-api', span: loc(c, 24, 'p6w1-cart-api') });
    assert.deepEqual(cart.dependsOn?.refs, [ref('Phase 5 APIs', 'Phase 5 APIs', true, loc(c, 24, 'Phase 5 APIs'))]);
    assert.deepEqual(cart.parallelWith?.refs, [ref('E6.1.2', 'W6E2', false, loc(c, 24, 'W6E2'))]);
    assert.deepEqual(cart.estimatedLines, { value: 500, span: loc(c, 33, '500') });
    assert.deepEqual(cart.actualLines, { value: 1081, span: loc(c, 33, '1,081') });
    assert.deepEqual(cart.status, { value: 'done', span: loc(c, 33, '✅ Complete (Split)') });

    const wish = fact(c, 'E6.1.2', 'table');
    assert.deepEqual(wish.dependsOn, { span: loc(c, 25, '-', 2), refs: [] }, 'a dash is "no dependencies"');
    assert.deepEqual(wish.parallelWith?.refs, [
      ref('E6.1.1', 'W6E1 (after review)', false, loc(c, 25, 'W6E1 (after review)')),
    ]);
    assert.deepEqual(wish.estimatedLines, { value: 300, span: loc(c, 35, '300') });
    assert.deepEqual(wish.status, { value: 'in-progress', span: loc(c, 35, '🔄 In Progress') });

    const checkout = fact(c, 'E6.2.1', 'table');
    assert.deepEqual(checkout.dependsOn?.refs, [
      ref('E6.1.1', 'W6E1', false, loc(c, 26, 'W6E1')),
      ref('E6.1.1', 'Cart API', false, loc(c, 26, 'Cart API')),
    ]);
    assert.deepEqual(checkout.parallelWith?.refs, [
      ref('All except dependencies', 'All except dependencies', true, loc(c, 26, 'All except dependencies')),
    ]);
  });

  it('reads a Branch cell that starts with a bare effort id as the row’s effort, not as a git branch named 7.2.1', () => {
    const m = read('matrix-ids.md', '/ws/phase-07-wave-implementation-plan.md', 'wave-plan');
    const picker = fact(m, 'E7.2.1', 'table');
    assert.equal(picker.branch, undefined);
    assert.deepEqual(
      picker.dependsOn?.refs.map((r) => r.id),
      ['E7.1.1'],
    );
    // A branch whose name carries the id is still a branch.
    assert.deepEqual(fact(m, 'E7.2.2', 'table').branch, {
      value: 'E7.2.2-crate-counter',
      span: loc(m, 10, 'E7.2.2-crate-counter'),
    });
  });

  it('maps `Agent N` on a `pPwW-` branch to effort P.W.N when size or name agree', () => {
    const a = read('agent-tables.md', '/ws/phase-07-wave-implementation-plan.md', 'wave-plan');
    assert.deepEqual(
      a.r.efforts.filter((f) => f.kind === 'table').map((f) => [f.id, f.branch?.value]),
      [
        ['E7.1.1', 'feature/petshop/p7w1-adoption-forms'],
        ['E7.1.2', 'feature/petshop/p7w1-shelter-sync'],
      ],
    );
    assert.deepEqual(fact(a, 'E7.1.2', 'table').dependsOn?.refs, [
      ref('E7.1.1', 'Adoption Forms', false, loc(a, 14, 'Adoption Forms')),
    ]);
  });
});

describe('markdown reader: R213 JSON and YAML blocks', () => {
  const c = read('r213-blocks.md', '/ws/planning/phase4/wave2/WAVE-IMPLEMENTATION-PLAN.md', 'wave-plan');

  it('reads a JSON block with a span for every value', () => {
    const idSpan = loc(c, 13, '4.2.1');
    assert.deepEqual(fact(c, 'E4.2.1', 'json-block'), {
      id: 'E4.2.1',
      kind: 'json-block',
      span: idSpan,
      name: { value: 'Appointment Calendar', span: loc(c, 14, 'Appointment Calendar') },
      branch: {
        value: 'petshop/phase4/wave2/effort-4.2.1-calendar',
        span: loc(c, 15, 'petshop/phase4/wave2/effort-4.2.1-calendar'),
      },
      baseBranch: { value: 'petshop/phase4-wave1-integration', span: loc(c, 16, 'petshop/phase4-wave1-integration') },
      dependsOn: {
        span: loc(c, 18, '["integration:phase4-wave1", "effort:4.1.3"]'),
        refs: [
          ref('integration:phase4-wave1', 'integration:phase4-wave1', true, loc(c, 18, 'integration:phase4-wave1')),
          ref('E4.1.3', 'effort:4.1.3', false, loc(c, 18, 'effort:4.1.3')),
        ],
      },
      estimatedLines: { value: 420, span: loc(c, 19, '420') },
      canParallelize: { value: true, span: loc(c, 20, 'true') },
      parallelWith: { span: loc(c, 21, '["4.2.2"]'), refs: [ref('E4.2.2', '4.2.2', false, loc(c, 21, '4.2.2'))] },
      phase: { value: 4, span: idSpan },
      wave: { value: 2, span: idSpan },
    });
  });

  it('keeps the heading fact beside the block, with a list under `**Upstream Dependencies**:` as its dependencies', () => {
    const f = fact(c, 'E4.2.1', 'metadata');
    assert.deepEqual(f.dependsOn, {
      span: { file: c.file, line: 26, column: 3, endLine: 27, endColumn: c.lines[26].length + 1 },
      refs: [
        ref(
          'Wave 4.1 complete',
          'Wave 4.1 complete (Vet Registry, Clinic Hours)',
          true,
          loc(c, 26, 'Wave 4.1 complete (Vet Registry, Clinic Hours)'),
        ),
        ref('E4.1.3', 'Effort 4.1.3 (clinic hours API)', false, loc(c, 27, 'Effort 4.1.3 (clinic hours API)')),
      ],
      // A list under a key is prose: the R213 block's own `depends_on` outranks it at merge.
      prose: true,
    });
  });

  it('reports a YAML block that does not parse at its error line, then salvages its keys', () => {
    assert.equal(c.r.diagnostics.length, 1);
    const d = c.r.diagnostics[0];
    assert.equal(d.code, 'metadata-invalid');
    assert.equal(d.severity, 'warning');
    assert.deepEqual([d.line, d.column, d.endLine, d.endColumn], [38, 3, 38, c.lines[37].length + 1]);
    assert.deepEqual(d.efforts, ['E4.2.2']);
    const f = fact(c, 'E4.2.2', 'yaml-block');
    assert.deepEqual(f.name, { value: 'sms-reminders', span: loc(c, 33, 'sms-reminders') });
    assert.deepEqual(f.estimatedLines, { value: 310, span: loc(c, 34, '310') });
    assert.deepEqual(f.dependsOn?.refs, [ref('E4.2.1', 'E4.2.1', false, loc(c, 36, 'E4.2.1'))]);
    assert.deepEqual(f.canParallelize, { value: false, span: loc(c, 41, 'No') });
    assert.deepEqual(f.branch, {
      value: 'petshop/phase4/wave2/effort-4.2.2-sms',
      span: loc(c, 40, 'petshop/phase4/wave2/effort-4.2.2-sms'),
    });
  });

  it('gives a block without effort_id to the effort whose section holds it, and ignores example payloads', () => {
    const f = fact(c, 'E4.2.3', 'yaml-block');
    assert.deepEqual(f.estimatedLines, { value: 275, span: loc(c, 48, '275') });
    assert.deepEqual(f.dependsOn, { span: loc(c, 49, '[]'), refs: [] });
    assert.deepEqual(f.branch, {
      value: 'petshop/phase4/wave2/effort-4.2.3-display',
      span: loc(c, 50, 'petshop/phase4/wave2/effort-4.2.3-display'),
    });
    assert.deepEqual(ids(c), [
      'E4.2.1:metadata',
      'E4.2.1:json-block',
      'E4.2.2:heading',
      'E4.2.2:yaml-block',
      'E4.2.3:heading',
      'E4.2.3:yaml-block',
    ]);
    assert.deepEqual(c.r.waves, [
      {
        phase: 4,
        wave: 2,
        name: 'Vet Appointments',
        span: loc(c, 1, 'Wave 4.2 Implementation Plan - Vet Appointments'),
      },
    ]);
  });
});

describe('markdown reader: effort plans', () => {
  it('reads front matter and an infrastructure block as facts of the plan effort, tables as mentions only', () => {
    const file = '/ws/.software-factory/phase1/wave3/E1.3.2-invoice-pdf/IMPLEMENTATION-PLAN--20251201-101010.md';
    const c = read('effort-plan-front-matter.md', file, 'effort-plan');
    assert.equal(c.r.timestamp, '20251201101010');
    assert.deepEqual(ids(c), ['E1.3.2:front-matter', 'E1.3.2:metadata']);
    const fm = fact(c, 'E1.3.2', 'front-matter');
    assert.deepEqual(fm.estimatedLines, { value: 240, span: loc(c, 3, '240') });
    assert.deepEqual(fm.dependsOn, {
      span: loc(c, 4, '[E1.3.1]'),
      refs: [ref('E1.3.1', 'E1.3.1', false, loc(c, 4, 'E1.3.1'))],
    });
    const m = fact(c, 'E1.3.2', 'metadata');
    assert.deepEqual(m.span, loc(c, 8, 'EFFORT PLAN - E1.3.2 Invoice PDF'));
    assert.deepEqual(m.name, { value: 'invoice-pdf', span: loc(c, 13, 'invoice-pdf') });
    assert.deepEqual(m.phase, { value: 1, span: loc(c, 8, 'E1.3.2') });
    assert.deepEqual(m.wave, { value: 3, span: loc(c, 8, 'E1.3.2') });
    assert.deepEqual(m.branch, {
      value: 'petshop/phase-1-wave-3-effort-E1.3.2-invoice-pdf',
      span: loc(c, 14, 'petshop/phase-1-wave-3-effort-E1.3.2-invoice-pdf'),
    });
    assert.deepEqual(m.baseBranch, {
      value: 'petshop/phase-1-wave-3-integration',
      span: loc(c, 15, 'petshop/phase-1-wave-3-integration'),
    });
    assert.deepEqual(m.directory, {
      value: '/workspaces/petshop/efforts/phase1/wave3/E1.3.2-invoice-pdf',
      span: loc(c, 16, '/workspaces/petshop/efforts/phase1/wave3/E1.3.2-invoice-pdf'),
    });
    assert.deepEqual(m.status, { value: 'in-progress', span: loc(c, 17, 'In Progress') });
    assert.deepEqual(m.dependsOn?.refs, [
      ref('E1.3.1', 'E1.3.1 (invoice templates)', false, loc(c, 31, 'E1.3.1 (invoice templates)')),
    ]);
  });

  it('names an effort without a number after its folder, and reads the efforts it lists as numbered bullets', () => {
    const file = '/ws/.software-factory/phase4/wave1/vet-onboarding/IMPLEMENTATION-PLAN-20250101-000000.md';
    const c = read('effort-plan-slug.md', file, 'effort-plan');
    assert.deepEqual(ids(c), ['vet-onboarding:metadata', 'E4.1.2:bullet', 'E4.1.3:bullet']);
    assert.deepEqual(fact(c, 'vet-onboarding', 'metadata'), {
      id: 'vet-onboarding',
      kind: 'metadata',
      span: loc(c, 4, 'vet-onboarding'),
      name: { value: 'vet-onboarding', span: loc(c, 4, 'vet-onboarding') },
      branch: { value: 'petshop/phase4/wave1/vet-onboarding', span: loc(c, 5, 'petshop/phase4/wave1/vet-onboarding') },
      canParallelize: { value: false, span: loc(c, 6, 'No') },
      parallelWith: { span: loc(c, 7, 'None'), refs: [] },
      estimatedLines: { value: 120, span: loc(c, 8, '120') },
      dependsOn: {
        span: loc(c, 9, 'Phase 3 Wave 2 completion'),
        refs: [
          ref('Phase 3 Wave 2 completion', 'Phase 3 Wave 2 completion', true, loc(c, 9, 'Phase 3 Wave 2 completion')),
        ],
      },
      phase: { value: 4, span: loc(c, 1, '4') },
      wave: { value: 1, span: loc(c, 1, '1') },
    });
    const first = fact(c, 'E4.1.2', 'bullet');
    assert.deepEqual(first.name, { value: 'Vet Profiles', span: loc(c, 17, 'Vet Profiles') });
    assert.deepEqual(first.estimatedLines, { value: 200, span: loc(c, 17, '200') });
    assert.deepEqual(first.dependsOn?.refs, [
      ref('Wave 3.2 completion', 'Wave 3.2 completion', true, loc(c, 19, 'Wave 3.2 completion')),
    ]);
    assert.deepEqual(first.canParallelize, { value: false, span: loc(c, 20, 'No') });
    const second = fact(c, 'E4.1.3', 'bullet');
    assert.deepEqual(second.dependsOn?.refs, [ref('E4.1.2', 'Effort 4.1.2', false, loc(c, 23, 'Effort 4.1.2'))]);
    assert.deepEqual(second.canParallelize, { value: true, span: loc(c, 24, 'Yes') });
  });

  it('reads the earliest effort plan: `# Effort E1.1.5 …` and `- Key: value` bullets', () => {
    const c = read('earliest-effort-plan.md', '/ws/EFFORT-IMPLEMENTATION-PLAN-2025-08-21.md', 'effort-plan');
    assert.deepEqual(ids(c), ['E1.1.5:metadata']);
    const f = fact(c, 'E1.1.5', 'metadata');
    assert.deepEqual(f.name, { value: 'vaccination-types', span: loc(c, 12, 'vaccination-types') });
    assert.deepEqual(f.phase, { value: 1, span: loc(c, 1, 'E1.1.5') });
    assert.deepEqual(f.baseBranch, { value: 'main', span: loc(c, 13, 'main') });
    assert.deepEqual(f.directory, {
      value: '/workspaces/efforts/phase1/wave1/effort5-vaccination-types',
      span: loc(c, 14, '/workspaces/efforts/phase1/wave1/effort5-vaccination-types'),
    });
    assert.deepEqual(
      f.dependsOn?.refs.map((r) => [r.id, r.raw]),
      [
        ['E1.1.1', 'E1.1.1'],
        ['E1.1.2', 'E1.1.2'],
        ['E1.1.3', 'E1.1.3 complete (E1.1.4 parallel)'],
      ],
    );
  });
});

describe('markdown reader: agent bullets and waves without efforts', () => {
  it('reads `Agent N: branch (depends on …)` bullets, resolving short branch names within the file', () => {
    const c = read('agent-bullets.md', '/ws/WAVE-IMPLEMENTATION-PLAN.md', 'wave-plan');
    assert.deepEqual(
      c.r.efforts.map((f) => [
        f.id,
        f.kind,
        f.wave?.value,
        f.dependsOn?.refs.map((r) => (r.external ? `~${r.id}` : r.id)),
      ]),
      [
        ['salon-01-interfaces', 'bullet', 0, undefined],
        ['salon-02a-queue-core', 'bullet', 0, undefined],
        ['salon-02b-queue-auth', 'bullet', 0, undefined],
        ['salon-03-booking', 'bullet', 1, ['salon-01-interfaces']],
        ['salon-04-payments', 'bullet', 1, ['salon-02a-queue-core', 'salon-02b-queue-auth', 'salon-03-booking']],
        // `(depends on all previous)`: every effort declared above it, each located at "all previous".
        [
          'salon-05-e2e-tests',
          'bullet',
          2,
          [
            'salon-01-interfaces',
            'salon-02a-queue-core',
            'salon-02b-queue-auth',
            'salon-03-booking',
            'salon-04-payments',
          ],
        ],
        // `wt-create feature/salon-03-booking salon-03` gives it its branch.
        ['salon-03-booking', 'table', undefined, undefined],
      ],
    );
    const f = fact(c, 'salon-04-payments', 'bullet');
    assert.deepEqual(f.span, loc(c, 19, 'salon-04-payments'));
    assert.deepEqual(f.wave, { value: 1, span: loc(c, 16, '1') });
    assert.deepEqual(f.dependsOn?.refs[0], ref('salon-02a-queue-core', 'salon-02a', false, loc(c, 19, 'salon-02a')));
    // Without a phase there is nothing to declare a wave of.
    assert.deepEqual(c.r.waves, []);
  });

  it('declares the waves once the path gives the phase', () => {
    const c = read('agent-bullets.md', '/ws/phase4/WAVE-IMPLEMENTATION-PLAN.md', 'wave-plan');
    assert.deepEqual(
      c.r.waves.map((w) => [w.phase, w.wave, w.name, w.span.line]),
      [
        [4, 0, 'Foundation Fixes', 11],
        [4, 1, 'Booking', 16],
        [4, 2, 'Wrap-up', 22],
      ],
    );
  });

  it('reads "waves" inside one branch as no efforts at all', () => {
    const c = read('single-branch-waves.md', '/ws/WAVE-PLAN.md', 'wave-plan');
    assert.deepEqual(c.r.efforts, []);
    assert.deepEqual(c.r.waves, []);
    assert.deepEqual(c.r.phases, []);
    assert.deepEqual(c.r.diagnostics, []);
  });
});

describe('markdown reader: CRLF and BOM', () => {
  const cases: Array<[string, string, PlanFileKind]> = [
    ['phase-plan-headings.md', '/ws/phase-plans/phase2/PHASE-2-IMPLEMENTATION-PLAN.md', 'phase-plan'],
    ['r213-blocks.md', '/ws/planning/phase4/wave2/WAVE-IMPLEMENTATION-PLAN.md', 'wave-plan'],
    ['mermaid-graph.md', '/ws/phase3/phase-03-wave-implementation-plan.md', 'wave-plan'],
    [
      'effort-plan-front-matter.md',
      '/ws/.software-factory/phase1/wave3/E1.3.2-invoice-pdf/IMPLEMENTATION-PLAN--20251201-101010.md',
      'effort-plan',
    ],
    ['tables.md', '/ws/phase-06-wave-implementation-plan.md', 'wave-plan'],
  ];
  for (const [name, file, kind] of cases) {
    it(`gives ${name} the same facts and spans with CRLF, with a BOM, and with both`, () => {
      const lf = readFileSync(path.join(FIXTURES, name), 'utf8');
      const expected = readMarkdownPlan(file, lf, kind);
      assert.ok(expected.efforts.length > 0);
      for (const variant of [lf.replace(/\n/g, '\r\n'), `\uFEFF${lf}`, `\uFEFF${lf.replace(/\n/g, '\r\n')}`]) {
        assert.deepEqual(readMarkdownPlan(file, variant, kind), expected);
      }
    });
  }

  it('counts columns on the first line after a BOM', () => {
    const r = readMarkdownPlan(
      '/ws/phase1/wave1/WAVE-PLAN.md',
      '\uFEFF### E1.1.1: parser\r\n**Size Estimate**: 300 lines\r\n',
      'wave-plan',
    );
    assert.deepEqual(r.efforts[0].name?.span, {
      file: '/ws/phase1/wave1/WAVE-PLAN.md',
      line: 1,
      column: 13,
      endLine: 1,
      endColumn: 19,
    });
    assert.deepEqual(r.efforts[0].estimatedLines?.span, {
      file: '/ws/phase1/wave1/WAVE-PLAN.md',
      line: 2,
      column: 20,
      endLine: 2,
      endColumn: 23,
    });
  });
});

describe('markdown reader: fix plans', () => {
  it('reads a fix plan’s effort and branch, but not its size: that is the fix’s, not the effort’s', () => {
    const file = '/ws/efforts/phase2/wave1/webhooks/FIX-PLAN-20251121-090000.md';
    // What kind of file it is comes from the one rule that classifies paths (a fix plan is an effort plan).
    assert.ok(isFixPlan(file));
    const r = readMarkdownPlan(
      file,
      '# Fix Plan: E2.1.2 webhooks\n\n**Effort**: E2.1.2\n**Branch**: `forge/phase2/wave1/webhooks`\n**Estimated Lines**: 120 (fix only)\n\n## Issues\n\n1. Retry loop has no backoff.\n',
      classifyPlanFile(file)!,
    );
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.branch?.value, f.estimatedLines, f.actualLines]),
      [['E2.1.2', 'forge/phase2/wave1/webhooks', undefined, undefined]],
    );
  });
});

describe('markdown reader: efforts with no id', () => {
  it('declares an effort by its **Effort Name** under a heading of its own, and resolves dependencies by that name', () => {
    const text = [
      '# Wave 2 Implementation Plan (Phase 1)',
      '',
      '### Effort: token-store',
      '**Effort Name**: token-store',
      '**Estimated Lines**: 420',
      '',
      '### Effort: token-rotation',
      '**Effort Name**: `token-rotation`',
      '**Dependencies**: token-store',
      '',
      '## Notes',
      '**Effort Name**: a sentence, not an effort',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/planning/phase1/wave2/WAVE-IMPLEMENTATION-PLAN.md', text, 'wave-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.phase?.value, f.wave?.value, f.estimatedLines?.value]),
      [
        ['token-store', 'token-store', 1, 2, 420],
        ['token-rotation', 'token-rotation', 1, 2, undefined],
      ],
    );
    assert.deepEqual(
      r.efforts[1].dependsOn?.refs.map((x) => [x.id, x.external]),
      [['token-store', false]],
    );
    assert.deepEqual(r.efforts[1].span, {
      file: '/ws/planning/phase1/wave2/WAVE-IMPLEMENTATION-PLAN.md',
      line: 8,
      column: 19,
      endLine: 8,
      endColumn: 33,
    });
  });
});

describe('markdown reader: status words that say what an effort is not', () => {
  it('reads “Not started” as planned and takes no done from “Incomplete” or “Not merged”', () => {
    const text = [
      '# Phase 2 Plan',
      '',
      '## Wave 2.1',
      '',
      '| Effort | Name | Estimate | Status |',
      '|--------|------|----------|--------|',
      '| E2.1.1 | mailer | 350 | ✅ Done |',
      '| E2.1.2 | texter | 410 | ⏳ Not started |',
      '| E2.1.3 | pusher | 300 | Incomplete |',
      '| E2.1.4 | pager | 200 | 🚧 Not merged yet |',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-2-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.status?.value]),
      [
        ['E2.1.1', 'done'],
        ['E2.1.2', 'planned'],
        // Says only what it is not: unknown (an unknown-status info says so), never done.
        ['E2.1.3', 'unknown'],
        ['E2.1.4', 'in-progress'],
      ],
    );
  });
});

describe('markdown reader: what an effort heading says besides its name', () => {
  const text = [
    '# Phase 1 Implementation Plan',
    '',
    '## Wave 1: Basics',
    '',
    '### E1.1.1: config-loader ✅ COMPLETE',
    '**Size Estimate**: 200 lines',
    '',
    '### E1.1.2: logger (IN PROGRESS)',
    '',
    '### ~~E1.1.3: telemetry~~ (dropped)',
    '**Size Estimate**: 300 lines',
    '**Dependencies**: Wave 0',
    '',
    '### E1.1.4: cache-layer — BLOCKED on E1.1.2',
    '',
    '### E1.1.5: DONE-marker-parser',
    '',
  ].join('\n');
  const file = '/ws/PHASE-1-IMPLEMENTATION-PLAN.md';
  const r = readMarkdownPlan(file, text, 'phase-plan');
  const lines = text.split('\n');

  it('reads a status at the end of the heading as the effort’s status, located there, and keeps it out of the name', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value]),
      [
        ['E1.1.1', 'config-loader', 'done'],
        ['E1.1.2', 'logger', 'in-progress'],
        ['E1.1.3', 'telemetry', 'cancelled'],
        ['E1.1.4', 'cache-layer', 'blocked'],
        ['E1.1.5', 'DONE-marker-parser', undefined],
      ],
    );
    const col = lines[4].indexOf('✅') + 1;
    assert.deepEqual(r.efforts[0].status?.span, {
      file,
      line: 5,
      column: col,
      endLine: 5,
      endColumn: lines[4].length + 1,
    });
  });

  it('takes every word and mark the heading tail starts at as a status the one status list knows (WIP, ✔️)', () => {
    const more = [
      '# Phase 1 Implementation Plan',
      '',
      '## Wave 1: Basics',
      '',
      '### E1.1.1: metrics-sink — WIP',
      '',
      '### E1.1.2: retry-policy ✔️',
      '',
      '### E1.1.3: audit-trail ☑️ Merged',
      '',
    ].join('\n');
    const read = readMarkdownPlan(file, more, 'phase-plan');
    assert.deepEqual(
      read.efforts.map((f) => [f.id, f.name?.value, f.status?.value]),
      [
        ['E1.1.1', 'metrics-sink', 'in-progress'],
        ['E1.1.2', 'retry-policy', 'done'],
        ['E1.1.3', 'audit-trail', 'done'],
      ],
    );
  });

  it('declares a struck-out effort as cancelled, named by what the strike covers, and its lines are its own', () => {
    const struck = r.efforts.find((f) => f.id === 'E1.1.3')!;
    assert.deepEqual(
      [struck.name?.value, struck.status?.value, struck.estimatedLines?.value],
      ['telemetry', 'cancelled', 300],
    );
    assert.deepEqual(r.constraints ?? [], []);
  });
});

describe('markdown reader: a status mark before an effort heading’s id', () => {
  const text = [
    '# Phase 2 Implementation Plan',
    '',
    '## 🌊 Wave 1: Storage',
    '',
    '### ✅ E2.1.1: blob-store',
    '### 🚧 Effort 2.1.2: index-writer',
    '### ⏳ E2.1.3: compaction',
    '### 📦 E2.1.4: snapshots',
    '### ✅ E2.1.5: gc — IN PROGRESS',
    '',
  ].join('\n');
  const r = readMarkdownPlan('/ws/PHASE-2-IMPLEMENTATION-PLAN.md', text, 'phase-plan');
  const lines = text.split('\n');

  it('reads ✅ / 🚧 / ⏳ before the id as the status, located at the mark; a decorative 📦 is no status', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value]),
      [
        ['E2.1.1', 'blob-store', 'done'],
        ['E2.1.2', 'index-writer', 'in-progress'],
        ['E2.1.3', 'compaction', 'planned'],
        ['E2.1.4', 'snapshots', undefined],
        ['E2.1.5', 'gc', 'in-progress'],
      ],
    );
    const s = r.efforts[0].status!.span;
    assert.equal(lines[s.line - 1].slice(s.column - 1, s.endColumn - 1), '✅');
  });
});

describe('markdown reader: a phase named after the wave', () => {
  it('places `# Wave 2 Implementation Plan (Phase 1)` in phase 1, so `Effort 3:` under it is E1.2.3', () => {
    const text = '# Wave 2 Implementation Plan (Phase 1)\n\n### Effort 3: token-audit\n**Estimated Lines**: 120\n';
    const file = '/ws/WAVE-IMPLEMENTATION-PLAN.md';
    const r = readMarkdownPlan(file, text, 'wave-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.phase?.value, f.wave?.value]),
      [['E1.2.3', 1, 2]],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave]),
      [[1, 2]],
    );
  });
});

describe('markdown reader: a wave title that names its phase before its name', () => {
  it('names `# Wave 3 Plan (Phase 2) — Storage engine` Storage engine, in phase 2', () => {
    for (const title of [
      'Wave 3 Plan (Phase 2) — Storage engine',
      'Wave 3 (Phase 2): Storage engine',
      'Wave 3 Plan — Phase 2: Storage engine',
    ]) {
      const r = readMarkdownPlan('/ws/WAVE-3-PLAN.md', `# ${title}\n\n### 2.3.1 — Page cache\n`, 'wave-plan');
      assert.deepEqual(
        r.waves.map((w) => [w.phase, w.wave, w.name]),
        [[2, 3, 'Storage engine']],
        title,
      );
    }
  });
});

describe('markdown reader: a wave title that only names its phase', () => {
  it('gives `# Wave 3.2 Plan — Phase 3` no name (its phase is not its name) and keeps real names', () => {
    const text = '# Wave 3.2 Plan — Phase 3\n\n## Wave 3.3 — Phase 3 hardening\n';
    const r = readMarkdownPlan('/ws/WAVE-3.2-PLAN.md', text, 'wave-plan');
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [3, 2, undefined],
        [3, 3, 'Phase 3 hardening'],
      ],
    );
  });
});

describe('markdown reader: a wave title with its status in a closing note', () => {
  it('names `## Wave 3.1 — Ledger (Status: Complete)` Ledger, and keeps a note that is no status', () => {
    const text =
      '# Phase 3 Plan\n\n## Wave 3.1 — Ledger (Status: Complete)\n\n## Wave 3.2 — Invoices (in progress)\n\n## Wave 3.3 — Tax (EU)\n';
    const r = readMarkdownPlan('/ws/PHASE-3-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [3, 1, 'Ledger'],
        [3, 2, 'Invoices'],
        [3, 3, 'Tax (EU)'],
      ],
    );
  });
});

describe('markdown reader: a phase title with its status', () => {
  const text = [
    '# Phase 3: Billing (In Progress)',
    '## Wave 1: Ledger',
    '#### E3.1.1: ledger-model',
    '# Phase 4: Reports ✅ COMPLETE',
    '## Wave 1: Exports',
    '#### E4.1.1: csv-export',
    '#### E4.1.2: pdf-export',
    '**Status**: In progress',
    '',
  ].join('\n');

  it('keeps the status out of the phase name', () => {
    const r = readMarkdownPlan('/ws/PHASE-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [
        [3, 'Billing'],
        [4, 'Reports'],
      ],
    );
  });

  it('gives the efforts of a phase marked complete the status done, unless they state their own', () => {
    const { project } = lint({ '/ws/PHASE-PLAN.md': text });
    assert.deepEqual(
      project.efforts.map((e) => [e.id, e.status]),
      [
        ['E3.1.1', 'planned'],
        ['E4.1.1', 'done'],
        ['E4.1.2', 'in-progress'],
      ],
    );
  });
});

describe('markdown reader: a title naming phase and wave apart by · or /', () => {
  it('reads `# Phase 4 · Wave 2 — Search` and `## Phase 4 / Wave 3: Ops` as waves of phase 4, not as phase names', () => {
    const text = '# Phase 4 · Wave 2 — Search\n\n## Phase 4 / Wave 3: Ops\n';
    const r = readMarkdownPlan('/ws/WAVE-PLAN.md', text, 'wave-plan');
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [4, 2, 'Search'],
        [4, 3, 'Ops'],
      ],
    );
    assert.deepEqual(
      r.phases.map((p) => p.name),
      r.phases.map(() => undefined),
    );
  });
});

describe('markdown reader: a phase title with its name after the boilerplate', () => {
  it('names `# PHASE 7 IMPLEMENTATION PLAN — Observability` Observability; `# Phase 2 Implementation Plan` stays unnamed', () => {
    const named = readMarkdownPlan(
      '/ws/PHASE-7-PLAN.md',
      '# PHASE 7 IMPLEMENTATION PLAN — Observability\n',
      'phase-plan',
    );
    const plain = readMarkdownPlan('/ws/PHASE-2-PLAN.md', '# Phase 2 Implementation Plan\n', 'phase-plan');
    assert.deepEqual(
      [...named.phases, ...plain.phases].map((p) => [p.phase, p.name]),
      [
        [7, 'Observability'],
        [2, undefined],
      ],
    );
  });
});

describe('markdown reader: a phase title naming what the plan is for', () => {
  it('names `# Phase 7: Wave-Based Implementation Plan for Syncer Development` Syncer Development', () => {
    const r = readMarkdownPlan(
      '/ws/phase-07-wave-plan.md',
      '# Phase 7: Wave-Based Implementation Plan for Syncer Development\n\n# Phase 6: Implementation Plan for Billing v2\n',
      'phase-plan',
    );
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [
        [7, 'Syncer Development'],
        [6, 'Billing v2'],
      ],
    );
  });

  it('names `# Phase 4 Wave Plan — Notifications` Notifications (it was left unnamed), and `# Phase 5 Wave Plan` nothing', () => {
    const r = readMarkdownPlan(
      '/ws/WAVE-PLAN-phase4.md',
      '# Phase 4 Wave Plan — Notifications\n\n# Phase 5 Wave Plan\n\n# Phase 6: Wave Plan for Billing v2\n',
      'wave-plan',
    );
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [
        [4, 'Notifications'],
        [5, undefined],
        [6, 'Billing v2'],
      ],
    );
  });
});

describe('markdown reader: `Roadmap` and `Overview` are what a heading is, not a name', () => {
  it('leaves `# Phase 3 Roadmap` unnamed, names `# Phase 4 Roadmap: Billing` Billing and `## Wave 3.1 Overview — Search` Search', () => {
    const text = [
      '# Phase 3 Roadmap',
      '',
      '## Wave 3.1 Overview — Search',
      '### E3.1.1: indexer',
      '## Wave 3.2 Summary: Ranking',
      '### E3.2.1: scorer',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-3-PLAN.md', text, 'phase-plan');
    const billing = readMarkdownPlan('/ws/PHASE-4-PLAN.md', '# Phase 4 Roadmap: Billing\n', 'phase-plan');
    assert.deepEqual(
      [...r.phases, ...billing.phases].map((p) => [p.phase, p.name]),
      [
        [3, undefined],
        [4, 'Billing'],
      ],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [3, 1, 'Search'],
        [3, 2, 'Ranking'],
      ],
    );
  });
});

describe('markdown reader: effort headings with the id in brackets or apart by a bar', () => {
  it('reads `### [E2.1.1] x`, `### E2.1.2 | x`, ``### `E2.1.3` x`` and `### Effort #4: x`, the id located', () => {
    const text = [
      '# Wave 2.1 Plan',
      '',
      '### [E2.1.1] Tokenizer',
      '### E2.1.2 | Stemmer',
      '### `E2.1.3` Stopwords',
      '### Effort #4: Synonyms',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/WAVE-2.1-PLAN.md', text, 'wave-plan');
    const lines = text.split('\n');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value]),
      [
        ['E2.1.1', 'Tokenizer'],
        ['E2.1.2', 'Stemmer'],
        ['E2.1.3', 'Stopwords'],
        ['E2.1.4', 'Synonyms'],
      ],
    );
    const s = r.efforts[0].wave!.span!;
    assert.equal(lines[s.line - 1].slice(s.column - 1, s.endColumn - 1), 'E2.1.1');
  });
});

describe('markdown reader: numbered effort headings', () => {
  it('reads `### 1. E1.3.1: x`, `### 2) Effort 1.3.2 — x`, `### Step 3: E1.3.3 x` and `#### 4. Name (\\`E1.3.4\\`)`', () => {
    const text = [
      '# Wave 1.3 Plan',
      '',
      '### 1. E1.3.1: Retry policy',
      '### 2) Effort 1.3.2 — Circuit breaker',
      '### Step 3: E1.3.3 Bulkhead',
      '#### 4. Rate limiter (`E1.3.4`)',
      '### 5. Notes',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/WAVE-1.3-PLAN.md', text, 'wave-plan');
    const lines = text.split('\n');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value]),
      [
        ['E1.3.1', 'Retry policy'],
        ['E1.3.2', 'Circuit breaker'],
        ['E1.3.3', 'Bulkhead'],
        ['E1.3.4', 'Rate limiter'],
      ],
    );
    const s = r.efforts[3].wave!.span!;
    assert.equal(lines[s.line - 1].slice(s.column - 1, s.endColumn - 1), 'E1.3.4');
  });
});

describe('markdown reader: numbered phase and wave headings', () => {
  it('reads `## 1. Wave 2.1 — Foundations` as wave 2.1 named Foundations, its number located', () => {
    const text = '# Phase 2 Plan: Ledger\n\n## 1. Wave 2.1 — Foundations\n\n## 2) Phase 3: Reports\n';
    const r = readMarkdownPlan('/ws/PHASE-2-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [[2, 1, 'Foundations']],
    );
    assert.deepEqual(
      r.phases.map((p) => [p.phase, p.name]),
      [
        [2, 'Ledger'],
        [3, 'Reports'],
      ],
    );
  });
});

describe('markdown reader: task-list efforts', () => {
  it('reads a ticked box as done and a “depends on” tail as dependencies, neither as part of the name', () => {
    const text = [
      '# Phase 1 Implementation Plan',
      '',
      '## Wave 1',
      '',
      '- [x] **E1.1.1**: Parser (300 lines)',
      '- [X] **E1.1.2**: Printer (250 lines) — depends on E1.1.1',
      '- [ ] **E1.1.3**: Formatter (~400 lines), depends on E1.1.1, E1.1.2',
      '',
    ].join('\n');
    const file = '/ws/PHASE-1-IMPLEMENTATION-PLAN.md';
    const r = readMarkdownPlan(file, text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.name?.value,
        f.status?.value,
        f.estimatedLines?.value,
        f.dependsOn?.refs.map((x) => x.id),
      ]),
      [
        ['E1.1.1', 'Parser', 'done', 300, undefined],
        ['E1.1.2', 'Printer', 'done', 250, ['E1.1.1']],
        ['E1.1.3', 'Formatter', undefined, 400, ['E1.1.1', 'E1.1.2']],
      ],
    );
    const line = text.split('\n')[6];
    assert.deepEqual(r.efforts[2].dependsOn?.refs[1].span, {
      file,
      line: 7,
      column: line.lastIndexOf('E1.1.2') + 1,
      endLine: 7,
      endColumn: line.lastIndexOf('E1.1.2') + 7,
    });
    assert.deepEqual(r.efforts[0].status?.span, { file, line: 5, column: 3, endLine: 5, endColumn: 6 });
  });
});

describe('markdown reader: abbreviated table headers', () => {
  it('reads `Est. Lines` as the estimate and `Deps` as the dependencies', () => {
    const text = [
      '# Phase 3 Implementation Plan',
      '',
      '## Wave 3.1: Storage',
      '',
      '| ID | Effort | Est. Lines | Deps |',
      '|----|--------|-----------:|------|',
      '| 3.1.1 | Blob store | ~450 | – |',
      '| 3.1.3 | GC sweeper | ~760 | 3.1.1 |',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-3-IMPLEMENTATION-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E3.1.1', 'Blob store', 450, []],
        ['E3.1.3', 'GC sweeper', 760, ['E3.1.1']],
      ],
    );
  });
});

describe('markdown reader: `Requires` and `Blocked by` name dependencies', () => {
  it("reads both keys as the effort's dependencies, and what is not an effort as an external one", () => {
    const text = [
      '# Phase 2: Storage',
      '',
      '## Wave 2.1',
      '',
      '### Effort 2.1.1 — Blob store interface',
      '- **Requires**: Go 1.22',
      '- **Size**: ~450 LOC',
      '',
      '### Effort 2.1.2 — Disk backend',
      '- **Requires**: Effort 2.1.1',
      '',
      '### Effort 2.1.3 — S3 backend',
      '- **Blocked by**: Effort 2.1.1 and 2.1.2',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-2-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.dependsOn?.refs.filter((x) => !x.external).map((x) => x.id),
        f.dependsOn?.refs.filter((x) => x.external).map((x) => x.id),
      ]),
      [
        ['E2.1.1', [], ['Go 1.22']],
        ['E2.1.2', ['E2.1.1'], []],
        ['E2.1.3', ['E2.1.1', 'E2.1.2'], []],
      ],
    );
  });
});

describe('markdown reader: two-column metadata tables', () => {
  it("reads `| Field | Value |` rows of an effort plan as its metadata, named by the plan's title", () => {
    const text = [
      '# Implementation Plan: Config Loader',
      '',
      '| Field | Value |',
      '|---|---|',
      '| Effort | 1.1.1 |',
      '| Branch | `proj/phase1/wave1/config-loader` |',
      '| Base | `main` |',
      '| Estimated size | 420 lines |',
      '| Depends on | — |',
      '| Status | In progress |',
      '',
    ].join('\n');
    const file = '/ws/efforts/phase1/wave1/config-loader/IMPLEMENTATION-PLAN.md';
    const r = readMarkdownPlan(file, text, 'effort-plan');
    const f = r.efforts[0];
    assert.deepEqual(
      [r.efforts.length, f.id, f.name?.value, f.branch?.value, f.baseBranch?.value, f.estimatedLines?.value],
      [1, 'E1.1.1', 'Config Loader', 'proj/phase1/wave1/config-loader', 'main', 420],
    );
    assert.deepEqual([f.dependsOn?.refs, f.status?.value], [[], 'in-progress']);
    // Located at the value's cell.
    assert.deepEqual(f.estimatedLines?.span, { file, line: 8, column: 20, endLine: 8, endColumn: 23 });
  });

  it("gives a heading's effort its table rows, and ignores two-column tables that are not metadata", () => {
    const text = [
      '# Phase 4 Plan',
      '## Wave 4.1',
      '### E4.1.2: event store',
      '| Property | Value |',
      '|---|---|',
      '| Estimated lines | 610 |',
      '| Depends on | E4.1.1 |',
      '',
      '| Topic | Notes |',
      '|---|---|',
      '| Status | planning is slow |',
      '| Replay | later |',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-4-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id), f.status]),
      [['E4.1.2', 610, ['E4.1.1'], undefined]],
    );
  });
});

describe('markdown reader: sizes in thousands', () => {
  it('reads `~1.1k lines`, `2K LOC` and `(1.2k lines)` as thousands, and `Depends:` as dependencies', () => {
    const text = [
      '# Wave 2 — Query engine',
      '',
      '## Effort 1: Parser',
      '- Size: ~1.1k lines (needs split)',
      '',
      '## Effort 2: Planner',
      '- Size: 2K LOC',
      '- Depends: Effort 1',
      '',
      '## Effort 3: Executor (1.2k lines)',
      '',
      '## Effort 4: Ids (after 1.1.1 lines)',
      '',
    ].join('\n');
    const file = '/ws/plans/phase2/WAVE-2-PLAN.md';
    const r = readMarkdownPlan(file, text, 'wave-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E2.2.1', 1100, undefined],
        ['E2.2.2', 2000, ['E2.2.1']],
        ['E2.2.3', 1200, undefined],
        ['E2.2.4', undefined, undefined],
      ],
    );
    // The whole written figure is located, so a fix replaces `~1.1k` whole.
    assert.deepEqual(r.efforts[0].estimatedLines?.span, { file, line: 4, column: 10, endLine: 4, endColumn: 14 });
  });
});

describe('markdown reader: tables numbered in a `#` column', () => {
  it('takes ids from `#` and names from `Effort`, skips the total row, and reads a struck-out size as withdrawn', () => {
    const text = [
      '# Phase 3 — Observability',
      '## Wave 3.1',
      '| # | Effort | Lines | Status | Depends on |',
      '|---|--------|------:|:------:|------------|',
      '| 3.1.1 | Metrics exporter | 420 | ✅ | – |',
      '| 3.1.2 | Trace propagation | ~~900~~ 510 | 🚧 | 3.1.1 |',
      '| **Total** | | **930** | | |',
      '## Wave 3.2',
      '| # | Effort | Lines |',
      '|---|---|---|',
      '| 1 | E3.2.1: Dashboards | 300 |',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-3-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.name?.value,
        f.estimatedLines?.value,
        f.status?.value,
        f.dependsOn?.refs.map((x) => x.id),
      ]),
      [
        ['E3.1.1', 'Metrics exporter', 420, 'done', []],
        ['E3.1.2', 'Trace propagation', 510, 'in-progress', ['E3.1.1']],
        ['E3.2.1', 'Dashboards', 300, undefined, undefined],
      ],
    );
  });
});

describe('markdown reader: efforts listed by slug under a wave', () => {
  const text = [
    '# Payments Service — Implementation Plan',
    '## Phase 1: Foundations',
    '### Wave 1 (parallel)',
    '1. `ledger-model` — account and entry types (~350 lines)',
    '2. `idempotency-keys` — request de-duplication (~280 lines)',
    '### Wave 2 (after Wave 1)',
    '3. `charge-api` — depends on ledger-model, idempotency-keys (~720 lines)',
    '4. `refund-api` — depends on charge-api (~400 lines)',
    '#### Files to create',
    '1. `types.go` — the discovery types (80 lines)',
    '2. `Makefile` — build targets (20 lines)',
    '## Phase 2: Commands',
    '1. `npm test` — run the tests (about 2 minutes)',
    '',
  ].join('\n');
  const r = readMarkdownPlan('/ws/IMPLEMENTATION-PLAN.md', text, 'other');

  it('declares each sized item named by a backticked slug, with its dependencies, in its wave', () => {
    assert.deepEqual(
      r.efforts.map((f) => [
        f.id,
        f.phase?.value,
        f.wave?.value,
        f.estimatedLines?.value,
        f.dependsOn?.refs.map((x) => x.id),
      ]),
      [
        ['ledger-model', 1, 1, 350, undefined],
        ['idempotency-keys', 1, 1, 280, undefined],
        ['charge-api', 1, 2, 720, ['ledger-model', 'idempotency-keys']],
        ['refund-api', 1, 2, 400, ['charge-api']],
      ],
    );
  });

  it("takes a wave heading's parenthesised note for no name", () => {
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name]),
      [
        [1, 1, undefined],
        [1, 2, undefined],
      ],
    );
  });
});

describe('markdown reader: plain `Estimated:` lines', () => {
  it('reads `Estimated: 300 lines` and `Est: 260` under bare-id headings as estimates', () => {
    const text = [
      '# Phase 1: CLI skeleton',
      '## Wave 1.1 — Bootstrapping',
      '### 1.1.1 Command router',
      'Estimated: 300 lines',
      '',
      '### 1.1.2 Config flags',
      'Est: 260',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-1-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.estimatedLines?.value]),
      [
        ['E1.1.1', 'Command router', 300],
        ['E1.1.2', 'Config flags', 260],
      ],
    );
  });
});

describe('markdown reader: an effort plan whose front matter names its effort', () => {
  it('is that one effort, not also a second one named after its folder', () => {
    const text = [
      '---',
      'effort: E2.3.1',
      'title: Cache layer',
      'estimated_lines: 500',
      'depends_on: [E2.2.1]',
      '---',
      '',
      '# Cache layer',
      '',
      '**Branch**: `svc/phase2/wave3/cache-layer`',
      '',
    ].join('\n');
    const file = '/ws/efforts/phase2/wave3/cache-layer/IMPLEMENTATION-PLAN.md';
    const r = readMarkdownPlan(file, text, 'effort-plan');
    assert.deepEqual([...new Set(r.efforts.map((f) => f.id))], ['E2.3.1']);
    const branch = r.efforts.find((f) => f.branch)?.branch?.value;
    const size = r.efforts.find((f) => f.estimatedLines)?.estimatedLines?.value;
    assert.deepEqual([branch, size], ['svc/phase2/wave3/cache-layer', 500]);
  });
});

describe('markdown reader: `Requires` and `Blocked by` headings over a list', () => {
  it('reads the list below as dependencies, as under `Dependencies`', () => {
    const text = [
      '# Phase 1',
      '## Wave 1.1',
      '### E1.1.1: a',
      '### E1.1.2: b',
      '#### Requires',
      '- E1.1.1',
      '### E1.1.3: c',
      '#### Blocked by',
      '- E1.1.2',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-1-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E1.1.1', undefined],
        ['E1.1.2', ['E1.1.1']],
        ['E1.1.3', ['E1.1.2']],
      ],
    );
  });

  it('reads `Prerequisites`, `Prereqs`, `Predecessors`, `Needs` and `Waits for` headings too; not `Upstream` or `After`', () => {
    const text = [
      '# Phase 1',
      '## Wave 1.1',
      '### E1.1.1: a',
      '### E1.1.2: b',
      '#### Prerequisites',
      '- E1.1.1',
      '### E1.1.3: c',
      '#### Predecessors',
      '- E1.1.2',
      '### E1.1.4: d',
      '#### Needs',
      '- E1.1.3',
      '### E1.1.5: e',
      '#### Waits for',
      '- E1.1.4',
      '### E1.1.6: f',
      '#### Prereqs',
      '- E1.1.5',
      '### E1.1.7: g',
      '#### Upstream',
      '- origin/main',
      '#### After',
      '- the launch party',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/PHASE-1-PLAN.md', text, 'phase-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E1.1.1', undefined],
        ['E1.1.2', ['E1.1.1']],
        ['E1.1.3', ['E1.1.2']],
        ['E1.1.4', ['E1.1.3']],
        ['E1.1.5', ['E1.1.4']],
        ['E1.1.6', ['E1.1.5']],
        ['E1.1.7', undefined],
      ],
    );
  });
});

describe('markdown reader: front matter that lists efforts', () => {
  it('reads each record of an `efforts:` list as a front-matter fact, located in the plan', () => {
    const text = [
      '---',
      'phase: 2',
      'wave: 1',
      'efforts:',
      '  - id: E2.1.1',
      '    name: rate-limiter',
      '    estimated_lines: 380',
      '  - id: E2.1.2',
      '    name: quota-api',
      '    depends_on: [E2.1.1]',
      '---',
      '',
      '# Wave 2.1 Implementation Plan',
      '',
    ].join('\n');
    const file = '/ws/WAVE-2.1-IMPLEMENTATION-PLAN.md';
    const r = readMarkdownPlan(file, text, 'wave-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.kind, f.name?.value, f.estimatedLines?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E2.1.1', 'front-matter', 'rate-limiter', 380, undefined],
        ['E2.1.2', 'front-matter', 'quota-api', undefined, ['E2.1.1']],
      ],
    );
    assert.deepEqual(r.efforts[0].estimatedLines?.span, { file, line: 7, column: 22, endLine: 7, endColumn: 25 });
    assert.deepEqual(r.diagnostics, []);
  });

  it('reads a `waves:` list of efforts, with the waves’ names, and `id: 5.10` as wave 10 (not the number 5.1)', () => {
    const text = [
      '---',
      'phase: 5',
      'waves:',
      '  - id: 5.1',
      '    name: Accounts',
      '    efforts:',
      '      - id: E5.1.1',
      '        name: signup',
      '        size: 320',
      '  - id: 5.10',
      '    name: Billing',
      '    efforts:',
      '      - id: E5.10.1',
      '        name: invoices',
      '        depends_on: [E5.1.1]',
      '---',
      '',
      '# Phase 5 notes',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/roadmap.plan.md', text, 'wave-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E5.1.1', 'signup', undefined],
        ['E5.10.1', 'invoices', ['E5.1.1']],
      ],
    );
    assert.deepEqual(
      r.waves.map((w) => [w.phase, w.wave, w.name, w.span.line]),
      [
        [5, 1, 'Accounts', 4],
        [5, 10, 'Billing', 10],
      ],
    );
  });
});

describe('markdown reader: a Dependencies section', () => {
  it('reads the list under `## Dependencies` as the effort’s dependencies; an earlier bold value still wins', () => {
    const plan = (bold: string) =>
      [
        '# Effort E1.2.1: Push Command — Implementation Plan',
        '',
        bold,
        '**Estimated Lines**: 480',
        '',
        '## Dependencies',
        '',
        '- E1.1.1 (registry types)',
        '- E1.1.2 (auth)',
        '',
      ].join('\n');
    const file = '/ws/efforts/phase1/wave2/E1.2.1-push/IMPLEMENTATION-PLAN-20251202-063522.md';
    const r = readMarkdownPlan(file, plan('**Branch**: `oci/phase1/wave2/push`'), 'effort-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.dependsOn?.refs.map((x) => x.id), f.dependsOn?.span.line]),
      [['E1.2.1', ['E1.1.1', 'E1.1.2'], 8]],
    );
    const bold = readMarkdownPlan(file, plan('**Dependencies**: E1.1.3'), 'effort-plan');
    assert.deepEqual(
      bold.efforts[0].dependsOn?.refs.map((x) => x.id),
      ['E1.1.3'],
    );
  });

  it('knows the section by any name of the list fields, marks and case aside; other headings name no list', () => {
    const plan = (heading: string) =>
      ['# Effort E1.2.1: Push Command', '', '**Estimated Lines**: 480', '', heading, '', '- E1.1.1', ''].join('\n');
    const file = '/ws/efforts/phase1/wave2/E1.2.1-push/IMPLEMENTATION-PLAN.md';
    const read = (heading: string) => {
      const e = readMarkdownPlan(file, plan(heading), 'effort-plan').efforts[0];
      return [e.dependsOn?.refs.map((r) => r.id), e.parallelWith?.refs.map((r) => r.id)];
    };
    assert.deepEqual(read('## Upstream_Dependencies'), [['E1.1.1'], undefined]);
    assert.deepEqual(read('### DEPENDS-ON'), [['E1.1.1'], undefined]);
    assert.deepEqual(read('## Deps (blocking)'), [['E1.1.1'], undefined]);
    assert.deepEqual(read('## Can Parallel With'), [undefined, ['E1.1.1']]);
    assert.deepEqual(read('## Notes'), [undefined, undefined]);
    assert.deepEqual(read('## Dependency graph of the wave'), [undefined, undefined]);
  });
});

describe('markdown reader: bullets with only a space between the id and the name', () => {
  const text = [
    '# Phase 1: Ingest',
    '',
    '## Wave 1 — Parsers',
    '',
    '- [x] E1.1.1 csv-parser',
    '- [ ] E1.1.2 json-parser (~400 lines) — depends on E1.1.1',
    '- E1.1.3 xml-parser (~650 lines)',
    '',
    '## Notes',
    '',
    '- E1.1.1 and E1.1.2 share the tokenizer',
    '- [ ] E1.1.3 needs a review before merge',
    '- E1.1.2 (json-parser): Complete - 420 lines total',
    '- E1.1.3 might grow past 800 lines if compaction lands in it',
    '',
  ].join('\n');
  const r = readMarkdownPlan('/ws/PHASE-1-PLAN.md', text, 'phase-plan');

  it('declares a task item named by a slug, or an item with a size, with its status, size and dependencies', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value, f.estimatedLines?.value, f.dependsOn?.refs.length]),
      [
        ['E1.1.1', 'csv-parser', 'done', undefined, undefined],
        ['E1.1.2', 'json-parser', undefined, 400, 1],
        ['E1.1.3', 'xml-parser', undefined, 650, undefined],
      ],
    );
  });

  it('leaves prose bullets that start with an id (no size or slug name, or a name in brackets) as prose', () => {
    assert.deepEqual(
      r.efforts.filter((f) => f.span.line > 8),
      [],
    );
  });
});

describe('markdown reader: a name written wholly in parentheses', () => {
  it('names `### E3.2.1 (ledger-sync)` ledger-sync, located inside the parentheses; a note after a name stays', () => {
    const text = [
      '# Wave 3.2 Plan',
      '',
      '### E3.2.1 (ledger-sync)',
      '### Effort E3.2.2 ( audit trail )',
      '### E3.2.3: importer (Split)',
      '## Sync',
      '**Effort**: E3.2.4 (report-sync)',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/WAVE-3.2-PLAN.md', text, 'wave-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value]),
      [
        ['E3.2.1', 'ledger-sync'],
        ['E3.2.2', 'audit trail'],
        ['E3.2.3', 'importer (Split)'],
        ['E3.2.4', 'report-sync'],
      ],
    );
    const s = r.efforts[0].name!.span!;
    assert.equal(text.split('\n')[s.line - 1].slice(s.column - 1, s.endColumn - 1), 'ledger-sync');
  });
});

describe('markdown reader: statuses of an effort table written as their authors do', () => {
  const text = [
    '# Wave 3.1 Plan — Notifications',
    '',
    '| ID | Effort | Est. LOC | Depends | Status |',
    '|----|--------|---------:|---------|--------|',
    '| E3.1.1 | email-sender | 300 | — | 🟢 Merged |',
    '| E3.1.2 | sms-sender | 250 | — | ~~Dropped~~ (moved to 3.2) |',
    '| ~~E3.1.3~~ | ~~push-sender~~ | 420 | E3.1.1 | |',
    '| ~~E3.1.4~~ | ~~digest~~ | 500 | E3.1.1 | ✅ Merged |',
    '| E3.1.5 | templates | 180 | — | Planned (dropped the HTML variant) |',
    '',
  ].join('\n');
  const r = readMarkdownPlan('/ws/WAVE-3.1-PLAN.md', text, 'wave-plan');

  it('reads `Dropped` as cancelled, and a struck-out row as cancelled unless its status cell says otherwise', () => {
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.status?.value]),
      [
        ['E3.1.1', 'email-sender', 'done'],
        ['E3.1.2', 'sms-sender', 'cancelled'],
        ['E3.1.3', 'push-sender', 'cancelled'],
        ['E3.1.4', 'digest', 'done'],
        ['E3.1.5', 'templates', 'planned'],
      ],
    );
  });
});

describe('markdown reader: `Task 1.2.1` headings', () => {
  it('declares `### Task 1.2.1: cli-args` as E1.2.1, as a dependency list reads `Task 1.2.1`', () => {
    const text = [
      '# Wave 1.2 Plan',
      '',
      '### Task 1.2.1: cli-args',
      '### Effort 1.2.2 — cli-help',
      '**Depends on**: Task 1.2.1',
      '',
    ].join('\n');
    const r = readMarkdownPlan('/ws/WAVE-1.2-PLAN.md', text, 'wave-plan');
    assert.deepEqual(
      r.efforts.map((f) => [f.id, f.name?.value, f.dependsOn?.refs.map((x) => x.id)]),
      [
        ['E1.2.1', 'cli-args', undefined],
        ['E1.2.2', 'cli-help', ['E1.2.1']],
      ],
    );
  });
});

describe('markdown reader: agent sections', () => {
  // `#### Agent 1: …` or `**Agent 1: …**` under a wave, with a `Branch` line and no effort named: the branch of
  // effort P.W.N when the file's graph knows it with the same size or name, as for `| Agent 1 | … |` rows.
  const a = read('agent-sections.md', '/ws/phase-03-wave-implementation-plan.md', 'wave-plan');
  const branches = () =>
    a.r.efforts
      .filter((f) => f.branch)
      .map((f) => [f.id, f.branch!.value, f.branch!.span.line])
      .sort((x, y) => String(x[0]).localeCompare(String(y[0])));

  it('gives each agent heading or bold lead its effort’s branch, and nothing to an agent the graph does not know', () => {
    assert.deepEqual(branches(), [
      ['E3.1.1', 'feature/petshop/p3w1-booking-calendar', 17],
      ['E3.1.2', 'feature/petshop/p3w1-groomer-roster', 22],
      ['E3.2.1', 'feature/petshop/p3w2-reminder-texts', 34],
      ['E3.2.2', 'feature/petshop/p3w2-loyalty-stamps', 39],
    ]);
    assert.deepEqual(fact(a, 'E3.1.1', 'table').branch?.span, loc(a, 17, 'feature/petshop/p3w1-booking-calendar'));
  });
});

describe('markdown reader: branch lists', () => {
  // `**Branches**:` over items `` `branch` (3.3.1) ``: each item gives the effort it names its branch.
  const a = read('branch-lists.md', '/ws/phase-03-wave-implementation-plan.md', 'wave-plan');

  it('gives each listed effort the file knows its branch, and declares no effort', () => {
    const branches = a.r.efforts.filter((f) => f.branch).map((f) => [f.id, f.branch!.value, f.branch!.span]);
    assert.deepEqual(branches, [
      ['E3.3.1', 'feature/petshop/p3w3-coat-catalog', loc(a, 14, 'feature/petshop/p3w3-coat-catalog')],
      ['E3.3.2', 'feature/petshop/p3w3-shampoo-stock', loc(a, 15, 'feature/petshop/p3w3-shampoo-stock')],
    ]);
    assert.ok(!a.r.efforts.some((f) => f.id === 'E3.3.9'));
  });
});

describe('markdown reader: split summaries', () => {
  // `1. **p3w1-booking-calendar** (1,130 lines) → 2 branches (…)`: the effort with that branch measured 1,130 lines
  // and was split in two.
  const a = read('split-summary.md', '/ws/phase-03-wave-implementation-plan.md', 'wave-plan');
  const of = (id: string) => a.r.efforts.filter((f) => f.id === id);

  it('records the measured size and the number of parts of the effort the branch belongs to', () => {
    const e = of('E3.1.1').find((f) => f.split)!;
    assert.deepEqual([e.actualLines?.value, e.split?.value], [1130, 2]);
    assert.deepEqual(e.actualLines?.span, loc(a, 27, '1,130 lines'));
    const r = of('E3.2.1').find((f) => f.split)!;
    assert.deepEqual([r.actualLines?.value, r.split?.value], [905, 3]);
    assert.ok(!of('E3.1.2').some((f) => f.split || f.actualLines));
    assert.ok(!a.r.efforts.some((f) => f.id.includes('unknown')));
  });
});

describe('markdown reader: wt-create commands', () => {
  // `wt-create <branch> <worktree>` per agent: the branch of the slug-id effort its last segment ends with.
  const a = read('worktree-commands.md', '/ws/WAVE-IMPLEMENTATION-PLAN.md', 'wave-plan');

  it('gives a slug effort the branch whose name ends with its id, and a fix branch to nobody', () => {
    const branches = a.r.efforts.filter((f) => f.branch).map((f) => [f.id, f.branch!.value, f.branch!.span]);
    assert.deepEqual(branches, [
      [
        'kennel-02-availability',
        'feature/petshop-kennel-02-availability',
        loc(a, 21, 'feature/petshop-kennel-02-availability'),
      ],
      ['kennel-03-pricing', 'feature/petshop-kennel-03-pricing', loc(a, 24, 'feature/petshop-kennel-03-pricing')],
    ]);
  });
});
