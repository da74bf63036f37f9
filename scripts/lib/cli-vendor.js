// esbuild plugin for dist/cli-main.js (the CLI) and dist/extension.js: the modules the CLI requires only on demand — the zod schemas of project files and
// state files, yaml (YAML blocks and state files) and markdown-it's block parser (what the line scanner does not
// model) — are bundled into files of their own under dist/vendor/, loaded the first time they are needed. V8 scans
// every byte of a script before running it, and these were half of dist/cli.js: every `waveplan` run paid ~33 ms of
// CPU (0.87× of its start-up) scanning code most runs never call. Each entry is bundled with what it imports (zod is
// tree-shaken into each schema file); they share no state with dist/cli.js, which only calls their exports.
'use strict';

const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

/** A module as its lazy importer requires it → the file under dist/vendor/ (without .js) and its entry point. */
const SPLITS = [
  {
    importer: 'src/core/config/read.ts',
    request: './schema',
    name: 'configSchema',
    entry: 'src/core/config/schema.ts',
  },
  {
    importer: 'src/core/model/fileSchemas.ts',
    request: './schemas',
    name: 'fileSchemas',
    entry: 'src/core/model/schemas.ts',
  },
  { importer: 'src/core/readers/yamlLib.ts', request: 'yaml', name: 'yaml', entry: require.resolve('yaml') },
  {
    importer: 'src/core/readers/markdown/doc.ts',
    request: './markdownItBlocks',
    name: 'markdownItBlocks',
    entry: 'src/core/readers/markdown/markdownItBlocks.ts',
  },
];

const VENDOR_ENTRIES = Object.fromEntries(SPLITS.map((s) => [s.name, s.entry]));

function cliVendor() {
  return {
    name: 'cli-vendor',
    setup(build) {
      build.onResolve({ filter: /^(\.\/schemas?|yaml|\.\/markdownItBlocks)$/ }, (args) => {
        // From the repository root, not the working directory: the bundle bench builds from a folder of symlinks.
        const importer = path.relative(ROOT, args.importer).split(path.sep).join('/');
        const split = SPLITS.find((s) => s.importer === importer && s.request === args.path);
        if (!split) return undefined;
        if (args.kind !== 'require-call') throw new Error(`${importer} must require ${args.path} lazily`);
        // Resolved by Node from dist/, beside dist/vendor/.
        return { path: `./vendor/${split.name}.js`, external: true };
      });
    },
  };
}

module.exports = { cliVendor, VENDOR_ENTRIES };
