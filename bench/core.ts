// Plan engine speed: 10,000 efforts in 1,000 files, against a raw read of the same files (in-process and as a
// process), markdownlint-cli2, and the keystroke work of a big plan in a small and a big workspace.
import { promises as fs } from 'fs';
import * as path from 'path';
import { PlanEngine } from '../src/core/project/engine';
import { bundledLoadProject } from './bundledLoad';
import { benchKeystroke } from './keystroke';
import { bigPlanText, generatePlanTree } from './generate';
import { fmt, medianMs, ratio, spawnMs } from './timing';

export interface CoreFigures {
  [name: string]: number;
}

const REPO = path.resolve(__dirname, '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const WALK_READ = path.join(REPO, 'bench', 'walkRead.js');
const PEAK_RSS = path.join(REPO, 'bench', 'peakRss.js');
const MARKDOWNLINT = path.join(REPO, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
// The in-process baseline does what the process baseline does (walk the folder, read each file as text), as
// loadProject must: reading a known list of files as bytes skipped the walk and the decoding (16 ms against ~40).
const { walkRead } = require('./walkRead.js') as { walkRead: (root: string) => { files: number; chars: number } };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Processes on the same tree, interleaved round by round so each sees the same machine load. */
function processes(root: string, tmp: string, rounds: number): { walk: number; lint: number; mdlint: number } {
  const walk: number[] = [];
  const lint: number[] = [];
  const mdlint: number[] = [];
  for (let i = 0; i < rounds; i++) {
    walk.push(spawnMs(process.execPath, [WALK_READ, root], tmp).ms);
    lint.push(spawnMs(process.execPath, [CLI, 'lint', root, '--format', 'json'], tmp).ms);
    if (i < 3) mdlint.push(spawnMs(process.execPath, [MARKDOWNLINT, `${root}/**/*.md`], tmp).ms);
  }
  return { walk: median(walk), lint: median(lint), mdlint: median(mdlint) };
}

async function peakRssMb(root: string, tmp: string): Promise<number> {
  const file = path.join(tmp, 'rss.txt');
  const env = { ...process.env, WAVEPLAN_BENCH_RSS_FILE: file };
  const { spawnSync } = await import('child_process');
  spawnSync(process.execPath, ['-r', PEAK_RSS, CLI, 'lint', root, '--format', 'json'], {
    cwd: tmp,
    stdio: 'ignore',
    env,
  });
  return Number(await fs.readFile(file, 'utf8')) / 1024;
}

export async function benchCore(tmp: string, log: (line: string) => void): Promise<CoreFigures> {
  const root = path.join(tmp, 'plans');
  const tree = await generatePlanTree(root, 1000, 10);
  log(`generated ${tree.efforts} efforts in ${tree.files.length} files`);

  // Bundled as the CLI and the editor run it (bundledLoad.ts), not through esbuild-register's module wrappers.
  const loadProject = bundledLoadProject(tmp);
  let efforts = 0;
  let diagnostics = 0;
  const syncRead: number[] = [];
  const inProcess: number[] = [];
  for (let i = 0; i < 7; i++) {
    syncRead.push(await medianMs(1, () => walkRead(root)));
    inProcess.push(
      await medianMs(1, async () => {
        const loaded = await loadProject([root], tmp);
        efforts = loaded.project.efforts.length;
        diagnostics = loaded.project.diagnostics.length;
      }),
    );
  }
  const read = median(syncRead);
  const inspect = median(inProcess);
  log(
    `in-process inspect+lint (bundled): ${fmt(inspect)} (${efforts} efforts, ${diagnostics} diagnostics); synchronous walk and read of the same files as text: ${fmt(read)} → ${ratio(inspect, read)} (target ≤ 5×)`,
  );

  const p = processes(root, tmp, 5);
  log(
    `waveplan lint (process): ${fmt(p.lint)}; a process that walks and reads the same files: ${fmt(p.walk)} → ${ratio(p.lint, p.walk)} (target ≤ 4×)`,
  );
  log(
    `  markdownlint-cli2 on the same files: ${fmt(p.mdlint)} → ${ratio(p.lint, p.mdlint)} of markdownlint (target ≤ 0.08×)`,
  );
  const rss = await peakRssMb(root, tmp);
  log(`peak RSS of waveplan lint on the ${tree.efforts} efforts: ${rss.toFixed(0)} MB (target ≤ 150 MB)`);

  const text = bigPlanText(3000);
  const engine = new PlanEngine();
  const file = path.join(tmp, 'big', 'PHASE-1-IMPLEMENTATION-PLAN.md');
  engine.update(file, text);
  engine.project();
  let k = 0;
  const reread = await medianMs(21, () => engine.update(file, text.replace('write the code', `write the code ${++k}`)));
  const rereadAndCheck = await medianMs(21, () => {
    engine.update(file, text.replace('write the code', `write the code ${++k}`));
    return engine.project();
  });
  log(
    `re-read one edited ${text.split('\n').length}-line plan: ${fmt(reread)}; re-read + merge + check: ${fmt(rereadAndCheck)} (target ≤ 20 ms)`,
  );
  await fs.rm(root, { recursive: true, force: true });
  const keystroke = await benchKeystroke(tmp, log);
  return {
    syncRead: read,
    inProcess: inspect,
    walkReadProcess: p.walk,
    cliMs: p.lint,
    mdMs: p.mdlint,
    peakRssMb: rss,
    reread,
    rereadAndCheck,
    'ratio.inProcessVsRead': inspect / read,
    'ratio.lintVsWalkRead': p.lint / p.walk,
    'ratio.lintVsMarkdownlint': p.lint / p.mdlint,
    ...keystroke,
  };
}

if (require.main === module) {
  void (async () => {
    const os = await import('os');
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'waveplan-bench-core-'));
    await benchCore(tmp, console.log);
    await fs.rm(tmp, { recursive: true, force: true });
  })();
}
