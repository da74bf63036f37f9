// The CLI run in-process: output shapes, exit codes, and that it never writes plan files.
import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHECKSUM_LENGTH, checksum } from '../../../src/cli/codeCache';
import { runCli } from '../support/cliRun';
import { spawnSync } from 'child_process';

const FIXTURE = path.resolve(__dirname, '../../fixtures/cli/plans');

const cli = (args: string[], cwd = FIXTURE) => runCli(args, cwd);

describe('waveplan CLI', () => {
  it('inspect --json prints the efforts and diagnostics in the documented shape', async () => {
    const { code, out } = await cli(['inspect', '--json']);
    assert.equal(code, 0);
    const json = JSON.parse(out);
    const ids = json.efforts.map((e: { id: string }) => e.id);
    assert.deepEqual(ids, ['E1.1.1', 'E1.1.2', 'E1.2.1', 'E1.2.2']);
    const motor = json.efforts.find((e: { id: string }) => e.id === 'E1.2.1');
    assert.deepEqual(
      {
        name: motor.name,
        phase: motor.phase,
        wave: motor.wave,
        estimatedLines: motor.estimatedLines,
        dependsOn: motor.dependsOn,
        source: motor.source,
      },
      {
        name: 'rotation-motor',
        phase: 1,
        wave: 2,
        estimatedLines: 300,
        dependsOn: ['E1.1.1', 'E1.2.2'],
        source: { file: 'phase1/PHASE-1-IMPLEMENTATION-PLAN.md', line: 21 },
      },
    );
    assert.equal(json.efforts[0].branch, 'keeper/phase1/wave1/lamp-model');
    for (const key of ['code', 'severity', 'file', 'line', 'column', 'message', 'efforts'])
      assert.ok(key in json.diagnostics[0], key);
  });

  it('lint prints compiler-style lines and exits 1 on errors', async () => {
    const { code, out } = await cli(['lint']);
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    const oversized = lines.filter((l) => l.includes(' effort-oversized '));
    assert.equal(oversized.length, 1);
    assert.match(
      oversized[0],
      /^phase1\/PHASE-1-IMPLEMENTATION-PLAN\.md:15:\d+ error effort-oversized .*E1\.1\.2.*950/,
    );
    const cycle = lines.filter((l) => l.includes(' dependency-cycle '));
    assert.equal(cycle.length, 1, 'one diagnostic for a cycle of two efforts');
    assert.ok(cycle[0].startsWith('phase1/PHASE-1-IMPLEMENTATION-PLAN.md:24:28 '), cycle[0]);
    for (const l of lines) assert.match(l, /^[^:]+:\d+:\d+ (error|warning|info) [a-z-]+ .+/);
  });

  it('lint --format sarif is SARIF 2.1.0 with one result per diagnostic', async () => {
    const json = JSON.parse((await cli(['lint', '--format', 'sarif'])).out);
    const plain = JSON.parse((await cli(['lint', '--format', 'json'])).out);
    assert.equal(json.version, '2.1.0');
    assert.equal(json.runs[0].results.length, plain.length);
    assert.ok(json.runs[0].results.every((r: { ruleId: string }) => typeof r.ruleId === 'string'));
  });

  it('exits 0 on a clean plan and 2 on usage or I/O errors', async () => {
    const CLEAN = path.resolve(FIXTURE, '../clean');
    const warned = await cli(['lint', CLEAN]);
    assert.equal(warned.code, 0, 'a near-limit warning does not fail');
    assert.match(warned.out, /WAVE-PLAN\.md:19:\d+ warning effort-near-limit /);
    const clean = await cli(['lint', '--soft', '750', CLEAN]);
    assert.deepEqual([clean.code, clean.out], [0, '']);
    const cycle = await cli(['lint', '--hard', '2000', '--soft', '1500', path.join(FIXTURE, 'phase1')]);
    assert.equal(cycle.code, 1, 'raised limits leave the cycle an error');
    assert.equal((await cli(['lint', '--format', 'xml'])).code, 2);
    assert.equal((await cli(['lint', '/no/such/folder'])).code, 2);
    assert.equal((await cli(['frobnicate'])).code, 2);
    assert.equal((await cli(['inspect', '--hard', 'ten'])).code, 2);
  });

  it('waves prints declared vs earliest waves, the critical path and the cycle', async () => {
    const { code, out } = await cli(['waves']);
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.equal(lines[0], 'Phase 1: 2 waves declared; its longest chain of dependencies has 2 steps');
    assert.match(
      lines.find((l) => l.includes('E1.1.2'))!,
      /declared wave 1 +earliest 1 +slack +0 lines +critical$/,
    );
    assert.match(
      lines.find((l) => l.includes('E1.2.2'))!,
      /in a dependency cycle$/,
    );
    assert.ok(lines.includes('Critical path (950 lines): E1.1.2'));
    assert.ok(lines.includes('In dependency cycles (their edges left out of the schedule): E1.2.2, E1.2.1'));
    const json = JSON.parse((await cli(['waves', '--json'])).out);
    assert.deepEqual(json.criticalPath, { efforts: ['E1.1.2'], totalLines: 950 });
  });

  it('waves says a critical path is of unknown size, not 0 lines, when the plan gives no sizes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-waves-'));
    try {
      const plan = (size: string) =>
        '# Phase 3 Implementation Plan\n\n## Wave 1: Core\n\n### E3.1.1: ledger\n' +
        size +
        '\n## Wave 2: Flows\n\n### E3.2.1: payouts\n**Dependencies**: E3.1.1\n';
      await fs.writeFile(path.join(dir, 'PHASE-3-IMPLEMENTATION-PLAN.md'), plan(''));
      let lines = (await cli(['waves', dir])).out.split('\n');
      assert.ok(lines.includes('Critical path (sizes not given): E3.1.1 → E3.2.1'), lines.join('\n'));
      // One size known: the path is at least that long.
      await fs.writeFile(path.join(dir, 'PHASE-3-IMPLEMENTATION-PLAN.md'), plan('**Size Estimate**: 420 lines\n'));
      lines = (await cli(['waves', dir])).out.split('\n');
      assert.ok(lines.includes('Critical path (420+ lines): E3.1.1 → E3.2.1'), lines.join('\n'));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('waves says a phase known only from a state file has no efforts, and counts one wave as one', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-waves-'));
    try {
      await fs.writeFile(
        path.join(dir, 'orchestrator-state.json'),
        JSON.stringify({ waves_completed: ['phase1_wave1', 'phase1_wave2'], current_phase: 2 }),
      );
      await fs.writeFile(
        path.join(dir, 'PHASE-2-IMPLEMENTATION-PLAN.md'),
        '# Phase 2 Implementation Plan\n\n## Wave 1: Buoys\n\n### E2.1.1: buoy-api\n**Size Estimate**: ~200 lines\n\n' +
          '### Docs\n**Effort Name**: buoy-documentation\n**Size Estimate**: ~90 lines\n',
      );
      const lines = (await cli(['waves', dir])).out.split('\n');
      assert.deepEqual(lines.slice(0, 2), [
        'Phase 1: 2 waves declared, no efforts known',
        'Phase 2: 1 wave declared; its longest chain of dependencies has 1 step',
      ]);
      // A slug id longer than E2.1.1 keeps the columns in line.
      const rows = lines.filter((l) => l.includes(' declared wave '));
      assert.equal(rows.length, 2);
      assert.equal(rows[0].indexOf(' declared wave '), rows[1].indexOf(' declared wave '));
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('waves lists the efforts of a plan that names no phase under its title, with declared and earliest waves', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-waves-'));
    try {
      await fs.writeFile(
        path.join(dir, 'PLAN.md'),
        '# Tasks: export command\n\n## Wave 1\n\n### Task 1.1: Schema types\n- **Size**: ~120 lines\n\n' +
          '### Task 1.2: Record writer\n- **Size**: ~200 lines\n- **Dependencies**: Task 1.1\n\n' +
          '## Wave 2\n\n### Task 2.1: CLI wiring\n- **Size**: ~80 lines\n- **Dependencies**: Task 1.2\n',
      );
      const lines = (await cli(['waves', dir])).out.split('\n');
      // Scheduled as a phase of its own: Task 1.2 follows 1.1 inside wave 1, as in a phase.
      assert.equal(
        lines[0],
        'Tasks: export command (waves without a phase): 2 waves declared; its longest chain of dependencies has 3 steps',
      );
      assert.deepEqual(
        lines.slice(1, 4).map((l) => l.replace(/ +/g, ' ').trim()),
        [
          'w1-1-schema-types declared wave 1 earliest 1 slack 0 lines critical',
          'w1-2-record-writer declared wave 1 earliest 2 slack 0 lines critical',
          'w2-1-cli-wiring declared wave 2 earliest 3 slack 0 lines critical',
        ],
      );
      assert.match(lines[4], /^Critical path \(400 lines\): w1-1-schema-types → w1-2-record-writer → w2-1-cli-wiring$/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('waves honours the Depends On of a plan’s waves when the plan names no phase, each plan apart', async () => {
    const dir = path.resolve(__dirname, '../../fixtures/gates');
    const { code, out } = await cli(['waves'], dir);
    assert.equal(code, 0);
    const lines = out.split('\n').map((l) => l.replace(/ +/g, ' ').trim());
    const at = lines.indexOf(
      'Release Plan: Offline Sync (waves without a phase): 3 waves declared; its longest chain of dependencies has 5 steps',
    );
    assert.ok(at > 0, out);
    // Task 2.2 depends on no task: `**Depends On**: Wave 1` holds it after all of wave 1, and wave 3 after wave 2.
    assert.deepEqual(lines.slice(at + 4, at + 6), [
      'w2-2-conflict-policy declared wave 2 earliest 3 slack 50 lines',
      'w3-1-feature-flag declared wave 3 earliest 4 slack 0 lines critical',
    ]);
    assert.ok(lines.includes('w2-1-tutorials declared wave 2 earliest 2 slack 780 lines'), out);
    assert.ok(!out.includes('Without a phase'), out);
    const json = JSON.parse((await cli(['waves', '--json'], dir)).out);
    assert.deepEqual(
      json.unphasedPlans.map((p: { file: string; title: string; minimumWaves: number }) => [
        p.file,
        p.title,
        p.minimumWaves,
      ]),
      [
        ['plans/docs-waves.md', 'Documentation Refresh', 2],
        ['plans/release-waves.md', 'Release Plan: Offline Sync', 5],
      ],
    );
    const policy = json.efforts.find((e: { id: string }) => e.id === 'w2-2-conflict-policy');
    assert.deepEqual([policy.phase, policy.earliestWave, policy.canMoveEarlier], [null, 3, false]);
  });

  it('waves lists an effort of no phase and no wave apart, with no wave to start in', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-waves-'));
    try {
      await fs.writeFile(
        path.join(dir, 'orchestrator-state.json'),
        JSON.stringify({
          efforts_in_progress: [{ name: 'wave-planning', status: 'in_progress', estimated_lines: 100 }],
        }),
      );
      const lines = (await cli(['waves', dir])).out.split('\n');
      assert.deepEqual(lines.slice(0, 2), [
        'Without a phase or a wave: 1 effort',
        '  wave-planning declared wave ?   slack     0 lines  critical',
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('graph prints Mermaid with waves as subgraphs, the cycle edges and the oversized effort styled', async () => {
    const { code, out } = await cli(['graph']);
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.equal(lines[0], 'graph TD');
    assert.equal(lines.filter((l) => l.startsWith('subgraph ')).length, 2);
    assert.ok(lines.includes('  n_E1_1_2["E1.1.2<br/>fog-signal<br/>~950 lines"]'));
    const edges = lines.filter((l) => l.includes(' --> '));
    assert.deepEqual(edges, ['n_E1_1_1 --> n_E1_2_1', 'n_E1_2_2 --> n_E1_2_1', 'n_E1_2_1 --> n_E1_2_2']);
    assert.ok(
      lines.includes('linkStyle 1,2 stroke:#e51400,stroke-width:3px,stroke-dasharray:12 3 2 3'),
      'the two cycle edges are red and dash-dotted',
    );
    assert.ok(lines.includes('class n_E1_1_2 hasError'), 'effort-oversized is an error in lint');
    const focused = (await cli(['graph', '--focus', '1.1.2', '--hops', '1'])).out;
    assert.ok(focused.includes('n_E1_1_2') && !focused.includes('n_E1_2_1'));
    assert.equal((await cli(['graph', '--focus', 'E9.9.9'])).code, 2);
    const summary = (await cli(['graph', '--summary'])).out;
    assert.ok(summary.includes('w_W1_1 --> w_W1_2'));
  });

  it('the bundled bin (dist/cli.js, built by npm test) runs on plain Node with the same results', () => {
    const bin = path.resolve(__dirname, '../../../dist/cli.js');
    const pkg = require('../../../package.json');
    assert.equal(pkg.bin.waveplan, './dist/cli.js');
    const run = spawnSync(process.execPath, [bin, 'lint', '--format', 'json'], { cwd: FIXTURE, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const codes = JSON.parse(run.stdout)
      .map((d: { code: string }) => d.code)
      .sort();
    assert.deepEqual([...new Set(codes)], ['dependency-cycle', 'effort-oversized']);
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(version.stdout.trim(), pkg.version);
  });

  it('the bundled bin loads schemas, yaml and markdown-it from dist/vendor only when a run needs them', async () => {
    const bin = path.resolve(__dirname, '../../../dist/cli.js');
    const dist = path.dirname(bin);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-vendor-'));
    // Prints which files under dist/ the run loaded, when it exits.
    const hook = path.join(dir, 'loaded.js');
    await fs.writeFile(
      hook,
      `process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache))));`,
    );
    const loaded = (cwd: string, args: string[]) => {
      const run = spawnSync(process.execPath, ['-r', hook, bin, ...args], { cwd, encoding: 'utf8' });
      const files = JSON.parse(/LOADED (.*)$/.exec(run.stderr)![1]) as string[];
      return {
        out: run.stdout,
        vendor: files.filter((f) => f.startsWith(dist)).map((f) => path.relative(dist, f).split(path.sep).join('/')),
      };
    };
    try {
      // A plain plan: nothing but the bin (the CLI it compiles, dist/cli-main.js, is not a required module).
      assert.deepEqual(loaded(FIXTURE, ['lint', '--format', 'json']).vendor, ['cli.js']);
      // A project file, a YAML state file and a plan the line scanner leaves to markdown-it (a link reference).
      const project = path.join(dir, 'project');
      await fs.mkdir(project);
      await fs.writeFile(path.join(project, '.waveplan.json'), '{ "limits": { "hard": 700 }, "bogus": 1 }\n');
      await fs.copyFile(
        path.resolve(__dirname, '../../fixtures/state/keyed-by-name/orchestrator-state.yaml'),
        path.join(project, 'orchestrator-state.yaml'),
      );
      await fs.writeFile(
        path.join(project, 'WAVE-1-IMPLEMENTATION-PLAN.md'),
        '# Phase 1 Wave 1\n\nSee [the spec][spec].\n\n[spec]: https://example.com/spec\n\n## Wave 1: Ledger\n\n' +
          '### E1.1.1: ledger-model\n\n**Size Estimate**: ~900 lines\n**Dependencies**: E1.1.9\n',
      );
      for (const args of [
        ['lint', '--format', 'json'],
        ['inspect', '--json'],
      ]) {
        const run = loaded(project, args);
        assert.equal(run.out, (await cli(args, project)).out, args.join(' '));
        assert.deepEqual(run.vendor.sort(), [
          'cli.js',
          'vendor/configSchema.js',
          'vendor/fileSchemas.js',
          'vendor/markdownItBlocks.js',
          'vendor/yaml.js',
        ]);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('the bin runs the CLI compiled with the code cache the build made, and never with a stale or foreign one', async () => {
    const dist = path.resolve(__dirname, '../../../dist');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-code-cache-'));
    // Prints what became of the cache, when the run exits.
    const hook = path.join(dir, 'cache.js');
    await fs.writeFile(
      hook,
      `process.on('exit', () => process.stderr.write('CACHE ' + globalThis.__waveplanCodeCache));`,
    );
    const run = (bin: string) => {
      const res = spawnSync(process.execPath, ['-r', hook, bin, 'lint', '--format', 'json'], {
        cwd: FIXTURE,
        encoding: 'utf8',
      });
      return { out: res.stdout, cache: /CACHE (\w+)$/.exec(res.stderr)?.[1] };
    };
    try {
      const built = run(path.join(dist, 'cli.js'));
      assert.equal(built.cache, 'accepted');
      // A copy of dist/ whose CLI bundle changed after the cache was made, then one whose cache is not V8's.
      const copy = path.join(dir, 'dist');
      await fs.cp(dist, copy, { recursive: true });
      const bundle = path.join(copy, 'cli-main.js');
      await fs.appendFile(bundle, '\n// changed after the build\n');
      assert.deepEqual(run(path.join(copy, 'cli.js')), { out: built.out, cache: 'none' });
      const cache = path.join(copy, 'cli-main.js.cache');
      // The checksum of the changed bundle, then bytes that are no V8 cache.
      const sum = Buffer.from(checksum(await fs.readFile(bundle)), 'latin1');
      assert.equal(sum.length, CHECKSUM_LENGTH);
      await fs.writeFile(cache, Buffer.concat([sum, Buffer.alloc(4096, 7)]));
      assert.deepEqual(run(path.join(copy, 'cli.js')), { out: built.out, cache: 'rejected' });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('never writes to plan files', async () => {
    const file = path.join(FIXTURE, 'phase1/PHASE-1-IMPLEMENTATION-PLAN.md');
    const before = await fs.readFile(file, 'utf8');
    const mtime = (await fs.stat(file)).mtimeMs;
    for (const args of [['inspect'], ['lint'], ['graph'], ['waves']]) await cli(args);
    assert.equal(await fs.readFile(file, 'utf8'), before);
    assert.equal((await fs.stat(file)).mtimeMs, mtime);
  });
});
