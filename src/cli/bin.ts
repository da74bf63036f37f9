// The `waveplan` bin (dist/cli.js): runs the CLI bundle (dist/cli-main.js) as the main module, compiled with the V8
// code cache the build made from a lint of the example workspace (dist/cli-main.js.cache). Node 20 compiles each
// function the first time it runs: a lint of a small plan spent ~15% of its CPU doing so. A missing, stale or rejected
// cache (another Node, another bundle) only loses the saving: the bundle is then compiled as usual.
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import Module from 'module';
import * as path from 'path';
import { setFlagsFromString } from 'v8';
import { Script } from 'vm';
import { PROCESS_FLAGS } from './processFlags';

const BUNDLE = path.join(__dirname, 'cli-main.js');
const CACHE = `${BUNDLE}.cache`;
/** The cache file starts with the bundle's SHA-1 (hex): V8 checks only a cached script's length, not its text. */
const HASH_LENGTH = 40;

// First: V8 accepts a code cache only under the flags it was made with.
for (const flag of PROCESS_FLAGS) setFlagsFromString(flag);

const source = readFileSync(BUNDLE, 'utf8');
const hash = createHash('sha1').update(source).digest('hex');

function cachedData(): Buffer | undefined {
  try {
    const file = readFileSync(CACHE);
    return file.subarray(0, HASH_LENGTH).toString('latin1') === hash ? file.subarray(HASH_LENGTH) : undefined;
  } catch {
    return undefined;
  }
}

const cached = cachedData();
const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData: cached });
// What became of the cache, for the test that keeps it working.
(globalThis as { __waveplanCodeCache?: string }).__waveplanCodeCache =
  cached === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';

// The build (esbuild.js) runs one lint with this set: the cache holds every function that lint compiled.
if (process.env.WAVEPLAN_WRITE_CODE_CACHE === CACHE) {
  process.on('exit', () =>
    writeFileSync(CACHE, Buffer.concat([Buffer.from(hash, 'latin1'), script.createCachedData()])),
  );
}

const main = new Module(BUNDLE, module);
main.filename = BUNDLE;
const bundleRequire = Module.createRequire(BUNDLE);
bundleRequire.main = main;
(script.runInThisContext() as (...args: unknown[]) => void).call(
  main.exports,
  main.exports,
  bundleRequire,
  main,
  BUNDLE,
  __dirname,
);
