// `waveplan` — the command-line twin of the extension. Reads plans, never writes them.
import * as graph from './commands/graph';
import * as inspect from './commands/inspect';
import * as lint from './commands/lint';
import * as size from './commands/size';
import * as waves from './commands/waves';
import * as worktree from './commands/worktree';
import { EXIT, UsageError, processIO, type CliIO } from './io';
import { ALL_COMMANDS, commandUsage, usage, wantsHelp, worktreeUsage } from './spec';

type Command = { run(args: string[], io: CliIO): Promise<number> };

const COMMANDS: Record<string, Command> = { inspect, lint, graph, waves, worktree, size };

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`waveplan: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  const help = helpFor(name, rest);
  if (help) {
    io.out(help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`waveplan ${name}: ${err.message}\n`);
      return EXIT.usage;
    }
    io.err(`waveplan ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.usage;
  }
}

/** The help text when the arguments ask for it: a command's, a worktree subcommand's, or the worktree overview. */
function helpFor(name: string, rest: string[]): string | undefined {
  if (!wantsHelp(rest)) return undefined;
  const sub = name === 'worktree' && rest[0] && !rest[0].startsWith('-') ? `worktree ${rest[0]}` : name;
  const spec = ALL_COMMANDS.find((c) => c.name === sub);
  if (spec) return commandUsage(spec);
  return name === 'worktree' ? worktreeUsage() : undefined;
}

declare const WAVEPLAN_VERSION: string | undefined;
const VERSION = typeof WAVEPLAN_VERSION === 'string' ? WAVEPLAN_VERSION : 'dev';

if (require.main === module) {
  // `waveplan inspect | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`waveplan: cannot write output: ${err.code ?? err.message}\n`);
    process.exit(EXIT.usage);
  });
  main(process.argv.slice(2), processIO()).then(exitWhenWritten, (err) => {
    process.stderr.write(`waveplan: ${String(err)}\n`);
    exitWhenWritten(EXIT.usage);
  });
}

/**
 * Ends the process once stdout and stderr have taken all that was written to them. Left to end by itself, Node first
 * tears V8's heap down page by page: after a lint of 10,000 efforts that was 30-40 ms of main-thread CPU (~4% of the
 * run) that exit() leaves to the kernel. Every command has awaited all its work (git included) by the time main
 * resolves.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let open = 2;
  const written = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}
