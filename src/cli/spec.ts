// Every command and option of `waveplan` in one table: the parser, `--help` and the README's CLI block come from it.

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  default?: string;
  /** The value's placeholder in help (`N`, `DIR`, `text|json|sarif`). */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments as help shows them. */
  args: string;
  summary: string;
  options: Readonly<Record<string, OptionSpec>>;
}

const LIMITS = {
  hard: { type: 'string', value: 'N', help: 'hard line limit per effort (default 800)' },
  soft: { type: 'string', value: 'N', help: 'soft line limit per effort (default 700)' },
} as const;

/** Every command that reads plans: limits, excludes, and the project file (.waveplan.json) to use. */
const SETTINGS = {
  ...LIMITS,
  exclude: {
    type: 'string',
    multiple: true,
    value: 'GLOB',
    help: "never read matching files as plans (replaces .waveplan.json's exclude)",
  },
  config: {
    type: 'string',
    value: 'FILE',
    help: 'the project file (default: .waveplan.json of the folder or an ancestor)',
  },
} as const;

const REPO = {
  plans: { type: 'string', multiple: true, value: 'PATH', help: 'plan files or folders (default: the current folder)' },
  repo: { type: 'string', value: 'DIR', help: 'the git repository (default: the current folder)' },
  json: { type: 'boolean', help: 'machine-readable output' },
  'dry-run': { type: 'boolean', help: 'print the git commands without running them' },
  strategy: { type: 'string', value: 'incremental|progressive|main', help: 'how bases cascade between waves' },
  root: { type: 'string', value: 'DIR', help: 'where worktrees are created' },
  config: SETTINGS.config,
} as const;

export const INSPECT = {
  name: 'inspect',
  args: '[PATH…]',
  summary: 'the merged plan model and its diagnostics',
  options: { json: { type: 'boolean', help: 'the model as JSON (with the origin of every value)' }, ...SETTINGS },
} as const satisfies CommandSpec;

export const LINT = {
  name: 'lint',
  args: '[PATH…]',
  summary: 'plan errors like a compiler (exit 1 on errors)',
  options: {
    format: { type: 'string', default: 'text', value: 'text|json|sarif', help: 'output format' },
    quiet: { type: 'boolean', help: 'errors only' },
    ...SETTINGS,
  },
} as const satisfies CommandSpec;

export const GRAPH = {
  name: 'graph',
  args: '[PATH…]',
  summary: 'the dependency graph as Mermaid text',
  options: {
    summary: { type: 'boolean', help: 'one node per wave (or phase)' },
    full: { type: 'boolean', help: 'every effort, even past the size where a summary is drawn' },
    focus: { type: 'string', value: 'ID', help: 'only this effort and its neighbours' },
    hops: { type: 'string', value: 'N', help: 'how far --focus reaches (default 2)' },
    lr: { type: 'boolean', help: 'left to right instead of top down' },
    fence: { type: 'boolean', help: 'wrap the text in a ```mermaid fence' },
    ...SETTINGS,
  },
} as const satisfies CommandSpec;

export const WAVES = {
  name: 'waves',
  args: '[PATH…]',
  summary: 'declared vs earliest waves, minimum waves, critical path',
  options: { json: { type: 'boolean', help: 'machine-readable output' }, ...SETTINGS },
} as const satisfies CommandSpec;

export const WORKTREE_CREATE = {
  name: 'worktree create',
  args: 'EFFORT…|--wave P.W',
  summary: "create effort worktrees with the plan's branch and base",
  options: { ...REPO, wave: { type: 'string', value: 'P.W', help: 'every effort of this wave' }, ...LIMITS },
} as const satisfies CommandSpec;

export const WORKTREE_LIST = {
  name: 'worktree list',
  args: '',
  summary: 'effort worktrees, reconciled with the plan',
  // Listing writes nothing, so it has no --dry-run; root and strategy still say where and from what it expects them.
  options: {
    plans: REPO.plans,
    repo: REPO.repo,
    json: REPO.json,
    strategy: REPO.strategy,
    root: REPO.root,
    config: REPO.config,
  },
} as const satisfies CommandSpec;

export const WORKTREE_REMOVE = {
  name: 'worktree remove',
  args: 'EFFORT',
  summary: "remove an effort's worktree (refuses unsaved work unless --force)",
  options: {
    ...REPO,
    force: { type: 'boolean', help: 'also when the worktree has changes' },
    'delete-branch': { type: 'boolean', help: 'delete the branch too (only when merged)' },
  },
} as const satisfies CommandSpec;

