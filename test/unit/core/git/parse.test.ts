import { strict as assert } from 'assert';
import { rmSync } from 'fs';
import * as path from 'path';
import { parseNumstat, parseNumstatBatches } from '../../../../src/core/git/numstat';
import { checkBranchName, parseRefList } from '../../../../src/core/git/refs';
import { GitRepo } from '../../../../src/core/git/repo';
import { parseWorktreeList } from '../../../../src/core/git/worktreeList';
import { TempRepo } from '../../../fixtures/worktrees/tempRepo';

const SHA = 'b621e507853ab56fad1aa2adbd4a558fc29a7769';

describe('git porcelain parsers', () => {
  it('parses worktree list -z with bare, detached, locked and prunable entries', () => {
    const text = [
      'worktree /srv/repo.git',
      'bare',
      '',
      'worktree /w/a',
      `HEAD ${SHA}`,
      'branch refs/heads/phase1/wave1/a',
      'prunable gitdir file points to non-existent location',
      '',
      'worktree /w/b c',
      `HEAD ${SHA}`,
      'branch refs/heads/b',
      'locked',
      '',
      'worktree /w/d',
      `HEAD ${SHA}`,
      'detached',
      'locked agent at work',
      '',
      '',
    ].join('\0');
    assert.deepEqual(parseWorktreeList(text), [
      { path: '/srv/repo.git', bare: true, detached: false, main: true },
      {
        path: '/w/a',
        head: SHA,
        branch: 'phase1/wave1/a',
        bare: false,
        detached: false,
        main: false,
        prunable: 'gitdir file points to non-existent location',
      },
      { path: '/w/b c', head: SHA, branch: 'b', bare: false, detached: false, main: false, locked: '' },
      { path: '/w/d', head: SHA, bare: false, detached: true, main: false, locked: 'agent at work' },
    ]);
  });

  it('parses newline porcelain (older git, CRLF tolerated) the same way', () => {
    const text = `worktree /r\r\nHEAD ${SHA}\r\nbranch refs/heads/main\r\n\r\nworktree /w\r\nHEAD 0000000000000000000000000000000000000000\r\nbranch refs/heads/unborn\r\n`;
    assert.deepEqual(parseWorktreeList(text), [
      { path: '/r', head: SHA, branch: 'main', bare: false, detached: false, main: true },
      { path: '/w', branch: 'unborn', bare: false, detached: false, main: false },
    ]);
  });

  it('parses numstat -z: plain, binary, renames and tabs in names', () => {
    const text = [
      '10\t2\tsrc/a.go',
      '-\t-\tlogo.png',
      '3\t0\t',
      'old/x.go',
      'new/x.go',
      '1\t1\tweird\tname.txt',
      '',
    ].join('\0');
    assert.deepEqual(parseNumstat(text), [
      { path: 'src/a.go', insertions: 10, deletions: 2, binary: false },
      { path: 'logo.png', insertions: 0, deletions: 0, binary: true },
      { path: 'new/x.go', from: 'old/x.go', insertions: 3, deletions: 0, binary: false },
      { path: 'weird\tname.txt', insertions: 1, deletions: 1, binary: false },
    ]);
  });

  it('keeps a malformed C-quoted path with a trailing backslash instead of throwing', () => {
    assert.deepEqual(parseNumstat('1\t2\t"ab\\"\n'), [{ path: 'ab\\', insertions: 1, deletions: 2, binary: false }]);
  });

  it('parses plain numstat: braced renames and C-quoted paths', () => {
    const text = '4\t1\tpkg/{old => new}/f.go\n2\t0\ta.go => b.go\n5\t0\t"caf\\303\\251 \\"q\\".go"\n';
    assert.deepEqual(parseNumstat(text), [
      { path: 'pkg/new/f.go', from: 'pkg/old/f.go', insertions: 4, deletions: 1, binary: false },
      { path: 'b.go', from: 'a.go', insertions: 2, deletions: 0, binary: false },
      { path: 'café "q".go', insertions: 5, deletions: 0, binary: false },
    ]);
  });

  it('parses diff-tree --stdin batches, where a 40-hex file name inside a rename is not a header', () => {
    const other = 'a'.repeat(40);
    const hexName = 'c'.repeat(40);
    const text = [SHA, '2\t0\tx.go', '1\t0\t', hexName, 'renamed.go', other, '-\t-\tlogo.png', ''].join('\0');
    assert.deepEqual(
      [...parseNumstatBatches(text)],
      [
        [
          SHA,
          [
            { path: 'x.go', insertions: 2, deletions: 0, binary: false },
            { path: 'renamed.go', from: hexName, insertions: 1, deletions: 0, binary: false },
          ],
        ],
        [other, [{ path: 'logo.png', insertions: 0, deletions: 0, binary: true }]],
      ],
    );
  });

  it('parses for-each-ref lines with symbolic refs', () => {
    assert.deepEqual(
      parseRefList(`${SHA} refs/heads/main \n${SHA} refs/remotes/origin/HEAD refs/remotes/origin/main\n`),
      [
        { sha: SHA, ref: 'refs/heads/main' },
        { sha: SHA, ref: 'refs/remotes/origin/HEAD', symref: 'refs/remotes/origin/main' },
      ],
    );
  });
});

