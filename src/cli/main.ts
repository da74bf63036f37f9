// `waveplan` — the command-line twin of the extension. Reads plans, never writes them.
import * as graph from './commands/graph';
import * as inspect from './commands/inspect';
import * as lint from './commands/lint';
import * as size from './commands/size';
import * as waves from './commands/waves';
import * as worktree from './commands/worktree';
import { EXIT, UsageError, processIO, type CliIO } from './io';

type Command = { run(args: string[], io: CliIO): Promise<number> };

const COMMANDS: Record<string, Command> = { inspect, lint, graph, waves, worktree, size };

export const USAGE = `Usage: waveplan <command> [options]

Commands:
  inspect [PATH…] [--json]                 the merged plan model and its diagnostics
  lint [PATH…] [--format text|json|sarif]  plan errors like a compiler (exit 1 on errors)
  graph [PATH…] [--summary] [--focus ID [--hops N]]
                                           the dependency graph as Mermaid text
  waves [PATH…] [--json]                   declared vs computed waves, critical path
  worktree create EFFORT…|--wave P.W [--root DIR] [--dry-run]
  worktree list | remove EFFORT | prune    effort worktrees, reconciled with the plan
  size EFFORT|--all [--json]               measured lines vs the limit (exit 1 over it)

PATH is a folder (searched for plan and state files) or a file; default: the current folder.
Limits: --hard N (default 800), --soft N (default 700).
Exit codes: 0 clean, 1 findings, 2 usage or I/O error.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`waveplan: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
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

declare const WAVEPLAN_VERSION: string | undefined;
const VERSION = typeof WAVEPLAN_VERSION === 'string' ? WAVEPLAN_VERSION : 'dev';

if (require.main === module) {
  // `waveplan inspect | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`waveplan: cannot write output: ${err.code ?? err.message}\n`);
    process.exit(EXIT.usage);
  });
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`waveplan: ${String(err)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
