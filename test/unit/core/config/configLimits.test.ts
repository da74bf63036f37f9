// The project file and the folder's VS Code settings are read under the plans' limits: a file over the size limit
// or one that is not a regular file is refused from what the file system says, with a message, never read.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadFolderSettings } from '../../../../src/core/config/folderSettings';
import { loadProjectConfig } from '../../../../src/core/config/read';
import { DEFAULT_MAX_BYTES } from '../../../../src/core/files/text';

describe('project settings files under the read limits', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-config-limits-'));
    fs.mkdirSync(path.join(dir, '.git'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a .waveplan.json over the size limit with a located error and uses no setting of it', () => {
    const file = path.join(dir, '.waveplan.json');
    // Valid JSON, so only the size can be the reason (a sparse file: no 10 MB written).
    fs.writeFileSync(file, '{"limits": {"hard": 500}}');
    fs.truncateSync(file, DEFAULT_MAX_BYTES + 1);
    const loaded = loadProjectConfig(dir);
    assert.deepEqual(loaded.config, {});
    assert.deepEqual(
      loaded.diagnostics.map((d) => [d.code, d.line, d.message]),
      [
        [
          'file-unreadable',
          1,
          'cannot read .waveplan.json: file too large: 10.0 MB (10,485,761 bytes), limit 10.0 MB (10,485,760 bytes); Waveplan did not read it',
        ],
      ],
    );
  });

  it('refuses a FIFO named .waveplan.json or .vscode/settings.json without opening it for a blocking read', () => {
    assert.equal(spawnSync('mkfifo', [path.join(dir, '.waveplan.json')]).status, 0);
    fs.mkdirSync(path.join(dir, '.vscode'));
    assert.equal(spawnSync('mkfifo', [path.join(dir, '.vscode', 'settings.json')]).status, 0);
    assert.match(
      loadProjectConfig(dir).diagnostics[0].message,
      /^cannot read \.waveplan\.json: not a regular file \(a fifo\)/,
    );
    const settings = loadFolderSettings(dir);
    assert.deepEqual(settings.overrides, {});
    assert.match(settings.problems[0].message, /settings\.json: not a regular file \(a fifo\)/);
  });
});
