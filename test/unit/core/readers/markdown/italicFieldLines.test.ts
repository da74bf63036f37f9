// A field line set in italics whole (`*Size: ~300 lines*`, `_Depends on: E4.1.1_`, `- *Branch: x*`) reads as the
// same line without the marks, located where it is written; fields apart by a spaced dash before a key and its
// colon (`_Status: Not started — Base branch: \`x\`_`) are each read. Before, the italic lines gave nothing, and the
// wave's base branch after the dash was lost. Read through the engine, as plans of that style.
import { strict as assert } from 'assert';
import { lint } from '../../../support/builders';

const PLAN = '/ws/PHASE-4-PLAN.md';
const LINES = [
  '# Phase 4: Ops',
  '',
  '## Wave 1: Alerts',
  '',
  '### E4.1.1: Pager',
  '*Size: ~300 lines*',
  '*Branch: `ops/pager`*',
  '',
  '### E4.1.2: Mailer',
  '_Estimated 200 lines_',
  '- *Depends on: E4.1.1*',
  '',
  '## Wave 2: Metrics',
  '',
  '_Status: In progress — Base branch: `ops/w2`_',
  '',
  '### E4.2.1: Exporter',
  '*Size*: 250 lines *(rough)*',
  '',
];

describe('markdown reader: field lines set in italics whole, and fields apart by a spaced dash', () => {
  const { project } = lint({ [PLAN]: LINES.join('\n') });
  const effort = (id: string) => project.byId.get(id)!;

  it('reads an italic line as its field, located inside the marks', () => {
    const e = effort('E4.1.1');
    assert.deepEqual([e.estimatedLines, e.branch], [300, 'ops/pager']);
    const at = e.origins.branch!;
    assert.equal(LINES[at.line - 1].slice(at.column - 1, at.endColumn - 1), 'ops/pager');
    assert.deepEqual([effort('E4.1.2').estimatedLines, effort('E4.1.2').dependsOn], [200, ['E4.1.1']]);
  });

  it("reads a wave's italic line of two fields apart by a dash: its status and its base", () => {
    const e = effort('E4.2.1');
    assert.deepEqual([e.status, e.baseBranch], ['in-progress', 'ops/w2']);
  });

  it('leaves a line with emphasis inside alone: its italic key reads as before', () => {
    assert.equal(effort('E4.2.1').estimatedLines, 250);
  });
});
