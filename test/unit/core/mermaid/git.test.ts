// Git state in the graph's effort nodes: exact line text, measured-size classes, hostile input, Mermaid's budget.
import { strict as assert } from 'assert';
import { projectToMermaid, type EffortGitState, type MermaidGraph } from '../../../../src/core/mermaid/flowchart';
import { assertWellFormed, layeredProject, project } from '../../support/mermaidHelpers';

const lines = (g: MermaidGraph) => g.text.split('\n');
const nodeLine = (g: MermaidGraph, nodeId: string) => lines(g).find((l) => l.trimStart().startsWith(`${nodeId}["`));

describe('mermaid: git state in effort nodes', () => {
  const p = project([
    { id: 'E1.1.1', name: 'API types', estimatedLines: 380 },
    { id: 'E1.1.2', name: 'Client', estimatedLines: 300 },
    { id: 'E1.1.3', name: 'Store', estimatedLines: 200 },
    { id: 'E1.2.1', name: 'Controller', estimatedLines: 900, dependsOn: ['E1.1.1'] },
    { id: 'E1.2.2', name: 'Sync', estimatedLines: 100 },
    { id: 'E1.2.3', name: 'Docs', estimatedLines: 50 },
  ]);
  const git = new Map<string, EffortGitState>([
    ['E1.1.1', { worktree: true, branch: true, ahead: 2, measured: 612, branchName: 'demo/phase1/wave1/api-types' }],
    ['E1.1.2', { branch: true, merged: true }],
    ['E1.1.3', { branch: false }],
    ['E1.2.1', { worktree: true, branch: true, dirty: true, ahead: 1_234, measured: 801 }],
    ['E1.2.2', { worktree: true, branch: true, measured: 750 }],
  ]);
  const g = projectToMermaid(p, { git });

  it('adds one compact line per effort with git state, and nothing to the others', () => {
    assert.equal(
      nodeLine(g, 'n_E1_1_1'),
      '  n_E1_1_1["E1.1.1<br/>API types<br/>~380 lines<br/>#9095; wt #183; 2 ahead #183; 612/800"]',
    );
    assert.equal(
      nodeLine(g, 'n_E1_1_2'),
      '  n_E1_1_2["E1.1.2<br/>Client<br/>~300 lines<br/>#9095; branch #183; merged"]',
    );
    assert.equal(nodeLine(g, 'n_E1_1_3'), '  n_E1_1_3["E1.1.3<br/>Store<br/>~200 lines<br/>no branch"]');
    assert.equal(
      nodeLine(g, 'n_E1_2_1'),
      '  n_E1_2_1["E1.2.1<br/>Controller<br/>~900 lines<br/>#9095; wt #183; dirty #183; 1,234 ahead #183; 801/800"]',
    );
    assert.equal(nodeLine(g, 'n_E1_2_3'), '  n_E1_2_3["E1.2.3<br/>Docs<br/>~50 lines"]');
    assertWellFormed(g.text);
  });

  it('styles an effort measured over a limit as Problems reports it (effort-measured-oversized), not by its own rule', () => {
    // Without the measured sizes in the checks, nothing but the 900-line estimate is a finding.
    assert.deepEqual(
      lines(g).filter((l) => l.startsWith('class ')),
      ['class n_E1_2_1 hasError'],
    );
    const measured = new Map([...git].filter(([, s]) => s.measured !== undefined).map(([id, s]) => [id, s.measured!]));
    const checked = project(p.efforts, {}, undefined, measured);
    const h = projectToMermaid(checked, { git });
    assert.deepEqual(
      lines(h).filter((l) => l.startsWith('class ')),
      ['class n_E1_2_2 hasWarning', 'class n_E1_2_1 hasError'],
    );
    assert.deepEqual(h.nodes.find((n) => n.id === 'E1.2.2')?.notes, [
      'E1.2.2 measures 750 lines on its branch, over the 700-line warning threshold (limit 800).',
    ]);
    const small = projectToMermaid(project([{ id: 'E1.1.1', name: 'beta' }]), {
      limits: { hard: 30, soft: 25 },
      git: new Map([['E1.1.1', { worktree: true, branch: true, ahead: 1, measured: 40 }]]),
    });
    assert.equal(nodeLine(small, 'n_E1_1_1'), '  n_E1_1_1["E1.1.1<br/>beta<br/>#9095; wt #183; 1 ahead #183; 40/30"]');
  });

  it('puts the git state and branch name in the plain label for search and screen readers', () => {
    assert.equal(
      g.nodes.find((n) => n.id === 'E1.1.1')?.label,
      'E1.1.1 API types · \u2387 wt · 2 ahead · 612/800 · demo/phase1/wave1/api-types',
    );
    assert.equal(g.nodes.find((n) => n.id === 'E1.2.3')?.label, 'E1.2.3 Docs');
  });

  it('draws the same text as before without git state, or with an empty map', () => {
    assert.equal(projectToMermaid(p, { git: new Map() }).text, projectToMermaid(p).text);
    assert.ok(!projectToMermaid(p).text.includes('#9095;'));
  });

  it('never lets a hostile branch name, path-like key or number reach the drawing', () => {
    const hostile =
      'x"]\nclick n_E1_1_1 call alert(1)\n%%{init: {"securityLevel":"loose"}}%%<img src=x onerror=alert(2)>';
    const bad = new Map<string, EffortGitState>([
      ['E1.1.1', { worktree: true, branch: true, branchName: hostile, ahead: Number.NaN, measured: -5 }],
      ['E1.1.2', { branch: true, ahead: Infinity, measured: Number.NaN }],
      [`../../etc"]\nclick ${hostile}`, { worktree: true, branch: true, measured: 999 }],
    ]);
    const h = projectToMermaid(p, { git: bad });
    assert.equal(nodeLine(h, 'n_E1_1_1'), '  n_E1_1_1["E1.1.1<br/>API types<br/>~380 lines<br/>#9095; wt"]');
    assert.equal(nodeLine(h, 'n_E1_1_2'), '  n_E1_1_2["E1.1.2<br/>Client<br/>~300 lines<br/>#9095; branch"]');
    for (const raw of ['alert', 'click', 'init', 'etc', '999', '<img'])
      assert.ok(!h.text.includes(raw), `${raw} leaked into ${h.text}`);
    assertWellFormed(h.text);
    assert.equal(h.nodes.length, 6, 'keys that are not drawn efforts add no node');
    // Plain text (set as an attribute by the webview, never as HTML): flattened to one line, invisible characters gone.
    assert.equal(h.nodes[0].label, `E1.1.1 API types · \u2387 wt · ${hostile.replace(/\n/g, ' ')}`);
  });

  it('leaves git state out when only it would break Mermaid’s text budget, with a note', () => {
    const big = layeredProject(1, 2, 20);
    const all = new Map(
      big.efforts.map((e) => [
        e.id,
        { worktree: true, branch: true, dirty: true, ahead: 12, merged: true, measured: 345 } as EffortGitState,
      ]),
    );
    const bare = projectToMermaid(big, { mode: 'full' });
    const withGit = projectToMermaid(big, { mode: 'full', git: all });
    assert.equal(withGit.kind, 'full');
    assert.ok(withGit.text.length > bare.text.length + 40 * 50, 'every node got a git line');
    const tight = projectToMermaid(big, { mode: 'full', git: all, maxTextSize: bare.text.length });
    assert.equal(tight.kind, 'full');
    assert.equal(tight.text, bare.text);
    assert.equal(tight.note, "Git state is not drawn: with it the graph exceeds Mermaid's limits.");
    const tooTight = projectToMermaid(big, { mode: 'full', git: all, maxTextSize: bare.text.length - 1 });
    assert.equal(tooTight.kind, 'summary');
    assert.ok(tooTight.text.length < bare.text.length);
  });
});
