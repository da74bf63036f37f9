#!/usr/bin/env node
// A new user's first look at a folder of plans, in a real VS Code (code-server + headless chromium): time from the
// window opening to the Explorer listing the folder and to the first effort row of the Waveplan tree, per load.
// Default folder: a git repository made in a temporary folder from ../shared/corpus/real/jessesanford__idpbuilder.
//
// Options: --folder DIR, --runs N (default 2), --shots DIR (a screenshot per load), --json (one line of figures),
// --trace (the extension's own steps per load, from its log: scan, view visible, each children request),
// --floor (loads taking turns with a do-nothing extension that answers a static tree: the floor for any extension).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const cs = require('./lib/code-server');
const { option } = require('./lib/argv');
const { measureFirstLook } = require('./lib/firstLook');

const CORPUS_REPO = path.resolve(cs.REPO, '../shared/corpus/real/jessesanford__idpbuilder');

/** A committed git repository holding a copy of `source` (the corpus is read-only: the copy is made writable). */
function repoFrom(source, into) {
  fs.cpSync(source, into, { recursive: true });
  const git = (...args) => spawnSync('git', args, { cwd: into, stdio: 'ignore' });
  spawnSync('chmod', ['-R', 'u+w', into]);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=first@look.test', '-c', 'user.name=First Look', 'commit', '-qm', 'plans');
  return into;
}

/** Start time (epoch ms) of the newest extension host in the user data dir's logs, or undefined. */
function newestHostStart(userDataDir) {
  const logs = path.join(userDataDir, 'logs');
  let newest;
  for (const session of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
    for (const host of fs.readdirSync(path.join(logs, session)).filter((d) => d.startsWith('exthost'))) {
      const file = path.join(logs, session, host, 'remoteexthost.log');
      const m =
        fs.existsSync(file) &&
        /^(\S+ \S+) \[info\] Extension host with pid \d+ started/m.exec(fs.readFileSync(file, 'utf8'));
      // The log writes local time: read it as such.
      const at = m ? new Date(m[1].replace(' ', 'T')).getTime() : NaN;
      if (at && !(at <= newest)) newest = at;
    }
  }
  return newest;
}

/** The newest extension host's Waveplan log lines written by ActivityLog.debug (`+N ms …`), short. */
function traceLines(userDataDir) {
  const logs = path.join(userDataDir, 'logs');
  const files = [];
  for (const session of fs.existsSync(logs) ? fs.readdirSync(logs) : [])
    for (const host of fs.readdirSync(path.join(logs, session)).filter((d) => d.startsWith('exthost'))) {
      const dir = path.join(logs, session, host, 'waveplan.waveplan');
      for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) files.push(path.join(dir, f));
    }
  const newest = files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!newest) return [];
  return fs
    .readFileSync(newest, 'utf8')
    .split('\n')
    .map((l) => /\[info\] (\+\d+ ms .*)/.exec(l)?.[1])
    .filter(Boolean)
    .map((l) => l.replace(/file:\/\/\S*#/g, '#').slice(0, 120));
}

/**
 * Installs the floor extension (scripts/lib/floorExtension) in `extensionsDir`: Waveplan's view container, view, its
 * welcome (shown before any provider is registered) and activation events, taken from package.json so they stay the
 * same, with a static tree behind them.
 */
function installFloor(extensionsDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(cs.REPO, 'package.json'), 'utf8'));
  const dir = path.join(extensionsDir, 'waveplan-floor.floor-0.0.1');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'lib/floorExtension/extension.js'), path.join(dir, 'extension.js'));
  fs.cpSync(path.join(cs.REPO, 'media'), path.join(dir, 'media'), { recursive: true });
  const { viewsContainers, views, viewsWelcome } = pkg.contributes;
  const manifest = {
    name: 'floor',
    publisher: 'waveplan-floor',
    version: '0.0.1',
    engines: pkg.engines,
    main: './extension.js',
    activationEvents: pkg.activationEvents,
    contributes: { viewsContainers, views, viewsWelcome },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
}

/**
 * `runs` loads with Waveplan and, taking turns with them, `runs` with the floor extension, each in its own window
 * server: the floor's first effort row is the soonest any extension's can come on this machine at this load.
 */
