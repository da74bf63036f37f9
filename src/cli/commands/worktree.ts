// STUB — replaced by the worktree helper.
import type { CliIO } from '../io';
export async function run(_args: string[], io: CliIO): Promise<number> {
  io.err('waveplan worktree: not built yet\n');
  return 2;
}
