// Proves a code-server install really works: every native module its postinstalls must build loads under this
// Node, ripgrep is in place, and the server starts and serves the workbench. Used by setup-code-server.sh.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const cs = require('./code-server');

const VSCODE = path.join(cs.PREFIX, 'node_modules/code-server/lib/vscode');
// Modules whose install scripts compile or fetch something; a skipped script shows up here as a load failure.
const NATIVE = [
  path.join(cs.PREFIX, 'node_modules/argon2'),
  path.join(VSCODE, 'node_modules/node-pty'),
  path.join(VSCODE, 'node_modules/kerberos'),
  path.join(VSCODE, 'node_modules/@vscode/spdlog'),
  path.join(VSCODE, 'node_modules/@parcel/watcher'),
  path.join(VSCODE, 'node_modules/native-watchdog'),
];

async function main() {
  const failures = [];
  for (const mod of NATIVE) {
    try {
      require(mod);
      console.log(`  ok   ${path.relative(cs.PREFIX, mod)}`);
    } catch (err) {
      failures.push(`${path.relative(cs.PREFIX, mod)}: ${err.message.split('\n')[0]}`);
    }
  }
  const rg = path.join(VSCODE, 'node_modules/@vscode/ripgrep/bin/rg');
  try {
    console.log(
      `  ok   ${execFileSync(rg, ['--version'], { encoding: 'utf8' }).split('\n')[0]} (${path.relative(cs.PREFIX, rg)})`,
    );
  } catch (err) {
    failures.push(`ripgrep ${rg}: ${err.message.split('\n')[0]}`);
  }
  if (failures.length)
    throw new Error(`native pieces missing (an install script did not run?):\n  ${failures.join('\n  ')}`);

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-verify-'));
  const server = await cs.startCodeServer({
    userDataDir,
    extensionsDir: cs.prepareUserDataDir(userDataDir),
    folder: userDataDir,
    logFile: path.join(userDataDir, 'code-server.log'),
  });
  try {
    // The first workbench page can take longer than one request's 2 s on a busy machine (seen at load 30): a
    // refused or timed-out request (0) is asked again for up to a minute; any other answer is final.
    let status = 0;
    for (const until = Date.now() + 60_000; status === 0 && Date.now() < until;) {
      status = await cs.httpStatus(`${server.baseUrl}/`);
      if (status === 0) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    if (status !== 200 && status !== 302) throw new Error(`GET / answered ${status}`);
    console.log(`  ok   code-server answers on ${server.baseUrl} (GET / -> ${status})`);
  } finally {
    await server.stop();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`verify-code-server: ${err.message}`);
  process.exit(1);
});
