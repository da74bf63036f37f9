#!/usr/bin/env node
// `npm run test:integration`: runs test/integration (bundled to out/test/integration) inside a real VS Code:
// code-server serves the workbench + a Node extension host, Debian's headless chromium (playwright-core) opens it
// with the repo as the extension under development. Prints mocha's output, saves screenshots to test-results/,
// answers the tests' bridge requests (scripts/lib/bridge.js), and ends with `N passed, N failed`.
//
// Env: WAVEPLAN_TEST_GREP (mocha grep), WAVEPLAN_TEST_TIMEOUT_MS (overall, default 15 min),
//      WAVEPLAN_BRIDGE_DIR (default .vscode-test/bridge), WAVEPLAN_TEST_VERBOSE=1 (echo browser console + bridge).
//      Another suite (the editor benchmarks, bench/extension.ts): WAVEPLAN_TESTS_PATH (bundled suite dir, default
//      out/test/integration), WAVEPLAN_WORKSPACE (folder or .code-workspace file, default test/fixtures/workspace),
//      WAVEPLAN_RESULTS_DIR (screenshots, default test-results).
'use strict';

const fs = require('fs');
const util = require('util');
const path = require('path');
const cs = require('./lib/code-server');
const { BridgeServer } = require('./lib/bridge');

// Both defined in test/integration/index.ts.
const RESULTS_MARKER = '[waveplan-results]';
const TEST_OUTPUT_MARK = '\u2063';
const TIMEOUT_MS = Number(process.env.WAVEPLAN_TEST_TIMEOUT_MS) || 15 * 60 * 1000;
const VERBOSE = process.env.WAVEPLAN_TEST_VERBOSE === '1';
const FIXTURE_FOLDER = path.join(cs.REPO, 'test/fixtures/workspace');
let WORKSPACE = process.env.WAVEPLAN_WORKSPACE ? path.resolve(process.env.WAVEPLAN_WORKSPACE) : FIXTURE_FOLDER;
const TESTS_DIR = process.env.WAVEPLAN_TESTS_PATH
  ? path.resolve(process.env.WAVEPLAN_TESTS_PATH)
  : path.join(cs.REPO, 'out/test/integration');
const state = {
  server: null,
  browser: null,
  bridge: null,
  results: null,
  suiteRunning: false,
  cleaned: false,
  browserLog: null,
  page: null,
  workbenchErrors: [],
  ownRunDir: false,
};
const RUN_DIR = claimRunDir();
// Inside the run dir, so two runs at once never answer each other's requests; handed to the tests by env.
const BRIDGE_DIR = process.env.WAVEPLAN_BRIDGE_DIR || path.join(RUN_DIR, 'bridge');
const RESULTS_DIR = process.env.WAVEPLAN_RESULTS_DIR
  ? path.resolve(process.env.WAVEPLAN_RESULTS_DIR)
  : path.join(cs.REPO, 'test-results');

/**
 * .vscode-test/run/ (profile, logs, bridge) unless another live run holds it; then .vscode-test/run-<pid>/ (removed
 * after a passing run). Keeps the usual location stable for CI artifacts while allowing parallel runs.
 */
function claimRunDir() {
  const lock = path.join(cs.TEST_ROOT, 'run.lock');
  fs.mkdirSync(cs.TEST_ROOT, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' }); // atomic: only one run gets it
      process.on('exit', () => fs.rmSync(lock, { force: true }));
      return path.join(cs.TEST_ROOT, 'run');
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    try {
      process.kill(Number(fs.readFileSync(lock, 'utf8')), 0);
      break; // held by a live run
    } catch {
      fs.rmSync(lock, { force: true }); // stale lock of a run that died
    }
  }
  state.ownRunDir = true;
  return path.join(cs.TEST_ROOT, `run-${process.pid}`);
}

function timestamp(start) {
  return `${((Date.now() - start) / 1000).toFixed(1)} s`;
}

/**
 * One workbench log call (VS Code's automation logger). The suite's own output carries TEST_OUTPUT_MARK and is
 * printed. Other lines (the workbench's chatter, plain console.log from tests or the extension) go to
 * browser-console.log, and are also printed while the suite runs, where they usually matter (activation errors,
 * a test's own logging). Workbench errors are kept to explain a failed run.
 */
