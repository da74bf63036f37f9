// Pre-seeds @vscode/ripgrep's download cache with Debian's /usr/bin/rg so code-server installs offline.
// @vscode/ripgrep's postinstall downloads `ripgrep-<VERSION>-<target>.tar.gz` from GitHub unless that file already
// sits in `<os.tmpdir()>/vscode-ripgrep-cache-<package version>/`. Both names are derived here from the exact
// packages code-server pins (its npm-shrinkwrap.json, then the ripgrep package's own postinstall.js), not guessed.
//
// Usage: node scripts/lib/ripgrep-cache.js <code-server-version> [rg-binary]
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

/** `npm pack <spec>` into dir (served from npm's cache when already fetched) and unpack it; returns the package dir. */
function fetchPackage(spec, dir) {
  const out = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], {
    cwd: dir,
    encoding: 'utf8',
  });
  const tgz = path.join(dir, out.trim().split('\n').pop());
  const unpackTo = fs.mkdtempSync(path.join(dir, 'pkg-'));
  execFileSync('tar', ['xzf', tgz, '-C', unpackTo]);
  return path.join(unpackTo, 'package');
}

/** The @vscode/ripgrep version that code-server's bundled VS Code pins. */
function ripgrepVersionOf(codeServerDir) {
  const shrinkwrap = JSON.parse(fs.readFileSync(path.join(codeServerDir, 'lib/vscode/npm-shrinkwrap.json'), 'utf8'));
  const entry = shrinkwrap.packages && shrinkwrap.packages['node_modules/@vscode/ripgrep'];
  if (!entry || !entry.version)
    throw new Error('code-server lib/vscode/npm-shrinkwrap.json does not pin @vscode/ripgrep');
  return entry.version;
}

/** Mirrors getTarget() in @vscode/ripgrep's lib/postinstall.js for Linux (the only platform this repo supports). */
function linuxTarget(arch) {
  const targets = {
    x64: 'x86_64-unknown-linux-musl',
    arm64: 'aarch64-unknown-linux-musl',
    arm: 'arm-unknown-linux-gnueabihf',
    armv7l: 'arm-unknown-linux-gnueabihf',
    ppc64: 'powerpc64le-unknown-linux-gnu',
    s390x: 's390x-unknown-linux-gnu',
  };
  return targets[arch] || 'i686-unknown-linux-musl';
}

/** Reads the binary release tag (e.g. v13.0.0-10) and the multi-arch fallback from the package's postinstall.js. */
function binaryVersionFor(ripgrepDir, target) {
  const src = fs.readFileSync(path.join(ripgrepDir, 'lib/postinstall.js'), 'utf8');
  const main = /const VERSION = '([^']+)'/.exec(src);
  const multi = /const MULTI_ARCH_LINUX_VERSION = '([^']+)'/.exec(src);
  if (!main) throw new Error('cannot find VERSION in @vscode/ripgrep lib/postinstall.js');
  const usesMulti = [
    'arm-unknown-linux-gnueabihf',
    'powerpc64le-unknown-linux-gnu',
    's390x-unknown-linux-gnu',
  ].includes(target);
  return usesMulti && multi ? multi[1] : main[1];
}

function main() {
  const [codeServerVersion, rgBinary = '/usr/bin/rg'] = process.argv.slice(2);
  if (!codeServerVersion) throw new Error('usage: ripgrep-cache.js <code-server-version> [rg-binary]');
  if (os.platform() !== 'linux') throw new Error('only Linux is supported');
  if (!fs.existsSync(rgBinary)) throw new Error(`${rgBinary} is missing (apt-get install ripgrep)`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'waveplan-rg-'));
  try {
    const rgPkgVersion = ripgrepVersionOf(fetchPackage(`code-server@${codeServerVersion}`, work));
    const ripgrepDir = fetchPackage(`@vscode/ripgrep@${rgPkgVersion}`, work);
    const target = linuxTarget(process.env.npm_config_arch || os.arch());
    const assetName = `ripgrep-${binaryVersionFor(ripgrepDir, target)}-${target}.tar.gz`;
    // os.tmpdir() honours $TMPDIR exactly like the postinstall (which runs with this same environment).
    const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${rgPkgVersion}`);
    const asset = path.join(cacheDir, assetName);
    if (!fs.existsSync(asset)) {
      fs.mkdirSync(cacheDir, { recursive: true });
      const stage = fs.mkdtempSync(path.join(work, 'rg-'));
      fs.copyFileSync(rgBinary, path.join(stage, 'rg'));
      fs.chmodSync(path.join(stage, 'rg'), 0o755);
      execFileSync('tar', ['czf', asset, '-C', stage, 'rg']);
    }
    console.log(asset);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

try {
  main();
} catch (err) {
  console.error(`ripgrep-cache: ${err.message}`);
  process.exit(1);
}
