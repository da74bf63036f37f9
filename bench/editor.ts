// The in-editor benchmarks: writes a multi-root workspace, runs bench/vscode inside code-server through the
// integration-test runner (scripts/run-vscode-tests.js with WAVEPLAN_TESTS_PATH / WAVEPLAN_WORKSPACE), and prints its
// figures as ratios against the baselines it measured in the same window.
import { spawn, spawnSync } from 'child_process';
import { createWriteStream, existsSync, promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import type { BenchConfig } from './vscode/index';
import { bigPlanText, generatePlanTree } from './generate';
import { fmt, ratio } from './timing';
import { maxOf, minOf } from '../src/core/model/arrays';

export interface EditorFigures {
  [name: string]: number;
}

const REPO = path.resolve(__dirname, '..');
const PLAN = 'PHASE-1-IMPLEMENTATION-PLAN.md';
const EDITS = 10;
const TIMEOUT_MS = 10 * 60 * 1000;
/** Activation happens once per window: figures of one-shot measurements are medians over this many windows. */
const WINDOWS = Math.max(1, Number(process.env.WAVEPLAN_BENCH_WINDOWS) || 3);

/** Three folders, one project each: 1,000 plan files of 10 efforts (activation/scan), the 3,000-line plan and a 30-line one. */
async function writeWorkspace(dir: string, keystroke: boolean): Promise<string> {
  await generatePlanTree(path.join(dir, 'tree'), 1000, 10);
  for (const [folder, lines] of [
    ['big', 3000],
    ['small', 30],
  ] as const) {
    await fs.mkdir(path.join(dir, folder), { recursive: true });
    await fs.writeFile(path.join(dir, folder, PLAN), bigPlanText(lines));
  }
  await stage(dir);
  const config: BenchConfig = {
    keystroke: keystroke
      ? [
          { name: 'small', folder: 'small', file: PLAN },
          { name: 'big', folder: 'big', file: PLAN },
        ]
      : [],
    edits: EDITS,
  };
  await fs.writeFile(path.join(dir, 'bench.json'), JSON.stringify(config, null, 2));
  const workspace = path.join(dir, 'bench.code-workspace');
  await fs.writeFile(
    workspace,
    JSON.stringify({ folders: [{ path: 'tree' }, { path: 'big' }, { path: 'small' }] }, null, 2),
  );
  return workspace;
}

/** Plan files as `*.staged`, so Waveplan's workspaceContains activation does not fire before the suite times it. */
async function stage(dir: string): Promise<void> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await stage(full);
    else if (entry.name.endsWith('.md')) await fs.rename(full, `${full}.staged`);
  }
}