export const WORKTREE_PRUNE = {
  name: 'worktree prune',
  args: '',
  summary: 'forget worktrees whose folders are gone',
  options: {
    repo: REPO.repo,
    'dry-run': { type: 'boolean', help: 'list what would be pruned' },
    json: REPO.json,
  },
} as const satisfies CommandSpec;

export const SIZE = {
  name: 'size',
  args: 'EFFORT…|--all',
  summary: 'measured lines vs the limit (exit 1 over it)',
  options: {
    all: { type: 'boolean', help: 'every effort with a branch' },
    json: { type: 'boolean', help: 'machine-readable output' },
    plans: REPO.plans,
    repo: REPO.repo,
    strategy: REPO.strategy,
    include: {
      type: 'string',
      multiple: true,
      value: 'GLOB',
      help: 'count files matching GLOB that would be excluded',
    },
    exclude: { type: 'string', multiple: true, value: 'GLOB', help: 'do not count files matching GLOB' },
    'count-tests': { type: 'boolean', help: 'count test files too' },
    config: SETTINGS.config,
    ...LIMITS,
  },
} as const satisfies CommandSpec;

export const WORKTREE_COMMANDS: readonly CommandSpec[] = [
  WORKTREE_CREATE,
  WORKTREE_LIST,
  WORKTREE_REMOVE,
  WORKTREE_PRUNE,
];
export const ALL_COMMANDS: readonly CommandSpec[] = [INSPECT, LINT, GRAPH, WAVES, ...WORKTREE_COMMANDS, SIZE];

const NOTES = `PATH is a folder (searched for plan and state files) or a file; default: the current folder.
Settings come from .waveplan.json (the folder's or an ancestor's), under the waveplan.* values of the folder's
.vscode/settings.json, as in the editor; flags beat both.
Exit codes: 0 clean, 1 findings, 2 usage or I/O error. \`waveplan COMMAND --help\` lists a command's options.`;

function synopsis(c: CommandSpec): string {
  return [c.name, c.args, Object.keys(c.options).length ? '[options]' : ''].filter(Boolean).join(' ');
}

function optionLine(name: string, o: OptionSpec): [string, string] {
  const flag = `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}${o.multiple ? ' (repeatable)' : ''}`;
  return [flag, o.default !== undefined ? `${o.help} (default: ${o.default})` : o.help];
}

function columns(rows: Array<[string, string]>, indent = '  '): string {
  const width = rows.reduce((w, [a]) => Math.max(w, a.length), 0) + 2;
  return rows.map(([a, b]) => `${indent}${a.padEnd(width)}${b}`.trimEnd()).join('\n');
}

/** One line with every option, as the README's CLI block lists the commands. */
export function fullSynopsis(c: CommandSpec): string {
  const opts = Object.entries(c.options)
    .filter(([n]) => !c.args.includes(`--${n}`))
    .map(([n, o]) => `[--${n}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}]${o.multiple ? '…' : ''}`);
  return ['waveplan', c.name, c.args, ...opts].filter(Boolean).join(' ');
}

/** `waveplan --help`. */
export function usage(): string {
  const rows = ALL_COMMANDS.map((c): [string, string] => [synopsis(c), c.summary]);
  return `Usage: waveplan <command> [options]\n\nCommands:\n${columns(rows)}\n\n${NOTES}\n`;
}

/** `waveplan COMMAND --help`. */
export function commandUsage(c: CommandSpec): string {
  const rows = Object.entries(c.options).map(([n, o]) => optionLine(n, o));
  rows.push(['--help, -h', 'this help']);
  return `Usage: waveplan ${synopsis(c)}\n\n${c.summary}\n\nOptions:\n${columns(rows)}\n`;
}

/** `waveplan worktree --help`. */
export function worktreeUsage(): string {
  const rows = WORKTREE_COMMANDS.map((c): [string, string] => [synopsis(c).replace(/^worktree /, ''), c.summary]);
  return `Usage: waveplan worktree <create|list|remove|prune> [options]\n\n${columns(rows)}\n\n\`waveplan worktree SUBCOMMAND --help\` lists its options.\n`;
}

/** Whether the arguments ask for help (before a `--` that ends the options). */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
