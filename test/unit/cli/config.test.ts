// The CLI reads `.waveplan.json` like the editor: excludes, limits and the branch template; flags beat it.
import { strict as assert } from 'assert';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cliRun';
import { TempRepo } from '../../fixtures/worktrees/tempRepo';

const PLAN = [
  '# Phase 1: Ledger',
  '',
  '## Wave 1: Storage',
  '',
  '#### E1.1.1: journal-writer',
  '',
  '**Estimated Lines**: 650',
  '',
].join('\n');
const OLD = [
  '# Phase 9: Old',
  '',
  '## Wave 1: Gone',
  '',
  '#### E9.1.1: retired',
  '',
  '**Estimated Lines**: 100',
  '',
].join('\n');

describe('waveplan CLI: .waveplan.json and --exclude', () => {
  let repo: TempRepo;
  const ids = async (...args: string[]) => {
    const r = await runCli(['inspect', '--json', ...args], repo.dir);
    assert.equal(r.code, 0, r.err);
    return (JSON.parse(r.out).efforts as Array<{ id: string }>).map((e) => e.id);
  };
  beforeEach(() => {
    repo = new TempRepo('waveplan-config-');
    repo.write('phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md', PLAN);
    repo.write('archive/PHASE-9-IMPLEMENTATION-PLAN.md', OLD);
  });
  afterEach(() => repo.cleanup());

  it('excludes what the project file excludes, and --exclude replaces it', async () => {
    assert.deepEqual(await ids(), ['E1.1.1', 'E9.1.1']);
    repo.write('.waveplan.json', '{ "exclude": ["archive/**"] }\n');
    assert.deepEqual(await ids(), ['E1.1.1']);
    assert.deepEqual(
      await ids('phase-plans'),
      ['E1.1.1'],
      'found from a subfolder: globs stay relative to the project file',
    );
    assert.deepEqual(await ids('--exclude', 'phase-plans/**'), ['E9.1.1']);
  });

  it('takes limits from the project file, flags over them', async () => {
    repo.write('.waveplan.json', '{ "limits": { "hard": 600, "soft": 500 } }\n');
    const lint = await runCli(['lint'], repo.dir);
    assert.equal(lint.code, 1);
    assert.match(lint.out, /PHASE-1-IMPLEMENTATION-PLAN\.md:7:\d+ error effort-oversized/);
    const flagged = await runCli(['lint', '--hard', '800', '--soft', '700'], repo.dir);
    assert.equal(flagged.code, 0, flagged.out);
  });

  it('reports a broken project file at its line and carries on with the valid settings', async () => {
    repo.write('.waveplan.json', '{\n  "exclude": ["archive/**"],\n  "limits": { "hard": "many" }\n}\n');
    const r = await runCli(['lint'], repo.dir);
    assert.match(r.out, /^\.waveplan\.json:3:\d+ warning metadata-invalid /m);
    assert.ok(!r.out.includes('PHASE-9'), 'the valid exclude still applies');
    const bad = await runCli(['lint'], (repo.write('.waveplan.json', '{ "exclude": '), repo.dir));
    assert.match(bad.out, /^\.waveplan\.json:1:\d+ error metadata-invalid /m);
  });

  it("names branches with the project file's branchTemplate (worktree create --dry-run)", async () => {
    repo.write('.waveplan.json', '{ "branchTemplate": "team/p{phase}w{wave}/{slug}", "exclude": ["archive/**"] }\n');
    const r = await runCli(['worktree', 'create', 'E1.1.1', '--dry-run', '--json'], repo.dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).results[0].branch, 'team/p1w1/journal-writer');
    const other = mkdtempSync(path.join(os.tmpdir(), 'waveplan-config-cwd-'));
    try {
      const elsewhere = await runCli(
        ['worktree', 'create', 'E1.1.1', '--dry-run', '--json', '--plans', repo.dir, '--repo', repo.dir],
        other,
      );
      assert.equal(
        JSON.parse(elsewhere.out).results[0].branch,
        'team/p1w1/journal-writer',
        'the project file of the plans, wherever the CLI runs',
      );
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("waveplan CLI: the folder's .vscode/settings.json, as the editor orders it", () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = new TempRepo('waveplan-vscode-settings-');
    repo.write('phase-plans/PHASE-1-IMPLEMENTATION-PLAN.md', PLAN);
    repo.write('archive/PHASE-9-IMPLEMENTATION-PLAN.md', OLD);
  });
  afterEach(() => repo.cleanup());

  const branch = async (...args: string[]) => {
    const r = await runCli(['worktree', 'create', 'E1.1.1', '--dry-run', '--json', ...args], repo.dir);
    assert.equal(r.code, 0, r.err);
    return JSON.parse(r.out).results[0].branch as string;
  };

  it('a waveplan.* value in .vscode/settings.json (JSONC) beats .waveplan.json, key by key; flags beat both', async () => {
    repo.write(
      '.waveplan.json',
      '{ "limits": { "hard": 900, "soft": 600 }, "branchTemplate": "file/p{phase}/{slug}" }\n',
    );
    assert.equal(await branch(), 'file/p1/journal-writer');
    repo.write(
      '.vscode/settings.json',
      '{\n  // as VS Code writes it\n  "waveplan.branchTemplate": "team/p{phase}w{wave}/{slug}",\n  "waveplan.limits.soft": 640,\n}\n',
    );
    assert.equal(await branch(), 'team/p1w1/journal-writer');
    // soft 640 from the folder settings (650 lines is over it), hard 900 still from the project file.
    const lint = await runCli(['lint'], repo.dir);
    assert.equal(lint.code, 0, lint.out);
    assert.match(lint.out, /PHASE-1-IMPLEMENTATION-PLAN\.md:7:\d+ warning effort-near-limit/);
    const flagged = await runCli(['lint', '--soft', '700'], repo.dir);
    assert.ok(!flagged.out.includes('effort-near-limit'), flagged.out);
    const hard = await runCli(['lint', '--hard', '620'], repo.dir);
    assert.equal(hard.code, 1, hard.out);
  });

  it("excludes from the folder settings replace the project file's; --exclude replaces both", async () => {
    const ids = async (...args: string[]) => {
      const r = await runCli(['inspect', '--json', ...args], repo.dir);
      assert.equal(r.code, 0, r.err);
      return (JSON.parse(r.out).efforts as Array<{ id: string }>).map((e) => e.id);
    };
    repo.write('.waveplan.json', '{ "exclude": ["phase-plans/**"] }\n');
    assert.deepEqual(await ids(), ['E9.1.1']);
    repo.write('.vscode/settings.json', '{ "waveplan.exclude": ["archive/**"] }');
    assert.deepEqual(await ids(), ['E1.1.1']);
    assert.deepEqual(await ids('--exclude', 'nothing/**'), ['E1.1.1', 'E9.1.1']);
  });

  it('a broken settings file is a note on stderr; what parses still applies', async () => {
    repo.write('.vscode/settings.json', '{ "waveplan.exclude": ["archive/**"], oops }');
    const r = await runCli(['inspect', '--json'], repo.dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /settings\.json:1:\d+: InvalidSymbol/);
    assert.deepEqual(
      (JSON.parse(r.out).efforts as Array<{ id: string }>).map((e) => e.id),
      ['E1.1.1'],
    );
  });
});
