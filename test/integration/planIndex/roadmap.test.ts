// A ROADMAP.md is read by its name in the editor as by the CLI (one discovery policy, src/core/files/classify.ts):
// written into the workspace, its efforts appear; deleted, they are forgotten.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { fixtureUri, waitFor } from '../support/helpers';
import { waveplan } from '../support/planFixtures';

const FILE = 'docs/ROADMAP.md';

describe('a ROADMAP.md in the workspace', function () {
  this.timeout(60_000);
  after(() => fs.rmSync(fixtureUri('docs').fsPath, { recursive: true, force: true }));

  it('is read as a plan over phases, and forgotten when deleted', async () => {
    const api = await waveplan();
    fs.mkdirSync(fixtureUri('docs').fsPath, { recursive: true });
    fs.writeFileSync(
      fixtureUri(FILE).fsPath,
      [
        '# Roadmap',
        '',
        '## Phase 8: Sync',
        '',
        '### Wave 8.1: Engine',
        '',
        '#### E8.1.1: Differ',
        '**Estimated Lines**: 300',
        '',
      ].join('\n'),
    );
    await waitFor(() => api.index.project().byId.has('E8.1.1'), 15_000, 'the roadmap read');
    const e = api.index.project().byId.get('E8.1.1')!;
    assert.deepEqual([e.name, e.phase, e.wave, e.estimatedLines], ['Differ', 8, 1, 300]);
    fs.rmSync(fixtureUri(FILE).fsPath);
    await waitFor(() => !api.index.project().byId.has('E8.1.1'), 15_000, 'the roadmap forgotten');
  });
});
