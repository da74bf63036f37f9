// A folder where Waveplan finds no plan says so, naming the files it reads and how to add others: an empty result
// must not look like a clean plan.
import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cliRun';

describe('waveplan on a folder without plans', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-noplans-'));
    writeFileSync(path.join(dir, 'MILESTONES.md'), '# Milestones\n\n### E1.1.1: logger\n**Estimated Lines**: 200\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lint, inspect and waves say no plan was found and how to add one, on stderr, and exit 0', async () => {
    for (const args of [['lint'], ['inspect', '--json'], ['waves']]) {
      const r = await runCli(args, dir);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.err, /no plan or state file found\. Waveplan reads files named like PHASE-1-PLAN\.md/);
      assert.match(r.err, /"planGlobs" in \.waveplan\.json/);
    }
  });

  it('reads the file once planGlobs names it, and then says nothing of the kind', async () => {
    writeFileSync(path.join(dir, '.waveplan.json'), '{"planGlobs": ["MILESTONES.md"]}');
    const r = await runCli(['inspect'], dir);
    assert.match(r.out, /E1\.1\.1 logger/);
    assert.doesNotMatch(r.err, /no plan or state file found/);
  });

  it('reads a ROADMAP.md by its name, as a plan over phases', async () => {
    writeFileSync(
      path.join(dir, 'ROADMAP.md'),
      '# Roadmap\n\n## Phase 2: Sync\n\n### Wave 2.1: Engine\n\n#### E2.1.1: Differ\n**Estimated Lines**: 300\n',
    );
    const r = await runCli(['inspect', '--json'], dir);
    const efforts = (JSON.parse(r.out) as { efforts: Array<{ id: string; name: string; estimatedLines: number }> })
      .efforts;
    assert.deepEqual(
      efforts.map((e) => [e.id, e.name, e.estimatedLines]),
      [['E2.1.1', 'Differ', 300]],
    );
    assert.doesNotMatch(r.err, /no plan or state file found/);
  });

  it('reads phase-N.md and wave-N.md names and markdown in plans/ folders, not their README or templates', async () => {
    const effort = (id: string, name: string) => `### ${id}: ${name}\n**Estimated Lines**: 200\n`;
    mkdirSync(path.join(dir, 'plans'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'plans', 'phase-3.md'), `# Phase 3\n\n## Wave 3.1\n\n${effort('E3.1.1', 'ranker')}`);
    writeFileSync(path.join(dir, 'plans', 'billing.md'), `# Billing\n\n## Wave 4.1\n\n${effort('E4.1.1', 'ledger')}`);
    writeFileSync(path.join(dir, 'docs', 'wave-2.1.md'), `# Wave 2.1\n\n${effort('E2.1.1', 'indexer')}`);
    writeFileSync(path.join(dir, 'plans', 'README.md'), `# How we plan\n\n${effort('E9.9.9', 'example')}`);
    writeFileSync(path.join(dir, 'plans', 'effort-template.md'), effort('E9.9.8', 'template'));
    const r = await runCli(['inspect', '--json'], dir);
    const ids = (JSON.parse(r.out) as { efforts: Array<{ id: string }> }).efforts.map((e) => e.id).sort();
    assert.deepEqual(ids, ['E2.1.1', 'E3.1.1', 'E4.1.1']);
    assert.doesNotMatch(r.err, /no plan or state file found/);
  });

  it('reads a PLAN.md at the root as the project plan (not one in docs/), and names it when nothing is found', async () => {
    const none = await runCli(['lint'], dir);
    assert.match(none.err, /a PLAN\.md at the folder's root/);
    assert.match(none.err, /ROADMAP\.md/);
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'PLAN.md'), '# Docs plan\n\n## Wave 9.1\n\n### E9.1.1: not-read\n');
    writeFileSync(
      path.join(dir, 'PLAN.md'),
      '# Phase 1: Shell\n\n## Wave 1.1: Basics\n\n### E1.1.1: Navigation\n**Size**: 300 lines\n',
    );
    const r = await runCli(['inspect', '--json'], dir);
    const project = JSON.parse(r.out) as {
      efforts: Array<{ id: string; name: string }>;
      files: Array<{ file: string; kind: string }>;
    };
    assert.deepEqual(
      project.efforts.map((e) => `${e.id} ${e.name}`),
      ['E1.1.1 Navigation'],
    );
    assert.doesNotMatch(r.err, /no plan or state file found/);
  });

  it('reads JSON and YAML in plans/ folders as state when they name efforts, and says nothing of others', async () => {
    mkdirSync(path.join(dir, 'planning', 'misc'), { recursive: true });
    writeFileSync(
      path.join(dir, 'planning', 'roadmap.md'),
      '# Phase 1: Shell\n\n## Wave 1.1\n\n### E1.1.1: Navigation\n**Size**: 300 lines\n',
    );
    // A status file of the team's own shape: the statuses were lost, since only orchestrator-state* names were state.
    writeFileSync(
      path.join(dir, 'planning', 'status.json'),
      '{"efforts": [{"id": "E1.1.1", "status": "in_review"}, {"id": "E1.1.2", "name": "Theming", "status": "in_progress"}]}',
    );
    // Data that is not state, broken data, and a state-like file outside a plans folder: not a word of them.
    writeFileSync(path.join(dir, 'planning', 'package.json'), '{"name": "planning", "version": "1.0.0"}');
    writeFileSync(path.join(dir, 'planning', 'misc', 'broken.yaml'), 'efforts: [E1.1.1\n  - {');
    writeFileSync(path.join(dir, 'status.json'), '{"efforts": [{"id": "E1.1.9", "status": "done"}]}');
    const inspect = await runCli(['inspect', '--json'], dir);
    const efforts = (JSON.parse(inspect.out) as { efforts: Array<{ id: string; status: string }> }).efforts;
    assert.deepEqual(
      efforts.map((e) => [e.id, e.status]),
      [
        ['E1.1.1', 'review'],
        ['E1.1.2', 'in-progress'],
      ],
    );
    const lint = await runCli(['lint', '--format', 'json'], dir);
    const files = (JSON.parse(lint.out) as Array<{ file: string }>).map((d) => path.basename(d.file));
    assert.deepEqual(
      files.filter((f) => f !== 'roadmap.md' && f !== 'status.json'),
      [],
      'no finding about package.json or broken.yaml',
    );
    assert.equal(lint.err.includes('broken'), false, lint.err);
  });

  it('says a plan-folder data file it could not read is unread, as information; empty data files are no plan files', async () => {
    mkdirSync(path.join(dir, 'plans'), { recursive: true });
    writeFileSync(
      path.join(dir, 'plans', 'roadmap.md'),
      '# Phase 1: Shell\n\n## Wave 1.1\n\n### E1.1.1: Navigation\n**Size**: 300 lines\n',
    );
    // Data beside the plan: too large to read, binary, empty, and Windows-1252 text that names nothing.
    writeFileSync(path.join(dir, 'plans', 'metrics.json'), `{"x": "${'a'.repeat(10_500_000)}"}`);
    writeFileSync(path.join(dir, 'plans', 'blob.json'), Buffer.from([0x7b, 0, 0, 0, 0x7d]));
    writeFileSync(path.join(dir, 'plans', 'empty.yaml'), '\n');
    writeFileSync(path.join(dir, 'plans', 'legacy.yaml'), Buffer.from('note: caf\xe9 menu\n', 'latin1'));
    const lint = await runCli(['lint', '--format', 'json'], dir);
    assert.equal(lint.code, 0, 'data beside the plan fails no lint');
    const found = (JSON.parse(lint.out) as Array<{ file: string; severity: string; code: string }>)
      .map((d) => [path.basename(d.file), d.severity, d.code])
      .sort();
    assert.deepEqual(found, [
      ['blob.json', 'info', 'file-unreadable'],
      ['metrics.json', 'info', 'file-unreadable'],
    ]);
    const text = await runCli(['lint'], dir);
    assert.match(
      text.err,
      /^3 files, 1 effort: 0 errors, 0 warnings; 2 info/m,
      'empty.yaml and legacy.yaml are not counted',
    );
    assert.match(
      text.out,
      /metrics\.json:1:1 info file-unreadable file too large: .* read as a state file only when it names efforts/,
    );
    // A state file by its name is a plan file whatever folder it is in: unreadable, it is an error.
    writeFileSync(path.join(dir, 'plans', 'orchestrator-state.json'), Buffer.from([0x7b, 0, 0, 0, 0x7d]));
    const state = await runCli(['lint'], dir);
    assert.equal(state.code, 1);
    assert.match(state.out, /orchestrator-state\.json:1:1 error file-unreadable binary file$/m);
  });
});
