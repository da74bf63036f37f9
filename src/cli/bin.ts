// The `waveplan` bin (dist/cli.js): runs the CLI bundle (dist/cli-main.js) as the main module, compiled with the V8
// code cache the build made from a lint of the example workspace (dist/cli-main.js.cache). Node 20 compiles each
// function the first time it runs: a lint of a small plan spent ~15% of its CPU doing so. A missing, stale or rejected
// cache (another Node, another bundle) only loses the saving: the bundle is then compiled as usual.
import Module from 'module';
import { setFlagsFromString } from 'v8';
import { BUNDLE, compile } from './codeCache';
import { PROCESS_FLAGS } from './processFlags';

// First: V8 accepts a code cache only under the flags it was made with.
for (const flag of PROCESS_FLAGS) setFlagsFromString(flag);

const main = new Module(BUNDLE, module);
main.filename = BUNDLE;
const bundleRequire = Module.createRequire(BUNDLE);
bundleRequire.main = main;
(compile().runInThisContext() as (...args: unknown[]) => void).call(
  main.exports,
  main.exports,
  bundleRequire,
  main,
  BUNDLE,
  __dirname,
);