async function firstLookWithFloor({ runs = 2, log = cs.log, ...options } = {}) {
  const loads = [];
  const floors = [];
  for (let i = 0; i < runs; i++) {
    loads.push(...(await firstLook({ ...options, runs: 1, log })));
    floors.push(...(await firstLook({ ...options, runs: 1, floor: true, log: (line) => log(`floor ${line}`) })));
  }
  return { loads, floors };
}

async function firstLook({ folder, runs = 2, shots, trace = false, floor = false, log = cs.log } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-first-look-'));
  const target = folder ? path.resolve(folder) : repoFrom(CORPUS_REPO, path.join(tmp, 'idpbuilder'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = cs.prepareUserDataDir(userDataDir);
  // Installed the way a user has it (the extensions folder), not loaded as an extension under development.
  if (floor) installFloor(extensionsDir);
  else cs.installLinked(extensionsDir);
  const server = await cs.startCodeServer({
    userDataDir,
    extensionsDir,
    folder: target,
    logFile: path.join(tmp, 'code-server.log'),
    env: { EXTENSIONS_GALLERY: '{}', ...(trace ? { WAVEPLAN_TRACE: '1' } : {}) },
  });
  const browser = await cs.launchChromium();
  const loads = [];
  try {
    const url = cs.folderUrl(server.baseUrl, target);
    for (let i = 0; i < runs; i++) {
      const screenshot = shots ? path.join(shots, `first-look-${i + 1}.png`) : undefined;
      const m = await measureFirstLook(browser, url, { screenshot });
      // The floor no extension can beat: when VS Code started this window's extension host (from its own log).
      const hostStarted = newestHostStart(userDataDir);
      m.hostMs = hostStarted ? hostStarted - m.timeOrigin : NaN;
      loads.push(m);
      const at = (ms) => (ms ? `${ms.toFixed(0)} ms` : 'never');
      log(
        `load ${i + 1}: scan progress ${at(m.scanning)}, "no data provider" ${at(m.noProvider)}; Explorer listed the folder at ${m.explorerMs.toFixed(0)} ms, first effort row at ${m.effortMs.toFixed(0)} ms (${m.ratio.toFixed(2)}×); the extension host started at ${m.hostMs.toFixed(0)} ms (${(m.hostMs / m.explorerMs).toFixed(2)}×), VS Code had registered the extensions at ${at(m.registeredMs)}${m.registeredMs ? ` (${(m.registeredMs / m.explorerMs).toFixed(2)}×)` : ''}; ${m.rows.length} rows`,
      );
      // With --trace: the extension's own steps (bundle load = +0), from its log.
      if (trace) for (const line of traceLines(userDataDir)) log(`  ${line}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    if (!process.argv.includes('--keep')) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
  return loads;
}

if (require.main === module) {
  cs.ensureBuilt([path.join(cs.REPO, 'dist/extension.js')], cs.buildModeFromArgv());
  cs.ensureInstalled();
  const shots = option('--shots');
  if (shots) fs.mkdirSync(shots, { recursive: true });
  const options = {
    folder: option('--folder'),
    runs: Number(option('--runs', 2)),
    shots,
    trace: process.argv.includes('--trace'),
  };
  const withFloor = process.argv.includes('--floor');
  (withFloor ? firstLookWithFloor(options) : firstLook(options).then((loads) => ({ loads })))
    .then(({ loads, floors }) => {
      if (floors) {
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        cs.log(
          `first effort row: Waveplan ${median(loads.map((l) => l.ratio)).toFixed(2)}× the Explorer, the floor extension ${median(floors.map((l) => l.ratio)).toFixed(2)}× (medians of ${loads.length} loads each, taking turns)`,
        );
      }
      if (process.argv.includes('--json')) console.log(JSON.stringify(loads));
      const same = loads.every((l) => JSON.stringify(l.rows) === JSON.stringify(loads[0].rows));
      cs.log(same ? 'every load showed the same tree' : 'the tree differed between loads');
      for (const l of loads) console.log(l.rows.join('\n') + '\n---');
    })
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}

module.exports = { firstLook, firstLookWithFloor, repoFrom, CORPUS_REPO };
