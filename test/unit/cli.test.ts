// The CLI run in-process: output shapes, exit codes, and that it never writes plan files.
import { strict as assert } from 'assert';
import { promises as fs } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

const FIXTURE = path.resolve(__dirname, '../fixtures/cli/plans');

async function cli(args: string[], cwd = FIXTURE): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}

describe('waveplan CLI', () => {
  it('inspect --json prints the efforts and diagnostics in the documented shape', async () => {
    const { code, out } = await cli(['inspect', '--json']);
    assert.equal(code, 0);
    const json = JSON.parse(out);
    const ids = json.efforts.map((e: { id: string }) => e.id);
    assert.deepEqual(ids, ['E1.1.1', 'E1.1.2', 'E1.2.1', 'E1.2.2']);
    const motor = json.efforts.find((e: { id: string }) => e.id === 'E1.2.1');
    assert.deepEqual(
      { name: motor.name, phase: motor.phase, wave: motor.wave, estimatedLines: motor.estimatedLines, dependsOn: motor.dependsOn, source: motor.source },
      { name: 'rotation-motor', phase: 1, wave: 2, estimatedLines: 300, dependsOn: ['E1.1.1', 'E1.2.2'], source: { file: 'phase1/PHASE-1-IMPLEMENTATION-PLAN.md', line: 21 } },
    );
    assert.equal(json.efforts[0].branch, 'keeper/phase1/wave1/lamp-model');
    for (const key of ['code', 'severity', 'file', 'line', 'column', 'message', 'efforts']) assert.ok(key in json.diagnostics[0], key);
  });

  it('lint prints compiler-style lines and exits 1 on errors', async () => {
    const { code, out } = await cli(['lint']);
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    const oversized = lines.filter((l) => l.includes(' effort-oversized '));
    assert.equal(oversized.length, 1);
    assert.match(oversized[0], /^phase1\/PHASE-1-IMPLEMENTATION-PLAN\.md:15:\d+ error effort-oversized .*E1\.1\.2.*950/);
    const cycle = lines.filter((l) => l.includes(' dependency-cycle '));
    assert.equal(cycle.length, 2, 'one diagnostic per cycle edge');
    assert.ok(cycle.some((l) => l.startsWith('phase1/PHASE-1-IMPLEMENTATION-PLAN.md:24:28 ')));
    assert.ok(cycle.some((l) => l.startsWith('phase1/PHASE-1-IMPLEMENTATION-PLAN.md:29:20 ')));
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
    const clean = await cli(['lint', '--hard', '2000', '--soft', '1500', path.join(FIXTURE, 'phase1')]);
    assert.equal(clean.code, 1, 'the cycle is still an error');
    assert.equal((await cli(['lint', '--format', 'xml'])).code, 2);
    assert.equal((await cli(['lint', '/no/such/folder'])).code, 2);
    assert.equal((await cli(['frobnicate'])).code, 2);
    assert.equal((await cli(['inspect', '--hard', 'ten'])).code, 2);
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
