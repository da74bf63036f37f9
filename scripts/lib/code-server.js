// Shared plumbing for the scripts that run Waveplan inside a real VS Code (code-server + Debian chromium):
// where things live, one-time setup, building, starting/stopping code-server, and launching the browser.
'use strict';

const fs = require('fs');
const net = require('net');
const path = require('path');
const http = require('http');
const { spawn, spawnSync } = require('child_process');

const REPO = path.resolve(__dirname, '../..');
const CODE_SERVER_VERSION = '4.100.3';
const TEST_ROOT = path.join(REPO, '.vscode-test');
const PREFIX = path.join(TEST_ROOT, 'code-server');
const ENTRY = path.join(PREFIX, 'node_modules/code-server/out/node/entry.js');
const MARKER = path.join(PREFIX, `.installed-${CODE_SERVER_VERSION}`);
const CHROMIUM = '/usr/bin/chromium';
// Flags from docs/real-vscode-testing.md: no sandbox (root in a container), no GPU, nothing that phones home.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** User settings for a throwaway profile: no trust dialog, no welcome page, nothing reaching the network. */
const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'git.autofetch': false,
  'git.openRepositoryInParentFolders': 'never',
  // code-server (VS Code for the Web) auto-saves by default; tests edit fixtures in memory and must never write them.
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
};

function log(msg) {
  console.log(`[waveplan] ${msg}`);
}

function isInstalled() {
  return fs.existsSync(ENTRY) && fs.existsSync(MARKER) && fs.existsSync(CHROMIUM);
}

