// Plan → Mermaid text: exact fragments, styling by edge index, fallbacks, focus, and hostile effort names.
import { strict as assert } from 'assert';
import * as path from 'path';
import { loadProject } from '../../../../src/cli/load';
import { projectToMermaid, waveSummaryToMermaid, type MermaidGraph } from '../../../../src/core/mermaid/flowchart';
import { isCoordination } from '../../../../src/core/views/treeShape';
import { assertWellFormed, layeredProject, project } from '../../support/mermaidHelpers';
import { CORPUS, describeWithShared } from '../../support/shared';

function lines(g: MermaidGraph): string[] {
  return g.text.split('\n');
}

describe('mermaid: full graph', () => {
  const p = project(
    [
      { id: 'E1.1.1', name: 'API types', estimatedLines: 380 },
      { id: 'E1.1.2', name: 'Client', estimatedLines: 701, dependsOn: ['E1.1.1'] },
      {
        id: 'E1.2.1',
        name: 'Controller',
        estimatedLines: 801,
        dependsOn: ['E1.1.1', 'E1.1.2', 'E7.7.7'],
        externalDependsOn: ['Phase 0 done'],
      },
      { id: 'E1.2.2', name: 'Sync', estimatedLines: 700, actualLines: 650, status: 'done', dependsOn: ['E1.2.1'] },
      { id: 'wave-planning', name: 'wave-planning' },
    ],
    { 'W1.1': 'Foundations' },
  );

  it('draws waves as subgraphs in plan order (declared last first, as Mermaid reverses them), one node per effort', () => {
    const g = projectToMermaid(p);
    assert.equal(g.kind, 'full');
    assert.deepEqual(lines(g).slice(0, 14), [
      'graph TD',
      'subgraph W1_2["Phase 1 #183; Wave 2"]',
      '  direction TB',
      '  n_E1_2_1["E1.2.1<br/>Controller<br/>~801 lines"]',
      '  n_E1_2_2["E1.2.2 #10003;<br/>Sync<br/>650 lines (est 700)"]',
      'end',
      'subgraph W1_1["Phase 1 #183; Wave 1#58; Foundations"]',
      '  direction TB',
      '  n_E1_1_1["E1.1.1<br/>API types<br/>~380 lines"]',
      '  n_E1_1_2["E1.1.2<br/>Client<br/>~701 lines"]',
      'end',
      'n_E1_1_1 --> n_E1_1_2',
      'n_E1_1_1 --> n_E1_2_1',
      'n_E1_1_2 --> n_E1_2_1',
    ]);
    // Wave 1 above wave 2: E1.2.1, where wave 2 starts, depends on E1.1.2, where wave 1 ends; no invisible link needed.
    assert.ok(!lines(g).some((l) => l.includes('~~~')), g.text);
    assert.equal(g.hiddenLinks, 0);
    assertWellFormed(g.text);
  });

  it('draws edges dependency → dependent and unknown ids as missing nodes', () => {
    const g = projectToMermaid(p);
    const edges = lines(g).filter((l) => l.includes('-->'));
    assert.deepEqual(edges, [
      'n_E1_1_1 --> n_E1_1_2',
      'n_E1_1_1 --> n_E1_2_1',
      'n_E1_1_2 --> n_E1_2_1',
      'm_E7_7_7 --> n_E1_2_1',
      'n_E1_2_1 --> n_E1_2_2',
    ]);
    assert.ok(lines(g).includes('m_E7_7_7["E7.7.7 (not in plan)"]'));
    assert.ok(lines(g).includes('class m_E7_7_7 missing'));
    assert.equal(g.edgeCount, 5);
    assert.deepEqual(
      g.edges.map((e) => `${e.from}>${e.to}${e.problem ? ` ${e.problem}` : ''}`),
      ['n_E1_1_1>n_E1_1_2', 'n_E1_1_1>n_E1_2_1', 'n_E1_1_2>n_E1_2_1', 'm_E7_7_7>n_E1_2_1', 'n_E1_2_1>n_E1_2_2'],
    );
    assert.deepEqual(
      g.nodes.find((n) => n.nodeId === 'm_E7_7_7'),
      { nodeId: 'm_E7_7_7', kind: 'missing', id: 'E7.7.7', label: 'E7.7.7 (not in plan)' },
    );
  });

  it('marks exactly the efforts Problems has a finding about, by severity', () => {
    const g = projectToMermaid(p);
    // effort-oversized (801 > 800) is an error; effort-near-limit (701 > 700) a warning; E1.2.2's 650 actual lines none.
    assert.ok(lines(g).includes('class n_E1_2_1 hasError'), g.text);
    assert.ok(lines(g).includes('class n_E1_1_2 hasWarning'), g.text);
    assert.ok(lines(g).includes('classDef hasError stroke:#e51400,stroke-width:3px'));
    const marked = g.nodes.filter((n) => n.kind === 'effort' && n.problem).map((n) => `${n.id} ${n.problem}`);
    assert.deepEqual(
      marked,
      ['E1.1.2 warning', 'E1.2.1 error'].sort((a, b) => (a < b ? -1 : 1)),
    );
    const withFindings = new Set(p.diagnostics.filter((d) => !d.edges).map((d) => d.efforts[0]));
    assert.deepEqual(new Set(marked.map((m) => m.split(' ')[0])), withFindings);
    assert.match(
      g.nodes.find((n) => n.id === 'E1.2.1')!.notes!.join(),
      /estimated at 801 lines, over the 800-line limit/,
    );
  });

  it('draws external references only when asked, dashed', () => {
    assert.ok(!projectToMermaid(p).text.includes('Phase 0 done'));
    const g = projectToMermaid(p, { includeExternal: true });
    assert.ok(lines(g).includes('ext_phase_0_done["Phase 0 done"]'));
    assert.ok(lines(g).includes('ext_phase_0_done -.-> n_E1_2_1'));
    assert.ok(lines(g).includes('linkStyle 4 stroke-dasharray:4 4'), g.text);
    assertWellFormed(g.text);
  });

  it('styles the critical path: nodes by class, edges by index; dependencies inside a wave are not problems', () => {
    const g = projectToMermaid(p, { criticalPath: ['E1.1.1', 'E1.1.2', 'E1.2.1', 'E1.2.2'] });
    assert.ok(lines(g).includes('class n_E1_1_1,n_E1_1_2,n_E1_2_1,n_E1_2_2 critical'));
    // 0: E1.1.1→E1.1.2 and 4: E1.2.1→E1.2.2 are inside one wave (sequential work, no parallel claim): critical only.
    assert.ok(lines(g).includes('linkStyle 0,2,4 stroke:#3794ff,stroke-width:3px'), g.text);
    // Critical efforts keep their class before the problem classes, so a problem border is drawn over the tint.
    assert.ok(
      lines(g).indexOf('class n_E1_1_1,n_E1_1_2,n_E1_2_1,n_E1_2_2 critical') <
        lines(g).indexOf('class n_E1_2_1 hasError'),
    );
  });

  it('styles as wave-order problems only dependencies on a later wave or phase, as the check reports them', () => {
    const q = project([
      { id: 'E1.1.1', dependsOn: ['E1.2.1'] },
      { id: 'E1.2.1' },
      { id: 'E1.2.2', dependsOn: ['E1.2.1', 'E2.1.1'] },
      { id: 'E2.1.1', dependsOn: ['E1.2.2'] },
    ]);
    const g = projectToMermaid(q);
    assert.deepEqual(
      lines(g).filter((l) => l.includes('-->') || l.startsWith('linkStyle')),
      [
        'n_E1_2_1 --> n_E1_1_1',
        'n_E1_2_1 --> n_E1_2_2',
        'n_E2_1_1 --> n_E1_2_2',
        'n_E1_2_2 --> n_E2_1_1',
        'linkStyle 0 stroke:#e51400,stroke-width:2px,stroke-dasharray:6 3',
        'linkStyle 2,3 stroke:#e51400,stroke-width:3px,stroke-dasharray:12 3 2 3',
      ],
    );
    const waveOrder = q.diagnostics.filter((d) => d.code === 'wave-order').map((d) => d.edges);
    assert.deepEqual(
      waveOrder,
      [[['E1.2.1', 'E1.1.1']], [['E2.1.1', 'E1.2.2']]],
      'E2.1.1 → E1.2.2 is also on the cycle: drawn as a cycle',
    );
  });

  it('styles a dependency inside a wave when the effort claims to run in parallel, as parallel-conflict reports it', () => {
    const q = project([
      { id: 'E1.1.1' },
      {
        id: 'E1.1.2',
        dependsOn: ['E1.1.1'],
        canParallelize: true,
        origins: { canParallelize: { file: '/plans/PLAN.md', line: 3, column: 1, endLine: 3, endColumn: 4 } },
      },
    ]);
    const g = projectToMermaid(q);
    assert.ok(lines(g).includes('linkStyle 0 stroke:#cca700,stroke-width:2px,stroke-dasharray:2 3'), g.text);
    // The edge's note is the finding's message. This project has no facts, so the value at line 3 is not E1.1.2's own
    // field: the product reads it as inherited (from a wave or document line), as it would for a real plan.
    assert.deepEqual(g.edges[0].notes, [
      'E1.1.2 inherits Can Parallelize: Yes from line 3 but depends on E1.1.1 in its own wave 1: E1.1.2 → E1.1.1.',
    ]);
    assert.deepEqual(
      g.edges[0].notes,
      q.diagnostics.filter((d) => d.code === 'parallel-conflict').map((d) => d.message),
    );
  });

  it('styles every edge of a cycle and no other', () => {
    const cyc = project([
      { id: 'E1.1.1', dependsOn: ['E1.1.3'] },
      { id: 'E1.1.2', dependsOn: ['E1.1.1'] },
      { id: 'E1.1.3', dependsOn: ['E1.1.2'] },
      { id: 'E1.1.4', dependsOn: ['E1.1.3', 'E1.1.4'] },
    ]);
    const g = projectToMermaid(cyc);
    const edges = lines(g).filter((l) => l.includes('-->'));
    assert.deepEqual(edges, [
      'n_E1_1_3 --> n_E1_1_1',
      'n_E1_1_1 --> n_E1_1_2',
      'n_E1_1_2 --> n_E1_1_3',
      'n_E1_1_3 --> n_E1_1_4',
      'n_E1_1_4 --> n_E1_1_4',
    ]);
    assert.ok(lines(g).includes('linkStyle 0,1,2,4 stroke:#e51400,stroke-width:3px,stroke-dasharray:12 3 2 3'), g.text);
  });

  it('omits subgraphs when asked, and lays out left to right', () => {
    const g = projectToMermaid(p, { subgraphs: false, direction: 'LR' });
    assert.equal(lines(g)[0], 'graph LR');
    assert.ok(!g.text.includes('subgraph'));
    assert.ok(lines(g).includes('n_E1_1_1["E1.1.1<br/>API types<br/>~380 lines"]'));
  });

  it('gives distinct node ids to ids that sanitize alike', () => {
    const g = projectToMermaid(project([{ id: 'a.b' }, { id: 'a-b' }, { id: 'a_b', dependsOn: ['a.b', 'a-b'] }]));
    assert.deepEqual(
      g.nodes.map((n) => [n.nodeId, n.id]),
      [
        ['n_a_b', 'a-b'],
        ['n_a_b_2', 'a.b'],
        ['n_a_b_3', 'a_b'],
      ],
    );
    assert.ok(lines(g).includes('n_a_b_2 --> n_a_b_3'));
    assert.ok(lines(g).includes('n_a_b --> n_a_b_3'));
  });
});