/** Runs the suite in one code-server window; resolves with the runner's exit code. Its output goes to logFile. */
function runWindow(workspace: string, logFile: string): Promise<number> {
  const env = {
    ...process.env,
    WAVEPLAN_TESTS_PATH: path.join(REPO, 'out/bench/vscode'),
    WAVEPLAN_WORKSPACE: workspace,
    WAVEPLAN_RESULTS_DIR: path.join(REPO, 'test-results/bench'),
    WAVEPLAN_TEST_TIMEOUT_MS: String(TIMEOUT_MS),
  };
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['scripts/run-vscode-tests.js', '--no-build'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  return new Promise((resolve) => child.on('close', (code) => log.end(() => resolve(code ?? 1))));
}

function debounceMs(): number | undefined {
  const source = readFileSync(path.join(REPO, 'src/extension/index/planIndex.ts'), 'utf8');
  const m = /const DEBOUNCE_MS = (\d+)/.exec(source);
  return m ? Number(m[1]) : undefined;
}

function report(f: EditorFigures, log: (line: string) => void): void {
  const x = (r: number) => `${r.toFixed(2)}×`;
  log(
    `activation: waveplan bundle load + activate() ${fmt(f['activate.waveplan.ms'])}; baselines in the same window: activate() of vscode.references-view ` +
      `${fmt(f['activate.referencesView.ms'])} → ${x(f['ratio.activateVsReferencesView'])}, of vscode.markdown-language-features ${fmt(f['activate.markdown.ms'])} → ${x(f['ratio.activateVsMarkdown'])}`,
  );
  log(
    `first scan (cold readers, the plans unstaged after activation): ${fmt(f['firstScan.ms'])} for ${f['scan.files']} plan files / ${f['scan.efforts']} efforts in ${f['scan.folders']} folders; ` +
      `baseline findFiles of the same globs + readFile of the ${f['ioFloor.files']} files ${fmt(f['ioFloor.ms'])} → ${x(f['ratio.firstScanVsIoFloor'])} ` +
      `(warm index.rescan() ${fmt(f['rescan.ms'])} → ${x(f['ratio.rescanVsIoFloor'])})`,
  );
  const big = f['keystroke.big.median.ms'];
  const small = f['keystroke.small.median.ms'];
  const via = f['keystroke.big.viaTypeCommand'] ? "'type'/'deleteLeft' commands" : 'editor.edit';
  log(
    `keystroke → diagnostics (median of ${f['keystroke.big.edits']} edits via ${via}): ${f['keystroke.big.lines']}-line plan ${fmt(big)} ` +
      `(${fmt(f['keystroke.big.min.ms'])}–${fmt(f['keystroke.big.max.ms'])}); baseline ${f['keystroke.small.lines']}-line plan ${fmt(small)} → ${ratio(big, small)}`,
  );
  const debounce = debounceMs();
  if (debounce !== undefined) {
    f['debounce.ms'] = debounce;
    const bigDelivery = f['keystroke.big.delivery.median.ms'];
    const smallDelivery = f['keystroke.small.delivery.median.ms'];
    const bigRest = big - debounce - bigDelivery;
    const smallRest = small - debounce - smallDelivery;
    log(
      `  ≈ the edit reaching the extension host (${fmt(bigDelivery)} / ${fmt(smallDelivery)}) + the typing debounce (${fmt(debounce)}, DEBOUNCE_MS in src/extension/index/planIndex.ts) ` +
        `+ re-read, check and publish until the event: ${fmt(bigRest)} / ${fmt(smallRest)} → ${ratio(bigRest, smallRest)}`,
    );
  }
}

/** One window: a fresh workspace, the suite, its figures. */
async function benchWindow(dir: string, keystroke: boolean, logFile: string): Promise<EditorFigures> {
  const workspace = await writeWorkspace(dir, keystroke);
  const code = await runWindow(workspace, logFile);
  const resultFile = path.join(dir, 'figures.json');
  const result = existsSync(resultFile)
    ? (JSON.parse(await fs.readFile(resultFile, 'utf8')) as { figures: EditorFigures; error?: string })
    : undefined;
  if (code !== 0 || !result || result.error) {
    const tail = (await fs.readFile(logFile, 'utf8')).split('\n').slice(-25).join('\n');
    throw new Error(
      `the editor benchmarks failed (runner exit ${code}${result?.error ? `: ${result.error}` : ''}); ${path.relative(REPO, logFile)} ends:\n${tail}`,
    );
  }
  const f = result.figures;
  // Per window, so each ratio uses the baseline measured next to it; the medians of these are reported.
  f['ratio.activateVsReferencesView'] = f['activate.waveplan.ms'] / f['activate.referencesView.ms'];
  f['ratio.activateVsMarkdown'] = f['activate.waveplan.ms'] / f['activate.markdown.ms'];
  f['ratio.firstScanVsIoFloor'] = f['firstScan.ms'] / f['ioFloor.ms'];
  f['ratio.rescanVsIoFloor'] = f['rescan.ms'] / f['ioFloor.ms'];
  return f;
}

export async function benchEditor(tmp: string, log: (line: string) => void): Promise<EditorFigures> {
  const cs = require('../scripts/lib/code-server.js') as { isInstalled(): boolean };
  if (!cs.isInstalled()) {
    log('skipped: code-server is not installed (npm run setup:vscode)');
    return { skipped: 1 };
  }
  const build = spawnSync(process.execPath, ['esbuild.js', '--bench'], { cwd: REPO, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`node esbuild.js --bench failed:\n${build.stderr}`);
  const logDir = path.join(REPO, 'test-results/bench');
  await fs.mkdir(logDir, { recursive: true });
  const started = Date.now();
  // Window 1 also times keystrokes (10 edits per plan, its own median); later windows only activate.
  const windows: EditorFigures[] = [];
  for (let w = 1; w <= WINDOWS; w++)
    windows.push(await benchWindow(path.join(tmp, `vscode-bench-${w}`), w === 1, path.join(logDir, `window-${w}.log`)));
  const figures: EditorFigures = { ...windows[0], windows: WINDOWS };
  for (const key of Object.keys(windows[0]).filter((k) => !k.startsWith('keystroke.')))
    figures[key] = median(windows.map((w) => w[key]));
  log(
    `(${WINDOWS} code-server windows in ${((Date.now() - started) / 1000).toFixed(0)} s; activation and scan figures are medians over the windows; output in ${path.relative(REPO, logDir)}/)`,
  );
  report(figures, log);
  if (WINDOWS > 1) {
    const spread = (key: string) =>
      `${fmt(minOf(windows.map((w) => w[key])))}–${fmt(maxOf(windows.map((w) => w[key])))}`;
    log(
      `  spread over the windows: waveplan activate() ${spread('activate.waveplan.ms')}, first scan ${spread('firstScan.ms')}, references-view ${spread('activate.referencesView.ms')}, markdown ${spread('activate.markdown.ms')}`,
    );
  }
  return figures;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
