#!/usr/bin/env node
// `npm start`: Waveplan in a real VS Code in your browser. Builds if needed, installs code-server if needed, and
// serves a fresh copy of the example workspace (example/, copied to .vscode-test/start/example and made a git
// repository of its own) on loopback with this repo installed as an extension: the extensions
// dir holds a symlink to the repo, so a rebuild (`npm run build -- --watch` in another terminal) plus
// "Developer: Reload Window" picks up changes. Runs until Ctrl-C.
//
// Options: --port N (default $PORT or 8080, else a free port), --folder DIR (default: the copy of example/),
//          --check (open the workbench in headless chromium, check the extension is there, screenshot, exit),
//          --build / --no-build (force / skip the build step).
'use strict';

const fs = require('fs');
const path = require('path');
const cs = require('./lib/code-server');
const { option } = require('./lib/argv');
const { prepareExampleWorkspace } = require('./lib/example-workspace');

const START_DIR = path.join(cs.TEST_ROOT, 'start');
// The tests' quiet profile, but with VS Code's Welcome page at start as a new user has it: it lists the walkthrough
// (Get started with Waveplan), which the tests' `startupEditor: none` hid from everyone following the README.
const START_SETTINGS = { ...cs.QUIET_SETTINGS, 'workbench.startupEditor': 'welcomePage' };

/** The requested port when free, else any free port (a second `npm start` should not fail). */
async function pickPort() {
  const wanted = Number(option('--port', process.env.PORT || 8080));
  const net = require('net');
  const free = await new Promise((resolve) => {
    const srv = net
      .createServer()
      .once('error', () => resolve(false))
      .listen(wanted, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
  return free ? wanted : cs.freePort();
}

/** Profile kept between runs (so the UI state survives), with the repo linked in as an installed extension. */
function prepareProfile() {
  const userDataDir = path.join(START_DIR, 'user-data');
  const extensionsDir = path.join(START_DIR, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  const settings = path.join(userDataDir, 'User/settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify(START_SETTINGS, null, 2));
  // Relink on every start; extensions.json is VS Code's cache of the folder, dropping it forces a rescan that
  // picks up a version bump in package.json.
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(cs.REPO, 'package.json'), 'utf8'));
  fs.symlinkSync(cs.REPO, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
  return {
    userDataDir,
    extensionsDir,
    extensionId: `${pkg.publisher}.${pkg.name}`,
    displayName: pkg.displayName || pkg.name,
  };
}

/** Headless look at the served workbench: it renders and lists Waveplan among the installed extensions. */
async function check(url, profile) {
  const browser = await cs.launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.part.activitybar').waitFor({ timeout: 60000 });
    // The Extensions view, filtered to installed extensions, shows the linked repo.
    await page.keyboard.press('Control+Shift+X');
    const search = page.locator('.extensions-viewlet .suggest-input-container .monaco-editor textarea').first();
    await search.waitFor({ timeout: 20000 });
    await search.fill(`@installed ${profile.displayName}`);
    const row = page
      .locator('.extensions-viewlet .monaco-list-row .extension-list-item .name', { hasText: profile.displayName })
      .first();
    await row.waitFor({ timeout: 20000 });
    await page.keyboard.press('Control+Shift+E');
    fs.mkdirSync(path.join(cs.REPO, 'test-results'), { recursive: true });
    const shot = path.join(cs.REPO, 'test-results/start.png');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: shot, fullPage: true });
    cs.log(
      `check passed: workbench rendered, ${profile.extensionId} installed; screenshot ${path.relative(cs.REPO, shot)}`,
    );
  } finally {
    await browser.close();
  }
}

async function main() {
  const checkOnly = process.argv.includes('--check');
  const given = option('--folder', undefined);
  const folder = given
    ? path.resolve(given)
    : prepareExampleWorkspace(path.join(cs.REPO, 'example'), path.join(START_DIR, 'example'));
  cs.ensureBuilt(
    [path.join(cs.REPO, 'dist/extension.js'), path.join(cs.REPO, 'dist/webview.js')],
    cs.buildModeFromArgv(),
  );
  cs.ensureInstalled();
  cs.ensureFolderWithReadme(
    folder,
    '# Waveplan example workspace\n\nExample plans for trying the extension live here.\n',
  );

  const profile = prepareProfile();
  const server = await cs.startCodeServer({
    port: await pickPort(),
    userDataDir: profile.userDataDir,
    extensionsDir: profile.extensionsDir,
    folder,
    logFile: path.join(START_DIR, 'code-server.log'),
  });
  let stopping = false;
  const stop = async (code) => {
    stopping = true;
    await server.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
  server.child.once('exit', (code) => {
    if (stopping) return;
    cs.log(`code-server exited (${code}); log: ${path.relative(cs.REPO, path.join(START_DIR, 'code-server.log'))}`);
    process.exit(code || 1);
  });

  const url = `${server.baseUrl}/?folder=${encodeURIComponent(folder)}`;
  if (checkOnly) {
    try {
      await check(url, profile);
      await stop(0);
    } catch (err) {
      console.error(`[waveplan] check failed: ${err.message}`);
      await stop(1);
    }
    return;
  }
  const about = given
    ? ''
    : 'A fresh copy of example/ (made again at every start), a git repository of its own: the worktrees, branches\n' +
      'and edits you make there never touch this repository.\n';
  console.log(
    `\nWaveplan in VS Code (code-server ${cs.CODE_SERVER_VERSION}), workspace ${path.relative(cs.REPO, folder) || '.'}:\n\n  ${url}\n\n` +
      about +
      "The walkthrough, Get started with Waveplan, is on VS Code's Welcome page (Help > Welcome).\n" +
      'Loopback only; from another machine use an SSH tunnel (ssh -L PORT:127.0.0.1:PORT host). Ctrl-C stops it.\n',
  );
}

main().catch((err) => {
  console.error(`[waveplan] ${err.message}`);
  process.exit(1);
});
