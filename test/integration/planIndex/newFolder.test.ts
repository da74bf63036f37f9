// Plans that arrive in a folder that did not exist (a branch checked out, a folder copied in, `mkdir` and a write at
// once) are read like any new plan, and the plans of a deleted folder are forgotten: VS Code may report only the
// folder, not the files in it.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixtureUri, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const DIR = 'phase-plans/phase9';
const PLAN = `${DIR}/PHASE-9-IMPLEMENTATION-PLAN.md`;

describe('plans in a new folder', function () {
  this.timeout(60_000);
  after(() => fs.rmSync(fixtureUri(DIR).fsPath, { recursive: true, force: true }));

  it('reads a plan written into a folder made the same moment', async () => {
    const api = await waveplan();
    fs.mkdirSync(path.dirname(fixtureUri(PLAN).fsPath), { recursive: true });
    fs.writeFileSync(
      fixtureUri(PLAN).fsPath,
      ['# Phase 9: Archive', '', '## Wave 1: Export', '', '#### E9.1.1: exporter', '**Estimated Lines**: 200', ''].join(
        '\n',
      ),
    );
    await waitFor(() => api.index.project().byId.has('E9.1.1'), 15_000, 'the Phase 9 plan read');
    assert.equal(api.index.project().byId.get('E9.1.1')?.estimatedLines, 200);
  });

  it('forgets the plans of a folder deleted as a whole (VS Code reports only the folder)', async () => {
    const api = await waveplan();
    await waitFor(() => api.index.project().byId.has('E9.1.1'), 15_000, 'the Phase 9 plan read');
    fs.rmSync(fixtureUri(DIR).fsPath, { recursive: true, force: true });
    await waitFor(() => !api.index.project().byId.has('E9.1.1'), 15_000, 'the Phase 9 plan forgotten');
    assert.ok(!api.index.project().files.some((f) => f.file.includes('PHASE-9')));
  });
});
