// A wave or phase the plan makes wait for an earlier one says so on its tree row: `after Wave 1` in the row (before
// its name, which a narrow sidebar cuts first) and `Waits for all of Wave 1` in its tooltip, from the same rule as
// `waveplan inspect` (gates.ts declaredWaitsOf): a plan without phases' `**Depends On**: Wave 1` under `## Wave 2`,
// a phase's `**Requires**: Phase 1 complete` on the phase's row, a wave's own on the wave's.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { PlanNode } from '../../../src/extension/tree/planTree';
import { fixtureUri, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const UNPHASED = 'phase-plans/GATES-WAVE-PLAN.md';
const PHASE_6 = 'phase-plans/PHASE-6-IMPLEMENTATION-PLAN.md';
const PHASE_7 = 'phase-plans/PHASE-7-IMPLEMENTATION-PLAN.md';
const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

const write = (file: string, lines: string[]) => fs.writeFileSync(fixtureUri(file).fsPath, lines.join('\n'));

describe('tree: waves and phases that wait for earlier ones', function () {
  this.timeout(60_000);
  after(async () => {
    for (const f of [UNPHASED, PHASE_6, PHASE_7]) fs.rmSync(fixtureUri(f).fsPath, { force: true });
    const api = await waveplan();
    await waitFor(
      () => !api.index.project().byId.has('w2-1-gate-api') && !api.index.project().byId.has('E7.2.1'),
      15_000,
      'the plans forgotten',
    );
  });

  it('says `after Wave 1` on the rows of the waves and phases whose plan says they wait', async () => {
    const api = await waveplan();
    write(UNPHASED, [
      '# Gate Train',
      '',
      '## Wave 1',
      '',
      '### Task 1.1: Gate parser',
      '**Size**: ~300 lines',
      '',
      '### Task 1.2: Gate store',
      '**Size**: ~600 lines',
      '',
      '## Wave 2: Serving',
      '**Depends On**: Wave 1',
      '',
      '### Task 2.1: Gate api',
      '**Size**: ~200 lines',
      '',
    ]);
    write(PHASE_6, ['# Phase 6: Core', '', '## Wave 1', '', '### E6.1.1: Model', '**Estimated Lines**: 300', '']);
    write(PHASE_7, [
      '# Phase 7: Service',
      '',
      '### Phase Dependencies',
      '- **Requires**: Phase 6 complete',
      '',
      '## Wave 1',
      '',
      '### E7.1.1: Server',
      '**Estimated Lines**: 400',
      '',
      '## Wave 2: Reports',
      '**Depends On**: Wave 7.1',
      '',
      '### E7.2.1: Report',
      '**Estimated Lines**: 150',
      '',
    ]);
    await waitFor(
      () => api.index.project().byId.has('w2-1-gate-api') && api.index.project().byId.has('E7.2.1'),
      15_000,
      'the plans read',
    );
    const children = (node?: PlanNode) => api.tree.getChildren(node) as PlanNode[];
    const item = (node: PlanNode) => api.tree.getTreeItem(node) as vscode.TreeItem;
    const row = (n: PlanNode) => [label(item(n)), item(n).description, String(item(n).tooltip).split('\n')[1]];

    const plan = await waitFor(
      () => children().find((n) => n.kind === 'unphasedPlan' && label(item(n)) === 'Gate Train'),
      10_000,
      'the plan node',
    );
    assert.deepEqual(children(plan).map(row), [
      ['Wave 1', '2 efforts · 900 lines', '2 efforts · 900 lines'],
      ['Wave 2', '1 effort · 200 lines · after Wave 1 · Serving', 'Waits for all of Wave 1 (the plan says so of it)'],
    ]);

    const phase = (n: number) =>
      children().find((p) => p.kind === 'phase' && p.phase === n) ?? assert.fail(`no Phase ${n} row`);
    assert.deepEqual(row(phase(6)), ['Phase 6', '1 wave · Core', undefined]);
    assert.deepEqual(row(phase(7)), [
      'Phase 7',
      '2 waves · after Phase 6 · Service',
      'Waits for all of Phase 6 (the plan says so of it)',
    ]);
    assert.deepEqual(children(phase(7)).map(row), [
      ['Wave 7.1', '1 effort · 400 lines', '1 effort · 400 lines'],
      [
        'Wave 7.2',
        '1 effort · 150 lines · after Wave 7.1 · Reports',
        'Waits for all of Wave 7.1 (the plan says so of it)',
      ],
    ]);
  });
});
