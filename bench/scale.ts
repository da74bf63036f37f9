// `npm run bench:scale` (minutes, so not part of npm run bench): the sizes issue 9 found failing, each run as
// `waveplan lint --format json` in its own process, with time and peak RSS against reading the same bytes.
// The time target is judged process against process: lint ≤ 10× a Node process that walks the folder and reads the
// same files (bench/walkRead.js; every scenario writes .md files), since Node's own start-up (~40 ms) is more than an
// in-process read of a 4 MB file. The in-process read is printed too, for reference. Peak RSS ≤ 10× input + 200 MB.
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  longCycle,
  longUnknownDependencyList,
  manyEfforts,
  repeatedHeadings,
  smallWavePlan,
} from '../test/unit/support/hostilePlans';

const BIN = path.resolve(__dirname, '../dist/cli.js');
const WALK_READ = path.resolve(__dirname, 'walkRead.js');
const MB = 1024 * 1024;

interface Scenario {
  name: string;
  write(dir: string): void;
}

const plan = (dir: string, text: string) => writeFileSync(path.join(dir, 'WAVE-1-IMPLEMENTATION-PLAN.md'), text);

const SCENARIOS: Scenario[] = [
  { name: '50,000 efforts in one file', write: (d) => plan(d, manyEfforts(50_000)) },
  {
    name: '100,000 small files',
    write: (d) => {
      for (let f = 0; f < 100_000; f++) {
        const sub = path.join(d, `p${Math.floor(f / 1000)}`, `w${f % 1000}`);
        mkdirSync(sub, { recursive: true });
        writeFileSync(
          path.join(sub, 'WAVE-IMPLEMENTATION-PLAN.md'),
          smallWavePlan(1 + Math.floor(f / 999), 1 + (f % 999), 1),
        );
      }
    },
  },
  { name: '100,000-effort cycle', write: (d) => plan(d, longCycle(100_000)) },
  { name: '100,000-entry dependency list', write: (d) => plan(d, longUnknownDependencyList(100_000)) },
  { name: '500,000 repeated headings', write: (d) => plan(d, repeatedHeadings(500_000)) },
];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) for (const f of files(full)) out.push(f);
    else out.push(full);
  }
  return out;
}

/** Best of three raw reads of every file, in ms, and the bytes read. */
function rawRead(dir: string): { ms: number; bytes: number } {
  const list = files(dir);
  let best = Infinity;
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    bytes = 0;
    for (const f of list) bytes += readFileSync(f).length;
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, bytes };
}

/** Median of three runs of a process that walks `dir` and reads every .md file (the floor of any linter), in ms. */
function walkReadProcess(dir: string): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [WALK_READ, dir], { stdio: 'ignore' });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1];
}

/** Wall time and peak RSS of `waveplan lint --format json DIR`, through GNU time. */
function lint(dir: string): { ms: number; rssMb: number; status: number | null; stderr: string } {
  const t = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', 'peak-rss-kb %M', process.execPath, BIN, 'lint', '--format', 'json', dir],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const ms = performance.now() - t;
  const m = /peak-rss-kb (\d+)/.exec(run.stderr ?? '');
  return {
    ms,
    rssMb: m ? Number(m[1]) / 1024 : NaN,
    status: run.status,
    // GNU time's own lines (the figure, and "Command exited with non-zero status 1" for lint's exit 1) are not lint's.
    stderr: (run.stderr ?? '')
      .replace(/peak-rss-kb \d+\n?/, '')
      .replace(/^Command exited with non-zero status \d+\n?/m, ''),
  };
}

function main(): void {
  const only = process.argv[2];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'waveplan-scale-'));
  console.log(
    `Scale benchmark on ${os.cpus().length} cores, Node ${process.version} (targets: lint process ≤ 10× a process that walks and reads the same files, peak RSS ≤ 10× input + 200 MB; the ratio to an in-process read is for reference only, as it leaves out Node's start-up)\n`,
  );
  console.log(
    '| Input | Size | Read (in-process) | Walk+read process | lint --format json | Ratio to the process (target ≤ 10×) | Ratio to the in-process read | Peak RSS | RSS target | Exit |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  try {
    for (const s of SCENARIOS) {
      if (only && !s.name.includes(only)) continue;
      const dir = path.join(tmp, s.name.replace(/\W+/g, '-'));
      mkdirSync(dir);
      s.write(dir);
      const read = rawRead(dir);
      const walk = walkReadProcess(dir);
      const run = lint(dir);
      const target = (10 * read.bytes) / MB + 200;
      const ratio = run.ms / walk;
      const inProcessRatio = run.ms / Math.max(read.ms, 0.001);
      console.log(
        `| ${s.name} | ${(read.bytes / MB).toFixed(1)} MB | ${read.ms.toFixed(0)} ms | ${walk.toFixed(0)} ms | ${(run.ms / 1000).toFixed(1)} s | ${ratio.toFixed(1)}× ${ratio <= 10 ? '✓' : '✗'} | ${inProcessRatio.toFixed(0)}× | ${run.rssMb.toFixed(0)} MB ${run.rssMb <= target ? '✓' : '✗'} | ${target.toFixed(0)} MB | ${run.status}${run.stderr ? ` (stderr: ${run.stderr.slice(0, 80)})` : ''} |`,
      );
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