/** Runs scripts/setup-code-server.sh when code-server or chromium is missing; throws if it fails. */
function ensureInstalled() {
  if (isInstalled()) return;
  log('code-server is not installed yet: running scripts/setup-code-server.sh');
  const res = spawnSync('bash', [path.join(REPO, 'scripts/setup-code-server.sh')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0 || !isInstalled()) throw new Error(`scripts/setup-code-server.sh failed (exit ${res.status})`);
}

/** Newest mtime of the files under dir whose names pass keep (0 when dir does not exist). */
function newestMtime(dir, keep) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full, keep));
    else if (keep(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Build mode from argv: --build always rebuilds, --no-build never does, default rebuilds when stale. */
function buildModeFromArgv(argv = process.argv) {
  if (argv.includes('--no-build')) return 'never';
  return argv.includes('--build') ? 'always' : 'auto';
}

/** Rebuilds (node esbuild.js) when an output is missing or older than a source file, so runs never test stale code. */
function ensureBuilt(outputs, mode = 'auto') {
  const missing = () => outputs.filter((f) => !fs.existsSync(f)).map((f) => path.relative(REPO, f));
  if (mode === 'never') {
    if (missing().length) throw new Error(`--no-build, but these are missing (npm run build): ${missing().join(', ')}`);
    return;
  }
  const oldest = Math.min(...outputs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const isSource = (name) => /\.(ts|js|mjs|json|css)$/.test(name);
  const newestSource = Math.max(
    newestMtime(path.join(REPO, 'src'), isSource),
    newestMtime(path.join(REPO, 'test/integration'), isSource),
    fs.statSync(path.join(REPO, 'package.json')).mtimeMs,
  );
  if (mode === 'auto' && oldest > 0 && oldest >= newestSource) return;
  log('building (node esbuild.js)');
  const res = spawnSync(process.execPath, [path.join(REPO, 'esbuild.js')], {
    cwd: REPO,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (res.status !== 0) throw new Error('build failed (node esbuild.js); see the errors above');
  if (missing().length) throw new Error(`build did not produce: ${missing().join(', ')}`);
}

/** Asks the kernel for a free loopback port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

/** Writes a fresh profile (User/settings.json) and returns its extensions dir. */
function prepareUserDataDir(userDataDir, extraSettings = {}) {
  fs.rmSync(userDataDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User/settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...extraSettings }, null, 2),
  );
  const extensionsDir = path.join(userDataDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  return extensionsDir;
}

// Safety net: whatever path the caller takes out (timeout mid-start, uncaught error), no code-server outlives us.
const liveGroups = new Set();
process.on('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

/**
 * Starts code-server on loopback and resolves once it answers /healthz.
 * Runs in its own process group (detached) so stop() also ends the extension host and other children.
 * @param {{ userDataDir: string, extensionsDir: string, folder: string, port?: number, logFile: string, env?: object, timeoutMs?: number }} opts
 */
async function startCodeServer(opts) {
  const port = opts.port || (await freePort());
  // An explicit config file keeps code-server from creating ~/.config/code-server/config.yaml (with a password).
  const config = path.join(opts.userDataDir, 'code-server.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    ENTRY,
    '--config',
    config,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    opts.userDataDir,
    '--extensions-dir',
    opts.extensionsDir,
    // WAVEPLAN_LOG_LEVEL=debug: the extension host's logs (Waveplan's tree and scan lines among them) at that level.
    ...(process.env.WAVEPLAN_LOG_LEVEL ? ['--log', process.env.WAVEPLAN_LOG_LEVEL] : []),
    opts.folder,
  ];
  fs.mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const out = fs.openSync(opts.logFile, 'w');
  // Drop VS Code variables inherited from a terminal inside VS Code: they would confuse the nested server.
  const env = Object.fromEntries(
    Object.entries({ ...process.env, ...opts.env }).filter(
      ([k, v]) => v !== undefined && !/^(VSCODE_|ELECTRON_RUN_AS_NODE)/.test(k),
    ),
  );
  const child = spawn(process.execPath, args, { cwd: REPO, env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  liveGroups.add(child.pid);
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs || 60000);
  while ((await httpStatus(`${baseUrl}/healthz`)) !== 200) {
    if (exited || Date.now() > deadline) {
      stopProcessGroup(child);
      const tail = fs.readFileSync(opts.logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(
        `code-server did not come up (${exited ? `exited ${JSON.stringify(exited)}` : 'timeout'}); log tail:\n${tail}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, port, baseUrl, stop: () => stopProcessGroup(child) };
}

/** SIGTERM the whole process group, SIGKILL what is left after graceMs. Resolves when the server is gone. */
function stopProcessGroup(child, graceMs = 3000) {
  const kill = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  return new Promise((resolve) => {
    const done = () => {
      kill('SIGKILL'); // group members (extension host, pty helpers) that outlived the server or ignored SIGTERM
      liveGroups.delete(child.pid);
      resolve();
    };
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    kill('SIGTERM');
  });
}

/** Launches Debian's chromium through playwright-core (headless unless told otherwise). */
async function launchChromium({ headless = true } = {}) {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** True for a multi-root workspace file (opened with ?workspace= instead of ?folder=). */
/** The results.json test/integration/index.ts writes into the bridge folder, or null when it is missing. */
function readResultsFile(bridgeDir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(bridgeDir, 'results.json'), 'utf8'));
  } catch {
    return null;
  }
}

function isWorkspaceFile(p) {
  return p.endsWith('.code-workspace');
}

/**
 * code-server URL that opens folder (a folder, or a .code-workspace file) and loads the repo as the extension under
 * development (plus optional tests).
 */
function workbenchUrl({ baseUrl, port, folder, extensionPath = REPO, testsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['skipWelcome', 'true'],
  ];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const open = isWorkspaceFile(folder) ? 'workspace' : 'folder';
  return `${baseUrl}/?${open}=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Links the repo into an extensions folder as an installed extension (`<publisher>.<name>-<version>`). */
function installLinked(extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const link = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(REPO, link, 'dir');
  return `${pkg.publisher}.${pkg.name}`;
}

/** The plain workbench URL of a folder: installed extensions only, as a user opens it. */
function folderUrl(baseUrl, folder) {
  return `${baseUrl}/?${isWorkspaceFile(folder) ? 'workspace' : 'folder'}=${encodeURIComponent(folder)}`;
}

/** Makes sure a folder exists and is not empty (VS Code opens it as the workspace). */
function ensureFolderWithReadme(folder, text) {
  fs.mkdirSync(folder, { recursive: true });
  if (fs.readdirSync(folder).length === 0) fs.writeFileSync(path.join(folder, 'README.md'), text);
}

module.exports = {
  REPO,
  CODE_SERVER_VERSION,
  TEST_ROOT,
  PREFIX,
  ENTRY,
  CHROMIUM,
  CHROMIUM_ARGS,
  QUIET_SETTINGS,
  log,
  isInstalled,
  ensureInstalled,
  buildModeFromArgv,
  ensureBuilt,
  freePort,
  httpStatus,
  prepareUserDataDir,
  startCodeServer,
  stopProcessGroup,
  launchChromium,
  isWorkspaceFile,
  readResultsFile,
  workbenchUrl,
  ensureFolderWithReadme,
  installLinked,
  folderUrl,
};
