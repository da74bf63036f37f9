// The graph's notes on nodes and edges read like Problems: files under the project folder by relative path.
import { strict as assert } from 'assert';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { PlanEngine } from '../../../../src/core/project/engine';

const effort = (size: number) =>
  `# Phase 1 Implementation Plan\n\n## Wave 1: Core\n\n### E1.1.1: Parser\n**Size Estimate**: ${size} lines\n`;

describe('graph notes name files relative to the project folder', () => {
  const engine = new PlanEngine();
  engine.update('/work/acme/phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md', effort(300));
  engine.update('/work/acme/wave-plans/WAVE-1-IMPLEMENTATION-PLAN.md', effort(450));
  const project = engine.project();
  const conflict = project.diagnostics.find((d) => d.code === 'effort-conflict');

  it('keeps the finding, with the other file relative to the root', () => {
    assert.ok(conflict && conflict.message.includes('/work/acme/'), conflict?.message);
    const notes = projectToMermaid(project, { root: '/work/acme' }).nodes.find((n) => n.id === 'E1.1.1')?.notes;
    assert.deepEqual(notes, [conflict.message.split('/work/acme/').join('')]);
    assert.ok(!notes[0].includes('/work/acme'), notes[0]);
  });

  it('leaves messages as they are without a root (the CLI prints its own paths)', () => {
    const notes = projectToMermaid(project).nodes.find((n) => n.id === 'E1.1.1')?.notes;
    assert.deepEqual(notes, [conflict!.message]);
  });
});
