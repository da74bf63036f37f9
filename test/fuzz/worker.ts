// Fuzz worker: runs the CLI in-process on one written case at a time, sent by run.ts over IPC. A crash, abort or
// hang kills only this process; the parent sees it and blames the case it sent.
import { createHash } from 'crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';

export interface FuzzCase {
  dir: string;
  name: string;
  bytes: string; // base64
}

export const COMMANDS: string[][] = [
  ['inspect', '--json'],
  ['lint', '--format', 'json'],
  ['lint', '--format', 'sarif'],
  ['waves', '--json'],
  ['graph'],
];
const STACK = /\n\s+at .+[(:]\d+:\d+\)?|Maximum call stack|FATAL ERROR|Invalid string length|out of memory/;

async function runCase(c: FuzzCase): Promise<string | undefined> {
  rmSync(c.dir, { recursive: true, force: true });
  const file = path.join(c.dir, c.name);
  mkdirSync(path.dirname(file), { recursive: true });
  const bytes = Buffer.from(c.bytes, 'base64');
  writeFileSync(file, bytes);
  const hash = createHash('sha256').update(bytes).digest('hex');
  for (const args of COMMANDS) {
    let out = '';
    let err = '';
    const io: CliIO = { cwd: c.dir, out: (t) => void (out += t), err: (t) => void (err += t) };
    let code: number;
    try {
      code = await main([...args, c.dir], io);
    } catch (e) {
      return `${args.join(' ')} threw: ${e instanceof Error ? e.stack : String(e)}`;
    }
    if (code !== 0 && code !== 1) return `${args.join(' ')} exited ${code}: ${err.slice(0, 300)}`;
    if (STACK.test(err)) return `${args.join(' ')} printed a stack trace: ${err.slice(0, 300)}`;
    if (args.includes('--json') || args.includes('json') || args.includes('sarif')) {
      try {
        JSON.parse(out);
      } catch (e) {
        return `${args.join(' ')} printed invalid JSON: ${String(e).slice(0, 200)}`;
      }
    }
    if (createHash('sha256').update(readFileSync(file)).digest('hex') !== hash)
      return `${args.join(' ')} changed the input file`;
  }
  rmSync(c.dir, { recursive: true, force: true });
  return undefined;
}

process.on('message', (c: FuzzCase) => {
  runCase(c).then(
    (failure) => process.send!({ failure }),
    (e) => process.send!({ failure: `worker error: ${String(e)}` }),
  );
});
