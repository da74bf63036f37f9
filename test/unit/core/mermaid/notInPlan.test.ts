// Efforts a plan names but no plan here declares ("not in plan" nodes): drawn the same whether a dependency list or
// a Blocks list names them, in a neutral style (the finding, a hint or an error, is on the edge), explained by the
// legend. Read from our own fixture plans in the kcp styles through the CLI and the product's engine.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { runCli } from '../../support/cliRun';
import { lint } from '../../support/builders';
import { assertWellFormed } from '../../support/mermaidHelpers';

const DIR = path.resolve(__dirname, '../../../fixtures/graph/not-in-plan');
const EFFORT_PLAN = 'EFFORT-IMPLEMENTATION-PLAN.md';
const PHASE_PLAN = 'PHASE-2-WAVE-PLAN.md';

function readFixtures(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of [EFFORT_PLAN, PHASE_PLAN]) texts[`/ws/${name}`] = readFileSync(path.join(DIR, name), 'utf8');
  return texts;
}

describe('mermaid: efforts not in any plan', () => {
  it('draws no node for what a cancelled effort names (its references are not checked)', () => {
    const plan = [
      '# Wave 3.3 Plan',
      '',
      '### E3.3.1: Preference center',
      '**Depends on**: E3.1.9',
      '',
      '### E3.3.2: Digest mode',
      '**Depends on**: E3.3.1; also E3.1.4 (retired)',
      '**Blocks**: E3.4.7',
      '**Status**: Dropped',
      '',
    ].join('\n');
    const g = projectToMermaid(lint({ '/ws/WAVE-3.3-PLAN.md': plan }).project);
    assert.deepEqual(
      g.nodes.filter((n) => n.kind === 'missing').map((n) => n.label),
      ['E3.1.9 (not in plan)'],
    );
  });

  it('draws an undeclared Blocks target as a "not in plan" node the blocker points to, as it draws a dependency', async () => {
    const { code, out } = await runCli(['graph', DIR], DIR);
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assertWellFormed(out.trim());
    // E1.1.5's effort plan: `Depends on: E1.1.1, E1.1.2`, `Blocks: E1.2.1, E1.2.2`, none of them declared here.
    for (const id of ['E1_1_1', 'E1_1_2', 'E1_2_1', 'E1_2_2'])
      assert.ok(lines.includes(`m_${id}["${id.replace(/_/g, '.')} (not in plan)"]`), `${id} is drawn\n${out}`);
    const edges = lines.filter((l) => l.includes(' --> '));
    assert.ok(edges.includes('m_E1_1_1 --> n_E1_1_5'), 'what it depends on points to it');
    assert.ok(edges.includes('n_E1_1_5 --> m_E1_2_1'), 'it points to what it blocks');
    assert.ok(edges.includes('n_E1_1_5 --> m_E1_2_2'));
    // A Blocks target in a declared wave (a typo) and one in an undeclared wave, from a phase plan.
    assert.ok(edges.includes('n_E2_1_1 --> m_E2_1_9'));
    assert.ok(edges.includes('n_E2_1_1 --> m_E2_2_1'));
    const missing = lines.find((l) => l.startsWith('class m_'));
    assert.equal(missing, 'class m_E1_1_1,m_E1_1_2,m_E1_2_1,m_E1_2_2,m_E2_1_9,m_E2_2_1,m_E2_1_8 missing');
  });

  it('styles the edge to it by what Problems says: the typo an error, the undeclared wave nothing', () => {
    const { project } = lint(readFixtures());
    const g = projectToMermaid(project);
    const edge = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to);
    assert.equal(edge('n_E2_1_1', 'm_E2_1_9')?.problem, 'error');
    assert.match(edge('n_E2_1_1', 'm_E2_1_9')!.notes!.join(), /E2\.1\.1 blocks E2\.1\.9, which is not an effort/);
    assert.equal(edge('m_E2_1_8', 'n_E2_1_2')?.problem, 'error', 'a dependency typo likewise');
    assert.equal(edge('n_E2_1_1', 'm_E2_2_1')?.problem, undefined, 'undeclared-effort is a hint: no mark');
    assert.equal(edge('n_E1_1_5', 'm_E1_2_1')?.problem, undefined);
    const blocked = g.nodes.find((n) => n.id === 'E1.2.1');
    assert.deepEqual(blocked, { nodeId: 'm_E1_2_1', kind: 'missing', id: 'E1.2.1', label: 'E1.2.1 (not in plan)' });
  });

  it('draws "not in plan" nodes grey and dotted, not in an error colour, and the legend says what they are', () => {
    const { project } = lint(readFixtures());
    const g = projectToMermaid(project);
    const classDef = g.text.split('\n').find((l) => l.startsWith('classDef missing '));
    assert.ok(classDef, g.text);
    assert.ok(!classDef.includes('#e51400') && !classDef.includes('#cca700'), classDef);
    assert.match(classDef, /stroke:#8a8a8a/);
    const entry = g.legend.find((e) => e.key === 'node-missing');
    assert.ok(entry);
    assert.equal(entry.label, 'named, not in any plan here');
    assert.match(entry.detail ?? '', /dependency or Blocks list names/);
    assert.match(entry.detail ?? '', /hint/);
  });
});