describe('mermaid: hostile effort names', () => {
  const HOSTILE = [
    'x"] --> n_E1_1_2\nclick n_E1_1_1 call alert(1)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '%%{init: {"securityLevel": "loose"}}%%',
    '`**markdown**` string',
    'end',
    'a]b[c{d}e(f)g|h',
    'style n_E1_1_1 fill:#f00;',
    'tab\there\r\nand\u2028line',
    'bidi \u202Eevil\u202C zero\u200Bwidth',
    'emoji 🚀 ✅ café 日本語',
    'hash #quot; #60; &lt; &amp;',
    'ﬂ°°60¶ßscript',
    'javascript:alert(1)',
    'back\\slash',
  ];
  const seeds = HOSTILE.map((name, i) => ({ id: `E1.1.${i + 1}`, name, dependsOn: i ? [`E1.1.${i}`] : [] }));
  const g = projectToMermaid(project(seeds, { 'W1.1': 'wave "]\nclick' }), { maxLabelLength: 200 });

  it('keeps every line in a known shape', () => {
    assertWellFormed(g.text);
    // graph, subgraph, nodes, end, edges, one linkStyle (every edge is inside the one wave)
    assert.equal(lines(g).length, 1 + 1 + HOSTILE.length + 1 + (HOSTILE.length - 1) + 1);
  });

  it('lets no raw <, ", ], backtick, %% or click line escape a label', () => {
    for (const line of lines(g).filter((l) => l.includes('["'))) {
      const inner = line.slice(line.indexOf('["') + 2, line.lastIndexOf('"]'));
      assert.ok(!/["\][`%{}|;:#]/.test(inner.replace(/#\d+;/g, '')), `raw metacharacter in ${inner}`);
      assert.ok(!/<(?!br\/>)/.test(inner), `raw < in ${inner}`);
    }
    assert.ok(!lines(g).some((l) => /^\s*(click|style|%%)/.test(l)), 'no directive lines');
  });

  it('encodes characters as Mermaid entity codes and strips invisible ones', () => {
    const label = (n: number) => lines(g).find((l) => l.startsWith(`  n_E1_1_${n}[`))!;
    assert.equal(label(2), '  n_E1_1_2["E1.1.2<br/>#60;script#62;alert(1)#60;/script#62;"]');
    assert.equal(label(9), '  n_E1_1_9["E1.1.9<br/>tab here and line"]');
    assert.equal(label(10), '  n_E1_1_10["E1.1.10<br/>bidi evil zerowidth"]');
    assert.equal(label(11), '  n_E1_1_11["E1.1.11<br/>emoji #128640; #9989; café 日本語"]');
    assert.equal(label(13), '  n_E1_1_13["E1.1.13<br/>ﬂ#176;#176;60#182;ßscript"]');
    assert.equal(lines(g)[1], 'subgraph W1_1["Phase 1 #183; Wave 1#58; wave #34;#93; click"]');
  });

  it('keeps plain text (no entities) for search and tooltips', () => {
    assert.equal(g.nodes[1].label, 'E1.1.2 <script>alert(1)</script>');
  });

  it('cuts long names with an ellipsis', () => {
    const long = projectToMermaid(project([{ id: 'E1.1.1', name: 'n'.repeat(100) }]), { maxLabelLength: 10 });
    assert.ok(long.text.includes(`<br/>${'n'.repeat(9)}#8230;"]`), long.text);
  });
});

describe('mermaid: fallbacks stay under Mermaid limits', () => {
  const big = layeredProject(2, 3, 30); // 180 efforts, 2 deps each from wave 2 on

  it('switches to a wave summary above maxEfforts in auto mode, with a note', () => {
    const g = projectToMermaid(big, { maxEfforts: 150 });
    assert.equal(g.kind, 'summary');
    assert.equal(g.level, 'wave');
    assert.equal(g.nodes.length, 6);
    assert.match(g.note ?? '', /180 efforts is more than waveplan\.graph\.maxEfforts \(150\)/);
    assert.equal(
      lines(g)[1],
      'w_W1_1["Phase 1 #183; Wave 1<br/>30 efforts #183; ~16,105 lines<br/>4 oversized #183; 4 near limit"]',
    );
    assert.ok(lines(g).includes('w_W1_1 -->|60| w_W1_2'));
    assert.deepEqual(g.nodes[0].focus, { kind: 'wave', phase: 1, wave: 1 });
    assert.equal(g.nodes[0].efforts?.length, 30);
    assertWellFormed(g.text);
  });

  it('draws the full graph when asked and it fits', () => {
    const g = projectToMermaid(big, { mode: 'full', maxEfforts: 150 });
    assert.equal(g.kind, 'full');
    assert.equal(g.edgeCount, 300);
  });

  it('falls back from full when maxEdges would be exceeded', () => {
    const g = projectToMermaid(big, { mode: 'full', maxEdges: 299 });
    assert.equal(g.kind, 'summary');
    assert.match(g.note ?? '', /300 edges.*exceeds Mermaid's limits \(299 edges/);
    assert.ok(g.edgeCount <= 299);
  });

  it('falls back when maxTextSize would be exceeded', () => {
    const full = projectToMermaid(big, { mode: 'full' });
    const g = projectToMermaid(big, { mode: 'full', maxTextSize: full.text.length - 1 });
    assert.equal(g.kind, 'summary');
    assert.ok(g.text.length < full.text.length - 1);
  });

  it('summarizes by phase when even the wave summary is too big', () => {
    const g = waveSummaryToMermaid(big, { maxEdges: 3 });
    assert.equal(g.level, 'phase');
    assert.deepEqual(lines(g).slice(1, 3), [
      'p_P1["Phase 1<br/>3 waves #183; 90 efforts #183; ~48,315 lines<br/>12 oversized #183; 12 near limit"]',
      'p_P2["Phase 2<br/>3 waves #183; 90 efforts #183; ~48,315 lines<br/>12 oversized #183; 12 near limit"]',
    ]);
    assert.ok(lines(g).includes('p_P1 -->|60| p_P2'));
    assert.deepEqual(g.nodes[1].focus, { kind: 'phase', phase: 2 });
  });

  it('styles a summary edge when a finding is about one of its dependencies (here a wave-order error)', () => {
    const q = project([
      { id: 'E1.1.1', dependsOn: ['E1.2.1'] },
      { id: 'E1.2.1' },
      { id: 'E1.1.2', dependsOn: ['E1.1.1'] },
    ]);
    const g = waveSummaryToMermaid(q);
    assert.deepEqual(
      lines(g).filter((l) => l.includes('-->') || l.startsWith('linkStyle')),
      ['w_W1_2 --> w_W1_1', 'linkStyle 0 stroke:#e51400,stroke-width:2px,stroke-dasharray:6 3'],
    );
    assert.deepEqual(g.edges, [{ from: 'w_W1_2', to: 'w_W1_1', count: 1, problem: 'error' }]);
    assert.ok(lines(g)[1].endsWith('<br/>1 dependency inside the wave"]'), lines(g)[1]);
  });

  it('projects 10,000 efforts to a summary under Mermaid’s limits', () => {
    const huge = layeredProject(10, 10, 100);
    const g = projectToMermaid(huge);
    assert.equal(g.kind, 'summary');
    assert.equal(g.effortCount, 10_000);
    assert.ok(g.text.length <= 50_000 && g.edgeCount <= 500);
  });
});

describe('mermaid: focus and drill-down', () => {
  const p = layeredProject(1, 4, 3);

  it('shows one wave with its direct neighbours faded', () => {
    const g = projectToMermaid(p, { focus: { kind: 'wave', phase: 1, wave: 2 } });
    assert.equal(g.title, 'Phase 1 · Wave 2');
    assert.deepEqual(
      g.nodes.map((n) => `${n.id}${n.context ? '*' : ''}`),
      ['E1.1.1*', 'E1.1.2*', 'E1.1.3*', 'E1.2.1', 'E1.2.2', 'E1.2.3', 'E1.3.1*', 'E1.3.2*', 'E1.3.3*'],
    );
    assert.ok(lines(g).includes('class n_E1_1_1,n_E1_1_2,n_E1_1_3,n_E1_3_1,n_E1_3_2,n_E1_3_3 context'));
    assert.ok(!g.text.includes('E1.4.'));
  });

  it('shows an effort ± k hops upstream and downstream, without siblings', () => {
    const g = projectToMermaid(p, { focus: { kind: 'effort', id: 'E1.2.1', hops: 1 } });
    assert.equal(g.title, 'E1.2.1 ± 1 hop');
    assert.deepEqual(
      g.nodes.map((n) => n.id),
      ['E1.1.1', 'E1.1.2', 'E1.2.1', 'E1.3.1', 'E1.3.3'],
    );
    const two = projectToMermaid(p, { focus: { kind: 'effort', id: 'E1.2.1', hops: 2 } });
    assert.ok(!two.nodes.some((n) => n.id === 'E1.2.2' || n.id === 'E1.2.3'), 'siblings stay out');
    assert.ok(two.nodes.some((n) => n.id.startsWith('E1.4.')));
  });

  it('draws a phase focus as a summary of its waves when it is too big', () => {
    const g = projectToMermaid(layeredProject(2, 3, 30), { focus: { kind: 'phase', phase: 2 }, maxEfforts: 50 });
    assert.equal(g.kind, 'summary');
    assert.deepEqual(
      g.nodes.map((n) => n.id),
      ['W2.1', 'W2.2', 'W2.3'],
    );
  });

  it('leaves out a coordination document (as the tree keeps it apart) unless a dependency involves it', () => {
    assert.ok(!projectToMermaid(p).nodes.some((n) => n.id === 'wave-planning'));
    const linked = project([
      { id: 'E1.1.1', name: 'API types', estimatedLines: 380, dependsOn: ['wave-planning'] },
      { id: 'wave-planning', name: 'wave-planning' },
    ]);
    assert.ok(projectToMermaid(linked).nodes.some((n) => n.id === 'wave-planning'));
  });

  it('names a missing focus effort instead of failing', () => {
    const g = projectToMermaid(p, { focus: { kind: 'effort', id: 'E9.9.9', hops: 2 } });
    assert.equal(g.title, 'E9.9.9 (not in plan)');
    assert.deepEqual(g.nodes, []);
    assert.equal(g.text, 'graph TD');
  });
});

describeWithShared('mermaid: real plans', () => {
  for (const repo of ['jessesanford__kcp', 'jessesanford__idpbuilder']) {
    it(`draws every effort of ${repo} in well-formed text, full and summary`, async function () {
      const { project } = await loadProject([path.join(CORPUS, repo)], CORPUS);
      assert.ok(project.efforts.length > 5);
      const full = projectToMermaid(project, { mode: 'full', includeExternal: true });
      assert.equal(full.kind, 'full');
      assertWellFormed(full.text);
      const drawn = new Set(full.nodes.filter((n) => n.kind === 'effort').map((n) => n.id));
      // Every effort, except coordination documents (kept apart in the tree too) that no dependency involves.
      const left = project.efforts.filter((e) => !drawn.has(e.id));
      const named = new Set(project.efforts.flatMap((e) => e.dependsOn));
      for (const e of left)
        assert.ok(isCoordination(e, project) && e.dependsOn.length === 0 && !named.has(e.id), `${e.id} is drawn`);
      const work = project.efforts.filter((e) => drawn.has(e.id));
      const summary = projectToMermaid(project, { mode: 'summary' });
      assertWellFormed(summary.text);
      assert.equal(
        summary.nodes.reduce((n, w) => n + (w.efforts?.length ?? 0), 0),
        work.length,
      );
    });
  }
});
