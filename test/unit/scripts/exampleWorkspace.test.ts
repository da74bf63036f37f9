// `npm start` opens a copy of example/ that is its own git repository: a new user trying Create Effort Worktree or
// Fix All there must not add branches to this repository or change its tracked example/ files.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cliRun';

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

  it("has what its state file records, so the walkthrough's Create Wave Worktrees on the current wave needs no base", async () => {
    const dest = prepareExampleWorkspace(EXAMPLE, path.join(tmp, 'example'));
    const r = await runCli(['worktree', 'create', '--wave', '1.2', '--plans', dest, '--repo', dest, '--json'], dest);
    const results = (JSON.parse(r.out) as { results: { effort: string; status: string; base: string }[] }).results;
    assert.deepEqual(
      results.map((x) => [x.effort, x.status, x.base]),
      [
        ['E1.2.1', 'created', 'greenhouse/phase1/wave1-integration'],
        ['E1.2.2', 'created', 'main'],
        ['E1.2.3', 'created', 'main'],
      ],
    );
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
    assert.equal(git(dest, 'branch', '--list', 'greenhouse/phase1/wave3/*'), '');
    assert.equal(git(dest, 'branch', '--show-current'), 'main');
    assert.ok(!fs.existsSync(path.join(tmp, 'example-worktrees')));
  });
});
