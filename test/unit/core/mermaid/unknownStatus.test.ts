// An effort whose status the plan writes in words Waveplan does not read is drawn with a `?` after its id, and the
// legend says what it means: never drawn like a planned effort (no mark). Through the checks and the graph.
import { strict as assert } from 'assert';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { lint } from '../../support/builders';

const F = '/ws/WAVE-1.1-PLAN.md';
const PLAN = [
  '# Phase 1 Wave 1 Plan',
  '',
  '| Effort | Name | Lines | Status |',
  '|---|---|---|---|',
  '| E1.1.1 | lexer | 100 | 🟢 |',
  '| E1.1.2 | parser | 100 | todo |',
  '',
].join('\n');

describe('an unknown status in the graph', () => {
  it('marks it ? and the planned effort not at all, with a legend entry', () => {
    const { project, diagnostics } = lint({ [F]: PLAN });
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'unknown-status').map((d) => d.efforts),
      [['E1.1.1']],
    );
    const graph = projectToMermaid(project);
    assert.match(graph.text, /n_E1_1_1\["E1\.1\.1 #63;<br\/>lexer/);
    assert.match(graph.text, /n_E1_1_2\["E1\.1\.2<br\/>parser/);
    assert.deepEqual(
      graph.legend.filter((l) => l.key.startsWith('status-')).map((l) => [l.mark, l.label]),
      [['?', 'status not understood']],
    );
  });
});
