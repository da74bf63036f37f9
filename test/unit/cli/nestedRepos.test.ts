// A folder holding two git repositories holds two projects: each is read, merged and checked on its own, and the
// CLI says which project a finding belongs to. svc-a and svc-b both declare E1.1.1; svc-b's E1.1.3 waits for an
// E1.1.2 only svc-a declares.
import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { runCli } from '../support/cliRun';

const SVC_A = `# Phase 1: Service A

## Wave 1: Core

### E1.1.1: api-server
**Size Estimate**: 300 lines
**Branch**: \`svc-a/e1.1.1\`

### E1.1.2: auth
**Size Estimate**: 200 lines
**Dependencies**: E1.1.1
`;
const SVC_B = `# Phase 1: Service B

## Wave 1: Worker

### E1.1.1: queue-worker
**Size Estimate**: 400 lines
**Branch**: \`svc-b/e1.1.1\`

### E1.1.3: metrics
**Size Estimate**: 150 lines
**Dependencies**: E1.1.2
`;

/** Writes the plans; `repos` says which service folders are git repositories (a `.git` folder, or a file). */
function makeFolder(dir: string, repos: 'none' | 'both' | 'file-git'): void {
  for (const [name, text] of [
    ['svc-a', SVC_A],
    ['svc-b', SVC_B],
  ]) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'PHASE-1-PLAN.md'), text);
    if (repos === 'both') {
      const git = (...args: string[]) => spawnSync('git', args, { cwd: path.join(dir, name) });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'plans');
    }
    // A submodule's or linked worktree's `.git` is a file naming the git directory.
    if (repos === 'file-git') writeFileSync(path.join(dir, name, '.git'), `gitdir: ../.git/modules/${name}\n`);
  }
}

interface JsonDiagnostic {
  code: string;
  file: string;
  message: string;
  project?: string;
}

