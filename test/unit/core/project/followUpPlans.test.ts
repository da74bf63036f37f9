// A fix plan or a split plan is written after review, about an effort a wave plan declares: its title names the fix
// or the split, and the effort is still defined where the wave plan declares it.
import { strict as assert } from 'assert';
import { PlanEngine } from '../../../../src/core/project/engine';

const WAVE = `# Wave 2.3 Plan

### E2.3.2: csv-exporter
**Branch**: \`acme/phase2/wave3/csv-exporter\`
**Estimated Lines**: 380

### E2.3.3: pdf-exporter
**Estimated Lines**: 600
`;

function project(files: Record<string, string>) {
  const engine = new PlanEngine();
  for (const [file, text] of Object.entries(files)) engine.update(file, text);
  return engine.project();
}

describe('fix and split plans beside the wave plan that declares their effort', () => {
  const p = project({
    '/ws/planning/phase2/wave3/WAVE-PLAN.md': WAVE,
    '/ws/planning/phase2/wave3/FIX-PLAN-E2.3.2.md':
      '# Fix Plan: E2.3.2 — quote commas\n\n**Branch**: `acme/phase2/wave3/csv-exporter`\n**Estimated Lines**: 40\n',
    '/ws/planning/phase2/wave3/SPLIT-PLAN-E2.3.3.md':
      '# Split Plan for E2.3.3 (two parts)\n\nSplit the renderer out.\n',
  });
  const effort = (id: string) => p.efforts.find((e) => e.id === id)!;

  it('keeps the wave plan’s names, with no conflict over the follow-up’s title', () => {
    assert.deepEqual(
      ['E2.3.2', 'E2.3.3'].map((id) => effort(id).name),
      ['csv-exporter', 'pdf-exporter'],
    );
    assert.deepEqual(
      p.diagnostics.map((d) => d.code),
      [],
    );
  });

  it('defines each effort at the wave plan’s heading (where go-to-definition goes)', () => {
    assert.deepEqual(
      ['E2.3.2', 'E2.3.3'].map((id) => [effort(id).source.file, effort(id).source.line]),
      [
        ['/ws/planning/phase2/wave3/WAVE-PLAN.md', 3],
        ['/ws/planning/phase2/wave3/WAVE-PLAN.md', 7],
      ],
    );
  });

  it('takes the effort’s size from the wave plan, not the fix’s 40 lines', () => {
    assert.equal(effort('E2.3.2').estimatedLines, 380);
  });
});

describe('a fix plan alone', () => {
  it('declares its effort by the title’s id, named by that id (the model’s fallback), not by the fix’s title', () => {
    const p = project({ '/ws/planning/phase2/wave3/FIX-PLAN-E2.3.2.md': '# Fix Plan: E2.3.2 — quote commas\n' });
    assert.deepEqual(
      p.efforts.map((e) => [e.id, e.name]),
      [['E2.3.2', 'E2.3.2']],
    );
  });
});
