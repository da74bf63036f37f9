// Plan engine speed: 10,000 efforts in 1,000 files, against markdownlint-cli2 and a raw read of the same files.
import { promises as fs } from 'fs';
import * as path from 'path';
import { PlanEngine } from '../src/core/project/engine';
import { loadProject } from '../src/cli/load';
import { bigPlanText, generatePlanTree } from './generate';
import { fmt, medianMs, ratio, spawnMs } from './timing';

export interface CoreFigures {
  [name: string]: number;
}

export async function benchCore(tmp: string, log: (line: string) => void): Promise<CoreFigures> {
  const root = path.join(tmp, 'plans');
  const tree = await generatePlanTree(root, 1000, 10);
  log(`generated ${tree.efforts} efforts in ${tree.files.length} files`);

  const rawRead = await medianMs(5, () => Promise.all(tree.files.map((f) => fs.readFile(f))));
  let efforts = 0;
  let diagnostics = 0;
  const inProcess = await medianMs(5, async () => {
    const loaded = await loadProject([root], tmp);
    efforts = loaded.project.efforts.length;
    diagnostics = loaded.project.diagnostics.length;
  });
  log(`in-process inspect+lint: ${fmt(inProcess)} (${efforts} efforts, ${diagnostics} diagnostics); raw read of the files: ${fmt(rawRead)} → ${ratio(inProcess, rawRead)} of a raw read`);

  const repo = path.resolve(__dirname, '..');
  const cli = path.join(repo, 'dist', 'cli.js');
  const mdlint = path.join(repo, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 3; i++) {
    ours.push(spawnMs(process.execPath, [cli, 'lint', root, '--format', 'json'], tmp).ms);
    theirs.push(spawnMs(process.execPath, [mdlint, `${root}/**/*.md`], tmp).ms);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
  const cliMs = median(ours);
  const mdMs = median(theirs);
  log(`waveplan lint (process): ${fmt(cliMs)}; markdownlint-cli2 on the same files: ${fmt(mdMs)} → ${ratio(cliMs, mdMs)} of markdownlint (target < 0.5×)`);

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
  log(`re-read one edited ${text.split('\n').length}-line plan: ${fmt(reread)}; re-read + merge + check: ${fmt(rereadAndCheck)} (target ≤ 20 ms)`);
  await fs.rm(root, { recursive: true, force: true });
  return { rawRead, inProcess, cliMs, mdMs, cliVsMarkdownlint: cliMs / mdMs, reread, rereadAndCheck };
}
