// A PLAN.md at the workspace folder's root is the project's plan: the editor reads it as the CLI does (one
// discovery policy, src/core/files/), and forgets it when it goes.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { fixtureUri, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

describe('a PLAN.md at the root', function () {
  this.timeout(60_000);
  const plan = () => fixtureUri('PLAN.md').fsPath;
  after(() => fs.rmSync(plan(), { force: true }));

  it('is read as a plan, and forgotten when deleted', async () => {
    const api = await waveplan();
    fs.writeFileSync(
      plan(),
      [
        '# Phase 8: Archive',
        '',
        '## Wave 8.1: Export',
        '',
        '### E8.1.1: exporter',
        '**Estimated Lines**: 200',
        '',
      ].join('\n'),
    );
    await waitFor(() => api.index.project().byId.has('E8.1.1'), 15_000, 'the root PLAN.md read');
    const effort = api.index.project().byId.get('E8.1.1');
    assert.equal(effort?.estimatedLines, 200);
    assert.equal(effort?.name, 'exporter');
    fs.rmSync(plan());
    await waitFor(() => !api.index.project().byId.has('E8.1.1'), 15_000, 'the root PLAN.md forgotten');
  });
});
