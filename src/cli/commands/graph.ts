// Placeholder until the analysis and Mermaid modules land (same session).
import type { CliIO } from '../io';
export async function run(_args: string[], io: CliIO): Promise<number> {
  io.err('waveplan graph: not built yet\n');
  return 2;
}
