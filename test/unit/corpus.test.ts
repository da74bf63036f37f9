// Every real plan and state file, read together as one workspace: no reader crashes, everything classified.
import { strict as assert } from 'assert';
import * as path from 'path';
import { existsSync } from 'fs';
import { loadProject } from '../../src/cli/load';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus/real');

describe('real corpus (../shared/corpus/real)', function () {
  before(function () {
    if (!existsSync(CORPUS)) throw new Error(`the shared corpus is missing at ${CORPUS}`);
  });

  it('reads all 23 plan and state files without a reader failure', async () => {
    const { project, problems } = await loadProject([CORPUS], CORPUS);
    assert.deepEqual(problems, []);
    assert.equal(project.files.length, 23);
    const crashes = project.diagnostics.filter((d) => d.code === 'file-unreadable');
    assert.deepEqual(crashes, []);
  });

  it('finds efforts in both repositories and reports the broken hybrid state file', async () => {
    const { project } = await loadProject([CORPUS], CORPUS);
    const files = new Set(project.efforts.map((e) => e.source.file.split(path.sep).includes('jessesanford__kcp')));
    assert.deepEqual([...files].sort(), [false, true]);
    const invalid = project.diagnostics.filter((d) => d.code === 'metadata-invalid' && d.file.endsWith('orchestrator-state.yaml'));
    assert.ok(invalid.length >= 1, 'the JSON-with-YAML-appended state file is reported');
    assert.ok(invalid[0].line > 1, 'located at the first bad line, not line 1');
  });
});
