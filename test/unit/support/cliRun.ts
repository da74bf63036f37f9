// Runs the waveplan CLI in-process with captured output, for CLI tests.
import type { CliIO } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';

export async function runCli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(args, io);
  return { code, out, err };
}
