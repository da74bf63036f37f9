// `npm start` opens a copy of example/ that is its own git repository: a new user trying Create Effort Worktree or
// Fix All there must not add branches to this repository or change its tracked example/ files.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const { prepareExampleWorkspace } = require('../../../scripts/lib/example-workspace') as {
  prepareExampleWorkspace: (source: string, dest: string) => string;
};

const EXAMPLE = path.join(__dirname, '../../../example');
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' }).stdout.trim();

describe('the example workspace of npm start', () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-example-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('is a committed copy of example/ in a repository of its own, on main', () => {
    const dest = prepareExampleWorkspace(EXAMPLE, path.join(tmp, 'example'));
    assert.equal(fs.realpathSync(git(dest, 'rev-parse', '--show-toplevel')), fs.realpathSync(dest));
    assert.equal(git(dest, 'branch', '--show-current'), 'main');
    assert.equal(git(dest, 'status', '--porcelain'), '');
    assert.deepEqual(git(dest, 'ls-files').split('\n').sort(), git(EXAMPLE, 'ls-files', '.').split('\n').sort());
  });

  it('starts over at every start: edits, branches and worktrees of the last session are gone', () => {
    const dest = prepareExampleWorkspace(EXAMPLE, path.join(tmp, 'example'));
    fs.writeFileSync(path.join(dest, 'README.md'), 'edited');
    git(
      dest,
      'worktree',
      'add',
      '-q',
      '-b',
      'greenhouse/phase1/wave3/threshold-rules',
      path.join(tmp, 'example-worktrees/x'),
    );
    prepareExampleWorkspace(EXAMPLE, dest);
    assert.equal(git(dest, 'status', '--porcelain'), '');
    assert.equal(git(dest, 'branch', '--list'), '* main');
    assert.ok(!fs.existsSync(path.join(tmp, 'example-worktrees')));
  });
});