describe('waveplan on a folder holding several git repositories', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-nested-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const repos of ['both', 'file-git'] as const) {
    it(`lints each repository as its own project, with no conflict across them (.git ${repos === 'both' ? 'folders' : 'files'})`, async () => {
      makeFolder(dir, repos);
      const r = await runCli(['lint', '--format', 'json'], dir);
      const found = JSON.parse(r.out) as JsonDiagnostic[];
      assert.deepEqual(
        found.map((d) => [d.project, d.code, d.file]),
        [['svc-b', 'unknown-dependency', path.join('svc-b', 'PHASE-1-PLAN.md')]],
      );
      assert.match(found[0].message, /E1\.1\.3 depends on E1\.1\.2, which is not an effort of this plan/);
      assert.equal(r.code, 1);
    });
  }

  it('names the project of each finding in text, and counts each project', async () => {
    makeFolder(dir, 'both');
    const r = await runCli(['lint'], dir);
    assert.match(
      r.out,
      /^svc-b\/PHASE-1-PLAN\.md:11:19 error unknown-dependency \[svc-b\] E1\.1\.3 depends on E1\.1\.2/m,
    );
    assert.doesNotMatch(r.out, /effort-conflict/);
    assert.match(r.err, /^svc-a: 1 file, 2 efforts: 0 errors, 0 warnings$/m);
    assert.match(r.err, /^svc-b: 1 file, 2 efforts: 1 error, 0 warnings$/m);
    assert.match(r.err, /^2 files, 4 efforts: 1 error, 0 warnings$/m);
  });

  it('inspect lists each project apart, and JSON gives every effort its project', async () => {
    makeFolder(dir, 'both');
    const text = await runCli(['inspect'], dir);
    const a = text.out.indexOf('Project svc-a\n');
    const b = text.out.indexOf('Project svc-b\n');
    assert.ok(a >= 0 && b > a, text.out);
    assert.match(text.out.slice(a, b), /E1\.1\.1 api-server/);
    assert.match(text.out.slice(b), /E1\.1\.1 queue-worker/);
    const json = JSON.parse((await runCli(['inspect', '--json'], dir)).out) as {
      efforts: { id: string; name: string; project: string }[];
    };
    assert.deepEqual(
      json.efforts.map((e) => `${e.project}:${e.id} ${e.name}`),
      ['svc-a:E1.1.1 api-server', 'svc-a:E1.1.2 auth', 'svc-b:E1.1.1 queue-worker', 'svc-b:E1.1.3 metrics'],
    );
  });

  it('waves and graph take the projects apart: no dependency crosses them', async () => {
    makeFolder(dir, 'both');
    const waves = JSON.parse((await runCli(['waves', '--json'], dir)).out) as {
      projects: { project: string; criticalPath: { efforts: string[] } }[];
    };
    assert.deepEqual(
      waves.projects.map((p) => [p.project, p.criticalPath.efforts]),
      [
        ['svc-a', ['E1.1.1', 'E1.1.2']],
        ['svc-b', ['E1.1.1']],
      ],
    );
    const graph = (await runCli(['graph'], dir)).out;
    const graphs = graph.split(/^%% project /m).slice(1);
    assert.deepEqual(
      graphs.map((g) => g.split('\n')[0]),
      ['svc-a (svc-a)', 'svc-b (svc-b)'],
    );
    assert.match(graphs[1], /E1\.1\.2 \(not in plan\)/);
  });

  it('worktree commands act in the repository whose plan declares the effort', async () => {
    makeFolder(dir, 'both');
    const only = await runCli(['worktree', 'create', 'E1.1.2', '--dry-run', '--json'], dir);
    const [planned] = (JSON.parse(only.out) as { results: { path: string }[] }).results;
    assert.equal(path.dirname(planned.path), path.join(dir, 'svc-a-worktrees'));
    const both = await runCli(['worktree', 'create', 'E1.1.1', '--dry-run'], dir);
    assert.equal(both.code, 2);
    assert.match(both.err, /E1\.1\.1 is in 2 projects \(svc-a, svc-b\): name one with --repo svc-a/);
    const chosen = await runCli(['worktree', 'create', 'E1.1.1', '--repo', 'svc-b', '--dry-run'], dir);
    assert.match(chosen.out, /E1\.1\.1 svc-b\/e1\.1\.1 from .* at .*svc-b-worktrees/);
  });

  it('leaves out the worktree a worktree command made for a nested repository: a copy of its plans', async () => {
    makeFolder(dir, 'both');
    const made = await runCli(['worktree', 'create', 'E1.1.2', '--json'], dir);
    const [created] = (JSON.parse(made.out) as { results: { status: string; path: string }[] }).results;
    assert.equal(created.status, 'created');
    assert.ok(created.path.startsWith(path.join(dir, 'svc-a-worktrees') + path.sep));
    const json = JSON.parse((await runCli(['inspect', '--json'], dir)).out) as {
      efforts: { id: string; project: string }[];
      diagnostics: JsonDiagnostic[];
    };
    assert.deepEqual(
      json.efforts.map((e) => `${e.project}:${e.id}`),
      ['svc-a:E1.1.1', 'svc-a:E1.1.2', 'svc-b:E1.1.1', 'svc-b:E1.1.3'],
    );
    assert.deepEqual(
      json.diagnostics.map((d) => `${d.project}:${d.code}`),
      ['svc-b:unknown-dependency'],
    );
  });

  it("a repository's own .waveplan.json applies to its project; the others take the folder's", async () => {
    makeFolder(dir, 'both');
    writeFileSync(path.join(dir, '.waveplan.json'), '{"limits": {"hard": 380, "soft": 350}}');
    writeFileSync(path.join(dir, 'svc-a', '.waveplan.json'), '{"limits": {"hard": 250, "soft": 200}}');
    const found = JSON.parse((await runCli(['lint', '--format', 'json'], dir)).out) as JsonDiagnostic[];
    const oversized = found.filter((d) => d.code === 'effort-oversized');
    assert.deepEqual(
      oversized.map((d) => `${d.project}: ${d.message}`),
      [
        'svc-a: E1.1.1 is estimated at 300 lines, over the 250-line limit: split it.',
        'svc-b: E1.1.1 is estimated at 400 lines, over the 380-line limit: split it.',
      ],
    );
  });

  it('repositories named apart on the command line are projects apart too', async () => {
    makeFolder(dir, 'both');
    const found = JSON.parse(
      (await runCli(['lint', '--format', 'json', 'svc-a', 'svc-b'], dir)).out,
    ) as JsonDiagnostic[];
    assert.deepEqual(
      found.map((d) => `${d.project}:${d.code}`),
      ['svc-b:unknown-dependency'],
    );
  });

  it('a folder of plain folders (no git) stays one project, as before, also named apart', async () => {
    makeFolder(dir, 'none');
    for (const args of [[], ['svc-a', 'svc-b']]) {
      const found = JSON.parse((await runCli(['lint', '--format', 'json', ...args], dir)).out) as JsonDiagnostic[];
      assert.ok(found.every((d) => d.project === undefined));
      assert.deepEqual([...new Set(found.map((d) => d.code))], ['effort-conflict']);
    }
  });
});
