// `npm run bench`: every benchmark, printed as figures and ratios against baselines measured in the same run.
import * as os from 'os';
import * as path from 'path';
import { promises as fs } from 'fs';
import { benchCore } from './core';
import { benchExtension } from './extension';
import { benchWorktrees } from './worktrees';

async function main(): Promise<void> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-bench-'));
  const log = (line: string) => console.log(line);
  console.log(`Waveplan benchmarks on ${os.cpus().length} cores, Node ${process.version}\n`);
  console.log('## Plan engine');
  await benchCore(tmp, log);

  console.log('\n## Worktrees');
  await benchWorktrees({ tmp, log });

  console.log('\n## Editor');
  const editor = await benchExtension(tmp, log);
  if (editor['bundle.host.mermaidMarkers'] > 0) process.exitCode = 1;
  await fs.rm(tmp, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