describe('branch name pre-checks', () => {
  const cases: Array<[string, string]> = [
    ['', 'not-empty'],
    ['x$(touch /tmp/pwned)', 'no-command-substitution'],
    ['x`id`', 'no-command-substitution'],
    ['feature name', 'no-whitespace-or-control'],
    ['a\nb', 'no-whitespace-or-control'],
    ['a;rm', 'no-shell-metacharacters'],
    ['a|b', 'no-shell-metacharacters'],
    ['a&b', 'no-shell-metacharacters'],
    ['a>b', 'no-shell-metacharacters'],
    ['a:b', 'no-shell-metacharacters'],
    ['-rf', 'no-leading-dash'],
    ['--upload-pack=x', 'no-leading-dash'],
    ['a..b', 'no-double-dot'],
    ['a@{1}', 'no-shell-metacharacters'],
    ['@', 'no-at-brace'],
    ['café', 'ascii-only'],
    ['/a', 'slashes'],
    ['a//b', 'slashes'],
    ['a/', 'slashes'],
    ['a/.hidden', 'components'],
    ['a/b.lock', 'components'],
    ['a.', 'no-trailing-dot'],
    ['HEAD', 'not-head'],
    ['x'.repeat(251), 'max-length'],
  ];
  for (const [name, rule] of cases) {
    it(`refuses ${JSON.stringify(name.slice(0, 30))} by rule ${rule}`, () => {
      const problem = checkBranchName(name);
      assert.equal(problem?.rule, rule);
      assert.ok(problem.message.startsWith(`branch name ${JSON.stringify(name)}`), problem.message);
      assert.ok(problem.message.endsWith(`(rule: ${rule})`));
    });
  }
  it('accepts the names real plans use', () => {
    for (const ok of [
      'main',
      'idpbuilder-oci-push/phase1/wave1/effort-1-docker-interface',
      'feature/tmc-completion/p5w1-synctarget-api',
      'x/registry-auth-types--split-002',
      'phase1/wave2/integration',
      'release+1=ok,v2@x',
    ])
      assert.equal(checkBranchName(ok), undefined, ok);
  });
});

describe('git repo wrappers (real repository)', () => {
  let repo: TempRepo;
  beforeEach(() => (repo = new TempRepo()));
  afterEach(() => repo.cleanup());

  it('lists detached, locked and prunable worktrees from real git', async () => {
    const git = new GitRepo(repo.dir);
    const a = path.join(repo.root, 'a');
    const d = path.join(repo.root, 'd');
    repo.git('worktree', 'add', '-q', '-b', 'wa', a, 'main');
    repo.git('worktree', 'add', '-q', '--detach', d, 'main');
    repo.git('worktree', 'lock', '--reason', 'busy', d);
    rmSync(a, { recursive: true, force: true }); // its folder is gone: git now calls it prunable
    const list = await git.worktrees();
    assert.deepEqual(
      list.map((w) => [w.path, w.branch, w.main, w.detached, w.locked, w.prunable !== undefined]),
      [
        [repo.dir, 'main', true, false, undefined, false],
        [a, 'wa', false, false, undefined, true],
        [d, undefined, false, true, 'busy', false],
      ],
    );
  });

  it('reports a real bare repository as bare', async () => {
    const bare = path.join(repo.root, 'bare.git');
    repo.git('clone', '-q', '--bare', repo.dir, bare);
    const [entry] = await new GitRepo(bare).worktrees();
    assert.deepEqual(entry, { path: bare, bare: true, detached: false, main: true });
  });

  it('reads numstat of a real three-dot diff, renames included', async () => {
    repo.write('src/keep.go', 'a\nb\nc\nd\ne\nf\ng\nh\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'topic');
    repo.git('mv', 'src/keep.go', 'src/moved.go');
    repo.write('src/moved.go', 'a\nb\nc\nd\ne\nf\ng\nh\ni\n');
    repo.write('src/new.go', '1\n2\n3\n');
    repo.commit('topic');
    repo.git('checkout', '-q', 'main');
    const stats = await new GitRepo(repo.dir).numstat('main', 'topic');
    assert.deepEqual(stats, [
      { path: 'src/moved.go', from: 'src/keep.go', insertions: 1, deletions: 0, binary: false },
      { path: 'src/new.go', insertions: 3, deletions: 0, binary: false },
    ]);
  });
});
