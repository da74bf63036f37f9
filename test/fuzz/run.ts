// `npm run fuzz -- --cases N --seed S [--from K] [--timeout MS] [--out DIR]`: mutates the real corpus, the test fixtures and the
// hostile-plan generators, runs inspect/lint/waves/graph on each case in a worker process, and fails on a crash,
// hang, stack trace, non-JSON --json output or a changed input, saving a minimized reproducer under --out.
import { fork, type ChildProcess } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { classifyPlanFile } from '../../src/core/files/classify';
import { gsdSeeds, longCycle, longUnknownDependencyList, repeatedHeadings } from '../unit/support/hostilePlans';
import { mutate, rng } from './mutate';
import type { FuzzCase } from './worker';

const ROOT = path.resolve(__dirname, '../..');

export interface FuzzOptions {
  cases: number;
  seed: number;
  /** First case number (to split one seed's run over processes). */
  from?: number;
  timeoutMs?: number;
  outDir?: string;
  log?: (line: string) => void;
}

export interface FuzzFailure {
  caseNumber: number;
  reason: string;
  saved?: string;
}

interface Seed {
  name: string;
  bytes: Buffer;
}

/** Every plan file of the corpus and the fixtures, plus small hostile plans. */
export function seedCorpus(): Seed[] {
  const seeds: Seed[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (classifyPlanFile(full)) seeds.push({ name, bytes: readFileSync(full) });
    }
  };
  walk(path.resolve(ROOT, '../shared/corpus/real'));
  walk(path.join(ROOT, 'test/fixtures'));
  const plan = 'WAVE-1-IMPLEMENTATION-PLAN.md';
  seeds.push(
    { name: plan, bytes: Buffer.from(repeatedHeadings(50)) },
    { name: plan, bytes: Buffer.from(longCycle(30)) },
    { name: plan, bytes: Buffer.from(longUnknownDependencyList(200)) },
  );
  // At their GSD paths (a name may hold folders), or the GSD reader is never reached.
  for (const { name, text } of gsdSeeds()) seeds.push({ name, bytes: Buffer.from(text) });
  return seeds;
}

class Worker {
  private child: ChildProcess | undefined;
  private stderr = '';

  private start(): ChildProcess {
    const child = fork(path.join(__dirname, 'worker.ts'), [], {
      execArgv: ['-r', 'esbuild-register'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
    this.child = child;
    return child;
  }

  /** Runs one case; a failure sentence, or undefined when every command behaved. */
  run(c: FuzzCase, timeoutMs: number): Promise<string | undefined> {
    const child = this.child ?? this.start();
    this.stderr = '';
    return new Promise((resolve) => {
      const done = (failure: string | undefined, restart = false) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (restart) {
          child.kill('SIGKILL');
          this.child = undefined;
        }
        // Anything on the process's stderr is a failure too (library warnings, uncaught traces).
        setTimeout(() => resolve(failure ?? (this.stderr ? `stderr: ${this.stderr.slice(0, 300)}` : undefined)), 5);
      };
      const onMessage = (m: { failure?: string }) => done(m.failure);
      const onExit = (code: number | null, signal: string | null) =>
        done(`the process died (exit ${code}, signal ${signal}): ${this.stderr.slice(0, 300)}`, true);
      const timer = setTimeout(() => done(`hang: no answer in ${timeoutMs} ms`, true), timeoutMs);
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send(c);
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }
}

/** Removes chunks of lines while the case still fails: a smaller reproducer (bounded number of tries). */
async function minimize(worker: Worker, c: FuzzCase, timeoutMs: number): Promise<Buffer> {
  let parts = splitLines(Buffer.from(c.bytes, 'base64'));
  let tries = 0;
  for (let chunk = Math.ceil(parts.length / 2); chunk >= 1 && tries < 40; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at < parts.length && tries < 40;) {
      const candidate = parts.slice(0, at).concat(parts.slice(at + chunk));
      tries++;
      if (
        candidate.length &&
        (await worker.run({ ...c, bytes: Buffer.concat(candidate).toString('base64') }, timeoutMs))
      )
        parts = candidate;
      else at += chunk;
    }
  }
  return Buffer.concat(parts);
}

function splitLines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) {
    out.push(b.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < b.length) out.push(b.subarray(start));
  return out;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzFailure[]> {
  const { cases, seed } = options;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const log = options.log ?? (() => undefined);
  const seeds = seedCorpus();
  const work = path.join(os.tmpdir(), `waveplan-fuzz-${process.pid}`);
  const worker = new Worker();
  const failures: FuzzFailure[] = [];
  try {
    const first = options.from ?? 0;
    for (let n = first; n < first + cases; n++) {
      const r = rng(seed * 1_000_003 + n);
      const base = seeds[Math.floor(r() * seeds.length)];
      const { bytes, applied } = mutate(base.bytes, r);
      const c: FuzzCase = { dir: path.join(work, 'case'), name: base.name, bytes: bytes.toString('base64') };
      const failure = await worker.run(c, timeoutMs);
      if ((n + 1 - first) % 500 === 0) log(`${n + 1 - first} cases, ${failures.length} failures`);
      if (!failure) continue;
      const found: FuzzFailure = { caseNumber: n, reason: `${failure} [${applied.join(', ')}]` };
      if (options.outDir) {
        const dir = path.join(options.outDir, `seed-${seed}-case-${n}`);
        mkdirSync(path.dirname(path.join(dir, base.name)), { recursive: true });
        // A hang is saved whole: minimizing would wait out the time limit once per try.
        writeFileSync(
          path.join(dir, base.name),
          failure.startsWith('hang') ? bytes : await minimize(worker, c, timeoutMs),
        );
        writeFileSync(path.join(dir, 'FAILURE.txt'), `${found.reason}\nReproduce: node dist/cli.js lint ${dir}\n`);
        found.saved = dir;
      }
      failures.push(found);
      log(`case ${n}: ${found.reason}${found.saved ? ` (saved in ${found.saved})` : ''}`);
    }
  } finally {
    worker.stop();
  }
  return failures;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const flag = (name: string, def: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const outIndex = args.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1] : 'fuzz-failures');
  const cases = flag('cases', 1000);
  const seed = flag('seed', Date.now() % 100000);
  const started = Date.now();
  console.log(`waveplan fuzz: ${cases} cases, seed ${seed}, reproducers go to ${outDir}`);
  runFuzz({
    cases,
    seed,
    from: flag('from', 0),
    timeoutMs: flag('timeout', 60_000),
    outDir,
    log: (l) => console.log(l),
  }).then((failures) => {
    console.log(`${cases} cases in ${((Date.now() - started) / 1000).toFixed(0)} s: ${failures.length} failures`);
    process.exitCode = failures.length ? 1 : 0;
  });
}
