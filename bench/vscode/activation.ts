// Activation of Waveplan and its first workspace scan, each against a baseline measured in the same window:
// activate() of two built-in extensions that are not active yet (references-view: a small one; markdown-language-
// features: VS Code's own Markdown support, the extension that serves the same files), and, for the scan, the bare
// I/O a scan cannot avoid (workspace.findFiles of the same globs + workspace.fs.readFile of every file found).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { withBuiltInGlobs } from '../../src/core/config/settings';
import type { WaveplanApi } from '../../src/extension/api';
import { median } from '../timing';
import { type Figures, out, sleep } from './report';

export const WAVEPLAN_ID = 'waveplan.waveplan';
/** Activated first, untimed: the first activation in a window pays one-time costs that belong to no extension. */
const WARM_UP = 'vscode.simple-browser';
const BASELINES: [string, string][] = [
  ['referencesView', 'vscode.references-view'],
  ['markdown', 'vscode.markdown-language-features'],
];
const DEFAULT_EXCLUDE = '{**/node_modules/**,**/.git/**}';
const RUNS = 3;

/** activate() wall time of an extension that is not active yet (module load + its activate function). */
async function timeActivate(id: string): Promise<number> {
  const ext = vscode.extensions.getExtension(id);
  if (!ext) throw new Error(`extension ${id} is not installed`);
  if (ext.isActive) throw new Error(`extension ${id} was already active: its activation cannot be timed`);
  const start = performance.now();
  await ext.activate();
  return performance.now() - start;
}

/**
 * Plan files are written as `*.staged` so that Waveplan's `workspaceContains` activation events do not fire when the
 * window opens: the benchmark, not the window, decides when it activates. Renamed back here.
 */
function unstage(dir: string): number {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) n += unstage(full);
    else if (entry.name.endsWith('.staged')) {
      fs.renameSync(full, full.slice(0, -'.staged'.length));
      n++;
    }
  }
  return n;
}

/**
 * What any scan must do: find the files of the plan globs (all searches at once) and read them. Returns [ms, files].
 * The globs are the built-in ones plus the user's: the setting holds only the user's own (empty by default).
 */
async function ioFloor(): Promise<[number, number]> {
  const start = performance.now();
  const searches = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
    withBuiltInGlobs(vscode.workspace.getConfiguration('waveplan', folder.uri).get<string[]>('planGlobs') ?? []).map(
      (glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), DEFAULT_EXCLUDE),
    ),
  );
  const found = new Map<string, vscode.Uri>();
  for (const uris of await Promise.all(searches)) for (const uri of uris) found.set(uri.toString(), uri);
  await Promise.all([...found.values()].map((uri) => vscode.workspace.fs.readFile(uri)));
  return [performance.now() - start, found.size];
}

export async function benchActivation(figures: Figures): Promise<WaveplanApi> {
  await vscode.extensions.getExtension(WARM_UP)?.activate();
  for (const [name, id] of BASELINES) {
    figures[`activate.${name}.ms`] = await timeActivate(id);
    out(`baseline activate() of ${id}: ${figures[`activate.${name}.ms`].toFixed(1)} ms`);
  }
  // The Markdown language server indexes the workspace in the background after activation: let it settle.
  await sleep(3000);

  // Waveplan also activates when start-up finishes (its view must appear), maybe already, so its activation is not
  // timed from here. Its first scan found no plan files (they are staged under other names): the readers, merge and
  // checks are still cold for the scan timed below.
  const ext = vscode.extensions.getExtension<WaveplanApi>(WAVEPLAN_ID);
  if (!ext) throw new Error(`extension ${WAVEPLAN_ID} is not loaded`);
  const api = await ext.activate();
  // Timed by the extension itself (its Waveplan log): bundle load + activate(), comparable with the baselines'
  // activate() calls, which load their modules too.
  const own = api.log
    .lines()
    .map((l) => /^Bundle loaded in (\d+) ms, activated in (\d+) ms$/.exec(l))
    .find((m) => m);
  figures['load.waveplan.ms'] = own ? Number(own[1]) : NaN;
  figures['activate.waveplan.ms'] = own ? Number(own[1]) + Number(own[2]) : NaN;
  await api.index.ready();
  const staged = (vscode.workspace.workspaceFolders ?? []).reduce((n, f) => n + unstage(f.uri.fsPath), 0);
  out(`unstaged ${staged} plan files`);
  const scanStart = performance.now();
  await api.index.rescan();
  figures['firstScan.ms'] = performance.now() - scanStart;
  const projects = api.index.projects();
  figures['scan.folders'] = projects.length;
  figures['scan.files'] = projects.reduce((n, p) => n + p.project.files.length, 0);
  figures['scan.efforts'] = projects.reduce((n, p) => n + p.project.efforts.length, 0);
  out(
    `waveplan bundle load + activate() (its own log): ${figures['activate.waveplan.ms']} ms (load ${figures['load.waveplan.ms']} ms); ` +
      `first scan of the plans (cold readers) ${figures['firstScan.ms'].toFixed(0)} ms (${figures['scan.files']} files, ${figures['scan.efforts']} efforts)`,
  );

  const floors: number[] = [];
  const rescans: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [ms, files] = await ioFloor();
    floors.push(ms);
    figures['ioFloor.files'] = files;
    const t = performance.now();
    await api.index.rescan();
    rescans.push(performance.now() - t);
  }
  // A floor that reads other files than the scan is no baseline (it once found none, and printed 6,000×).
  if (figures['ioFloor.files'] !== figures['scan.files'])
    throw new Error(`the I/O floor found ${figures['ioFloor.files']} files, the scan read ${figures['scan.files']}`);
  figures['ioFloor.ms'] = median(floors);
  figures['rescan.ms'] = median(rescans);
  out(
    `findFiles + readFile of ${figures['ioFloor.files']} files: ${figures['ioFloor.ms'].toFixed(0)} ms; index.rescan(): ${figures['rescan.ms'].toFixed(0)} ms (medians of ${RUNS})`,
  );
  return api;
}
