#!/usr/bin/env node
// `npm run test:electron`: the same integration suite (out/test/integration, its run() in index.js) under desktop
// VS Code via @vscode/test-electron. Needs a machine that can download VS Code (update.code.visualstudio.com) and a
// display (xvfb-run on a headless Linux). Where that is impossible, use `npm run test:integration` (code-server).
// The bridge to the page does not exist here: tests that need it skip themselves (bridge.available() is false).
//
// Env: WAVEPLAN_TEST_GREP (mocha grep), WAVEPLAN_VSCODE_VERSION (default: stable), WAVEPLAN_VSCODE_EXECUTABLE
//      (use an installed VS Code instead of downloading one).
'use strict';

const fs = require('fs');
const path = require('path');
const cs = require('./lib/code-server');

const WORKSPACE = path.join(cs.REPO, 'test/fixtures/workspace');
const TESTS_DIR = path.join(cs.REPO, 'out/test/integration');
const BRIDGE_DIR = process.env.WAVEPLAN_BRIDGE_DIR || path.join(cs.TEST_ROOT, 'bridge');

const readResults = () => cs.readResultsFile(BRIDGE_DIR);

async function main() {
  const started = Date.now();
  cs.ensureBuilt([path.join(cs.REPO, 'dist/extension.js'), path.join(TESTS_DIR, 'index.js')], cs.buildModeFromArgv());
  cs.ensureFolderWithReadme(
    WORKSPACE,
    '# Integration-test workspace\n\nPlan fixtures for the real-VS-Code tests live here.\n',
  );
  fs.rmSync(BRIDGE_DIR, { recursive: true, force: true });
  fs.mkdirSync(BRIDGE_DIR, { recursive: true });
  // No playwright page here, so no bridge: helpers.ts bridge.available() reads this.
  fs.writeFileSync(
    path.join(BRIDGE_DIR, 'run.json'),
    JSON.stringify({ runner: 'electron', bridge: false, grep: process.env.WAVEPLAN_TEST_GREP || undefined }, null, 2),
  );

  const { runTests } = require('@vscode/test-electron');
  const userDataDir = path.join(cs.TEST_ROOT, 'electron-user-data');
  const extensionsDir = cs.prepareUserDataDir(userDataDir);
  let code;
  try {
    code = await runTests({
      version: process.env.WAVEPLAN_VSCODE_VERSION || 'stable',
      vscodeExecutablePath: process.env.WAVEPLAN_VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: cs.REPO,
      extensionTestsPath: TESTS_DIR,
      extensionTestsEnv: { WAVEPLAN_BRIDGE_DIR: BRIDGE_DIR, WAVEPLAN_TEST_GREP: process.env.WAVEPLAN_TEST_GREP },
      // runTests adds --disable-workspace-trust, --skip-welcome and friends itself.
      launchArgs: [
        WORKSPACE,
        '--disable-extensions',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${extensionsDir}`,
      ],
    });
  } catch (err) {
    const msg = err && err.message ? err.message : String(err);
    const results = readResults();
    if (!results) {
      console.error(`[waveplan] desktop VS Code could not run the suite: ${msg}`);
      console.error(
        '[waveplan] @vscode/test-electron must download VS Code (no network here?) and needs a display (try xvfb-run).',
      );
      console.error(
        '[waveplan] On a machine without that, run `npm run test:integration` (code-server, fully offline) instead.',
      );
    } else {
      console.error(`[waveplan] ${msg}`);
    }
    code = typeof err.code === 'number' && err.code !== 0 ? err.code : 1;
  }
  const r = readResults();
  if (!r && code === 0) code = 1; // a run that reported nothing did not pass
  console.log(`[waveplan] total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${r ? r.passed : 0} passed, ${r ? r.failed : 0} failed`);
  process.exit(code);
}

main().catch((err) => {
  console.error(`[waveplan] ${err && err.message ? err.message : err}`);
  console.log('0 passed, 0 failed');
  process.exit(1);
});
