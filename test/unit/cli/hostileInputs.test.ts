// Issue 9's table, row by row: inputs that crashed, aborted, hung or lost a file. Each is read through the
// product (PlanEngine, the CLI in-process, or the bundled bin for what would abort the process).
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PlanEngine } from '../../../src/core/project/engine';
import { runCli } from '../support/cliRun';
import { longCycle, longUnknownDependencyList, repeatedHeadings } from '../support/hostilePlans';
import { describeWithShared, REPROS } from '../support/shared';

const BIN = path.resolve(__dirname, '../../../dist/cli.js');
const PLAN = '/ws/phase1/WAVE-1-IMPLEMENTATION-PLAN.md';

function read(text: string, file = PLAN) {
  const engine = new PlanEngine();
  engine.update(file, text);
  return engine.project();
}

/** The bundled bin as a process: an abort (exit 134) or a stderr stack trace must show up as such. */
function bin(args: string[], cwd = process.cwd(), timeout?: number) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, timeout });
}

describeWithShared('hostile inputs (issue 9)', function () {
  this.timeout(60000); // big generated inputs on a shared machine; no test here asserts a time
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'waveplan-hostile-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('row 1: a state file whose YAML fallback nests per line is read up to that line, not a process abort', () => {
    const run = bin(['lint', '--format', 'json', path.join(REPROS, '01-state-abort-regexp-oom')]);
    assert.equal(run.status, 1, run.stderr.slice(0, 500));
    assert.equal(run.stderr, '');
    const found = JSON.parse(run.stdout) as Array<{ code: string; message: string }>;
    assert.ok(
      found.some(
        (d) =>
          d.code === 'metadata-invalid' &&
          /nest deeper than 100 levels \(line \d+\); Waveplan read the lines before it/.test(d.message),
      ),
      run.stdout,
    );
    assert.ok(!found.some((d) => d.code === 'file-unreadable'));
  });

  it('row 2: a state file that overflowed the YAML parser keeps the efforts written before the deep part', async () => {
    const r = await runCli(['lint', '--format', 'json', path.join(REPROS, '02-state-yaml-stack-overflow')], tmp);
    assert.equal(r.err, '');
    const found = JSON.parse(r.out) as Array<{ code: string; message: string; line: number }>;
    assert.ok(
      found.some((d) => /nests deeper than 100 levels \(line \d+\); Waveplan read the lines before it/.test(d.message)),
      r.out,
    );
    assert.ok(!found.some((d) => d.code === 'file-unreadable'));
    // Same shape, own fixture: real state first, then the runaway lines.
    const text = `efforts_completed:\n  - E1.1.1-api\n  - E1.1.2-cli\nnotes: {\n${'a: b: c\n'.repeat(920)}}\n`;
    const p = read(text, '/ws/orchestrator-state.yaml');
    assert.deepEqual(
      p.efforts.map((e) => e.id),
      ['E1.1.1', 'E1.1.2'],
    );
    assert.ok(p.diagnostics.some((d) => /Waveplan read the lines before it/.test(d.message)));
  });

  it('row 3: 20,000 repeated headings give one effort and a bounded, counted list of duplicates', () => {
    const p = read(repeatedHeadings(20000));
    assert.deepEqual(
      p.efforts.map((e) => e.id),
      ['E1.1.1'],
    );
    const dups = p.diagnostics.filter((d) => d.code === 'duplicate-effort');
    assert.equal(dups.length, 50);
    assert.match(dups[49].message, /\(19,949 more duplicate declarations of E1\.1\.1 not shown\)$/);
  });

  it('row 4: 20,000 distinct unknown dependencies are each reported; the first 100 carry fixes', () => {
    const p = read(longUnknownDependencyList(20000));
    const unknown = p.diagnostics.filter((d) => d.code === 'unknown-dependency');
    assert.equal(unknown.length, 20000);
    assert.equal(unknown.filter((d) => d.fixes?.length).length, 100);
  });

  it('rows 8 and 9: 130,000 space-separated ids in one list keep the effort, and their 130,000 diagnostics reach lint', async () => {
    const dir = path.join(tmp, 'row8');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'WAVE-1-IMPLEMENTATION-PLAN.md'), longUnknownDependencyList(130000, ' '));
    const r = await runCli(['lint', '--quiet', dir], tmp);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /^1 file, 1 effort: 130,000 errors, 0 warnings\n$/);
    assert.equal(
      r.out.split('\n').filter((l) => / error unknown-dependency E1\.1\.1 depends on /.test(l)).length,
      130000,
    );
  });

  it('row 10: SARIF is streamed and cut past 25,000 results with a notice saying how many', () => {
    const dir = path.join(tmp, 'row10');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'WAVE-1-IMPLEMENTATION-PLAN.md'), longUnknownDependencyList(26000));
    const run = bin(['lint', '--format', 'sarif', dir]);
    assert.equal(run.status, 1, run.stderr.slice(0, 500));
    assert.equal(run.stderr, '');
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.runs[0].results.length, 25000);
    assert.match(
      sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text,
      /^1,000 more results were cut/,
    );
  });

  it('row 10: a long cycle gives one bounded result per edge, up to 1,000, then says how many more', () => {
    const sizes = [500, 2000].map((n) => {
      const dir = path.join(tmp, `cycle${n}`);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'WAVE-1-IMPLEMENTATION-PLAN.md'), longCycle(n));
      const run = bin(['lint', '--format', 'sarif', dir]);
      assert.equal(run.stderr, '');
      const results = JSON.parse(run.stdout).runs[0].results as Array<{ ruleId: string; message: { text: string } }>;
      const cycle = results.filter((r) => r.ruleId === 'dependency-cycle');
      assert.equal(cycle.length, Math.min(n, 1000));
      const notes = cycle.filter((r) => /more dependencies of this cycle not shown/.test(r.message.text));
      assert.deepEqual(
        notes.map((r) => r.message.text.replace(/^.*\(/, '(')),
        n > 1000 ? ['(1,000 more dependencies of this cycle not shown)'] : [],
      );
      return run.stdout.length;
    });
    // Four times the edges, at most twice the bytes (each result names at most 12 efforts and 12 related edges).
    assert.ok(sizes[1] < sizes[0] * 2.5, `${sizes}`);
  });

  it('row 5: a file over the limit is refused from its size, located, and lint exits 2 when it was named', async () => {
    const dir = path.join(tmp, 'row5');
    mkdirSync(dir);
    const state = path.join(dir, 'orchestrator-state.json');
    writeFileSync(state, `{"efforts_completed": []}${' '.repeat(11 * 1024 * 1024)}`);
    writeFileSync(path.join(dir, 'WAVE-1-IMPLEMENTATION-PLAN.md'), repeatedHeadings(1));
    const folder = await runCli(['lint', '--format', 'json', dir], tmp);
    assert.equal(folder.code, 1);
    const found = JSON.parse(folder.out) as Array<{ code: string; message: string; file: string }>;
    const refused = found.filter((d) => d.file.endsWith('orchestrator-state.json'));
    assert.equal(refused.length, 1, folder.out);
    assert.equal(refused[0].code, 'file-unreadable');
    assert.match(refused[0].message, /^file too large: 11\.0 MB .*limit 10\.0 MB/);
    const named = await runCli(['lint', state], tmp);
    assert.equal(named.code, 2);
    assert.match(named.err, /cannot read .*orchestrator-state\.json: file too large/);
  });

  it('row 6: a FIFO, a missing path and a symlink leaving the folder each get a message; named ones exit 2', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = path.join(tmp, 'row6');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'WAVE-1-IMPLEMENTATION-PLAN.md'), repeatedHeadings(1));
    const fifo = path.join(dir, 'PHASE-2-IMPLEMENTATION-PLAN.md');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const outside = path.join(tmp, 'outside-PHASE-3-IMPLEMENTATION-PLAN.md');
    writeFileSync(outside, repeatedHeadings(1));
    symlinkSync(outside, path.join(dir, 'PHASE-3-IMPLEMENTATION-PLAN.md'));
    const r = await runCli(['lint', '--format', 'json', dir], tmp);
    const found = JSON.parse(r.out) as Array<{ code: string; message: string; file: string }>;
    assert.match(
      found.find((d) => d.file.endsWith('PHASE-2-IMPLEMENTATION-PLAN.md'))!.message,
      /not a regular file \(a fifo\)/,
    );
    assert.match(
      found.find((d) => d.file.endsWith('PHASE-3-IMPLEMENTATION-PLAN.md'))!.message,
      /symbolic link to .*outside the folder/,
    );
    const namedFifo = await runCli(['lint', fifo], tmp);
    assert.equal(namedFifo.code, 2);
    assert.match(namedFifo.err, /not a regular file \(a fifo\)/);
    const missing = await runCli(['lint', dir, path.join(dir, 'nope.md')], tmp);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*nope\.md: ENOENT/);
  });

  it('fuzz finding (seed 20261205, case 317): a JSON head, 200 `###` comment lines and YAML are read, not a hang', () => {
    const dir = path.join(tmp, 'comments');
    mkdirSync(dir);
    const head = '\uFEFF{\n  "current_phase": 3,\n  "efforts_completed": ["E3.1.1-alpha"]\n}\n';
    writeFileSync(
      path.join(dir, 'orchestrator-state.yaml'),
      `${head}${'### E1.1.2: copy\n'.repeat(200)}efforts_in_progress:\n  - E3.1.2-beta\n`,
    );
    // The process is killed after 30 s: a hang fails here instead of stalling the suite (14 lines took > 30 s).
    const run = bin(['lint', '--format', 'json', dir], tmp, 30_000);
    assert.equal(run.signal, null, 'lint did not finish within 30 s');
    assert.equal(run.status, 1, run.stderr);
    const found = JSON.parse(run.stdout) as Array<{ message: string }>;
    assert.match(found[0].message, /text follows the object closed on line 4\. .*the lines after it \(from line 5\)/);
  });

  it('row 7: a YAML collection key is a diagnostic and nothing reaches stderr', () => {
    const run = bin(['lint', '--format', 'json', path.join(REPROS, '07-yaml-collection-key-stderr-warning')]);
    assert.equal(run.stderr, '');
    const found = JSON.parse(run.stdout) as Array<{ code: string; message: string }>;
    assert.deepEqual(
      found.map((d) => [d.code, d.message]),
      [['metadata-invalid', 'A key here is a list or map, not a name; Waveplan ignored this entry.']],
    );
    assert.equal(
      readFileSync(path.join(REPROS, '07-yaml-collection-key-stderr-warning/orchestrator-state.yaml'), 'utf8'),
      '[a]: 1\n',
    );
  });
});
