// Keystroke work in-process, without the editor's debounce: the edited 3,000-line plan sits in the same folder as
// 100 or 10,000 other efforts; per edit the engine re-reads it, merges and checks, and the
// locator the cursor features use is rebuilt. Edits alternate between prose and an effort's size estimate.
import { promises as fs } from 'fs';
import * as path from 'path';
import { loadProject } from '../src/cli/load';
import type { PlanEngine } from '../src/core/project/engine';
import { locatorFor } from '../src/core/views/locator';
import { bigPlanText, generatePlanTree } from './generate';
import { fmt } from './timing';

const EDITS = 41;
/** A phase of its own, so the plan's ids never collide with the generated tree's. */
const PHASE = 1000;

interface Workspace {
  efforts: number;
  engine: PlanEngine;
  file: string;
  times: number[];
}

async function workspace(tmp: string, treeFiles: number, text: string): Promise<Workspace> {
  const root = path.join(tmp, `keystroke-${treeFiles}`);
  await generatePlanTree(root, treeFiles, 10);
  const file = path.join(root, `PHASE-${PHASE}-IMPLEMENTATION-PLAN.md`);
  await fs.writeFile(file, text);
  const { engine, project } = await loadProject([root], tmp);
  locatorFor(project);
  return { efforts: project.efforts.length, engine, file, times: [] };
}

function edited(text: string, k: number): string {
  return k % 2 ? text.replace('write the code', `write the code ${k}`) : text.replace('**Size Estimate**: ~301 lines', `**Size Estimate**: ~${302 + (k % 50)} lines`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchKeystroke(tmp: string, log: (line: string) => void): Promise<Record<string, number>> {
  const text = bigPlanText(3000, PHASE);
  const small = await workspace(tmp, 10, text);
  const big = await workspace(tmp, 1000, text);
  for (let k = 1; k <= EDITS * 2; k++) {
    // Interleaved, so both sides see the same machine load.
    for (const w of k % 2 ? [small, big] : [big, small]) {
      const start = process.hrtime.bigint();
      w.engine.update(w.file, edited(text, k));
      locatorFor(w.engine.project());
      w.times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const s = median(small.times);
  const b = median(big.times);
  log(
    `keystroke work (re-read + merge + check + locator, no debounce) on a ${text.split('\n').length}-line plan: in a workspace of ${big.efforts} efforts ${fmt(b)}; ` +
      `the same edits in a workspace of ${small.efforts} efforts ${fmt(s)} → ${(b / s).toFixed(2)}× (target ≤ 2×)`,
  );
  return { 'keystroke.small.ms': s, 'keystroke.big.ms': b, 'keystroke.small.efforts': small.efforts, 'keystroke.big.efforts': big.efforts, 'ratio.keystroke': b / s };
}
