// extensionTestsPath module of the editor benchmarks (bench/extension.ts starts it through
// scripts/run-vscode-tests.js with WAVEPLAN_TESTS_PATH=out/bench/vscode). Not part of `npm test`.
// Reads bench.json next to the opened .code-workspace file and writes figures.json there.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { benchActivation } from './activation';
import { benchKeystroke } from './keystroke';
import { type Figures, out, RESULTS_MARKER } from './report';

/** Written by bench/editor.ts. */
export interface BenchConfig {
  /** Workspace folder name → plan file (relative to it) to type into. */
  keystroke: { name: string; folder: string; file: string }[];
  edits: number;
}

function benchDir(): string {
  const file = vscode.workspace.workspaceFile;
  if (!file || file.scheme !== 'file') throw new Error('the editor benchmarks expect a .code-workspace file on disk');
  return path.dirname(file.fsPath);
}

async function runAll(dir: string, figures: Figures): Promise<void> {
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'bench.json'), 'utf8')) as BenchConfig;
  out(`editor benchmarks in VS Code ${vscode.version} (${vscode.env.appName}, Node ${process.versions.node})`);
  await benchActivation(figures);
  for (const k of config.keystroke) {
    const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === k.folder);
    if (!folder) throw new Error(`no workspace folder named ${k.folder}`);
    await benchKeystroke(vscode.Uri.joinPath(folder.uri, k.file), k.name, config.edits, figures);
  }
}

export async function run(): Promise<void> {
  const figures: Figures = {};
  let error: unknown;
  let dir = '';
  try {
    dir = benchDir();
    await runAll(dir, figures);
  } catch (err) {
    error = err;
    out(`benchmark failed: ${err instanceof Error ? err.stack : err}`);
  }
  if (dir)
    fs.writeFileSync(
      path.join(dir, 'figures.json'),
      JSON.stringify({ figures, error: error ? String(error) : undefined }, null, 2),
    );
  out(`${RESULTS_MARKER} ${JSON.stringify({ passed: error ? 0 : 1, failed: error ? 1 : 0, pending: 0, files: 1 })}`);
  if (error) throw error;
}
