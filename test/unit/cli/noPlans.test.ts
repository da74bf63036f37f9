// A folder where Waveplan finds no plan says so, naming the files it reads and how to add others: an empty result
// must not look like a clean plan.
import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cliRun';

describe('waveplan on a folder without plans', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'waveplan-noplans-'));
    writeFileSync(path.join(dir, 'ROADMAP.md'), '# Roadmap\n\n### E1.1.1: logger\n**Estimated Lines**: 200\n');
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
    writeFileSync(path.join(dir, '.waveplan.json'), '{"planGlobs": ["ROADMAP.md"]}');
    const r = await runCli(['inspect'], dir);
    assert.match(r.out, /E1\.1\.1 logger/);
    assert.doesNotMatch(r.err, /no plan or state file found/);
  });
});
