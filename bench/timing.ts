// Small timing helpers: medians of repeated runs, and spawned-process wall time.
import { spawnSync } from 'child_process';

export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function spawnMs(command: string, args: string[], cwd: string): { ms: number; status: number | null } {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: 'ignore' });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: result.status };
}

export function fmt(ms: number): string {
  return `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}

export function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}

/** The middle value (the upper one of an even count). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
