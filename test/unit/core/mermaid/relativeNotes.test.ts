// The graph's notes on nodes and edges read like Problems: files under the project folder by relative path.
import { strict as assert } from 'assert';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { PlanEngine } from '../../../../src/core/project/engine';

const plan = (id: string, dep: string) =>
  `# Phase 1 Implementation Plan\n\n## Wave 1: Core\n\n### ${id}: Part\n**Size Estimate**: 300 lines\n**Dependencies**: ${dep}\n`;

describe('graph notes name files relative to the project folder', () => {
  // A two-effort cycle whose edges two files write: its message names both places.
  const engine = new PlanEngine();
  engine.update('/work/acme/phase-plans/E1.1.1-PLAN.md', plan('E1.1.1', 'E1.1.2'));
  engine.update('/work/acme/wave-plans/E1.1.2-PLAN.md', plan('E1.1.2', 'E1.1.1'));
  const project = engine.project();
  const cycle = project.diagnostics.find((d) => d.code === 'dependency-cycle' && d.efforts[0] === 'E1.1.1');

  it('keeps the finding, with the other file relative to the root', () => {
    assert.ok(cycle && cycle.message.includes('/work/acme/'), cycle?.message);
    const notes = projectToMermaid(project, { root: '/work/acme' }).edges.find((e) => e.notes?.length)?.notes;
    assert.ok(notes?.includes(cycle.message.split('/work/acme/').join('')), JSON.stringify(notes));
    assert.ok(!notes!.some((n) => n.includes('/work/acme')), notes!.join('\n'));
  });

  it('leaves messages as they are without a root (the CLI prints its own paths)', () => {
    const notes = projectToMermaid(project).edges.find((e) => e.notes?.length)?.notes;
    assert.ok(notes?.includes(cycle!.message), JSON.stringify(notes));
  });
});
