// Line figures of a thousand and more are written one way on every surface, `1,100`, whatever the host's locale:
// Problems (the check's message), the tree (label, wave row, tooltip and hover), the split fix, the graph and the
// CLI (lint, inspect, waves). The tree, Problems and the CLI wrote `1100` while the graph wrote `1,100`.
import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { formatCount } from '../../../../src/core/model/numbers';
import { effortMarkdown, findingsByEffort, sizeText } from '../../../../src/core/views/effortText';
import { compactEffortLabel, waveDescription } from '../../../../src/core/views/treeShape';
import { lint } from '../../support/builders';
import { runCli } from '../../support/cliRun';

const PLAN = `# Phase 1: Ledger

## Wave 1: Storage

#### E1.1.1: journal-store
**Size Estimate**: 400 lines

#### E1.1.2: snapshot-codec
**Size Estimate**: ~1100 lines
**Dependencies**: E1.1.1
`;

describe('line figures: one format on every surface', () => {
  it('writes a comma every three digits, for negatives too, rounding fractions', () => {
    assert.deepEqual([0, 999, 1000, 1100, 12345, 1234567, -4500, 1099.6].map(formatCount), [
      '0',
      '999',
      '1,000',
      '1,100',
      '12,345',
      '1,234,567',
      '-4,500',
      '1,100',
    ]);
  });

  it('in Problems, the tree, the hover, the split fix and the graph', () => {
    const { project } = lint({ 'phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md': PLAN });
    const effort = project.byId.get('E1.1.2')!;
    const finding = project.diagnostics.find((d) => d.code === 'effort-oversized')!;
    assert.equal(finding.message, 'E1.1.2 is estimated at 1,100 lines, over the 800-line limit: split it.');
    assert.match(
      finding.fixes?.[0]?.title ?? '',
      /^Split E1\.1\.2 into E1\.1\.2 \(\d{3} lines\) and E1\.1\.3 \(\d{3} lines\)$/,
    );
    assert.equal(compactEffortLabel(effort, DEFAULT_LIMITS), 'E1.1.2 ~1,100/800');
    assert.equal(sizeText(effort, DEFAULT_LIMITS), '~1,100/800 lines');
    assert.equal(waveDescription(['E1.1.1', 'E1.1.2'], project), '2 efforts · 1,500 lines');
    const hover = effortMarkdown(effort, project, DEFAULT_LIMITS, findingsByEffort(project).get(effort.id));
    assert.ok(hover.includes('~1,100/800 lines'), hover);
    assert.ok(!/\b1100\b/.test(hover), hover);
    assert.ok(projectToMermaid(project).text.includes('~1,100 lines'));
  });

  it('in the CLI: lint, inspect and waves', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-numbers-'));
    try {
      writeFileSync(path.join(dir, 'PHASE-1-IMPLEMENTATION-PLAN.md'), PLAN);
      const lintOut = (await runCli(['lint'], dir)).out;
      assert.match(lintOut, /E1\.1\.2 is estimated at 1,100 lines, over the 800-line limit/);
      assert.match((await runCli(['inspect'], dir)).out, /E1\.1\.2 snapshot-codec \(~1,100 lines\)/);
      const waves = (await runCli(['waves'], dir)).out;
      assert.match(waves, /^Critical path \(1,500 lines\): E1\.1\.1 → E1\.1\.2$/m);
      for (const out of [lintOut, waves]) assert.ok(!/\b1[15]00\b/.test(out), out);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
