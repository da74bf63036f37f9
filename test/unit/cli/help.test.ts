// Help comes from the option table in src/cli/spec.ts: every command answers --help, and the README lists what it parses.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { ALL_COMMANDS, fullSynopsis } from '../../../src/cli/spec';
import { runCli } from '../support/cliRun';

const README = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

describe('CLI help', () => {
  for (const command of ALL_COMMANDS) {
    it(`${command.name} --help exits 0 and lists every option the parser accepts`, async () => {
      const { code, out, err } = await runCli([...command.name.split(' '), '--help'], process.cwd());
      assert.equal(code, 0, err);
      assert.equal(err, '');
      for (const name of Object.keys(command.options)) assert.match(out, new RegExp(`--${name}\\b`), name);
    });

    it(`${command.name} accepts each option its help lists`, async () => {
      // A listed option must never be refused as unknown (the parser and the help are one table).
      for (const [name, o] of Object.entries(command.options)) {
        const args = [
          ...command.name.split(' '),
          `--${name}`,
          ...(o.type === 'string' ? ['1'] : []),
          '--plans-does-not-exist',
        ];
        const { err } = await runCli(args, process.cwd());
        assert.doesNotMatch(err, new RegExp(`Unknown option '--${name}'`), name);
      }
    });
  }

  it('top-level --help names every command', async () => {
    const { code, out } = await runCli(['--help'], process.cwd());
    assert.equal(code, 0);
    for (const c of ALL_COMMANDS) assert.ok(out.includes(c.name), c.name);
  });

  it("the README's CLI block is the table's synopsis, line for line", () => {
    const block = /## The CLI\n\n```\n([\s\S]*?)```/.exec(README);
    assert.ok(block, 'README has a CLI block right under "## The CLI"');
    assert.deepEqual(block[1].trimEnd().split('\n'), ALL_COMMANDS.map(fullSynopsis));
  });
});
