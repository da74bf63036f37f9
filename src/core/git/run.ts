// The only way Waveplan runs git: spawn with an argv array (never a shell), a timeout, cancellation, typed errors.
import type * as ChildProcess from 'child_process';
import { statSync } from 'fs';
import { GitError, codeFromStderr, formatArgv, stderrSummary } from './errors';

export interface GitRunOptions {
  cwd: string;
  /** Default 30 s. The child (and its process group) is killed when it runs out. */
  timeoutMs?: number;
  signal?: AbortSignal;
  input?: string | Buffer;
  /** Exit codes that are answers, not failures (e.g. `merge-base --is-ancestor` exits 1 for "no"). */
  okCodes?: readonly number[];
  /** Called with every argv before it runs (logging, call counting in tests). */
  trace?: (args: readonly string[], cwd: string) => void;
}

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

// Loaded when git first runs: child_process brings net, streams and sockets (~10 ms of CPU at start-up) that
// `waveplan lint` and `inspect`, which never run git, would load for nothing.
let childProcess: typeof ChildProcess | undefined;
const loadChildProcess = () => (childProcess ??= require('child_process') as typeof ChildProcess);

export const DEFAULT_GIT_TIMEOUT_MS = 30_000;
const KILL_GRACE_MS = 2_000;

// Inherited GIT_DIR & co. (set inside git hooks) would point every command at the wrong repository.
const STRIPPED_ENV = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_PREFIX',
  'GIT_OBJECT_DIRECTORY',
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_PAGER: 'cat',
    GIT_EDITOR: 'true',
  };
  for (const key of STRIPPED_ENV) delete env[key];
  return env;
}

export function runGit(args: readonly string[], options: GitRunOptions): Promise<GitResult> {
  const { cwd, timeoutMs = DEFAULT_GIT_TIMEOUT_MS, signal, input, okCodes = [0], trace } = options;
  const line = formatArgv(args);
  if (signal?.aborted)
    return Promise.reject(new GitError('cancelled', `${line} was cancelled before it started`, args));
  if (!isDirectory(cwd))
    return Promise.reject(new GitError('not-a-repository', `${line}: the folder ${cwd} does not exist`, args));

  trace?.(args, cwd);
  return new Promise<GitResult>((resolve, reject) => {
    const posix = process.platform !== 'win32';
    const child = loadChildProcess().spawn('git', [...args], {
      cwd,
      env: gitEnv(),
      shell: false,
      windowsHide: true,
      detached: posix,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let stopped: 'timeout' | 'cancelled' | undefined;
    let settled = false;

    const kill = (why: 'timeout' | 'cancelled') => {
      if (stopped || settled) return;
      stopped = why;
      killTree(child.pid, posix, 'SIGTERM');
      const hard = setTimeout(() => killTree(child.pid, posix, 'SIGKILL'), KILL_GRACE_MS);
      hard.unref();
    };
    const timer = setTimeout(() => kill('timeout'), timeoutMs);
    const onAbort = () => kill('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });

    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };

    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined); // git may exit before reading its input; that is reported by the exit code.
    child.on('error', (e: NodeJS.ErrnoException) =>
      finish(() =>
        reject(
          e.code === 'ENOENT'
            ? new GitError('git-missing', `git was not found on PATH (needed for ${line})`, args)
            : new GitError('unknown', `${line} could not start: ${e.message}`, args),
        ),
      ),
    );
    child.on('close', (code) =>
      finish(() => {
        const stdout = Buffer.concat(out).toString('utf8');
        const stderr = Buffer.concat(err).toString('utf8');
        if (stopped === 'timeout')
          return reject(
            new GitError(
              'timeout',
              `${line} did not finish within ${timeoutMs} ms and was stopped`,
              args,
              stderr,
              code,
            ),
          );
        if (stopped === 'cancelled')
          return reject(new GitError('cancelled', `${line} was cancelled`, args, stderr, code));
        const exitCode = code ?? -1;
        if (okCodes.includes(exitCode)) return resolve({ stdout, stderr, exitCode });
        const summary = stderrSummary(stderr) || `exit code ${exitCode}`;
        reject(new GitError(codeFromStderr(stderr), `${line} failed: ${summary}`, args, stderr, exitCode));
      }),
    );
    child.stdin.end(input ?? '');
  });
}

function killTree(pid: number | undefined, posix: boolean, sig: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    // Negative pid = the whole process group: git's own children (e.g. checkout helpers) stop too.
    process.kill(posix ? -pid : pid, sig);
  } catch {
    // Already gone.
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
