// Keystroke work in-process, without the editor's debounce: the edited 3,000-line plan sits in the same folder as
// 100 or 10,000 other efforts; per edit the engine re-reads it, merges and checks, and the
// locator the cursor features use is rebuilt. Edits alternate between prose and an effort's size estimate.
import { promises as fs } from 'fs';
import * as path from 'path';
import { loadProject } from '../src/cli/load';
import type { PlanEngine } from '../src/core/project/engine';
import { locatorFor } from '../src/core/views/locator';
import { bigPlanText, generatePlanTree } from './generate';
import { fmt, median } from './timing';

const EDITS = 41;
/** A phase of its own, so the plan's ids never collide with the generated tree's. */
const PHASE = 900;

interface Workspace {
  efforts: number;
  engine: PlanEngine;
  file: string;
}

async function workspace(tmp: string, treeFiles: number, text: string): Promise<Workspace> {
  const root = path.join(tmp, `keystroke-${treeFiles}`);
  await generatePlanTree(root, treeFiles, 10);
  const file = path.join(root, `PHASE-${PHASE}-IMPLEMENTATION-PLAN.md`);
  await fs.writeFile(file, text);
  const { engine, project } = await loadProject([root], tmp);
  locatorFor(project);
  return { efforts: project.efforts.length, engine, file };
}

/** Edit k: odd edits type in prose, even ones change a size estimate; each keeps what the other kind last did. */
function edited(text: string, k: number): string {
  const prose = k % 2 ? k : k - 1;
  const size = k % 2 ? k - 1 : k;
  return text
    .replace('write the code', `write the code ${prose}`)
    .replace('**Size Estimate**: ~301 lines', `**Size Estimate**: ~${302 + (size % 50)} lines`);
}

export async function benchKeystroke(tmp: string, log: (line: string) => void): Promise<Record<string, number>> {
  const text = bigPlanText(3000, PHASE);
  const small = await workspace(tmp, 10, text);
  const big = await workspace(tmp, 1000, text);
  const prose = { small: [] as number[], big: [] as number[] };
  const value = { small: [] as number[], big: [] as number[] };
  for (let k = 1; k <= EDITS * 2; k++) {
    // Interleaved, so both sides see the same machine load.
    for (const [w, name] of k % 2
      ? ([
          [small, 'small'],
          [big, 'big'],
        ] as const)
      : ([
          [big, 'big'],
          [small, 'small'],
        ] as const)) {
      const start = process.hrtime.bigint();
      w.engine.update(w.file, edited(text, k));
      locatorFor(w.engine.project());
      (k % 2 ? prose : value)[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const figures: Record<string, number> = {
    'keystroke.small.efforts': small.efforts,
    'keystroke.big.efforts': big.efforts,
  };
  for (const [kind, times, what] of [
    ['prose', prose, 'typing prose'],
    ['value', value, "changing an effort's size estimate"],
  ] as const) {
    const s = median(times.small);
    const b = median(times.big);
    Object.assign(figures, {
      [`keystroke.${kind}.small.ms`]: s,
      [`keystroke.${kind}.big.ms`]: b,
      [`ratio.keystroke.${kind}`]: b / s,
    });
    log(
      `keystroke work (re-read + merge + check + locator, no debounce), ${what} in a ${text.split('\n').length}-line plan: in a workspace of ${big.efforts} efforts ${fmt(b)}; ` +
        `the same edits in a workspace of ${small.efforts} efforts ${fmt(s)} → ${(b / s).toFixed(2)}× (target ≤ 2×)`,
    );
  }
  return figures;
}
