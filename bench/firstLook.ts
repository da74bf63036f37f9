// A new user's first look, as `npm run bench` measures it: fresh windows (code-server + headless Chromium) on a git
// repository of the real idpbuilder plans; time to the Explorer listing the folder and to the first effort row of
// the Waveplan tree, from navigation start, in the same load (scripts/first-look.js does the loads). Loads take turns
// with the floor extension (a static tree, no work): its first effort row is the soonest any extension's can come.
import { median } from './timing';

interface Load {
  explorerMs: number;
  effortMs: number;
  ratio: number;
  hostMs: number;
}

const { firstLookWithFloor } = require('../scripts/first-look.js') as {
  firstLookWithFloor(options: {
    runs: number;
    log: (line: string) => void;
  }): Promise<{ loads: Load[]; floors: Load[] }>;
};

const LOADS = 3;

export async function benchFirstLook(log: (line: string) => void): Promise<Record<string, number>> {
  const { loads, floors } = await firstLookWithFloor({ runs: LOADS, log: (line) => log(`  ${line}`) });
  const figures = {
    explorer: median(loads.map((l) => l.explorerMs)),
    firstEffortRow: median(loads.map((l) => l.effortMs)),
    ratio: median(loads.map((l) => l.ratio)),
    floorRatio: median(floors.map((l) => l.ratio)),
    hostStarted: median(loads.map((l) => l.hostMs)),
    hostRatio: median(loads.map((l) => l.hostMs / l.explorerMs)),
  };
  log(
    `first effort row ${figures.firstEffortRow.toFixed(0)} ms, the Explorer listed the folder at ${figures.explorer.toFixed(0)} ms: ${figures.ratio.toFixed(2)}× (median of ${LOADS} loads; target ≤ 1.5×); ` +
      `the floor extension's static tree ${figures.floorRatio.toFixed(2)}× in loads taking turns with these, the soonest any extension's rows come; ` +
      `VS Code started the extension host at ${figures.hostStarted.toFixed(0)} ms (${figures.hostRatio.toFixed(2)}×)`,
  );
  return figures;
}