function onAutomationLog(type, args) {
  const text = util.format(...(Array.isArray(args) ? args : [args]));
  if (!text.startsWith(TEST_OUTPUT_MARK)) {
    state.browserLog.write(`[workbench ${type}] ${text}\n`);
    if (type === 'error') state.workbenchErrors.push(text);
    if (state.suiteRunning || VERBOSE) console.log(`  [${type}] ${text}`);
    return;
  }
  const line = text.slice(TEST_OUTPUT_MARK.length);
  state.suiteRunning = true;
  if (line.startsWith(RESULTS_MARKER)) {
    state.suiteRunning = false;
    try {
      state.results = JSON.parse(line.slice(RESULTS_MARKER.length));
      return;
    } catch {
      // Not ours after all: print it.
    }
  }
  console.log(line);
}

async function cleanup() {
  if (state.cleaned) return;
  state.cleaned = true;
  if (state.bridge) await state.bridge.stop().catch(() => {});
  if (state.browser) await state.browser.close().catch(() => {});
  if (state.server) await state.server.stop();
}

async function runSuite(started) {
  cs.ensureBuilt([path.join(cs.REPO, 'dist/extension.js'), path.join(TESTS_DIR, 'index.js')], cs.buildModeFromArgv());
  cs.ensureInstalled();
  cs.log(`ready to start (${timestamp(started)})`);

  if (!cs.isWorkspaceFile(WORKSPACE))
    cs.ensureFolderWithReadme(
      WORKSPACE,
      '# Integration-test workspace\n\nPlan fixtures for the real-VS-Code tests live here.\n',
    );
  if (!process.env.WAVEPLAN_WORKSPACE) {
    // A window opened on a folder refuses to gain a second one in tests; a .code-workspace window can, which the
    // multi-root and worktree tests need. Written fresh each run because VS Code rewrites it as folders change.
    WORKSPACE = path.join(RUN_DIR, 'workspace.code-workspace');
    fs.mkdirSync(RUN_DIR, { recursive: true });
    fs.writeFileSync(WORKSPACE, JSON.stringify({ folders: [{ path: FIXTURE_FOLDER }], settings: {} }, null, 2));
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.rmSync(BRIDGE_DIR, { recursive: true, force: true });
  fs.mkdirSync(BRIDGE_DIR, { recursive: true });
  // Read by test/integration/helpers.ts runConfig(): env may not reach every extension host, files always do.
  fs.writeFileSync(
    path.join(BRIDGE_DIR, 'run.json'),
    JSON.stringify({ runner: 'code-server', bridge: true, grep: process.env.WAVEPLAN_TEST_GREP || undefined }, null, 2),
  );

  const userDataDir = path.join(RUN_DIR, 'user-data');
  const extensionsDir = cs.prepareUserDataDir(userDataDir);
  // Also installed as a user has it, for the fresh windows of the first-look test; the test window itself loads the
  // repo as the extension under development, which takes precedence over the installed copy.
  cs.installLinked(extensionsDir);
  const serverLog = path.join(RUN_DIR, 'code-server.log');
  state.server = await cs.startCodeServer({
    userDataDir,
    extensionsDir,
    folder: WORKSPACE,
    logFile: serverLog,
    // EXTENSIONS_GALLERY={} (code-server's override of the marketplace) turns the gallery off: no open-vsx lookups.
    env: {
      WAVEPLAN_BRIDGE_DIR: BRIDGE_DIR,
      WAVEPLAN_TEST_GREP: process.env.WAVEPLAN_TEST_GREP,
      EXTENSIONS_GALLERY: '{}',
    },
  });
  cs.log(
    `code-server ${cs.CODE_SERVER_VERSION} on ${state.server.baseUrl} (${timestamp(started)}; log: ${path.relative(cs.REPO, serverLog)})`,
  );

  state.browser = await cs.launchChromium();
  const page = (state.page = await state.browser.newPage({ viewport: { width: 1600, height: 1000 } }));
  const browserLog = (state.browserLog = fs.createWriteStream(path.join(RUN_DIR, 'browser-console.log')));
  // The page console repeats the workbench log; only its errors (failed loads, page exceptions) add anything.
  page.on('console', (msg) => {
    if (msg.type() === 'error') browserLog.write(`[console error] ${msg.text()}\n`);
  });
  page.on('pageerror', (err) => browserLog.write(`[pageerror] ${err.stack || err.message}\n`));

  // The workbench calls these two (VS Code's own browser test protocol) once extensionTestsPath is set.
  let exitWith;
  const exited = new Promise((resolve) => {
    exitWith = resolve;
  });
  await page.exposeFunction('codeAutomationLog', onAutomationLog);
  await page.exposeFunction('codeAutomationExit', (code) => exitWith(Number(code)));
  state.server.child.once('exit', (code, signal) => {
    if (state.cleaned) return; // our own cleanup stopped it
    console.error(
      `[waveplan] code-server exited during the run (${signal || code}); see ${path.relative(cs.REPO, serverLog)}`,
    );
    exitWith(1);
  });

  state.bridge = new BridgeServer({
    dir: BRIDGE_DIR,
    page,
    screenshotDir: RESULTS_DIR,
    log: VERBOSE ? (m) => console.log(`  [${m}]`) : undefined,
  });
  state.bridge.start();

  const url = cs.workbenchUrl({
    baseUrl: state.server.baseUrl,
    port: state.server.port,
    folder: WORKSPACE,
    testsPath: TESTS_DIR,
  });
  cs.log(
    `opening the workbench with extensionTestsPath=${path.relative(cs.REPO, TESTS_DIR)}${process.env.WAVEPLAN_TEST_GREP ? ` grep=${process.env.WAVEPLAN_TEST_GREP}` : ''}`,
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const code = await exited;
  if (state.cleaned) return code; // timeout or Ctrl-C got there first
  cs.log(`suite finished with exit code ${code} (${timestamp(started)})`);
  return code;
}

/** test-results/final.png of whatever the page shows now (also after a timeout: that is when it helps most). */
async function finalScreenshot() {
  if (!state.page) return;
  const file = path.join(RESULTS_DIR, 'final.png');
  try {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await state.page.screenshot({ path: file, fullPage: true, timeout: 15000 });
    cs.log(`screenshot: ${path.relative(cs.REPO, file)}; logs: ${path.relative(cs.REPO, RUN_DIR)}/`);
  } catch (err) {
    cs.log(`final screenshot failed: ${err.message.split('\n')[0]}`);
  }
}

/** Counts from the results line, else from the results.json index.ts also writes. */
function results() {
  return state.results || cs.readResultsFile(BRIDGE_DIR);
}

async function main() {
  const started = Date.now();
  let code = 1;
  // One watchdog for the whole run: a hung workbench must never hang CI.
  const watchdog = new Promise((resolve) => {
    state.watchdog = setTimeout(() => {
      console.error(`[waveplan] overall timeout after ${TIMEOUT_MS / 1000} s`);
      resolve(124);
    }, TIMEOUT_MS);
  });
  const interrupted = new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM'])
      process.once(sig, () => {
        console.error(`[waveplan] ${sig}: stopping`);
        resolve(130);
      });
  });
  try {
    code = await Promise.race([runSuite(started), watchdog, interrupted]);
  } catch (err) {
    console.error(`[waveplan] ${err instanceof Error ? (VERBOSE ? err.stack : err.message) : err}`);
    code = 1;
  } finally {
    clearTimeout(state.watchdog);
    await finalScreenshot();
    await cleanup();
  }
  const r = results();
  // Workbench errors explain a run that broke outside the tests (no results, or non-zero without a failed test).
  if ((!r || (r.failed === 0 && code !== 0)) && state.workbenchErrors.length) {
    console.error(`[waveplan] last workbench errors (all in ${path.relative(cs.REPO, RUN_DIR)}/browser-console.log):`);
    for (const e of state.workbenchErrors.slice(-10)) console.error(`  ${e.split('\n').slice(0, 4).join('\n  ')}`);
  }
  if (!r)
    console.error(
      `[waveplan] the suite reported no results (it did not start or crashed before the end; see ${path.relative(cs.REPO, RUN_DIR)}/)`,
    );
  else if (r.failed === 0 && code !== 0)
    console.error('[waveplan] no test failed but the suite exited non-zero (error outside a test?)');
  if (r && r.passed + r.failed === 0)
    console.error(
      '[waveplan] warning: no test ran' +
        (process.env.WAVEPLAN_TEST_GREP ? ` (grep ${process.env.WAVEPLAN_TEST_GREP})` : ''),
    );
  if (state.ownRunDir && code === 0) fs.rmSync(RUN_DIR, { recursive: true, force: true });
  console.log(`[waveplan] total ${timestamp(started)}`);
  console.log(`${r ? r.passed : 0} passed, ${r ? r.failed : 0} failed`);
  process.exit(code);
}

main();
