// The CLI's connection to the outside, injectable so tests run commands in-process.
export interface CliIO {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export const processIO = (): CliIO => ({
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});

/** Exit codes shared by every command: 0 clean, 1 findings (errors, over limit), 2 usage or I/O error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}
