// Worktree engine speed against plain git in the same run: a 10-effort wave vs a shell loop of `git worktree add`,
// and measured sizes of 50 efforts vs one `git diff --numstat` per effort.
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Effort } from '../src/core/model/model';
import { createWaveWorktrees } from '../src/core/worktrees/create';
import type { PlanView } from '../src/core/worktrees/settings';
import { SizeCache, measureSizes } from '../src/core/sizes/size';
import { fmt, medianMs, ratio } from './timing';

export interface WorktreeFigures {
  repoFiles: number;
  createEfforts: number;
  createEngineMs: number;
  createShellLoopMs: number;
  /** engine ÷ shell loop; target ≤ 1.5 */
  createRatio: number;
  sizeEfforts: number;
  sizeEngineMs: number;
  sizeDiffLoopMs: number;
  /** engine ÷ one git diff --numstat per effort; target ≤ 2 */
  sizeRatio: number;
  /** Second measurement with the commit-keyed cache warm. */
  sizeCachedMs: number;
}

const RUNS = 5;
const REPO_FILES = 100;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function effortOf(n: number, wave: number): Effort {
  return {
    id: `E1.${wave}.${n}`,
    name: `bench effort ${n}`,
    phase: 1,
    wave,
    dependsOn: [],
    externalDependsOn: [],
    parallelWith: [],
    status: 'planned',
    source: { file: 'bench', line: 1 },
    origins: {},
  };
}

function planOf(efforts: Effort[]): PlanView {
  return { efforts, byId: new Map(efforts.map((e) => [e.id, e])), phases: [] };
}

/** A repository with `files` source files of 40 lines on main. */
function makeRepo(root: string, files: number): string {
  const dir = path.join(root, 'repo');
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'bench');
  git(dir, 'config', 'user.email', 'bench@waveplan.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  for (let i = 0; i < files; i++) {
    mkdirSync(path.join(dir, 'pkg', `m${i % 20}`), { recursive: true });
    writeFileSync(
      path.join(dir, 'pkg', `m${i % 20}`, `f${i}.go`),
      Array.from({ length: 40 }, (_, l) => `// ${i}:${l}`).join('\n') + '\n',
    );
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  return dir;
}

function resetWorktrees(repo: string, roots: string[]): void {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  git(repo, 'worktree', 'prune');
  const branches = git(repo, 'for-each-ref', '--format=%(refname:short)', 'refs/heads')
    .split('\n')
    .filter((b) => b && b !== 'main');
  if (branches.length) git(repo, 'branch', '-D', '--', ...branches);
}

export async function benchWorktrees(
  options: { tmp?: string; log?: (line: string) => void } = {},
): Promise<WorktreeFigures> {
  const log = options.log ?? (() => undefined);
  const tmp = mkdtempSync(path.join(options.tmp ?? os.tmpdir(), 'waveplan-bench-wt-'));
  try {
    const repoFiles = REPO_FILES;
    const repo = makeRepo(tmp, repoFiles);
    const engineRoot = path.join(tmp, 'engine-wt');
    const shellRoot = path.join(tmp, 'shell-wt');

    // 1. A 10-effort wave: engine (names checked by git, bases resolved, folders checked) vs a bare shell loop.
    const wave = Array.from({ length: 10 }, (_, i) => effortOf(i + 1, 1));
    const plan = planOf(wave);
    const loop = `for i in $(seq 1 10); do git worktree add -q -b waveplan/shell/e$i "${shellRoot}/e$i" main || exit 1; done`;
    let created = 0;
    const [engine, shell] = await interleaved(RUNS, [
      {
        run: async () => {
          created = (await createWaveWorktrees(wave, { repo, plan, root: engineRoot })).created;
          if (created !== 10) throw new Error(`bench: the engine created ${created} of 10 worktrees`);
        },
        reset: () => resetWorktrees(repo, [engineRoot]),
      },
      {
        run: () => {
          const r = spawnSync('bash', ['-c', loop], { cwd: repo, stdio: 'ignore' });
          if (r.status !== 0) throw new Error('bench: the shell loop failed');
        },
        reset: () => resetWorktrees(repo, [shellRoot]),
      },
    ]);
    log(
      `10-effort wave (${repoFiles}-file repo): engine ${fmt(engine)}, shell loop of git worktree add ${fmt(shell)} → ${ratio(engine, shell)} (target ≤ 1.5×)`,
    );

    // 2. Sizes of 50 efforts: one branch each with a commit touching 3 files.
    const sized = Array.from({ length: 50 }, (_, i) => effortOf(i + 1, 1));
    const branches = sized.map((e) => `waveplan/phase1/wave1/bench-effort-${e.id.split('.')[2]}`);
    const work = path.join(tmp, 'work');
    git(repo, 'worktree', 'add', '-q', '--detach', work, 'main');
    for (const [i, b] of branches.entries()) {
      git(work, 'checkout', '-q', '-B', b, 'main');
      for (let f = 0; f < 3; f++)
        writeFileSync(path.join(work, 'pkg', `m${f}`, `new${i}_${f}.go`), `package m\n// ${i}\n`.repeat(20 + i));
      writeFileSync(path.join(work, 'pkg', 'm1', `f1.go`), `// edited by ${i}\n`);
      git(work, 'add', '-A');
      git(work, 'commit', '-q', '-m', b);
    }
    git(work, 'checkout', '-q', '--detach', 'main');
    const diffLoop = `for b in ${branches.join(' ')}; do git diff --numstat main...$b || exit 1; done > /dev/null`;
    const [sizeEngine, diffs] = await interleaved(RUNS, [
      {
        run: async () => {
          const sizes = await measureSizes(sized, { repo, plan: planOf(sized) });
          const ok = sizes.filter((x) => x.measured !== undefined).length;
          if (ok !== 50) throw new Error(`bench: measured ${ok} of 50 efforts`);
        },
      },
      {
        run: () => {
          const r = spawnSync('bash', ['-c', diffLoop], { cwd: repo, stdio: 'ignore' });
          if (r.status !== 0) throw new Error('bench: the diff loop failed');
        },
      },
    ]);
    const cache = new SizeCache();
    await measureSizes(sized, { repo, plan: planOf(sized) }, { cache });
    const cached = await medianMs(RUNS, () => measureSizes(sized, { repo, plan: planOf(sized) }, { cache }));
    log(
      `sizes of 50 efforts: engine ${fmt(sizeEngine)}, one git diff --numstat per effort ${fmt(diffs)} → ${ratio(sizeEngine, diffs)} (target ≤ 2×); cached ${fmt(cached)}`,
    );

    return {
      repoFiles,
      createEfforts: 10,
      createEngineMs: engine,
      createShellLoopMs: shell,
      createRatio: engine / shell,
      sizeEfforts: 50,
      sizeEngineMs: sizeEngine,
      sizeDiffLoopMs: diffs,
      sizeRatio: sizeEngine / diffs,
      sizeCachedMs: cached,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

interface Contender {
  run: () => unknown;
  /** Untimed, after each run (worktrees must not exist when the next run starts). */
  reset?: () => void;
}

/** Medians of contenders run in alternating order, so drifting machine load hits both alike. */
async function interleaved(runs: number, contenders: Contender[]): Promise<number[]> {
  const times = contenders.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [...contenders.keys()].reverse() : [...contenders.keys()];
    for (const c of order) {
      times[c].push(await medianMs(1, contenders[c].run));
      contenders[c].reset?.();
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(runs / 2)]);
}

if (require.main === module) {
  benchWorktrees({ log: (l) => console.log(l) }).then((f) => console.log(JSON.stringify(f, null, 2)));
}
