// An effort only a state file knows: a user's own-b records `"E2.2.4": { "status": "in_progress", "loc": 120, "note":
// "webhook receiver, added mid-wave" }` under wave 2.2, and no plan has a heading for it. The tree showed
// `E2.2.4 ~120/800` and nothing else, its tooltip no remark. Now the row says the note where a plan effort says its
// name, and the tooltip shows it; a name the record gives still wins.
import { strict as assert } from 'assert';
import { projectToMermaid } from '../../../../src/core/mermaid/flowchart';
import { DEFAULT_LIMITS } from '../../../../src/core/model/model';
import { effortCaption, effortMarkdown } from '../../../../src/core/views/effortText';
import { lint } from '../../support/builders';

const ROOT = '/ws';
const PLAN = `# Billing v2 — wave plan (Phase 2)

## Wave 2 · Services
- [ ] E2.2.1 Invoice service — est. 700 LOC
`;

const state = (record: Record<string, unknown>) =>
  JSON.stringify({ schema: 2, progress: { '2.2': { 'E2.2.1': { status: 'in_review' }, 'E2.2.4': record } } }, null, 2);

describe('views: an effort only a state file records', () => {
  it('shows its note in the row and the tooltip', () => {
    const { project } = lint({
      [`${ROOT}/WAVE-PLAN-billing.md`]: PLAN,
      [`${ROOT}/orchestrator-state.json`]: state({
        status: 'in_progress',
        loc: 120,
        note: 'webhook receiver, added mid-wave',
      }),
    });
    const effort = project.byId.get('E2.2.4')!;
    assert.equal(effortCaption(effort), 'webhook receiver, added mid-wave');
    const tooltip = effortMarkdown(effort, project, DEFAULT_LIMITS, [], ROOT).split('\n');
    assert.ok(tooltip.includes('Note: webhook receiver, added mid-wave  '), tooltip.join('\n'));
    assert.equal(effortCaption(project.byId.get('E2.2.1')!), 'Invoice service', 'plan efforts keep their name');
    // The graph's node says it too (it said only `E2.2.4`), as text and in the node's plain label.
    const graph = projectToMermaid(project);
    assert.ok(
      graph.text.includes('n_E2_2_4["E2.2.4 #9654;<br/>webhook receiver, added mid-wave<br/>~120 lines"]'),
      graph.text,
    );
    const node = graph.nodes.find((n) => n.id === 'E2.2.4');
    assert.equal(node?.label, 'E2.2.4 webhook receiver, added mid-wave');
  });

  it('shows the name the record gives, and a remark or comment as its note', () => {
    const { project } = lint({
      [`${ROOT}/WAVE-PLAN-billing.md`]: PLAN,
      [`${ROOT}/orchestrator-state.json`]: state({
        name: 'webhook-receiver',
        status: 'in_progress',
        remark: 'added\nmid-wave',
      }),
    });
    const effort = project.byId.get('E2.2.4')!;
    assert.equal(effortCaption(effort), 'webhook-receiver');
    const tooltip = effortMarkdown(effort, project, DEFAULT_LIMITS, [], ROOT).split('\n');
    assert.equal(tooltip[0], '**E2.2.4** webhook-receiver');
    assert.ok(tooltip.includes('Note: added mid-wave  '), tooltip.join('\n'));
  });
});
